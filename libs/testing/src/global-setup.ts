// Jest's globalSetup runs without moduleNameMapper: relative imports of just what it needs.
import { loadConfig } from '../../platform/src/config/config';
import { runMigrations } from '../../platform/src/database/migrator';
import { MIGRATIONS } from '../../../migrations';
import { Client } from 'pg';
import { TEST_ADMIN_URL, adminQuery, databaseUrl } from './test-database';

/** Once per Jest run: a migrated template database that each test file clones. */
export default async function globalSetup(): Promise<void> {
  process.env.TZ = 'UTC';
  const name = `cop_tpl_${process.pid}`;
  await dropLeftovers();
  await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await adminQuery(`CREATE DATABASE "${name}"`);
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl(name),
    SESSION_SECRET: 'x'.repeat(32),
  });
  await runMigrations(config, MIGRATIONS);
  process.env.COP_TEST_TEMPLATE = name;
}

/** Databases of earlier runs whose process is gone (a killed run leaves them behind). */
async function dropLeftovers(): Promise<void> {
  const client = new Client({ connectionString: TEST_ADMIN_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname ~ '^cop_(t|tpl)_[0-9]+'`,
    );
    for (const { datname } of rows) {
      const pid = Number(/^cop_(?:t|tpl)_(\d+)/.exec(datname)?.[1]);
      if (pid && !processAlive(pid)) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
  } finally {
    await client.end();
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
