import { Redis, RedisOptions } from 'ioredis';
import { openRedis } from './redis-cluster';

/**
 * A Redis connection for BullMQ. Producers fail soon when Redis is away (the outbox keeps the
 * work); workers wait and reconnect (maxRetriesPerRequest null, as BullMQ requires).
 * `url` may name a Redis Cluster or Sentinels (redis-cluster.ts).
 */
export function createRedis(url: string, role: 'producer' | 'worker' | 'probe'): Redis {
  const opts: RedisOptions = {
    lazyConnect: role === 'probe',
    connectTimeout: 2000,
    retryStrategy: (times) => Math.min(times * 200, 2000),
  };
  if (role === 'worker') {
    opts.maxRetriesPerRequest = null;
  } else {
    // Commands wait while connecting, then fail after one reconnection attempt.
    opts.maxRetriesPerRequest = 1;
  }
  if (role === 'probe') opts.retryStrategy = () => null;
  // One server, a Redis Cluster or a Sentinel-managed primary, as REDIS_URL says (redis-cluster.ts).
  // A Cluster client answers the same commands; typed as Redis so the callers stay as they are.
  const redis = openRedis(url, opts) as Redis;
  // Outages are reported by health checks and by the callers' errors; without a listener
  // ioredis would print every reconnection failure.
  redis.on('error', () => undefined);
  return redis;
}

/** Deletes every key under a queue prefix (a test file's or a benchmark's); nothing when Redis is down. */
export async function deleteQueueKeys(url: string, prefix: string): Promise<void> {
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
