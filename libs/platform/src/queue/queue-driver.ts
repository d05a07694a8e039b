import { Socket } from 'node:net';
import type { AppConfig } from '../config/config';

export type QueueDriver = 'bullmq' | 'in-process';

/** Where QUEUE_DRIVER=auto looks for a Redis when REDIS_URL is unset. */
export const LOCAL_REDIS = { host: '127.0.0.1', port: 6379 };

/** Answers whether a Redis answers PING at host:port within timeoutMs (no retries, no log). */
export function probeRedis(host: string, port: number, timeoutMs = 300): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new Socket();
    let answer = '';
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('error', () => done(false));
    socket.on('data', (chunk) => {
      answer += chunk.toString('latin1');
      // +PONG, or -NOAUTH / -DENIED from a Redis that wants a password: a Redis either way.
      if (answer.includes('\r\n')) done(/^[+-]/.test(answer));
    });
    socket.connect(port, host, () => socket.write('PING\r\n'));
  });
}

const settled = new Map<string, Promise<QueueDriver>>();

/**
 * The driver this process runs: QUEUE_DRIVER, or for `auto` BullMQ when REDIS_URL is set or a
 * Redis answers on 127.0.0.1:6379, else in-process. Settled once per process (the quick start's
 * API and worker must agree), without waiting more than the probe's 300 ms.
 */
export function resolveQueueDriver(
  config: Pick<AppConfig, 'queueDriver' | 'redisUrlSet'>,
  probe: () => Promise<boolean> = () => probeRedis(LOCAL_REDIS.host, LOCAL_REDIS.port),
): Promise<QueueDriver> {
  // A configuration built by hand (older tests) names no driver: BullMQ, as before issue 25.
  if (config.queueDriver !== 'auto') return Promise.resolve(config.queueDriver ?? 'bullmq');
  if (config.redisUrlSet) return Promise.resolve('bullmq');
  let driver = settled.get('auto');
  if (!driver) {
    driver = probe().then((found): QueueDriver => (found ? 'bullmq' : 'in-process'));
    settled.set('auto', driver);
  }
  return driver;
}

/** The configuration with its driver settled (queueDriver is then never `auto`). */
export async function withQueueDriver<C extends Pick<AppConfig, 'queueDriver' | 'redisUrlSet'>>(
  config: C,
): Promise<C & { queueDriver: QueueDriver }> {
  return { ...config, queueDriver: await resolveQueueDriver(config) };
}
