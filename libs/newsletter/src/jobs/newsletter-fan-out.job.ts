import { Injectable } from '@nestjs/common';
import {
  HandlesJob,
  type JobHandler,
  type JobPayloads,
  OutboxService,
  TransactionContext,
} from '@cop/platform';
import { NewsletterRepository } from '../newsletter.repository';

/** Recipients per batch job: small enough for a quick retry, large enough to keep queues short. */
export const NEWSLETTER_BATCH_SIZE = 100;

/**
 * Splits the recipients snapshot into batch jobs of ids. The snapshot is fixed and ordered, so a
 * re-run produces the same batches under the same job ids, which BullMQ queues once.
 */
@Injectable()
@HandlesJob('newsletter.fan-out')
export class NewsletterFanOutJob implements JobHandler<'newsletter.fan-out'> {
  constructor(
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
      const jobs = [];
      for (let i = 0; i * NEWSLETTER_BATCH_SIZE < ids.length; i++) {
        jobs.push({
          payload: {
            issueId,
            subscriberIds: ids.slice(i * NEWSLETTER_BATCH_SIZE, (i + 1) * NEWSLETTER_BATCH_SIZE),
          },
          opts: { jobId: `newsletter-batch:${issueId}:${i}` },
        });
      }
      await this.outbox.enqueueMany('newsletter.batch', jobs);
    });
  }
}
