import { Injectable } from '@nestjs/common';
import {
  FORMER_MEMBER,
  ProvidesPersonalData,
  sql,
  type PersonalDataExport,
  type PersonalDataProvider,
  type PersonalDataSubject,
  type TransactionContext,
} from '@cop/platform';

/**
 * The newsletter's part of one's own data: their subscription (by person or by their address)
 * and the issues sent to it. Erasure removes the subscription and the address from the issues'
 * recipient snapshots and test sends; the issues stay.
 */
@Injectable()
@ProvidesPersonalData()
export class NewsletterPersonalData implements PersonalDataProvider {
  readonly name = 'newsletter';

  async export(
    { personId, email }: PersonalDataSubject,
    tx: TransactionContext,
  ): Promise<PersonalDataExport> {
    const subscriptions = await tx.query<{ id: string }>(
      sql`SELECT id, email, status, confirmed_at AS "confirmedAt", unsubscribed_at AS "unsubscribedAt",
                 created_at AS "createdAt"
          FROM newsletter_subscribers
          WHERE person_id = ${personId} OR (${email}::text IS NOT NULL AND lower(email) = ${email})
          ORDER BY created_at, id`,
    );
    const issues = subscriptions.length
      ? await tx.query(
          sql`SELECT i.subject, i.sent_at AS "sentAt" FROM newsletter_recipients r
              JOIN newsletter_issues i ON i.id = r.issue_id
              WHERE r.subscriber_id = ANY(${subscriptions.map((s) => s.id)}::uuid[]) ORDER BY i.sent_at, i.id`,
        )
      : [];
    return { data: { subscriptions: subscriptions.map(({ id: _, ...s }) => s), issuesReceived: issues } };
  }

  async erase({ personId, email }: PersonalDataSubject, tx: TransactionContext): Promise<void> {
    if (email) {
      await tx.query(
        sql`UPDATE newsletter_recipients SET email = ${FORMER_MEMBER} WHERE lower(email) = ${email}`,
      );
      await tx.query(
        sql`UPDATE newsletter_test_sends SET recipient = ${FORMER_MEMBER} WHERE lower(recipient) = ${email}`,
      );
    }
    // Their recipients rows go with the subscription (ON DELETE CASCADE).
    await tx.query(
      sql`DELETE FROM newsletter_subscribers
          WHERE person_id = ${personId} OR (${email}::text IS NOT NULL AND lower(email) = ${email})`,
    );
  }
}
