import { Injectable } from '@nestjs/common';
import { Clock } from '../clock/clock';
import { sql } from '../database/sql';
import { TransactionContext } from '../database/transaction-context';

export interface InProcessJob {
  id: string;
  name: string;
  payload: unknown;
  attemptsMade: number;
  maxAttempts: number;
  /** This claim's token: only its holder may finish the job (a claim taken over makes it stale). */
  claimToken: string;
}

export interface NewInProcessJob {
  id: string;
  queue: string;
  name: string;
  payload: unknown;
  maxAttempts: number;
  delayMs: number;
}

export interface DueScheduler {
  name: string;
  pattern: string;
  tz: string;
  nextRunAt: Date;
}

/**
 * The in-process driver's jobs and schedulers in PostgreSQL (queue_jobs, queue_schedulers). Every
 * instant (due, claimed until, finished) is the platform Clock's, bound as a parameter, so a moved
 * DEV_CLOCK moves when jobs are due, as it does for the outbox. Each statement stands alone: no
 * transaction is held while a handler runs (PGlite blocks every other connection during one).
 */
@Injectable()
export class InProcessJobRepository {
  constructor(
    private readonly tx: TransactionContext,
    private readonly clock: Clock,
  ) {}

  /** Queues jobs; an id already present (waiting or finished) is left as it is, as BullMQ does. */
  async add(jobs: readonly NewInProcessJob[]): Promise<void> {
    const now = this.clock.now().getTime();
    for (const j of jobs) {
      await this.tx.query(
        sql`INSERT INTO queue_jobs (id, queue, name, payload, run_at, max_attempts)
            VALUES (${j.id}, ${j.queue}, ${j.name}, ${JSON.stringify(j.payload ?? null)}::jsonb,
                    ${new Date(now + Math.max(0, j.delayMs))}, ${j.maxAttempts})
            ON CONFLICT (id) DO NOTHING`,
      );
    }
  }

  /**
   * Claims up to `limit` due jobs of a queue for claimSeconds. SKIP LOCKED lets several processes
   * claim at once without taking the same job; an expired claim (its process died) is taken over.
   * A claim counts as an attempt, so a job that kills its process every time ends failed (as a
   * BullMQ job stalled too often does) instead of running forever.
   */
  async claim(queue: string, limit: number, claimSeconds: number): Promise<InProcessJob[]> {
    const now = this.clock.now();
    await this.tx.query(
      sql`UPDATE queue_jobs SET state = 'failed', finished_at = ${now}, claim_token = NULL, claimed_until = NULL,
                 last_error = concat_ws('; ', last_error, 'the claim of its last attempt expired (its process died)')
           WHERE queue = ${queue} AND state = 'waiting' AND attempts_made >= max_attempts AND claimed_until < ${now}`,
    );
    const rows = await this.tx.query<{
      id: string;
      name: string;
      payload: unknown;
      attempts_made: number;
      max_attempts: number;
      claim_token: string;
    }>(
      sql`UPDATE queue_jobs SET claim_token = gen_random_uuid(), attempts_made = attempts_made + 1,
                 claimed_until = ${now}::timestamptz + make_interval(secs => ${claimSeconds})
           WHERE id IN (
             SELECT id FROM queue_jobs
              WHERE queue = ${queue} AND state = 'waiting' AND run_at <= ${now}
                AND (claimed_until IS NULL OR claimed_until < ${now}) AND attempts_made < max_attempts
              ORDER BY run_at
              LIMIT ${limit}
              FOR UPDATE SKIP LOCKED)
       RETURNING id, name, payload, attempts_made, max_attempts, claim_token`,
    );
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      payload: r.payload,
      attemptsMade: r.attempts_made - 1, // before this one, as BullMQ counts them
      maxAttempts: r.max_attempts,
      claimToken: r.claim_token,
    }));
  }

  /** Keeps a long job's claim (JobContext.progress); false when the claim was lost. */
  async extendClaim(job: InProcessJob, claimSeconds: number): Promise<boolean> {
    const rows = await this.tx.query(
      sql`UPDATE queue_jobs SET claimed_until = ${this.clock.now()}::timestamptz + make_interval(secs => ${claimSeconds})
           WHERE id = ${job.id} AND claim_token = ${job.claimToken}::uuid AND state = 'waiting' RETURNING 1`,
    );
    return rows.length > 0;
  }

  async complete(job: InProcessJob): Promise<void> {
    await this.tx.query(
      sql`UPDATE queue_jobs SET state = 'completed', finished_at = ${this.clock.now()}, claim_token = NULL,
                 claimed_until = NULL
           WHERE id = ${job.id} AND claim_token = ${job.claimToken}::uuid`,
    );
  }

  /** A failed run: retried after retryInMs, or failed for good (retryInMs null). */
  async failed(job: InProcessJob, error: string, retryInMs: number | null): Promise<void> {
    const now = this.clock.now();
    await this.tx.query(
      sql`UPDATE queue_jobs SET last_error = ${error.slice(0, 2000)},
                 claim_token = NULL, claimed_until = NULL,
                 state = ${retryInMs === null ? 'failed' : 'waiting'},
                 finished_at = ${retryInMs === null ? now : null},
                 run_at = ${new Date(now.getTime() + (retryInMs ?? 0))}
           WHERE id = ${job.id} AND claim_token = ${job.claimToken}::uuid`,
    );
  }

  /** Removes waiting jobs that are not running; answers how many. */
  async remove(queue: string, ids: readonly string[]): Promise<number> {
    if (ids.length === 0) return 0;
    const rows = await this.tx.query(
      sql`DELETE FROM queue_jobs
           WHERE queue = ${queue} AND id = ANY(${ids}::text[]) AND state = 'waiting'
             AND (claimed_until IS NULL OR claimed_until < ${this.clock.now()})
       RETURNING 1`,
    );
    return rows.length;
  }

  /** Deletes the jobs finished before `before` (their ids may then be queued again). */
  async purgeFinishedBefore(before: Date): Promise<number> {
    const rows = await this.tx.query(
      sql`DELETE FROM queue_jobs WHERE state <> 'waiting' AND finished_at < ${before} RETURNING 1`,
    );
    return rows.length;
  }

  /** Registers a periodic job; its next instant is kept unless the pattern or zone changed. */
  async upsertScheduler(name: string, pattern: string, tz: string, nextRunAt: Date): Promise<void> {
    await this.tx.query(
      sql`INSERT INTO queue_schedulers (name, pattern, tz, next_run_at) VALUES (${name}, ${pattern}, ${tz}, ${nextRunAt})
          ON CONFLICT (name) DO UPDATE SET pattern = EXCLUDED.pattern, tz = EXCLUDED.tz,
             next_run_at = CASE WHEN queue_schedulers.pattern = EXCLUDED.pattern AND queue_schedulers.tz = EXCLUDED.tz
                                THEN queue_schedulers.next_run_at ELSE EXCLUDED.next_run_at END`,
    );
  }

  /** Claims the schedulers that are due (one process each, SKIP LOCKED and a claim as for jobs). */
  async claimDueSchedulers(claimSeconds: number): Promise<DueScheduler[]> {
    const now = this.clock.now();
    const rows = await this.tx.query<{ name: string; pattern: string; tz: string; next_run_at: Date }>(
      sql`UPDATE queue_schedulers SET claimed_until = ${now}::timestamptz + make_interval(secs => ${claimSeconds})
           WHERE name IN (
             SELECT name FROM queue_schedulers
              WHERE next_run_at <= ${now} AND (claimed_until IS NULL OR claimed_until < ${now})
              FOR UPDATE SKIP LOCKED)
       RETURNING name, pattern, tz, next_run_at`,
    );
    return rows.map((r) => ({
      name: r.name,
      pattern: r.pattern,
      tz: r.tz,
      nextRunAt: new Date(r.next_run_at),
    }));
  }

  /** Moves a fired scheduler on to its next instant and lets it go. */
  async advanceScheduler(s: DueScheduler, nextRunAt: Date): Promise<void> {
    await this.tx.query(
      sql`UPDATE queue_schedulers SET next_run_at = ${nextRunAt}, claimed_until = NULL
           WHERE name = ${s.name}
             -- the instant it was claimed at (JavaScript keeps milliseconds, PostgreSQL microseconds)
             AND abs(extract(epoch FROM next_run_at - ${s.nextRunAt}::timestamptz)) < 0.001`,
    );
  }
}
