import { Inject, Injectable } from '@nestjs/common';
import {
  APP_CONFIG,
  type AppConfig,
  HandlesJob,
  type JobHandler,
  type JobPayloads,
  MailService,
} from '@cop/platform';
import { IssueMail } from '../newsletter-mail';
import { NewsletterRepository } from '../newsletter.repository';

/** A test copy of an issue, as it is now, to one address (its own key: never counted in delivery). */
@Injectable()
@HandlesJob('newsletter.test')
export class NewsletterTestJob implements JobHandler<'newsletter.test'> {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repository: NewsletterRepository,
    private readonly mail: MailService,
  ) {}

  async handle({ issueId, to, requestId }: JobPayloads['newsletter.test']): Promise<void> {
    const issue = await this.repository.findIssue(issueId);
    if (!issue) return;
    const subscriber = await this.repository.findSubscriberByEmail(to);
    const message = await IssueMail.render(issue, this.config, this.config.sessionSecret, true);
    await this.mail.send({
      key: `newsletter-test:${issueId}:${requestId}`,
      to,
      subject: message.subject,
      ...message.for(subscriber?.status === 'CONFIRMED' ? subscriber.id : null),
    });
  }
}
