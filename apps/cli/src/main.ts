import 'reflect-metadata';
import { ConfigError, loadConfig, runMigrations, startEmbeddedPostgres } from '@cop/platform';
import { MIGRATIONS } from '@cop/migrations';
import { seedDemo } from './seed/seed';

/** `npm run db:migrate` and `npm run db:seed`. */
async function main(command: string | undefined) {
  const config = loadConfig();
  // Without DATABASE_URL the embedded database is served for the length of the command.
  const embedded = config.databaseUrl === null ? await startEmbeddedPostgres(config.dataDir) : null;
  try {
    if (command === 'migrate') {
      const applied = await runMigrations(config, MIGRATIONS);
      console.log(applied.length ? `applied: ${applied.join(', ')}` : 'database is up to date');
    } else if (command === 'seed') {
      await runMigrations(config, MIGRATIONS);
      await seedDemo(config);
      console.log('demo community loaded');
    } else {
      console.error('usage: cli migrate | seed');
      process.exitCode = 2;
    }
  } finally {
    await embedded?.stop();
  }
}

main(process.argv[2]).catch((err) => {
  if (err instanceof ConfigError) {
    for (const p of err.problems) console.error(p);
  } else {
    console.error(err);
  }
  process.exit(1);
});
