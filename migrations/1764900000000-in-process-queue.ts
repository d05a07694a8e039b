import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 25: the in-process queue driver (QUEUE_DRIVER=in-process, or auto with no Redis) keeps its
 * jobs in PostgreSQL. A row is the job: it is claimed for a while (FOR UPDATE SKIP LOCKED), so a
 * crashed process loses nothing; its id is the catalogue's job id, so the same work is queued once.
 * Finished rows stay a week as the record that dedupes (as BullMQ keeps completed jobs).
 * Schedulers hold the next instant each periodic job is due, claimed the same way.
 */
export class InProcessQueue1764900000000 implements MigrationInterface {
  name = 'InProcessQueue1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE queue_jobs (
        id text PRIMARY KEY,
        queue text NOT NULL,
        name text NOT NULL,
        payload jsonb NOT NULL,
        state text NOT NULL DEFAULT 'waiting' CHECK (state IN ('waiting', 'completed', 'failed')),
        run_at timestamptz NOT NULL,
        attempts_made int NOT NULL DEFAULT 0,
        max_attempts int NOT NULL,
        claim_token uuid NULL,
        claimed_until timestamptz NULL,
        last_error text NULL,
        finished_at timestamptz NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX queue_jobs_due ON queue_jobs (queue, run_at) WHERE state = 'waiting'`);
    await q.query(`CREATE INDEX queue_jobs_finished ON queue_jobs (finished_at) WHERE state <> 'waiting'`);
    await q.query(`
      CREATE TABLE queue_schedulers (
        name text PRIMARY KEY,
        pattern text NOT NULL,
        tz text NOT NULL,
        next_run_at timestamptz NOT NULL,
        claimed_until timestamptz NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE queue_schedulers`);
    await q.query(`DROP TABLE queue_jobs`);
  }
}
