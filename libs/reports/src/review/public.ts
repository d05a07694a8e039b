// What the review part of the reports domain offers other libraries.
export { ReportComment, ReviewRound } from './models/review.model';
export { ReportCommentInput } from './inputs/report-comment.input';
export { ReviewService } from './review.service';
export { ReviewRoundOpenedJob } from './jobs/review-round-opened.job';
export { reportCommentsForEditorSql, reportEditedBySql } from './report-editor-sql';
export { COMMENT_BODY_MAX_CHARS } from './review-rules';
