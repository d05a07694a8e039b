import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { AppConfig, loadConfig } from '@cop/platform';
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
  };
  const configWith = (extra: Record<string, string>) => loadConfig({ ...base, ...env, ...extra });
  return {
    db,
    config: configWith({}),
    configWith,
    async cleanup() {
      await deleteRedisKeys(queuePrefix);
      await db.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Deletes every key under a BullMQ prefix (a test file's, a benchmark's). */
export async function deleteRedisKeys(prefix: string, url = TEST_REDIS_URL): Promise<void> {
  const redis = new Redis(url, { maxRetriesPerRequest: 1 });
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length) await redis.del(...keys);
    } while (cursor !== '0');
  } catch {
    // Redis down (a fault test): nothing to clean.
  } finally {
    redis.disconnect();
  }
}
