import { Inject, Injectable } from '@nestjs/common';
import {
  APP_CONFIG,
  type AppConfig,
  HandlesJob,
  type JobHandler,
  type JobPayloads,
  MailService,
  renderEmail,
} from '@cop/platform';
import { NewsletterRepository } from '../newsletter.repository';
import { confirmToken } from '../newsletter-tokens';

/** Mails the double opt-in link; a newer request for the same address supersedes this one. */
@Injectable()
@HandlesJob('newsletter.confirmation')
export class NewsletterConfirmationJob implements JobHandler<'newsletter.confirmation'> {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repository: NewsletterRepository,
    private readonly mail: MailService,
  ) {}

  async handle({ subscriberId, sentAtMs }: JobPayloads['newsletter.confirmation']): Promise<void> {
    const row = await this.repository.findSubscriber(subscriberId);
    if (!row || row.status !== 'PENDING') return;
    if (!row.lastConfirmationSentAt || new Date(row.lastConfirmationSentAt).getTime() !== sentAtMs) return;
    const token = confirmToken(this.config.sessionSecret, row.id, sentAtMs);
    const url = new URL(
      `/newsletter/confirm?token=${encodeURIComponent(token)}`,
      this.config.publicUrl,
    ).toString();
    const subject = 'Confirm your subscription to the newsletter';
    const { html, text } = await renderEmail({
      subject,
      preheader: 'One click and the newsletter comes to you.',
      heading: 'Confirm your subscription',
      paragraphs: [
        `Someone, hopefully you, asked to send the community's newsletter to ${row.email}.`,
        'The link works for seven days. If you did not ask for it, ignore this message: nothing will be sent.',
      ],
      actions: [{ label: 'Confirm the subscription', url }],
      footer: { reason: 'You receive this because your address was entered in the newsletter form.' },
    });
    await this.mail.send({
      key: `newsletter-confirm:${row.id}:${sentAtMs}`,
      to: row.email,
      subject,
      html,
      text,
    });
  }
}
