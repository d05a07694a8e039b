// The comment threads beside a report's text: the reading view (H6) and the editor (H7) mount it.
export { ReportComments, type CommentAnchor } from './report-comments';
