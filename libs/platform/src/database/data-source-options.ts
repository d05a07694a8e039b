import type { DataSourceOptions } from 'typeorm';

type PostgresConnectionOptions = Extract<DataSourceOptions, { type: 'postgres' }>;
import type { AppConfig } from '../config/config';
import { embeddedDatabaseUrl } from './embedded-postgres';
import { pgTypes } from './timestamps';

/**
 * Connection options shared by the API, the worker and the migration command. Against the
 * embedded PGlite (one query at a time) each process keeps a single connection.
 */
export function dataSourceOptions(
  config: AppConfig,
  overrides: { poolSize?: number } = {},
): PostgresConnectionOptions {
  const embedded = config.databaseUrl === null;
  return {
    type: 'postgres',
    url: config.databaseUrl ?? embeddedDatabaseUrl(config.dataDir),
    uuidExtension: 'pgcrypto',
    synchronize: false,
    migrationsRun: false,
    logging: false,
    extra: {
      // A worker holds a connection per mail being sent: every job that may run at once gets one.
      max: embedded ? 1 : (overrides.poolSize ?? Math.max(10, config.newsletter.concurrency + 9)),
      connectionTimeoutMillis: 5000,
      idleTimeoutMillis: 30000,
      // Keep UTC inside: timestamptz come and go as instants.
      options: '-c TimeZone=UTC',
      // timestamptz read by position, as UTC writes them (timestamps.ts).
      types: pgTypes,
    },
  };
}
