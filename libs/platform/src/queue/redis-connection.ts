import { Redis, RedisOptions } from 'ioredis';

/**
 * A Redis connection for BullMQ. Producers fail fast when Redis is away (the outbox keeps the
 * work); workers wait and reconnect (maxRetriesPerRequest null, as BullMQ requires).
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
    opts.maxRetriesPerRequest = 1;
    opts.enableOfflineQueue = false;
  }
  if (role === 'probe') opts.retryStrategy = () => null;
  return new Redis(url, opts);
}
