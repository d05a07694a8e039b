import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Digests in each member's zone: a run is one local period (frequency and the local date it
 * starts on), made of one zone run per IANA zone in use, each started when its local send time
 * comes. Watermarks gain what was announced of surveys.
 */
export class DigestSchedule1764200000000 implements MigrationInterface {
  name = 'DigestSchedule1764200000000';

  async up(q: QueryRunner): Promise<void> {
    // Runs made so far had UTC periods: their label is the UTC date they start on.
    await q.query(`ALTER TABLE digest_runs ADD COLUMN period_label date`);
    await q.query(`UPDATE digest_runs SET period_label = (period_start AT TIME ZONE 'UTC')::date`);
    await q.query(`ALTER TABLE digest_runs ALTER COLUMN period_label SET NOT NULL`);
    await q.query(`ALTER TABLE digest_runs DROP CONSTRAINT digest_runs_frequency_period_start_key`);
    await q.query(
      `ALTER TABLE digest_runs ADD CONSTRAINT digest_runs_period UNIQUE (frequency, period_label)`,
    );

    await q.query(`
      CREATE TABLE digest_run_zones (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        run_id uuid NOT NULL REFERENCES digest_runs (id) ON DELETE CASCADE,
        zone text NOT NULL,
        -- the run's local period in this zone
        period_start timestamptz NOT NULL,
        period_end timestamptz NOT NULL CHECK (period_end > period_start),
        status text NOT NULL DEFAULT 'QUEUED' CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
        members integer NOT NULL DEFAULT 0,
        batches integer,
        -- when it was started: the instant its digests are composed for (next meetings, surveys closing)
        started_at timestamptz NOT NULL,
        finished_at timestamptz,
        UNIQUE (run_id, zone)
      )`);
    await q.query(`
      INSERT INTO digest_run_zones (run_id, zone, period_start, period_end, status, members, batches, started_at, finished_at)
      SELECT id, 'UTC', period_start, period_end, status, members, batches, started_at, finished_at FROM digest_runs`);

    await q.query(
      `ALTER TABLE digest_run_batches ADD COLUMN zone_run_id uuid REFERENCES digest_run_zones (id) ON DELETE CASCADE`,
    );
    await q.query(
      `UPDATE digest_run_batches b SET zone_run_id = z.id FROM digest_run_zones z WHERE z.run_id = b.run_id`,
    );
    await q.query(`ALTER TABLE digest_run_batches ALTER COLUMN zone_run_id SET NOT NULL`);
    await q.query(`ALTER TABLE digest_run_batches DROP CONSTRAINT digest_run_batches_pkey`);
    await q.query(`ALTER TABLE digest_run_batches ADD PRIMARY KEY (zone_run_id, batch)`);
    await q.query(`CREATE INDEX digest_run_batches_run ON digest_run_batches (run_id)`);

    // Surveys are announced at the instant a zone run starts: opened up to surveys_until, closing
    // up to surveys_closing_until were in a digest already.
    await q.query(
      `ALTER TABLE digest_watermarks ADD COLUMN surveys_until timestamptz, ADD COLUMN surveys_closing_until timestamptz`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE digest_watermarks DROP COLUMN surveys_until, DROP COLUMN surveys_closing_until`,
    );
    await q.query(`DROP INDEX digest_run_batches_run`);
    await q.query(`ALTER TABLE digest_run_batches DROP CONSTRAINT digest_run_batches_pkey`);
    await q.query(`DELETE FROM digest_run_batches a USING digest_run_batches b
      WHERE a.run_id = b.run_id AND a.batch = b.batch AND a.zone_run_id > b.zone_run_id`);
    await q.query(`ALTER TABLE digest_run_batches ADD PRIMARY KEY (run_id, batch)`);
    await q.query(`ALTER TABLE digest_run_batches DROP COLUMN zone_run_id`);
    await q.query(`DROP TABLE digest_run_zones`);
    await q.query(`ALTER TABLE digest_runs DROP CONSTRAINT digest_runs_period`);
    await q.query(
      `ALTER TABLE digest_runs ADD CONSTRAINT digest_runs_frequency_period_start_key UNIQUE (frequency, period_start)`,
    );
    await q.query(`ALTER TABLE digest_runs DROP COLUMN period_label`);
  }
}
