import { MigrationInterface, QueryRunner } from 'typeorm';

/** The platform's own tables: the outbox, the mail delivery records and the community row. */
export class PlatformFoundation1763780000000 implements MigrationInterface {
  name = 'PlatformFoundation1763780000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pgcrypto`);
    await q.query(`
      CREATE TABLE outbox (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        job_name text NOT NULL,
        payload jsonb NOT NULL,
        job_id text,
        run_at timestamptz NOT NULL DEFAULT now(),
        created_at timestamptz NOT NULL DEFAULT now(),
        lease_until timestamptz,
        relayed_at timestamptz,
        attempts int NOT NULL DEFAULT 0,
        last_error text
      )`);
    await q.query(`CREATE INDEX outbox_unrelayed ON outbox (created_at) WHERE relayed_at IS NULL`);
    await q.query(`CREATE INDEX outbox_relayed_at ON outbox (relayed_at) WHERE relayed_at IS NOT NULL`);

    await q.query(`
      CREATE TABLE mail_deliveries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        key text NOT NULL UNIQUE,
        recipient text NOT NULL,
        subject text NOT NULL,
        status text NOT NULL CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
        attempts int NOT NULL DEFAULT 0,
        message_id text,
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz
      )`);
    // Campaign and digest statistics count deliveries by key prefix.
    await q.query(`CREATE INDEX mail_deliveries_key_prefix ON mail_deliveries (key text_pattern_ops)`);

    await q.query(`
      CREATE TABLE community (
        id smallint PRIMARY KEY CHECK (id = 1),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        mission text NOT NULL,
        description text,
        phases jsonb NOT NULL DEFAULT '[]',
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE community`);
    await q.query(`DROP TABLE mail_deliveries`);
    await q.query(`DROP TABLE outbox`);
  }
}
