import { ReviewRoundOpenedJob } from './jobs/review-round-opened.job';
import { ReviewRepository } from './review.repository';
import { ReportCommentResolver, ReportReviewResolver, ReviewRoundResolver } from './review.resolver';
import { ReviewService } from './review.service';

// The review part of the reports domain: its providers, listed here so the module needs no edit.
export const REVIEW_PROVIDERS: unknown[] = [
  ReviewRepository,
  ReviewService,
  ReportReviewResolver,
  ReportCommentResolver,
  ReviewRoundResolver,
];

/** The job handlers the worker runs for this part (mail to reviewers). */
export const REVIEW_JOB_PROVIDERS: unknown[] = [ReviewRepository, ReviewRoundOpenedJob];
