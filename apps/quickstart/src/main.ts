import 'reflect-metadata';
import { ConfigError, loadConfig, runMigrations, startEmbeddedPostgres } from '@cop/platform';
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
  const config = loadConfig({ LOG_LEVEL: 'warn', ...process.env });
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
        : `  Database:         ${redact(config.databaseUrl!)}`,
      config.smtpUrl
        ? `  Mail:             ${redact(config.smtpUrl)}`
        : `  Mail:             written as .eml files to ${config.dataDir}/mail`,
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

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]+@/, '//$1:***@');
}

main().catch((err) => {
  if (err instanceof ConfigError) {
    for (const p of err.problems) console.error(p);
  } else {
    console.error(err);
  }
  process.exit(1);
});
