import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  Clock,
  APP_CONFIG,
  type AppConfig,
  BadUserInputError,
  NotFoundError,
  OutboxService,
  TransactionContext,
  decodeCursor,
  encodeCursor,
  pageSize,
  requestLoader,
  isUuid,
  type MailPreview,
} from '@cop/platform';
import type { Viewer } from '@cop/identity';
import type { NewsletterInput } from './inputs/newsletter.input';
import {
  type DeliveryStats,
  type NewsletterIssue,
  type NewsletterIssueConnection,
  NewsletterStatus,
  type NewsletterSubscriberStats,
} from './models/newsletter.model';
import { type IssueRow, NewsletterRepository, type SubscriberRow } from './newsletter.repository';
import { IssueMail } from './newsletter-mail';
import { confirmToken, tokenHash, tokenPurpose, unsubscribeToken } from './newsletter-tokens';

const HOUR_MS = 3600 * 1000;
/** A confirmation link works for a week after it was sent. */
export const CONFIRM_TOKEN_TTL_MS = 7 * 24 * HOUR_MS;
const MAX_EMAIL_LENGTH = 254;

export type LinkOutcome = { ok: true; email: string } | { ok: false; status: 400 | 404; reason: string };

@Injectable()
export class NewsletterService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tx: TransactionContext,
    private readonly repository: NewsletterRepository,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  // ------------------------------------------------------------------ subscriptions

  /**
   * Double opt-in. Answers nothing about the address: a known, confirmed or unsubscribed one
   * gets the same answer; a confirmation goes out at most once per address per hour.
   */
  async subscribe(rawEmail: string): Promise<true> {
    const email = rawEmail.trim().toLowerCase();
    if (email.length > MAX_EMAIL_LENGTH || /[\r\n]/.test(email))
      throw BadUserInputError.field(
        'email',
        `must be an e-mail address of at most ${MAX_EMAIL_LENGTH} characters`,
      );
    await this.tx.run(async () => {
      const id = randomUUID();
      const row = await this.repository.upsertLocked(
        id,
        email,
        tokenHash(unsubscribeToken(this.config.sessionSecret, id)),
      );
      if (row.status === 'CONFIRMED') return;
      await this.requestConfirmation(row);
    });
    return true;
  }

  private async requestConfirmation(row: SubscriberRow): Promise<void> {
    const now = this.clock.now();
    const last = row.lastConfirmationSentAt ? new Date(row.lastConfirmationSentAt).getTime() : 0;
    if (now.getTime() - last < HOUR_MS) return;
    const sentAtMs = now.getTime();
    await this.repository.markConfirmationSent(
      row.id,
      now,
      tokenHash(confirmToken(this.config.sessionSecret, row.id, sentAtMs)),
    );
    await this.outbox.enqueue('newsletter.confirmation', { subscriberId: row.id, sentAtMs });
  }

  /** GET /newsletter/confirm: confirms the subscription the link was sent for. */
  confirm(token: unknown): Promise<LinkOutcome> {
    const purpose = tokenPurpose(token);
    if (purpose !== 'confirm')
      return Promise.resolve({
        ok: false,
        status: 400,
        reason:
          purpose === 'unsubscribe'
            ? 'This is an unsubscribe link, not a confirmation link.'
            : 'This confirmation link is malformed.',
      });
    return this.tx.run(async () => {
      const row = await this.repository.findByConfirmHash(tokenHash(token as string));
      const sentAt = row?.lastConfirmationSentAt ? new Date(row.lastConfirmationSentAt).getTime() : 0;
      if (!row || row.status !== 'PENDING' || this.clock.now().getTime() - sentAt > CONFIRM_TOKEN_TTL_MS)
        return {
          ok: false,
          status: 404,
          reason: 'This confirmation link is unknown, used or expired. Subscribe again to get a new one.',
        };
      await this.repository.confirm(row.id);
      return { ok: true, email: row.email };
    });
  }

  /** GET /newsletter/unsubscribe: whether the link is good (the page then offers its button). */
  async checkUnsubscribe(token: unknown): Promise<LinkOutcome> {
    const bad = this.badUnsubscribeToken(token);
    if (bad) return bad;
    const row = await this.repository.findByUnsubscribeHash(tokenHash(token as string));
    if (!row) return { ok: false, status: 404, reason: 'This unsubscribe link is unknown.' };
    return { ok: true, email: row.email };
  }

  /** POST /newsletter/unsubscribe (also RFC 8058 one-click): unsubscribes, idempotently. */
  unsubscribe(token: unknown): Promise<LinkOutcome> {
    const bad = this.badUnsubscribeToken(token);
    if (bad) return Promise.resolve(bad);
    return this.tx.run(async () => {
      const row = await this.repository.findByUnsubscribeHash(tokenHash(token as string));
      if (!row) return { ok: false, status: 404, reason: 'This unsubscribe link is unknown.' };
      if (row.status !== 'UNSUBSCRIBED') await this.repository.unsubscribe(row.id);
      return { ok: true, email: row.email };
    });
  }

  private badUnsubscribeToken(token: unknown): LinkOutcome | null {
    const purpose = tokenPurpose(token);
    if (purpose === 'unsubscribe') return null;
    return {
      ok: false,
      status: 400,
      reason:
        purpose === 'confirm'
          ? 'This is a confirmation link, not an unsubscribe link.'
          : 'This unsubscribe link is malformed.',
    };
  }

  /**
   * NotificationSettings.newsletter of a member: the same subscription as the public one. The
   * member's address is verified by sign-in, so it is confirmed without a link.
   */
  async setMemberSubscription(personId: string, subscribed: boolean): Promise<void> {
    await this.tx.run(async () => {
      const email = await this.repository.personEmail(personId);
      if (!email) return;
      if (subscribed) {
        const id = randomUUID();
        const row = await this.repository.upsertLocked(
          id,
          email,
          tokenHash(unsubscribeToken(this.config.sessionSecret, id)),
        );
        if (row.status !== 'CONFIRMED') await this.repository.confirm(row.id, personId);
      } else {
        const row = await this.repository.findSubscriberByEmail(email);
        if (row && row.status !== 'UNSUBSCRIBED') await this.repository.unsubscribe(row.id);
      }
    });
  }

  /**
   * Subscriptions the member migration created carry a placeholder hash (a migration holds no
   * session secret): each gets its real one before a mail can carry its unsubscribe link.
   */
  private async repairUnsubscribeHashes(): Promise<void> {
    for (const id of await this.repository.placeholderHashIds())
      await this.repository.setUnsubscribeHash(
        id,
        tokenHash(unsubscribeToken(this.config.sessionSecret, id)),
      );
  }

  async subscriberStats(): Promise<NewsletterSubscriberStats> {
    const c = await this.repository.countSubscribers();
    return { pending: c.PENDING, confirmed: c.CONFIRMED, unsubscribed: c.UNSUBSCRIBED };
  }

  // ------------------------------------------------------------------ issues

  async draft(viewer: Viewer, input: NewsletterInput): Promise<NewsletterIssue> {
    return toModel(await this.repository.insertIssue(input.subject.trim(), input.body, viewer.personId));
  }

  /**
   * The issue as a subscriber would receive it (IssueMail, as the batch job renders it), with a
   * placeholder in place of the subscriber's unsubscribe token. Nothing is stored or sent.
   */
  async preview(input: NewsletterInput): Promise<MailPreview> {
    const mail = await IssueMail.render(
      { subject: input.subject.trim(), body: input.body },
      this.config,
      this.config.sessionSecret,
    );
    return mail.preview();
  }

  async update(id: string, input: NewsletterInput): Promise<NewsletterIssue> {
    const issue = await this.issueOrThrow(id, true);
    if (issue.status !== 'DRAFT' && issue.status !== 'SCHEDULED')
      throw BadUserInputError.field('id', `the issue is ${issue.status} and can no longer be edited`);
    if (issue.status === 'SCHEDULED' && !input.body.trim())
      throw BadUserInputError.field('input.body', 'a scheduled issue needs a body');
    await this.repository.updateIssueContent(id, input.subject.trim(), input.body);
    return toModel((await this.repository.findIssue(id))!);
  }

  /**
   * Sends now (at null) or schedules. Sending snapshots the confirmed subscribers and queues
   * the fan-out through the outbox in this transaction; an issue already SENDING or SENT is
   * returned unchanged, so a second or concurrent call mails nobody again.
   */
  async send(id: string, at: Date | null): Promise<NewsletterIssue> {
    const issue = await this.issueOrThrow(id, true);
    if (issue.status === 'SENDING' || issue.status === 'SENT') return toModel(issue);
    if (!issue.body.trim()) throw BadUserInputError.field('id', 'the issue has an empty body');
    if (at && at.getTime() <= this.clock.now().getTime())
      throw BadUserInputError.field('at', 'must be in the future');
    if (at) {
      await this.repository.schedule(id, at);
      await this.outbox.enqueue(
        'newsletter.start-scheduled',
        { issueId: id, scheduledForMs: at.getTime() },
        { runAt: at },
      );
    } else {
      await this.startSending(id);
    }
    return toModel((await this.repository.findIssue(id))!);
  }

  /** In the caller's transaction, with the issue row locked. */
  async startSending(id: string): Promise<void> {
    await this.repairUnsubscribeHashes();
    await this.repository.startSending(id);
    await this.outbox.enqueue('newsletter.fan-out', { issueId: id });
  }

  async sendTest(id: string, to: string): Promise<true> {
    const issue = await this.issueOrThrow(id);
    if (to.length > MAX_EMAIL_LENGTH) throw BadUserInputError.field('to', 'is too long');
    await this.repairUnsubscribeHashes();
    const testSendId = randomUUID();
    await this.repository.insertTestSend(testSendId, issue.id, to.toLowerCase(), this.clock.now());
    await this.outbox.enqueue('newsletter.test', { testSendId });
    return true;
  }

  async issue(id: string): Promise<NewsletterIssue | null> {
    if (!isUuid(id)) return null;
    const row = await this.repository.findIssue(id);
    return row ? toModel(row) : null;
  }

  async page(first: number | null, after: string | null): Promise<NewsletterIssueConnection> {
    const limit = pageSize(first, 20);
    const cursor = decodeCursor(after);
    const key =
      cursor && typeof cursor[0] === 'string' && typeof cursor[1] === 'string' && isUuid(cursor[1])
        ? ([cursor[0], cursor[1]] as [string, string])
        : null;
    if (cursor && !key) throw BadUserInputError.field('after', 'not a cursor returned by this API');
    const [rows, totalCount] = await Promise.all([
      this.repository.pageIssues(limit + 1, key),
      this.repository.countIssues(),
    ]);
    const edges = rows.slice(0, limit).map((r) => ({
      cursor: encodeCursor([new Date(r.createdAt).toISOString(), r.id]),
      node: toModel(r),
    }));
    return {
      edges,
      pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
      totalCount,
    };
  }

  /**
   * Live counts from the delivery records of `newsletter:<issueId>:`, batched per request so a
   * list of issues costs one query.
   */
  delivery(request: object, issueId: string): Promise<DeliveryStats> {
    return requestLoader<string, DeliveryStats>(request, 'newsletter.delivery', async (ids) => {
      const rows = await this.repository.deliveryCounts(ids);
      const byId = new Map(rows.map((r) => [r.issueId, r]));
      return ids.map((id) => {
        const r = byId.get(id) ?? { recipients: 0, sent: 0, failed: 0 };
        return {
          recipients: r.recipients,
          sent: r.sent,
          failed: r.failed,
          pending: Math.max(0, r.recipients - r.sent - r.failed),
        };
      });
    }).load(issueId);
  }

  private async issueOrThrow(id: string, lock = false): Promise<IssueRow> {
    const row = isUuid(id) ? await this.repository.findIssue(id, lock) : null;
    if (!row) throw new NotFoundError('Newsletter issue', id);
    return row;
  }
}

function toModel(row: IssueRow): NewsletterIssue {
  return {
    id: row.id,
    subject: row.subject,
    body: row.body,
    status: row.status as NewsletterStatus,
    scheduledFor: row.scheduledFor ? new Date(row.scheduledFor) : null,
    sentAt: row.sentAt ? new Date(row.sentAt) : null,
    createdById: row.createdBy,
    createdAt: new Date(row.createdAt),
  };
}
