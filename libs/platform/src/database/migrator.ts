import { DataSource, MigrationInterface } from 'typeorm';
import type { AppConfig } from '../config/config';
import { dataSourceOptions } from './data-source-options';

type MigrationClass = new () => MigrationInterface;

/** Applies pending migrations, each in its own transaction; returns the names applied. */
export async function runMigrations(
  config: AppConfig,
  migrations: MigrationClass[],
  url?: string,
): Promise<string[]> {
  const ds = new DataSource({
    ...dataSourceOptions(config),
    ...(url ? { url } : {}),
    migrations,
    migrationsTransactionMode: 'each',
    entities: [],
  });
  await ds.initialize();
  try {
    // Serialise concurrent migrators (two deploys at once) on one advisory lock.
    await ds.query('SELECT pg_advisory_lock(7316001)');
    try {
      const applied = await ds.runMigrations({ transaction: 'each' });
      return applied.map((m) => m.name);
    } finally {
      await ds.query('SELECT pg_advisory_unlock(7316001)');
    }
  } finally {
    await ds.destroy();
  }
}
