import { Inject, Injectable } from '@nestjs/common';
import {
  APP_CONFIG,
  type AppConfig,
  HandlesJob,
  type JobHandler,
  type JobPayloads,
  OutboxService,
  TransactionContext,
  newsletterBatchSize,
} from '@cop/platform';
import { NewsletterRepository } from '../newsletter.repository';

/**
 * Splits the recipients snapshot into batch jobs of ids: 100 a batch (a quick retry, short
 * queues), or about a second's worth under NEWSLETTER_RATE_PER_SECOND, which the newsletter
 * queue's limiter paces. The snapshot is fixed and ordered, so a re-run produces the same
 * batches under the same job ids, which BullMQ queues once.
 */
@Injectable()
@HandlesJob('newsletter.fan-out')
export class NewsletterFanOutJob implements JobHandler<'newsletter.fan-out'> {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tx: TransactionContext,
    private readonly repository: NewsletterRepository,
    private readonly outbox: OutboxService,
  ) {}

  async handle({ issueId }: JobPayloads['newsletter.fan-out']): Promise<void> {
    await this.tx.run(async () => {
      const issue = await this.repository.findIssue(issueId);
      if (!issue || issue.status !== 'SENDING') return;
      const ids = await this.repository.recipientIds(issueId);
      if (ids.length === 0) {
        await this.repository.markSentIfComplete(issueId);
        return;
      }
      const size = newsletterBatchSize(this.config.newsletter.ratePerSecond);
      const jobs = [];
      for (let i = 0; i * size < ids.length; i++) {
        jobs.push({ payload: { issueId, batch: i, subscriberIds: ids.slice(i * size, (i + 1) * size) } });
      }
      await this.outbox.enqueueMany('newsletter.batch', jobs);
    });
  }
}
