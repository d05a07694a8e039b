import { startPrivatePostgres, type PrivatePostgres } from './private-postgres';
import { startPrivateRedis, type PrivateRedis } from './private-redis';

/**
 * Once per `npm run test:faults`: a private PostgreSQL cluster and a private Redis for the
 * whole run (the fault tests never touch the machine's shared servers), then the usual migrated
 * template. Files that stop a server start one more of their own.
 */
export default async function faultGlobalSetup(): Promise<void> {
  const pg = await startPrivatePostgres();
  const redis = await startPrivateRedis();
  (globalThis as { copFaultServers?: unknown }).copFaultServers = { pg, redis };
  process.env.TEST_DATABASE_ADMIN_URL = pg.adminUrl;
  process.env.TEST_REDIS_URL = redis.url;
  // Loaded now: the test database helpers read TEST_DATABASE_ADMIN_URL when they load.
  const { default: globalSetup } = await import('../../../libs/testing/src/global-setup');
  await globalSetup();
}

export async function stopFaultServers(): Promise<void> {
  const servers = (globalThis as { copFaultServers?: { pg: PrivatePostgres; redis: PrivateRedis } })
    .copFaultServers;
  if (!servers) return;
  servers.pg.destroy();
  await servers.redis.destroy();
}
