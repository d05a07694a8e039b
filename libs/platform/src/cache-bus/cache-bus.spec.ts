import { randomBytes } from 'node:crypto';
import { loadConfig } from '../config/config';
import { sharedRateLimitStore } from '../rate-limit/rate-limiter';
import { CacheBus } from './cache-bus';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

function configOf(extra: Record<string, string>) {
  return loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/unused',
    SESSION_SECRET: 'test-secret-'.padEnd(40, 'x'),
    PUBLIC_URL: 'http://localhost:3000',
    REDIS_URL,
    ...extra,
  });
}

describe('CacheBus', () => {
  const buses: CacheBus[] = [];
  afterEach(async () => {
    for (const b of buses.splice(0)) await b.onApplicationShutdown();
  });
  const started = async (extra: Record<string, string>) => {
    const bus = new CacheBus(configOf(extra));
    buses.push(bus);
    await bus.onModuleInit();
    return bus;
  };

  it('carries a message to the other processes of the same prefix, and to its own listeners once', async () => {
    const prefix = `cop-test-bus-${randomBytes(4).toString('hex')}`;
    const [a, b] = [await started({ QUEUE_PREFIX: prefix }), await started({ QUEUE_PREFIX: prefix })];
    const other = await started({ QUEUE_PREFIX: `${prefix}-other` });
    expect(a.shared).toBe(true);
    expect(sharedRateLimitStore()).not.toBeNull();
    const heard = { a: [] as unknown[], b: [] as unknown[], other: [] as unknown[] };
    a.subscribe('sessions', (m) => heard.a.push(m));
    b.subscribe('sessions', (m) => heard.b.push(m));
    other.subscribe('sessions', (m) => heard.other.push(m));
    b.subscribe('tokens', () => heard.b.push('wrong topic'));
    await Promise.all([a.subscribed, b.subscribed, other.subscribed]);
    a.publish('sessions', 'forget s1');
    await new Promise((r) => setTimeout(r, 300));
    expect(heard).toEqual({ a: ['forget s1'], b: ['forget s1'], other: [] });
  });

  it('stays in the process with the in-process queue driver (no Redis), and the rate limits stay in memory', async () => {
    const bus = await started({ QUEUE_DRIVER: 'in-process' });
    expect(bus.shared).toBe(false);
    expect(sharedRateLimitStore()).toBeNull();
    const heard: unknown[] = [];
    bus.subscribe('tokens', (m) => heard.push(m));
    bus.publish('tokens', 'forget t1');
    expect(heard).toEqual(['forget t1']);
  });
});
