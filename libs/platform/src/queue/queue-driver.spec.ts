import { createServer, type Server } from 'node:net';
import { probeRedis, resolveQueueDriver } from './queue-driver';
import { backoffMs, nextCronInstant } from './in-process-workers';

describe('the queue driver', () => {
  const never = () => Promise.reject(new Error('must not probe'));

  it('is the configured one, and for auto BullMQ when REDIS_URL is set, without probing', async () => {
    await expect(resolveQueueDriver({ queueDriver: 'in-process', redisUrlSet: true }, never)).resolves.toBe(
      'in-process',
    );
    await expect(resolveQueueDriver({ queueDriver: 'bullmq', redisUrlSet: false }, never)).resolves.toBe(
      'bullmq',
    );
    await expect(resolveQueueDriver({ queueDriver: 'auto', redisUrlSet: true }, never)).resolves.toBe(
      'bullmq',
    );
  });

  it('for auto without REDIS_URL, probes once per process: the API and the worker of npm start agree', async () => {
    let probes = 0;
    const nothing = async () => (probes++, false);
    await expect(resolveQueueDriver({ queueDriver: 'auto', redisUrlSet: false }, nothing)).resolves.toBe(
      'in-process',
    );
    const found = async () => (probes++, true);
    await expect(resolveQueueDriver({ queueDriver: 'auto', redisUrlSet: false }, found)).resolves.toBe(
      'in-process',
    );
    expect(probes).toBe(1);
  });

  it('probes a Redis with PING, refusing what is not one, within its timeout', async () => {
    const servers: Server[] = [];
    const listen = (onData: (s: import('node:net').Socket) => void) =>
      new Promise<number>((resolve) => {
        const server = createServer(onData).listen(0, '127.0.0.1', () =>
          resolve((server.address() as { port: number }).port),
        );
        servers.push(server);
      });
    const redisLike = await listen((s) => s.once('data', () => s.write('+PONG\r\n')));
    const httpLike = await listen((s) => s.once('data', () => s.end('HTTP/1.1 400 Bad Request\r\n\r\n')));
    const silent = await listen(() => undefined);
    try {
      await expect(probeRedis('127.0.0.1', redisLike)).resolves.toBe(true);
      await expect(probeRedis('127.0.0.1', httpLike)).resolves.toBe(false);
      const started = Date.now();
      await expect(probeRedis('127.0.0.1', silent, 200)).resolves.toBe(false);
      expect(Date.now() - started).toBeLessThan(1000);
      servers.pop()?.close();
      await expect(probeRedis('127.0.0.1', silent)).resolves.toBe(false); // nothing listens
    } finally {
      for (const s of servers) s.close();
    }
  });

  it('backs off as BullMQ exponential backoff does, and reads cron patterns in their zone', () => {
    expect([1, 2, 3, 4].map((n) => backoffMs(n, 2000))).toEqual([2000, 4000, 8000, 16000]);
    expect(nextCronInstant('*/15 * * * *', 'UTC', new Date('2026-12-06T10:15:00Z')).toISOString()).toBe(
      '2026-12-06T10:30:00.000Z',
    );
    expect(nextCronInstant('17 3 * * *', 'UTC', new Date('2026-12-06T10:15:00Z')).toISOString()).toBe(
      '2026-12-07T03:17:00.000Z',
    );
    expect(nextCronInstant('0 9 * * *', 'Europe/Rome', new Date('2026-12-06T10:15:00Z')).toISOString()).toBe(
      '2026-12-07T08:00:00.000Z',
    );
  });
});
