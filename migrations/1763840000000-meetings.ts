import { MigrationInterface, QueryRunner } from 'typeorm';

/** Meetings and series, their exceptions, agendas, attendance and personal calendar feeds. */
export class Meetings1763840000000 implements MigrationInterface {
  name = 'Meetings1763840000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE meetings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
        description text,
        -- null: a community-wide meeting
        working_group_id uuid REFERENCES working_groups (id) ON DELETE CASCADE,
        -- the first occurrence
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL CHECK (ends_at > starts_at),
        time_zone text NOT NULL,
        -- RFC 5545 RRULE value; null: a single meeting
        rrule text,
        -- the last possible instant of the series (null: unbounded), so windows prune in SQL
        series_ends_at timestamptz,
        location text,
        video_url text,
        visibility text NOT NULL DEFAULT 'COMMUNITY' CHECK (visibility IN ('PUBLIC', 'COMMUNITY', 'WORKING_GROUP')),
        status text NOT NULL DEFAULT 'SCHEDULED' CHECK (status IN ('SCHEDULED', 'CANCELLED')),
        organizer_id uuid NOT NULL REFERENCES people (id),
        minutes text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (visibility <> 'WORKING_GROUP' OR working_group_id IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX meetings_group ON meetings (working_group_id, starts_at)`);
    await q.query(`CREATE INDEX meetings_window ON meetings (starts_at, series_ends_at)`);

    await q.query(`
      CREATE TABLE meeting_exceptions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
        original_starts_at timestamptz NOT NULL,
        cancelled boolean NOT NULL DEFAULT false,
        -- set for a moved occurrence
        starts_at timestamptz,
        ends_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((starts_at IS NULL) = (ends_at IS NULL)),
        CHECK (ends_at IS NULL OR ends_at > starts_at),
        UNIQUE (meeting_id, original_starts_at)
      )`);

    await q.query(`
      CREATE TABLE agenda_items (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
        position integer NOT NULL CHECK (position >= 1),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
        presenter text,
        duration_minutes integer CHECK (duration_minutes > 0),
        -- documents of the knowledge base (no foreign key until that table exists)
        document_ids uuid[] NOT NULL DEFAULT '{}',
        UNIQUE (meeting_id, position)
      )`);

    await q.query(`
      CREATE TABLE attendance (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
        person_id uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
        -- null: the answer holds for the whole series
        occurrence_starts_at timestamptz,
        response text NOT NULL CHECK (response IN ('YES', 'NO', 'MAYBE')),
        responded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE UNIQUE INDEX attendance_one_answer ON attendance
        (meeting_id, person_id, COALESCE(occurrence_starts_at, '-infinity'::timestamptz))`);

    await q.query(`
      CREATE TABLE calendar_feeds (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id uuid NOT NULL UNIQUE REFERENCES people (id) ON DELETE CASCADE,
        -- sha256 of the secret in the URL; the secret itself is never stored
        token_hash text NOT NULL UNIQUE,
        -- the secret is derived from the session secret and this number; rotating bumps it
        generation integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        rotated_at timestamptz
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE calendar_feeds, attendance, agenda_items, meeting_exceptions, meetings`);
  }
}
