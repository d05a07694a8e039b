import { Client } from 'pg';
import { NestFactory } from '@nestjs/core';
import { Module } from '@nestjs/common';
import { Queue } from 'bullmq';
import {
  AppConfig,
  OutboxRelay,
  OutboxService,
  PlatformModule,
  QueueService,
  TransactionContext,
  WorkerRuntimeModule,
} from '@cop/platform';
import { createTestEnvironment, TestEnvironment } from '@cop/testing';
import { startWorker } from '../../apps/worker/src/bootstrap';

/** A Nest context with the producer side only, as the API has it. */
async function producer(config: AppConfig) {
  @Module({ imports: [PlatformModule.forRoot(config), WorkerRuntimeModule] })
  class ProducerModule {}
  const app = await NestFactory.createApplicationContext(ProducerModule, { logger: ['error'] });
  return {
    app,
    tx: app.get(TransactionContext),
    outbox: app.get(OutboxService),
    relay: app.get(OutboxRelay),
    queues: app.get(QueueService),
  };
}

async function waitFor<T>(fn: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 10000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (ok(v)) return v;
    if (Date.now() > end) throw new Error(`timed out; last value ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('outbox, relay and worker (real PostgreSQL and Redis)', () => {
  let env: TestEnvironment;
  let db: Client;

  beforeAll(async () => {
    env = await createTestEnvironment();
    db = new Client({ connectionString: env.db.url });
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await env.cleanup();
  });
  beforeEach(() => db.query('DELETE FROM outbox'));

  const count = async (sql: string) => Number((await db.query(sql)).rows[0].n);

  it('relays a committed outbox row to BullMQ and the worker runs its handler', async () => {
    // Rows the purge job must delete (relayed long ago) and keep (recent).
    await db.query(`INSERT INTO outbox (job_name, payload, relayed_at) VALUES
      ('platform.purge-outbox', '{"olderThanDays":1}', now() - interval '3 days'),
      ('platform.purge-outbox', '{"olderThanDays":1}', now() - interval '1 hour')`);
    const p = await producer(env.config);
    await p.tx.run(() => p.outbox.enqueue('platform.purge-outbox', { olderThanDays: 2 }));
    expect(await count(`SELECT count(*) AS n FROM outbox WHERE relayed_at IS NULL`)).toBe(1);
    await p.app.close();

    const worker = await startWorker(env.config, { logger: false, relayIntervalMs: 50, schedulers: false });
    try {
      // The handler ran: the 3-day-old relayed row is gone, the 1-hour-old one and ours stay.
      await waitFor(
        () => count(`SELECT count(*) AS n FROM outbox`),
        (n) => n === 2,
      );
      expect(await count(`SELECT count(*) AS n FROM outbox WHERE relayed_at IS NULL`)).toBe(0);
    } finally {
      await worker.stop();
    }
  });

  it('writes nothing to the outbox when the transaction rolls back', async () => {
    const p = await producer(env.config);
    await expect(
      p.tx.run(async () => {
        await p.outbox.enqueue('platform.purge-outbox', { olderThanDays: 2 });
        throw new Error('the mutation failed');
      }),
    ).rejects.toThrow('the mutation failed');
    expect(await count(`SELECT count(*) AS n FROM outbox`)).toBe(0);
    await p.app.close();
  });

  it('lets several relays drain one outbox at once, each job queued once', async () => {
    const p = await producer(env.config);
    await p.tx.run(() =>
      p.outbox.enqueueMany(
        'platform.purge-outbox',
        Array.from({ length: 300 }, (_, i) => ({
          payload: { olderThanDays: 30 },
          opts: { jobId: `many-${i}`, runAt: new Date(Date.now() + 3600_000) },
        })),
      ),
    );
    const others = await Promise.all([producer(env.config), producer(env.config)]);
    const relayed = await Promise.all([p.relay.drain(), ...others.map((o) => o.relay.drain())]);
    expect(relayed.reduce((a, b) => a + b, 0)).toBe(300);
    const queue = new Queue('maintenance', {
      connection: { url: env.config.redisUrl },
      prefix: env.config.queuePrefix,
    });
    const counts = await queue.getJobCounts('delayed', 'waiting');
    expect(counts.delayed + counts.waiting).toBe(300);
    await queue.obliterate({ force: true });
    await queue.close();
    await Promise.all([p, ...others].map((x) => x.app.close()));
  });

  it('keeps rows while Redis is unreachable and relays them once it answers', async () => {
    const down = await producer(env.configWith({ REDIS_URL: 'redis://127.0.0.1:6399' }));
    await down.tx.run(() => down.outbox.enqueue('platform.purge-outbox', { olderThanDays: 9 }));
    await expect(down.relay.relayBatch()).rejects.toThrow();
    expect(
      await count(`SELECT count(*) AS n FROM outbox WHERE relayed_at IS NULL AND last_error IS NOT NULL`),
    ).toBe(1);
    await down.app.close();

    // The failed relay backed the row off for a second; a healthy relay takes it after that.
    const up = await producer(env.config);
    await waitFor(
      () => up.relay.drain(),
      (n) => n === 1,
      5000,
    );
    expect(await count(`SELECT count(*) AS n FROM outbox WHERE relayed_at IS NULL`)).toBe(0);
    await up.app.close();
  });
});
