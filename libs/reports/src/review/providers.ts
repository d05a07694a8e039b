// The review part of the reports domain: its providers, listed here so the module needs no edit.
export const REVIEW_PROVIDERS: unknown[] = [];

/** The job handlers the worker runs for this part (mail to reviewers). */
export const REVIEW_JOB_PROVIDERS: unknown[] = [];
