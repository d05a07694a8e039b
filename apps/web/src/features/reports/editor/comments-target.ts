import type { CommentAnchor } from '../comments';

/** What the comments panel shows: the threads on one section or recommendation, and its name. */
export type CommentsTarget = { anchor: CommentAnchor; label: string };
