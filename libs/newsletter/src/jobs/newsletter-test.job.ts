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

/**
 * A test copy of an issue, as it is now, to the address its request names (its own key: never
 * counted in delivery). The request is deleted once sent; a retry after that finds nothing to do.
 */
@Injectable()
@HandlesJob('newsletter.test')
export class NewsletterTestJob implements JobHandler<'newsletter.test'> {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repository: NewsletterRepository,
    private readonly mail: MailService,
  ) {}

  async handle({ testSendId }: JobPayloads['newsletter.test']): Promise<void> {
    const request = await this.repository.findTestSend(testSendId);
    const issue = request && (await this.repository.findIssue(request.issueId));
    if (!request || !issue) return;
    const subscriber = await this.repository.findSubscriberByEmail(request.recipient);
    const message = await IssueMail.render(issue, this.config, this.config.sessionSecret, true);
    await this.mail.send({
      key: `newsletter-test:${issue.id}:${testSendId}`,
      to: request.recipient,
      subject: message.subject,
      ...message.for(subscriber?.status === 'CONFIRMED' ? subscriber.id : null),
    });
    await this.repository.deleteTestSend(testSendId);
  }
}
