import { Injectable } from '@nestjs/common';
import { TransactionContext, empty, ident, mailDeliveredSql, mailDeliveryCountSql, sql } from '@cop/platform';
import { personEmailSql, setNewsletterFlagSql } from '@cop/identity';

export type SubscriberStatus = 'PENDING' | 'CONFIRMED' | 'UNSUBSCRIBED';
export type IssueStatus = 'DRAFT' | 'SCHEDULED' | 'SENDING' | 'SENT';

export interface SubscriberRow {
  id: string;
  email: string;
  status: SubscriberStatus;
  personId: string | null;
  lastConfirmationSentAt: Date | null;
}

export interface IssueRow {
  id: string;
  subject: string;
  body: string;
  status: IssueStatus;
  scheduledFor: Date | null;
  sentAt: Date | null;
  createdBy: string;
  createdAt: Date;
}

export interface RecipientRow {
  subscriberId: string;
  email: string;
}

const SUBSCRIBER_COLUMNS = sql`id, email, status, person_id AS "personId",
  last_confirmation_sent_at AS "lastConfirmationSentAt"`;
const ISSUE_COLUMNS = sql`id, subject, body, status, scheduled_for AS "scheduledFor", sent_at AS "sentAt",
  created_by AS "createdBy", created_at AS "createdAt"`;

/** The only file that touches the newsletter tables. */
@Injectable()
export class NewsletterRepository {
  constructor(private readonly tx: TransactionContext) {}

  // ------------------------------------------------------------------ subscribers

  /** Inserts the address unless known; returns its row locked for the transaction. */
  async upsertLocked(id: string, email: string, unsubscribeTokenHash: string): Promise<SubscriberRow> {
    await this.tx
      .query(sql`INSERT INTO newsletter_subscribers (id, email, unsubscribe_token_hash) VALUES (${id}, ${email}, ${unsubscribeTokenHash})
       ON CONFLICT (email) DO NOTHING`);
    const [row] = await this.tx.query<SubscriberRow>(
      sql`SELECT ${SUBSCRIBER_COLUMNS} FROM newsletter_subscribers WHERE email = ${email} FOR UPDATE`,
    );
    return row;
  }

  async findSubscriber(id: string): Promise<SubscriberRow | null> {
    const [row] = await this.tx.query<SubscriberRow>(
      sql`SELECT ${SUBSCRIBER_COLUMNS} FROM newsletter_subscribers WHERE id = ${id}`,
    );
    return row ?? null;
  }

  async findSubscriberByEmail(email: string): Promise<SubscriberRow | null> {
    const [row] = await this.tx.query<SubscriberRow>(
      sql`SELECT ${SUBSCRIBER_COLUMNS} FROM newsletter_subscribers WHERE email = ${email}`,
    );
    return row ?? null;
  }

  async findByConfirmHash(hash: string): Promise<SubscriberRow | null> {
    const [row] = await this.tx.query<SubscriberRow>(
      sql`SELECT ${SUBSCRIBER_COLUMNS} FROM newsletter_subscribers WHERE confirm_token_hash = ${hash} FOR UPDATE`,
    );
    return row ?? null;
  }

  async findByUnsubscribeHash(hash: string): Promise<SubscriberRow | null> {
    const [row] = await this.tx.query<SubscriberRow>(
      sql`SELECT ${SUBSCRIBER_COLUMNS} FROM newsletter_subscribers WHERE unsubscribe_token_hash = ${hash}`,
    );
    return row ?? null;
  }

  /** A new confirmation request: PENDING again (after an unsubscription), with a new token. */
  async markConfirmationSent(id: string, at: Date, confirmTokenHash: string): Promise<void> {
    await this.tx
      .query(sql`UPDATE newsletter_subscribers SET status = 'PENDING', last_confirmation_sent_at = ${at},
         confirm_token_hash = ${confirmTokenHash}, updated_at = now() WHERE id = ${id}`);
  }

  async confirm(id: string, personId: string | null = null): Promise<void> {
    await this.tx
      .query(sql`UPDATE newsletter_subscribers SET status = 'CONFIRMED', confirmed_at = now(), unsubscribed_at = NULL,
         confirm_token_hash = NULL, person_id = COALESCE(${personId}, person_id), updated_at = now() WHERE id = ${id}`);
    await this.syncPersonFlag(id, true);
  }

  async unsubscribe(id: string): Promise<void> {
    await this.tx
      .query(sql`UPDATE newsletter_subscribers SET status = 'UNSUBSCRIBED', unsubscribed_at = now(),
         confirm_token_hash = NULL, updated_at = now() WHERE id = ${id}`);
    await this.syncPersonFlag(id, false);
  }

  /** NotificationSettings.newsletter of the member whose address this is follows the subscription. */
  private async syncPersonFlag(subscriberId: string, value: boolean): Promise<void> {
    const subscriberOf = (p: string) => {
      const a = ident(p);
      return sql`EXISTS (SELECT 1 FROM newsletter_subscribers s
        WHERE s.id = ${subscriberId} AND (${a}.id = s.person_id OR (s.person_id IS NULL AND lower(${a}.email) = s.email)))`;
    };
    await this.tx.query(setNewsletterFlagSql(value, subscriberOf));
  }

  /** Rows the member migration created, whose unsubscribe hash is still its placeholder. */
  async placeholderHashIds(): Promise<string[]> {
    const rows = await this.tx.query<{ id: string }>(
      sql`SELECT id FROM newsletter_subscribers WHERE unsubscribe_token_hash LIKE 'migrated:%'`,
    );
    return rows.map((r) => r.id);
  }

  async setUnsubscribeHash(id: string, hash: string): Promise<void> {
    await this.tx.query(
      sql`UPDATE newsletter_subscribers SET unsubscribe_token_hash = ${hash} WHERE id = ${id}`,
    );
  }

  async countSubscribers(): Promise<Record<SubscriberStatus, number>> {
    const rows = await this.tx.query<{ status: SubscriberStatus; n: number }>(
      sql`SELECT status, count(*)::int AS n FROM newsletter_subscribers GROUP BY status`,
    );
    const counts: Record<SubscriberStatus, number> = { PENDING: 0, CONFIRMED: 0, UNSUBSCRIBED: 0 };
    for (const r of rows) counts[r.status] = r.n;
    return counts;
  }

  // ------------------------------------------------------------------ issues

  async insertIssue(subject: string, body: string, createdBy: string): Promise<IssueRow> {
    const [row] = await this.tx.query<IssueRow>(
      sql`INSERT INTO newsletter_issues (subject, body, created_by) VALUES (${subject}, ${body}, ${createdBy}) RETURNING ${ISSUE_COLUMNS}`,
    );
    return row;
  }

  async findIssue(id: string, lock = false): Promise<IssueRow | null> {
    const [row] = await this.tx.query<IssueRow>(
      sql`SELECT ${ISSUE_COLUMNS} FROM newsletter_issues WHERE id = ${id}${lock ? sql` FOR UPDATE` : empty}`,
    );
    return row ?? null;
  }

  async updateIssueContent(id: string, subject: string, body: string): Promise<void> {
    await this.tx.query(
      sql`UPDATE newsletter_issues SET subject = ${subject}, body = ${body}, updated_at = now() WHERE id = ${id}`,
    );
  }

  async schedule(id: string, at: Date): Promise<void> {
    await this.tx.query(
      sql`UPDATE newsletter_issues SET status = 'SCHEDULED', scheduled_for = ${at}, updated_at = now() WHERE id = ${id}`,
    );
  }

  /** Snapshots the confirmed subscribers as the issue's recipients and marks it SENDING. */
  async startSending(id: string): Promise<void> {
    await this.tx.query(sql`INSERT INTO newsletter_recipients (issue_id, subscriber_id, email)
       SELECT ${id}, id, email FROM newsletter_subscribers WHERE status = 'CONFIRMED'
       ON CONFLICT DO NOTHING`);
    await this.tx.query(
      sql`UPDATE newsletter_issues SET status = 'SENDING', updated_at = now() WHERE id = ${id}`,
    );
  }

  /** SENT once every recipient has a final delivery record (or is no longer a recipient). */
  async markSentIfComplete(id: string): Promise<boolean> {
    const rows = await this.tx.query<{
      id: string;
    }>(sql`UPDATE newsletter_issues i SET status = 'SENT', sent_at = now(), updated_at = now()
        WHERE i.id = ${id} AND i.status = 'SENDING' AND NOT EXISTS (
          SELECT 1 FROM newsletter_recipients r
           WHERE r.issue_id = i.id
             AND NOT ${mailDeliveredSql(sql`'newsletter:' || i.id || ':' || r.subscriber_id`, { final: true })})
        RETURNING i.id`);
    return rows.length > 0;
  }

  async pageIssues(limit: number, after: [string, string] | null): Promise<IssueRow[]> {
    const where = after ? sql`WHERE (created_at, id) < (${after[0]}::timestamptz, ${after[1]}::uuid)` : empty;
    return this.tx.query<IssueRow>(
      sql`SELECT ${ISSUE_COLUMNS} FROM newsletter_issues ${where} ORDER BY created_at DESC, id DESC LIMIT ${limit}`,
    );
  }

  async countIssues(): Promise<number> {
    const [row] = await this.tx.query<{ n: number }>(sql`SELECT count(*)::int AS n FROM newsletter_issues`);
    return row.n;
  }

  // ------------------------------------------------------------------ recipients

  /** Recipients and delivery counts of several issues in one query (the issue list's DataLoader). */
  async deliveryCounts(
    issueIds: readonly string[],
  ): Promise<{ issueId: string; recipients: number; sent: number; failed: number }[]> {
    return this.tx.query(sql`SELECT i.id AS "issueId",
              (SELECT count(*)::int FROM newsletter_recipients r WHERE r.issue_id = i.id) AS recipients,
              ${mailDeliveryCountSql(sql`'newsletter:' || i.id || ':%'`, 'SENT')} AS sent,
              ${mailDeliveryCountSql(sql`'newsletter:' || i.id || ':%'`, 'FAILED')} AS failed
         FROM newsletter_issues i WHERE i.id = ANY(${issueIds}::uuid[])`);
  }

  async recipientIds(issueId: string): Promise<string[]> {
    const rows = await this.tx.query<{ id: string }>(
      sql`SELECT subscriber_id AS id FROM newsletter_recipients WHERE issue_id = ${issueId} ORDER BY subscriber_id`,
    );
    return rows.map((r) => r.id);
  }

  /** The batch's recipients who are still subscribed, with their snapshot address. */
  async activeRecipients(issueId: string, subscriberIds: string[]): Promise<RecipientRow[]> {
    return this.tx
      .query<RecipientRow>(sql`SELECT r.subscriber_id AS "subscriberId", r.email FROM newsletter_recipients r
         JOIN newsletter_subscribers s ON s.id = r.subscriber_id
        WHERE r.issue_id = ${issueId} AND r.subscriber_id = ANY(${subscriberIds}::uuid[]) AND s.status = 'CONFIRMED'
        ORDER BY r.subscriber_id`);
  }

  /** Recipients who unsubscribed after the snapshot and were not mailed yet are dropped from it. */
  async dropUnsubscribedRecipients(issueId: string, subscriberIds: string[]): Promise<void> {
    await this.tx.query(sql`DELETE FROM newsletter_recipients r USING newsletter_subscribers s
        WHERE r.issue_id = ${issueId} AND r.subscriber_id = ANY(${subscriberIds}::uuid[]) AND s.id = r.subscriber_id
          AND s.status <> 'CONFIRMED'
          AND NOT ${mailDeliveredSql(sql`'newsletter:' || r.issue_id || ':' || r.subscriber_id`)}`);
  }

  /** A test copy's request (its id goes in the job's payload, the address stays here). */
  async insertTestSend(id: string, issueId: string, recipient: string, at: Date): Promise<void> {
    await this.tx.query(
      sql`INSERT INTO newsletter_test_sends (id, issue_id, recipient, requested_at) VALUES (${id}, ${issueId}, ${recipient}, ${at})`,
    );
  }

  async findTestSend(id: string): Promise<{ issueId: string; recipient: string } | null> {
    const [row] = await this.tx.query<{ issueId: string; recipient: string }>(
      sql`SELECT issue_id AS "issueId", recipient FROM newsletter_test_sends WHERE id = ${id}`,
    );
    return row ?? null;
  }

  async deleteTestSend(id: string): Promise<void> {
    await this.tx.query(sql`DELETE FROM newsletter_test_sends WHERE id = ${id}`);
  }

  /** For members: the person's verified address, if any. */
  async personEmail(personId: string): Promise<string | null> {
    const [row] = await this.tx.query<{ email: string | null }>(personEmailSql(personId));
    return row?.email?.toLowerCase() ?? null;
  }
}
