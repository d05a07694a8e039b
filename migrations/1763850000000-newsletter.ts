import { MigrationInterface, QueryRunner } from 'typeorm';

/** Newsletter subscriptions (double opt-in), issues and the recipients snapshot of each send. */
export class Newsletter1763850000000 implements MigrationInterface {
  name = 'Newsletter1763850000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE newsletter_subscribers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL UNIQUE CHECK (email = lower(email) AND length(email) BETWEEN 3 AND 254),
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'CONFIRMED', 'UNSUBSCRIBED')),
        -- set when the address is a member's (NotificationSettings.newsletter is this subscription)
        person_id uuid REFERENCES people (id) ON DELETE SET NULL,
        -- sha256 of the current confirmation token; null once used
        confirm_token_hash text UNIQUE,
        -- sha256 of the unsubscribe token (derived from the id under the session secret)
        unsubscribe_token_hash text NOT NULL UNIQUE,
        last_confirmation_sent_at timestamptz,
        confirmed_at timestamptz,
        unsubscribed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX newsletter_subscribers_status ON newsletter_subscribers (status)`);
    await q.query(`CREATE INDEX newsletter_subscribers_person ON newsletter_subscribers (person_id)`);

    await q.query(`
      CREATE TABLE newsletter_issues (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        subject text NOT NULL CHECK (length(subject) BETWEEN 1 AND 300),
        body text NOT NULL,
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'SCHEDULED', 'SENDING', 'SENT')),
        scheduled_for timestamptz,
        sent_at timestamptz,
        created_by uuid NOT NULL REFERENCES people (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX newsletter_issues_created ON newsletter_issues (created_at DESC, id DESC)`);

    await q.query(`
      CREATE TABLE newsletter_recipients (
        issue_id uuid NOT NULL REFERENCES newsletter_issues (id) ON DELETE CASCADE,
        subscriber_id uuid NOT NULL REFERENCES newsletter_subscribers (id) ON DELETE CASCADE,
        -- the address at the time of sending
        email text NOT NULL,
        PRIMARY KEY (issue_id, subscriber_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE newsletter_recipients`);
    await q.query(`DROP TABLE newsletter_issues`);
    await q.query(`DROP TABLE newsletter_subscribers`);
  }
}
