import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 26: one's own data. `people` gains identity's own stamps (a pending erasure, cleared by
 * signing in; the instant the person was erased, their row kept as a "former member" tombstone so
 * kept documents still resolve). `data_requests` records every export and erasure for the office:
 * who, when and the outcome, never the content; an export's single-use link is kept hashed.
 */
export class Privacy1764800100000 implements MigrationInterface {
  name = 'Privacy1764800100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE people ADD COLUMN erasure_requested_at timestamptz NULL`);
    await q.query(`ALTER TABLE people ADD COLUMN erased_at timestamptz NULL`);
    await q.query(
      `CREATE INDEX people_erasure_requested ON people (erasure_requested_at) WHERE erasure_requested_at IS NOT NULL`,
    );
    await q.query(`
      CREATE TABLE data_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('EXPORT', 'ERASURE')),
        person_id uuid NULL REFERENCES people (id) ON DELETE SET NULL,
        requested_at timestamptz NOT NULL,
        completed_at timestamptz NULL,
        outcome text NOT NULL DEFAULT 'PENDING' CHECK (outcome IN ('PENDING', 'DONE', 'FAILED', 'CANCELLED')),
        ready_at timestamptz NULL,
        expires_at timestamptz NULL,
        token_hash text NULL,
        storage_key text NULL,
        mailed_at timestamptz NULL,
        downloaded_at timestamptz NULL
      )`);
    await q.query(`CREATE INDEX data_requests_requested ON data_requests (requested_at DESC, id DESC)`);
    await q.query(`CREATE INDEX data_requests_person ON data_requests (person_id, kind, requested_at DESC)`);
    await q.query(
      `CREATE UNIQUE INDEX data_requests_token ON data_requests (token_hash) WHERE token_hash IS NOT NULL`,
    );
    // At most one pending export per person (the mutation says CONFLICT; this holds under races).
    await q.query(
      `CREATE UNIQUE INDEX data_requests_one_pending_export ON data_requests (person_id) WHERE kind = 'EXPORT' AND outcome = 'PENDING'`,
    );
    await q.query(
      `CREATE INDEX data_requests_files ON data_requests (expires_at) WHERE storage_key IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE data_requests`);
    await q.query(`DROP INDEX people_erasure_requested`);
    await q.query(`ALTER TABLE people DROP COLUMN erased_at`);
    await q.query(`ALTER TABLE people DROP COLUMN erasure_requested_at`);
  }
}
