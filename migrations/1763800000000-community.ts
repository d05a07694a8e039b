import { MigrationInterface, QueryRunner } from 'typeorm';

/** Working groups, topics, seats (memberships) with their history, news and the FAQ. */
export class Community1763800000000 implements MigrationInterface {
  name = 'Community1763800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE working_groups (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        -- upper-cased by the service, so "wg1" and "WG1" cannot both exist
        code text NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9][A-Z0-9-]{0,19}$'),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        description text,
        join_policy text NOT NULL DEFAULT 'OPEN' CHECK (join_policy IN ('OPEN', 'APPROVAL')),
        seat_limit integer CHECK (seat_limit >= 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE topics (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        working_group_id uuid NOT NULL REFERENCES working_groups (id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        description text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX topics_group_name ON topics (working_group_id, lower(name))`);

    await q.query(`
      CREATE TABLE memberships (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
        working_group_id uuid NOT NULL REFERENCES working_groups (id) ON DELETE CASCADE,
        role text NOT NULL DEFAULT 'MEMBER' CHECK (role IN ('CHAIR', 'MEMBER')),
        status text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('PENDING', 'ACTIVE')),
        -- milliseconds, as JavaScript and the page cursors carry them
        requested_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
        joined_at timestamptz,
        CHECK ((status = 'ACTIVE') = (joined_at IS NOT NULL)),
        UNIQUE (person_id, working_group_id)
      )`);
    // Member lists, seat counts and chairs per group; the person side is covered by the unique key.
    await q.query(
      `CREATE INDEX memberships_group ON memberships (working_group_id, status, role, requested_at, id)`,
    );

    // The history of seats: kept when the seat itself is gone, so no foreign key to memberships.
    await q.query(`
      CREATE TABLE membership_events (
        id bigserial PRIMARY KEY,
        membership_id uuid NOT NULL,
        person_id uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
        working_group_id uuid NOT NULL REFERENCES working_groups (id) ON DELETE CASCADE,
        event text NOT NULL CHECK (event IN ('REQUESTED', 'JOINED', 'APPROVED', 'ADDED', 'ROLE_CHANGED', 'LEFT', 'REMOVED', 'REJECTED')),
        role text NOT NULL CHECK (role IN ('CHAIR', 'MEMBER')),
        actor_id uuid REFERENCES people (id) ON DELETE SET NULL,
        occurred_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX membership_events_group ON membership_events (working_group_id, occurred_at)`,
    );
    await q.query(`CREATE INDEX membership_events_time ON membership_events (occurred_at)`);

    await q.query(`
      CREATE TABLE news_items (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
        body text NOT NULL,
        pinned boolean NOT NULL DEFAULT false,
        published_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
        updated_at timestamptz NOT NULL DEFAULT now(),
        author_id uuid NOT NULL REFERENCES people (id),
        working_group_id uuid REFERENCES working_groups (id) ON DELETE CASCADE
      )`);
    // The news page: pinned first, then newest, keyset-paginated on the same columns.
    await q.query(`CREATE INDEX news_items_order ON news_items (pinned DESC, published_at DESC, id DESC)`);
    await q.query(`CREATE INDEX news_items_group ON news_items (working_group_id)`);

    await q.query(`
      CREATE TABLE faq_entries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        question text NOT NULL CHECK (length(question) BETWEEN 1 AND 500),
        answer text NOT NULL CHECK (length(answer) BETWEEN 1 AND 10000),
        position integer NOT NULL UNIQUE CHECK (position >= 1)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE faq_entries`);
    await q.query(`DROP TABLE news_items`);
    await q.query(`DROP TABLE membership_events`);
    await q.query(`DROP TABLE memberships`);
    await q.query(`DROP TABLE topics`);
    await q.query(`DROP TABLE working_groups`);
  }
}
