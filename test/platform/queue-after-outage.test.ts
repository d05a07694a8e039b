import { randomBytes } from 'node:crypto';
import { type AppConfig, QueueService, deleteQueueKeys } from '@cop/platform';
import { startPrivateRedis, type PrivateRedis } from '../faults/support/private-redis';

/**
 * A queue first used while Redis is away works once Redis is back. BullMQ reads the server's
 * version once per Queue and never retries it, so a Queue made during an outage stayed broken
 * and the outbox relay failed until the process restarted (the Redis fault test met it in CI).
 */
describe('QueueService after a Redis outage', () => {
  let redis: PrivateRedis;
  let queues: QueueService;
  const prefix = `cop-test-${randomBytes(4).toString('hex')}`;

  beforeAll(async () => {
    redis = await startPrivateRedis();
    const config = { redisUrl: redis.url, queuePrefix: prefix, jobRetryBaseMs: 200 } as AppConfig;
    queues = new QueueService(config);
  }, 30000);

  afterAll(async () => {
    await queues?.onModuleDestroy();
    if (redis) await deleteQueueKeys(redis.url, prefix);
    await redis?.destroy();
  });

  it('fails while Redis is down and adds the job once it is back', async () => {
    const job = (id: string) => ({
      name: 'newsletter.confirmation' as const,
      payload: { subscriberId: id, sentAtMs: 0 },
      jobId: `confirm:${id}`,
      delayMs: 0,
    });
    await redis.stop();
    await expect(queues.addJobs([job('during')])).rejects.toThrow();

    await redis.start();
    await queues.addJobs([job('after')]);
    const mail = queues.allQueues().find((q) => q.name === 'mail')!;
    expect(await mail.getJob('confirm.after')).toBeDefined();
    expect(await mail.getJob('confirm.during')).toBeUndefined();
  }, 30000);
});
