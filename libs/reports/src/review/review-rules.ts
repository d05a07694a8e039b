/** The limits and rules of review comments and rounds (the service checks, the tests name them). */
export const COMMENT_BODY_MAX_CHARS = 10_000;
export const REVIEW_NOTE_MAX_CHARS = 2_000;
export const MAX_REVIEWERS = 50;

/** Who may be asked to review: people of the community, not guests. */
export function mayReview(role: string | undefined): boolean {
  return role === 'MEMBER' || role === 'OFFICE';
}

/**
 * Who may resolve or reopen a thread: its author, an editor of the report (the office included,
 * as `mayEdit` answers it).
 */
export function mayResolveThread(viewerId: string, authorId: string, mayEdit: boolean): boolean {
  return viewerId === authorId || mayEdit;
}
