import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { AppConfig, deleteQueueKeys, loadConfig } from '@cop/platform';
import { createTestDatabase, TestDatabase } from './test-database';

export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** What one test file owns: its database, its Redis key prefix and its data directory. */
export interface TestEnvironment {
  db: TestDatabase;
  config: AppConfig;
  /** Builds a config for this environment with extra variables (SMTP_URL, ...). */
  configWith(env: Record<string, string>): AppConfig;
  cleanup(): Promise<void>;
}

export async function createTestEnvironment(env: Record<string, string> = {}): Promise<TestEnvironment> {
  const db = await createTestDatabase();
  const dataDir = mkdtempSync(join(tmpdir(), 'cop-test-'));
  const queuePrefix = `cop-test-${randomBytes(4).toString('hex')}`;
  const base = {
    NODE_ENV: 'test',
    DATABASE_URL: db.url,
    DATA_DIR: dataDir,
    REDIS_URL: TEST_REDIS_URL,
    QUEUE_PREFIX: queuePrefix,
    SESSION_SECRET: 'test-secret-'.padEnd(40, 'x'),
    PUBLIC_URL: 'http://localhost:3000',
    LOG_LEVEL: 'error',
    // Suites count SQL statements and executions, which the anonymous response cache would answer
    // for their repeated anonymous reads: off unless asked (`GRAPHQL_RESPONSE_CACHE=on npx jest …`);
    // test/platform/response-cache.test.ts turns it on.
    GRAPHQL_RESPONSE_CACHE: process.env.GRAPHQL_RESPONSE_CACHE ?? 'off',
    // `GRAPHQL_EXECUTOR=jit npx jest …` runs the suites with compiled queries.
    ...(process.env.GRAPHQL_EXECUTOR && { GRAPHQL_EXECUTOR: process.env.GRAPHQL_EXECUTOR }),
  };
  const configWith = (extra: Record<string, string>) => loadConfig({ ...base, ...env, ...extra });
  return {
    db,
    config: configWith({}),
    configWith,
    async cleanup() {
      await deleteQueueKeys(TEST_REDIS_URL, queuePrefix);
      await db.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
