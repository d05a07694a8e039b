import { MigrationInterface, QueryRunner } from 'typeorm';

/** Digest runs (one per frequency and period) and the per-member watermarks of what was sent. */
export class Digests1763860000000 implements MigrationInterface {
  name = 'Digests1763860000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE digest_runs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        frequency text NOT NULL CHECK (frequency IN ('DAILY', 'WEEKLY')),
        period_start timestamptz NOT NULL,
        period_end timestamptz NOT NULL CHECK (period_end > period_start),
        status text NOT NULL DEFAULT 'QUEUED' CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
        -- members with this frequency when the run started, and the number of batches they make
        members integer NOT NULL DEFAULT 0,
        batches integer,
        started_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz,
        UNIQUE (frequency, period_start)
      )`);
    await q.query(`
      CREATE TABLE digest_run_batches (
        run_id uuid NOT NULL REFERENCES digest_runs (id) ON DELETE CASCADE,
        batch integer NOT NULL,
        -- members whose digest was empty, so not sent
        skipped integer NOT NULL,
        PRIMARY KEY (run_id, batch)
      )`);
    await q.query(`
      CREATE TABLE digest_watermarks (
        person_id uuid PRIMARY KEY REFERENCES people (id) ON DELETE CASCADE,
        -- documents and news up to this instant were in a digest already
        content_until timestamptz NOT NULL,
        -- meeting occurrences starting up to this instant were in a digest already
        meetings_until timestamptz NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE digest_watermarks`);
    await q.query(`DROP TABLE digest_run_batches`);
    await q.query(`DROP TABLE digest_runs`);
  }
}
