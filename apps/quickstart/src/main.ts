import 'reflect-metadata';
import {
  type AppConfig,
  ConfigError,
  loadConfig,
  redactUrl,
  runMigrations,
  startEmbeddedPostgres,
  withQueueDriver,
} from '@cop/platform';
import { MIGRATIONS } from '@cop/migrations';
import { createApi } from '../../api/src/bootstrap';
import { startWorker } from '../../worker/src/bootstrap';
import { seedDemo } from '../../cli/src/seed/seed';

/**
 * `npm start`: the platform on its embedded defaults in one process: the embedded database
 * (unless DATABASE_URL is set), migrations, the demo community on an empty database, the API
 * and the worker.
 */
async function main() {
  // A quiet console by default: the banner below says what matters; LOG_LEVEL=info shows more.
  const loaded = loadConfig({ LOG_LEVEL: 'warn', ...process.env });
  // Settled before the API and the worker start, so both use the same queue (issue 25).
  const config = await withQueueDriver(loaded);
  const embedded = config.databaseUrl === null ? await startEmbeddedPostgres(config.dataDir) : null;
  const applied = await runMigrations(config, MIGRATIONS);
  if (applied.length) console.log(`migrations applied: ${applied.join(', ')}`);
  if (await seedDemo(config, { onlyIfEmpty: true })) console.log('demo community loaded');

  const api = await createApi(config);
  await api.listen(config.port);
  const worker = await startWorker(config);

  const url = config.publicUrl;
  console.log(
    [
      '',
      `  CoP platform running at ${config.webUrl}/`,
      `  Open it in a browser and sign in${config.oidcProviders ? '' : ' as a demo person (development sign-in: pick one, no password)'}.`,
      `  GraphQL sandbox:  ${url}/graphql`,
      `  Health:           ${url}/health`,
      embedded
        ? `  Database:         embedded PostgreSQL in ${config.dataDir}`
        : `  Database:         ${redactUrl(config.databaseUrl!)}`,
      config.smtpUrl
        ? `  Mail:             ${redactUrl(config.smtpUrl)}`
        : `  Mail:             written as .eml files to ${config.dataDir}/mail`,
      `  Queue:            ${queueLine(loaded, config.queueDriver)}`,
      '',
    ]
      .filter((l) => l !== '')
      .join('\n'),
  );

  const shutdown = async () => {
    await worker.stop();
    await api.close();
    await embedded?.stop();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

/** Which queue runs, and why when it is not the one asked for. */
function queueLine(asked: AppConfig, driver: 'bullmq' | 'in-process'): string {
  if (driver === 'bullmq') return `BullMQ on ${redactUrl(asked.redisUrl)}`;
  return asked.queueDriver === 'in-process'
    ? 'in-process (QUEUE_DRIVER=in-process; jobs kept in the database)'
    : 'in-process (no Redis found; jobs kept in the database, REDIS_URL or a local Redis for BullMQ)';
}

main().catch((err) => {
  if (err instanceof ConfigError) {
    for (const p of err.problems) console.error(p);
  } else {
    console.error(err);
  }
  process.exit(1);
});
