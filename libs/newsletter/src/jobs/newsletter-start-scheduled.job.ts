import { Injectable } from '@nestjs/common';
import { HandlesJob, type JobHandler, type JobPayloads, TransactionContext } from '@cop/platform';
import { NewsletterRepository } from '../newsletter.repository';
import { NewsletterService } from '../newsletter.service';

/** A scheduled issue's time has come: snapshot and fan out, unless sent or rescheduled meanwhile. */
@Injectable()
@HandlesJob('newsletter.start-scheduled')
export class NewsletterStartScheduledJob implements JobHandler<'newsletter.start-scheduled'> {
  constructor(
    private readonly tx: TransactionContext,
    private readonly repository: NewsletterRepository,
    private readonly newsletter: NewsletterService,
  ) {}

  async handle({ issueId, scheduledForMs }: JobPayloads['newsletter.start-scheduled']): Promise<void> {
    await this.tx.run(async () => {
      const issue = await this.repository.findIssue(issueId, true);
      if (!issue || issue.status !== 'SCHEDULED') return;
      if (!issue.scheduledFor || new Date(issue.scheduledFor).getTime() !== scheduledForMs) return;
      await this.newsletter.startSending(issueId);
    });
  }
}
