import { Logger } from '@nestjs/common';
import { Client } from 'pg';
import { OutboxService, TransactionContext, redisOutage } from '@cop/platform';
import { createTestEnvironment, type TestEnvironment } from '@cop/testing';
import { startWorker } from '../../apps/worker/src/bootstrap';

/**
 * A Redis that is configured but unreachable is said once, not twice a second (issue 25): the
 * BullMQ workers' connection errors and the outbox relay's failures all go through one reporter.
 * Real PostgreSQL; REDIS_URL names a port where nothing listens.
 */
describe('an unreachable Redis in the worker log', () => {
  let env: TestEnvironment;

  beforeAll(async () => {
    env = await createTestEnvironment();
  });
  afterAll(() => env?.cleanup());

  it('is reported once while the workers and the relay keep failing, and the outbox keeps the job', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn');
    const failed = jest.spyOn(redisOutage, 'failed');
    const config = env.configWith({ REDIS_URL: 'redis://127.0.0.1:6399', QUEUE_DRIVER: 'bullmq' });
    const worker = await startWorker(config, { logger: false, relayIntervalMs: 50, schedulers: false });
    try {
      expect(worker.driver).toBe('bullmq');
      const tx = worker.app.get(TransactionContext);
      await tx.run(() =>
        worker.app.get(OutboxService).enqueue('platform.purge-outbox', { olderThanDays: 9 }),
      );
      await new Promise((r) => setTimeout(r, 5000));
      // The three workers reconnect every 2 s at most and the relay retries: many failures, one line.
      expect(failed.mock.calls.length).toBeGreaterThanOrEqual(6);
      const sources = new Set(failed.mock.calls.map(([, source]) => source.split(' ')[0]));
      expect(sources).toEqual(new Set(['worker', 'outbox']));
      const redisLines = warn.mock.calls
        .filter((_, i) => (warn.mock.contexts[i] as { context?: string })?.context === 'Redis')
        .map(([m]) => String(m));
      expect(redisLines).toEqual([
        expect.stringMatching(/^Redis at redis:\/\/127\.0\.0\.1:6399 is unreachable \(/),
      ]);
      // Nothing else of the queue warns meanwhile.
      const others = warn.mock.contexts.filter((c) =>
        ['JobWorkers', 'OutboxRelay'].includes((c as { context?: string })?.context ?? ''),
      );
      expect(others).toEqual([]);
      const db = new Client({ connectionString: env.db.url });
      await db.connect();
      const pending = await db.query(`SELECT count(*)::int AS n FROM outbox WHERE relayed_at IS NULL`);
      await db.end();
      expect(pending.rows).toEqual([{ n: 1 }]);
    } finally {
      warn.mockRestore();
      failed.mockRestore();
      await worker.stop(); // at once: a graceful close would wait for Redis
    }
  }, 30000);
});
