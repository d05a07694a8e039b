import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Members whose newsletter setting was on before the newsletter module existed get a confirmed
 * subscription (their address is verified by sign-in, as setMemberSubscription assumes). Whoever
 * has a row already, in any state, is left alone: nobody who unsubscribed is subscribed again,
 * and a second run adds nothing.
 *
 * The unsubscribe token is derived from the row's id under the session secret, which a migration
 * does not hold: the rows get a `migrated:` placeholder hash, replaced by the real one before any
 * mail carries the link (NewsletterService.repairUnsubscribeHashes, run when an issue starts
 * sending and before a test copy).
 */
export class NewsletterMemberSubscribers1764600000000 implements MigrationInterface {
  name = 'NewsletterMemberSubscribers1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      INSERT INTO newsletter_subscribers (id, email, status, person_id, unsubscribe_token_hash, confirmed_at)
      SELECT n.id, n.email, 'CONFIRMED', n.person_id, 'migrated:' || n.id, now()
        FROM (SELECT gen_random_uuid() AS id, lower(p.email) AS email, p.id AS person_id
                FROM people p
               WHERE p.newsletter AND p.role IN ('MEMBER', 'OFFICE')
                 AND p.email IS NOT NULL AND length(p.email) BETWEEN 3 AND 254
                 AND NOT EXISTS (SELECT 1 FROM newsletter_subscribers s
                                  WHERE s.email = lower(p.email) OR s.person_id = p.id)) n
      ON CONFLICT (email) DO NOTHING`);
  }

  async down(): Promise<void> {
    // The rows are ordinary subscriptions by now (confirmed, maybe unsubscribed since): kept.
  }
}
