import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { createRedis, deleteQueueKeys } from '../queue/redis-connection';
import { RateLimitedError } from '../errors/domain-errors';
import { RateLimit, type RateLimitStore } from './rate-limiter';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** How many of `tries` consumptions were accepted before the limit refused. */
async function accepted(limit: RateLimit, key: string, tries: number): Promise<number> {
  let ok = 0;
  for (let i = 0; i < tries; i++) {
    try {
      await limit.consume(key);
      ok++;
    } catch (err) {
      if (!(err instanceof RateLimitedError)) throw err;
    }
  }
  return ok;
}

describe('RateLimit shared through Redis', () => {
  const prefix = `cop-test-rl-${randomBytes(4).toString('hex')}`;
  const clients: Redis[] = [];
  const storeOf = async (url: string, ready = true): Promise<RateLimitStore> => {
    const redis = createRedis(url, 'producer') as Redis;
    clients.push(redis);
    // Until connected, limits answer from the insurance (rejectIfRedisNotReady), as at a process's start.
    if (ready) await new Promise((r) => redis.once('ready', r));
    return { redis, prefix };
  };

  afterAll(async () => {
    for (const c of clients) c.disconnect();
    await deleteQueueKeys(REDIS_URL, prefix);
  });

  it('two processes (two connections, two limiters) take from one budget', async () => {
    const a = new RateLimit('sign-in', 5, 60, await storeOf(REDIS_URL));
    const b = new RateLimit('sign-in', 5, 60, await storeOf(REDIS_URL));
    expect(await accepted(a, '203.0.113.1', 3)).toBe(3);
    expect(await accepted(b, '203.0.113.1', 5)).toBe(2);
    expect(await accepted(a, '203.0.113.1', 1)).toBe(0);
    // Counted in Redis under the prefix, per key: every attempt, refused ones included (3 + 5 + 1).
    const probe = new Redis(REDIS_URL);
    clients.push(probe);
    expect(await probe.get(`${prefix}:rate:sign-in:203.0.113.1`)).toBe('9');
    // Another key has its own budget.
    expect(await accepted(b, '203.0.113.2', 6)).toBe(5);
  });

  it('tells the wait when refusing', async () => {
    const a = new RateLimit('wait', 1, 30, await storeOf(REDIS_URL));
    await a.consume('k');
    const err = await a.consume('k').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RateLimitedError);
    expect((err as RateLimitedError).retryAfterSeconds).toBeGreaterThan(25);
    expect((err as RateLimitedError).retryAfterSeconds).toBeLessThanOrEqual(30);
  });

  it('still limits, at once and per process, while Redis is away (the in-memory insurance)', async () => {
    // Nothing listens on port 1: the connection never becomes ready, as with a Redis that is down.
    const away = new RateLimit('sign-in', 4, 60, await storeOf('redis://127.0.0.1:1', false));
    const started = Date.now();
    expect(await accepted(away, '203.0.113.9', 10)).toBe(4);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
