import 'reflect-metadata';
import { ConfigError, loadConfig, redactUrl } from '@cop/platform';
import { startWorker } from './bootstrap';

/** `npm run start:worker`: the production worker process, configured only by the environment. */
async function main() {
  const config = loadConfig();
  const worker = await startWorker(config);
  console.log(
    worker.driver === 'bullmq'
      ? `CoP worker running (queue: BullMQ on ${redactUrl(config.redisUrl)})`
      : 'CoP worker running (queue: in-process, jobs kept in the database)',
  );
  const shutdown = (signal: string) => {
    console.log(`${signal}: finishing running jobs`);
    worker.stop().then(
      () => process.exit(0),
      (err) => {
        console.error(err);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

main().catch((err) => {
  if (err instanceof ConfigError) {
    for (const p of err.problems) console.error(p);
  } else {
    console.error(err);
  }
  process.exit(1);
});
