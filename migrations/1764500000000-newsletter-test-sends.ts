import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A test copy's request, so the job's payload carries its id and not an e-mail address (payloads
 * carry ids, never state or personal data). The row goes once the copy is sent.
 */
export class NewsletterTestSends1764500000000 implements MigrationInterface {
  name = 'NewsletterTestSends1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE newsletter_test_sends (
      id uuid PRIMARY KEY,
      issue_id uuid NOT NULL REFERENCES newsletter_issues (id) ON DELETE CASCADE,
      recipient text NOT NULL,
      requested_at timestamptz NOT NULL
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE newsletter_test_sends`);
  }
}
