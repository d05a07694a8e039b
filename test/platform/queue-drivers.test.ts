import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { Clock, JOBS, OutboxService, QueueService, TransactionContext, bullJobId } from '@cop/platform';
import { type MailStack, startMailStack } from '@cop/testing';
import { type RunningWorker, startWorker } from '../../apps/worker/src/bootstrap';

/**
 * The job runtime on both queue drivers (issue 25): BullMQ on the real Redis, and the in-process
 * driver on the real PostgreSQL (QUEUE_DRIVER=in-process). The same handlers, catalogue and job ids:
 * mail goes once per recipient, a delayed job waits until it is due, a failing handler is retried
 * after a backoff, and a job scheduler fires once per period however many workers run.
 */
const DRIVERS = ['bullmq', 'in-process'] as const;
const RETRY_BASE_MS = 400;

async function waitFor<T>(what: string, fn: () => Promise<T | undefined | false>, ms = 10000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.each(DRIVERS)('jobs on the %s queue driver', (driver) => {
  let s: MailStack;
  let worker: RunningWorker;

  beforeAll(async () => {
    s = await startMailStack({ env: { QUEUE_DRIVER: driver, JOB_RETRY_BASE_MS: String(RETRY_BASE_MS) } });
    worker = s.worker!;
  }, 60000);
  afterAll(() => s?.close());

  const mailsTo = (address: string) => s.smtp.messages.filter((m) => m.envelope.to.includes(address));
  const subscribe = async (email: string) => {
    const res = await s.api.gql(`mutation($e: EmailAddress!) { subscribeToNewsletter(email: $e) }`, {
      e: email,
    });
    expect(res.errors).toBeUndefined();
  };
  const confirmationJob = async (email: string) => {
    const { rows } = await s.db.query(
      `SELECT job_name, payload, job_id FROM outbox WHERE job_name = 'newsletter.confirmation' AND payload->>'subscriberId' =
         (SELECT id::text FROM newsletter_subscribers WHERE email = $1)`,
      [email],
    );
    expect(rows).toHaveLength(1);
    return rows[0] as {
      job_name: string;
      payload: { subscriberId: string; sentAtMs: number };
      job_id: string;
    };
  };
  /** An outbox row relayed long ago: the purge job's visible work is to delete it. */
  const oldRelayedRow = async () => {
    const { rows } = await s.db.query(
      `INSERT INTO outbox (job_name, payload, relayed_at) VALUES ('platform.purge-outbox', '{}', now() - interval '30 days') RETURNING id`,
    );
    return rows[0].id as string;
  };
  const exists = async (outboxId: string) =>
    (await s.db.query(`SELECT 1 FROM outbox WHERE id = $1`, [outboxId])).rowCount === 1;
  const enqueuePurge = (runAt?: Date) => {
    const tx = worker.app.get(TransactionContext);
    const outbox = worker.app.get(OutboxService);
    return tx.run(() => outbox.enqueue('platform.purge-outbox', { olderThanDays: 1 }, { runAt }));
  };

  it('runs the driver it was asked for', () => {
    expect(worker.driver).toBe(driver);
  });

  it('reports Redis in /health only when the queue uses it', async () => {
    const res = await fetch(`${s.api.url}/health`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { info: { redis: { status: string } } };
    expect(body.info.redis.status).toBe(driver === 'bullmq' ? 'up' : 'unused');
  });

  it('mails each recipient once, however often the job is queued', async () => {
    await subscribe(`once-${driver}@example.org`);
    await waitFor('the confirmation', async () => mailsTo(`once-${driver}@example.org`).length === 1);
    const job = await confirmationJob(`once-${driver}@example.org`);
    // The same job asked for twice more (same job id), and once under another id.
    await s.db.query(
      `INSERT INTO outbox (job_name, payload, job_id) VALUES ($1, $2, $3), ($1, $2, $3), ($1, $2, $4)`,
      [job.job_name, job.payload, job.job_id, `again-${randomUUID()}`],
    );
    await waitFor(
      'the relay',
      async () =>
        (await worker.relay.drain()) === 0 &&
        Number((await s.db.query(`SELECT count(*) AS n FROM outbox WHERE relayed_at IS NULL`)).rows[0].n) ===
          0,
    );
    await sleep(1500);
    expect(mailsTo(`once-${driver}@example.org`)).toHaveLength(1);
  });

  it('runs a delayed job when it is due, not before', async () => {
    const row = await oldRelayedRow();
    await enqueuePurge(new Date(worker.app.get(Clock).now().getTime() + 2500));
    await sleep(1200);
    expect(await exists(row)).toBe(true);
    await waitFor('the delayed purge', async () => !(await exists(row)), 10000);
  });

  it('retries a failing handler after a backoff, and mails once', async () => {
    const email = `retry-${driver}@example.org`;
    s.smtp.failNext(1, 450, 'rcpt'); // a transient refusal of the first attempt (the connection stays)
    const started = Date.now();
    await subscribe(email);
    await waitFor('the retried confirmation', async () => mailsTo(email).length === 1, 15000);
    expect(Date.now() - started).toBeGreaterThanOrEqual(RETRY_BASE_MS);
    const job = await confirmationJob(email);
    if (driver === 'in-process') {
      // The mail is accepted before the handler returns and its job is marked completed.
      const row = async () =>
        (
          await s.db.query(`SELECT state, attempts_made, last_error FROM queue_jobs WHERE id = $1`, [
            job.job_id,
          ])
        ).rows[0];
      await waitFor('the job completed', async () => (await row()).state === 'completed');
      const rows = [await row()];
      expect(rows[0]).toMatchObject({ state: 'completed', attempts_made: 2 });
      expect(rows[0].last_error).toMatch(/./);
    } else {
      const queue = worker.app.get(QueueService).queue(JOBS['newsletter.confirmation'].queue);
      const bull = await queue.getJob(bullJobId(job.job_id));
      expect(bull?.attemptsStarted).toBe(2);
      expect(bull?.failedReason).toMatch(/./);
    }
    await sleep(RETRY_BASE_MS * 2);
    expect(mailsTo(email)).toHaveLength(1);
  });

  it('fires a job scheduler once per period, however many workers run', async () => {
    const second = await startWorker(s.env.config, { logger: false, relayIntervalMs: 50 });
    try {
      await worker.app.get(QueueService).upsertSchedulers(); // both workers registered them now
      const scheduled = Object.values(JOBS).filter((j) => j.schedule).length;
      if (driver === 'in-process') {
        expect(Number((await s.db.query(`SELECT count(*) AS n FROM queue_schedulers`)).rows[0].n)).toBe(
          scheduled,
        );
        // The purge's period has come (its instant set just past).
        const row = await oldRelayedRow();
        await s.db.query(
          `UPDATE queue_schedulers SET next_run_at = now() - interval '1 second' WHERE name = 'platform.purge-outbox'`,
        );
        await waitFor('the scheduled purge', async () => !(await exists(row)));
        await sleep(1500); // several polls of both workers
        const jobs = async () =>
          (
            await s.db.query(
              `SELECT id, state FROM queue_jobs WHERE id LIKE 'scheduler:platform.purge-outbox:%'`,
            )
          ).rows;
        // The rows are gone before the handler returns and its job is marked completed.
        await waitFor('the purge marked completed', async () =>
          (await jobs()).every((r) => r.state === 'completed'),
        );
        expect(await jobs()).toEqual([{ id: expect.any(String), state: 'completed' }]);
        const next = await s.db.query(
          `SELECT next_run_at FROM queue_schedulers WHERE name = 'platform.purge-outbox'`,
        );
        expect(new Date(next.rows[0].next_run_at).getTime()).toBeGreaterThan(Date.now());
      } else {
        const maintenance = new Queue('maintenance', {
          connection: { url: s.env.config.redisUrl },
          prefix: s.env.config.queuePrefix,
        });
        try {
          const schedulers = await maintenance.getJobSchedulers();
          expect(schedulers.map((x) => x.key).sort()).toEqual(
            Object.entries(JOBS)
              .filter(([, j]) => j.schedule && j.queue === 'maintenance')
              .map(([name]) => name)
              .sort(),
          );
          expect(scheduled).toBeGreaterThan(0);
          // One next run per scheduler, not one per worker.
          const delayed = await maintenance.getDelayed();
          expect(delayed.filter((j) => j.name === 'platform.purge-outbox')).toHaveLength(1);
          for (const x of schedulers) await maintenance.removeJobScheduler(x.key);
        } finally {
          await maintenance.close();
        }
      }
    } finally {
      await second.stop();
    }
  });

  if (driver === 'in-process') {
    /** A job claimed by a process that died while running it (its claim counted as an attempt). */
    const crashedJob = (id: string, attemptsMade: number, claimFor: string) =>
      s.db.query(
        `INSERT INTO queue_jobs (id, queue, name, payload, run_at, max_attempts, attempts_made, claim_token, claimed_until)
         VALUES ($1, 'maintenance', 'platform.purge-outbox', '{"olderThanDays":1}', now(), 3, $2, gen_random_uuid(), now() + $3::interval)`,
        [id, attemptsMade, claimFor],
      );
    const stateOf = async (id: string) =>
      (await s.db.query(`SELECT state, attempts_made, last_error FROM queue_jobs WHERE id = $1`, [id]))
        .rows[0];

    it('runs again a job whose claim expired (the process that held it died), and not before', async () => {
      const row = await oldRelayedRow();
      const id = `crashed-${randomUUID()}`;
      await crashedJob(id, 1, '20 seconds'); // the claim still holds
      await sleep(1500);
      expect(await exists(row)).toBe(true);
      await s.db.query(`UPDATE queue_jobs SET claimed_until = now() - interval '1 second' WHERE id = $1`, [
        id,
      ]);
      await waitFor('the job taken over', async () => !(await exists(row)));
      await waitFor('its completion', async () => (await stateOf(id)).state === 'completed');
      expect((await stateOf(id)).attempts_made).toBe(2);
    });

    it('fails, without running it, a job whose last attempt died with its process', async () => {
      const row = await oldRelayedRow();
      const id = `crashed-${randomUUID()}`;
      await crashedJob(id, 3, '-1 second'); // the third of three attempts, its claim expired
      await waitFor('the job failed', async () => (await stateOf(id)).state === 'failed');
      expect((await stateOf(id)).last_error).toMatch(/claim of its last attempt expired/);
      await sleep(700);
      expect(await exists(row)).toBe(true);
      await s.db.query(`DELETE FROM outbox WHERE id = $1`, [row]);
    });

    it('keeps finished jobs a week, as the record that dedupes them, then purges them', async () => {
      await s.db.query(
        `INSERT INTO queue_jobs (id, queue, name, payload, run_at, max_attempts, state, finished_at) VALUES
           ('finished-8-days-ago', 'mail', 'newsletter.test', '{}', now(), 5, 'completed', now() - interval '8 days'),
           ('finished-6-days-ago', 'mail', 'newsletter.test', '{}', now(), 5, 'failed', now() - interval '6 days')`,
      );
      await enqueuePurge();
      await waitFor('the purge', async () => !(await stateOf('finished-8-days-ago')));
      expect(await stateOf('finished-6-days-ago')).toMatchObject({ state: 'failed' });
    });

    it('measures due times on the platform Clock (DEV_CLOCK moves them)', async () => {
      const row = await oldRelayedRow();
      const clock = worker.app.get(Clock);
      await enqueuePurge(new Date(clock.now().getTime() + 3600_000));
      await sleep(1200);
      expect(await exists(row)).toBe(true);
      clock.advance(3600_000);
      try {
        await waitFor('the purge due an hour later', async () => !(await exists(row)));
      } finally {
        clock.advance(-3600_000);
      }
    });
  }
});
