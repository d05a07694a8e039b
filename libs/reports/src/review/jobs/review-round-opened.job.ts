import { Inject, Injectable } from '@nestjs/common';
import {
  APP_CONFIG,
  type AppConfig,
  HandlesJob,
  type JobHandler,
  type JobPayloads,
  MailService,
} from '@cop/platform';
import { webPaths, webUrl } from '@cop/web-routes';
import { ReviewRepository } from '../review.repository';
import { renderReviewRequest, reviewRequestSubject } from './review-round-mail';

/**
 * Mails each reviewer of a review round. Re-reads the round (it may be gone) and sends under a key
 * per round and reviewer, so a retried or re-run job mails nobody twice.
 */
@Injectable()
@HandlesJob('reports.review-round-opened')
export class ReviewRoundOpenedJob implements JobHandler<'reports.review-round-opened'> {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly review: ReviewRepository,
    private readonly mail: MailService,
  ) {}

  async handle({ roundId }: JobPayloads['reports.review-round-opened']): Promise<void> {
    const round = await this.review.findRound(roundId);
    if (!round) return;
    const reportTitle = await this.review.reportTitle(round.reportId);
    if (reportTitle === null) return;
    const openedByName = (await this.review.personName(round.openedBy)) ?? 'An editor';
    const reportUrl = webUrl(this.config.webUrl, webPaths.report(round.reportId));
    for (const reviewer of await this.review.reviewerRecipients(round.id)) {
      const { html, text } = await renderReviewRequest({
        reviewerName: reviewer.displayName,
        reportTitle,
        roundNumber: round.number,
        openedByName,
        note: round.note,
        reportUrl,
      });
      await this.mail.send({
        key: `report-review:${round.id}:${reviewer.id}`,
        to: reviewer.email,
        subject: reviewRequestSubject({ reportTitle }),
        html,
        text,
      });
    }
  }
}
