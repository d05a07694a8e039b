import 'reflect-metadata';
import { ConfigError, loadConfig } from '@cop/platform';
import { startWorker } from './bootstrap';

/** `npm run start:worker`: the production worker process, configured only by the environment. */
async function main() {
  const config = loadConfig();
  const worker = await startWorker(config);
  console.log('CoP worker running');
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
