// The worker of the digest benchmark, in a process of its own so its memory is its own: the
// production worker (startWorker) configured by the environment, its platform clock set to
// BENCH_CLOCK (the benchmark's Monday), without the periodic schedulers (the benchmark ticks).
import 'reflect-metadata';
import { Clock, loadConfig } from '@cop/platform';
import { startWorker } from '../../apps/worker/src/bootstrap';

async function main(): Promise<void> {
  const worker = await startWorker(loadConfig(), { logger: false, schedulers: false, relayIntervalMs: 100 });
  if (process.env.BENCH_CLOCK) worker.app.get(Clock).set(new Date(process.env.BENCH_CLOCK));
  process.once('SIGTERM', () => {
    worker.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
  process.send?.('ready');
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
