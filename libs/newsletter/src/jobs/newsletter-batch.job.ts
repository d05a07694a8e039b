import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  APP_CONFIG,
  type AppConfig,
  HandlesJob,
  type JobContext,
  type JobHandler,
  type JobPayloads,
  MailService,
  TransientMailError,
} from '@cop/platform';
import { IssueMail } from '../newsletter-mail';
import { NewsletterRepository } from '../newsletter.repository';

/**
 * Mails one batch. Every message goes under `newsletter:<issueId>:<subscriberId>`, so a retried
 * batch, a second worker or a restart after a crash skips whoever already got it. A transient
 * SMTP failure is retried by the job (with backoff) after the rest of the batch went out.
 */
@Injectable()
@HandlesJob('newsletter.batch')
export class NewsletterBatchJob implements JobHandler<'newsletter.batch'> {
  private readonly logger = new Logger('NewsletterBatchJob');
  /**
   * The issues rendered by this process, by id, subject and body: MJML takes tens of
   * milliseconds, so an issue is rendered once per worker, not once per batch. A sending
   * issue cannot be edited; the key still holds the content, so an edit would miss.
   */
  private readonly rendered = new Map<string, Promise<IssueMail>>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repository: NewsletterRepository,
    private readonly mail: MailService,
  ) {}

  async handle({ issueId, subscriberIds }: JobPayloads['newsletter.batch'], job?: JobContext): Promise<void> {
    const issue = await this.repository.findIssue(issueId);
    if (!issue || (issue.status !== 'SENDING' && issue.status !== 'SENT')) return;
    // Who unsubscribed since the snapshot gets nothing and no longer counts as a recipient.
    await this.repository.dropUnsubscribedRecipients(issueId, subscriberIds);
    const recipients = await this.repository.activeRecipients(issueId, subscriberIds);
    const message = await this.render(issue);
    let transient: TransientMailError | null = null;
    let done = 0;
    for (const r of recipients) {
      try {
        await this.mail.send({
          key: `newsletter:${issueId}:${r.subscriberId}`,
          to: r.email,
          subject: message.subject,
          ...message.for(r.subscriberId),
        });
      } catch (error) {
        if (!(error instanceof TransientMailError)) throw error;
        transient ??= error;
      }
      if (++done % 25 === 0) await job?.progress(Math.round((done / recipients.length) * 100));
    }
    await this.repository.markSentIfComplete(issueId);
    if (transient) {
      this.logger.warn(`newsletter ${issueId}: batch will retry: ${transient.message}`);
      throw transient;
    }
  }

  private render(issue: { id: string; subject: string; body: string }): Promise<IssueMail> {
    const key = `${issue.id}\n${issue.subject}\n${issue.body}`;
    let mail = this.rendered.get(key);
    if (!mail) {
      if (this.rendered.size >= 8) this.rendered.delete(this.rendered.keys().next().value!);
      mail = IssueMail.render(issue, this.config, this.config.sessionSecret);
      mail.catch(() => this.rendered.delete(key));
      this.rendered.set(key, mail);
    }
    return mail;
  }
}
