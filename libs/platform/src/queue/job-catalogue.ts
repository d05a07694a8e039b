/**
 * Every queue and job of the platform, in one place, with its typed payload (DESIGN rule 6).
 * Payloads carry ids, never state: handlers re-read what they need. A job without exactly one
 * handler stops the worker at start.
 */
/** `newsletter` holds only the batches of a send, so its rate limit paces nothing else. */
export const QUEUES = ['maintenance', 'mail', 'newsletter'] as const;
export type QueueName = (typeof QUEUES)[number];

export interface JobPayloads {
  /** Deletes outbox rows relayed more than olderThanDays ago (periodic). */
  'platform.purge-outbox': { olderThanDays: number };
  /** Tells a working group's chairs and the office of a join request waiting for approval. */
  'community.membership-requested': { membershipId: string };
  /** Mails a meeting's minutes to the group's members who may see the meeting (revision: updated_at ms). */
  'meetings.minutes-recorded': { meetingId: string; revision: number };
  /** Enqueues the reminders due within horizonMinutes as delayed jobs (periodic). */
  'meetings.schedule-reminders': { horizonMinutes: number };
  /** Reminds of one occurrence (originalStartsAt identifies it; startsAt is the start it was planned for). */
  'meetings.reminder': { meetingId: string; originalStartsAt: string; startsAt: string };
  /** Removes from BullMQ the delayed reminders of a meeting's occurrences that no longer exist (ids: reminderJobId). */
  'meetings.withdraw-reminders': { meetingId: string; jobIds: string[] };
  /** Mails the confirmation link of a subscription (sentAtMs: the request it answers). */
  'newsletter.confirmation': { subscriberId: string; sentAtMs: number };
  /** Starts a scheduled issue at its time (scheduledForMs: the schedule this job was made for). */
  'newsletter.start-scheduled': { issueId: string; scheduledForMs: number };
  /** Splits an issue's recipients snapshot into batch jobs. */
  'newsletter.fan-out': { issueId: string };
  /** Mails one batch of an issue's recipients (batch: its index in the issue's fan-out). */
  'newsletter.batch': { issueId: string; batch: number; subscriberIds: string[] };
  /** Mails a test copy of an issue to the address its request names (newsletter_test_sends). */
  'newsletter.test': { testSendId: string };
  /** Deletes an attachment's stored bytes once no attachment names them (after the removal commits). */
  'knowledge.delete-attachment-bytes': { storageKey: string };
  /** Starts the digest runs whose local send time has come, per zone in use (periodic). */
  'digests.tick': Record<string, never>;
  /** Splits the members of one zone of a digest run into batch jobs. */
  'digests.run': { zoneRunId: string };
  /** Composes and mails the digests of one batch of members (batch: its index in the zone run). */
  'digests.batch': { zoneRunId: string; batch: number; personIds: string[] };
  /** Mails each reviewer of a report's review round (once per round and reviewer). */
  'reports.review-round-opened': { roundId: string };
  /** Builds a person's data export (ZIP), stores it and mails them its single-use link (data_requests row). */
  'privacy.export': { requestId: string };
  /** Erases the people whose erasure grace period has ended, each in one transaction (periodic). */
  'privacy.erasure-due': Record<string, never>;
  /** Deletes the stored ZIPs of exports downloaded or expired (periodic). */
  'privacy.purge-exports': Record<string, never>;
}
export type JobName = keyof JobPayloads;

export interface JobSpec {
  queue: QueueName;
  /** Attempts before the job is failed for good; transient errors back off exponentially. */
  attempts: number;
  /** Periodic jobs: a cron pattern in an IANA zone, upserted as a BullMQ job scheduler. */
  schedule?: { pattern: string; tz: string; payload: unknown };
}

/**
 * A job's id, made from its payload by the function declared with it: the same work gets the same
 * id wherever it is asked for, so the outbox and BullMQ queue it once. Jobs without one are queued
 * each time (the outbox row's id).
 */
type JobIdOf<N extends JobName> = (payload: JobPayloads[N]) => string;

export const JOBS: {
  [N in JobName]: JobSpec & { id?: JobIdOf<N>; schedule?: { payload: JobPayloads[N] } };
} = {
  'platform.purge-outbox': {
    queue: 'maintenance',
    attempts: 3,
    schedule: { pattern: '17 3 * * *', tz: 'UTC', payload: { olderThanDays: 7 } },
  },
  'community.membership-requested': {
    queue: 'mail',
    attempts: 8,
    id: (p) => `membership-requested:${p.membershipId}`,
  },
  'meetings.minutes-recorded': {
    queue: 'mail',
    attempts: 8,
    id: (p) => `meetings.minutes-recorded:${p.meetingId}:${p.revision}`,
  },
  'meetings.schedule-reminders': {
    queue: 'maintenance',
    attempts: 3,
    schedule: { pattern: '*/15 * * * *', tz: 'UTC', payload: { horizonMinutes: 120 } },
  },
  'meetings.reminder': {
    queue: 'mail',
    attempts: 8,
    // A moved occurrence gets a new id; meetings' parseReminderJobId reads it back.
    id: (p) => `meetings.reminder:${p.meetingId}:${Date.parse(p.originalStartsAt)}:${Date.parse(p.startsAt)}`,
  },
  'meetings.withdraw-reminders': { queue: 'maintenance', attempts: 5 },
  'newsletter.confirmation': {
    queue: 'mail',
    attempts: 8,
    id: (p) => `newsletter-confirmation:${p.subscriberId}:${p.sentAtMs}`,
  },
  'newsletter.start-scheduled': {
    queue: 'mail',
    attempts: 8,
    id: (p) => `newsletter-start:${p.issueId}:${p.scheduledForMs}`,
  },
  'newsletter.fan-out': { queue: 'mail', attempts: 8, id: (p) => `newsletter-fan-out:${p.issueId}` },
  'newsletter.batch': {
    queue: 'newsletter',
    attempts: 10,
    id: (p) => `newsletter-batch:${p.issueId}:${p.batch}`,
  },
  'newsletter.test': { queue: 'mail', attempts: 5, id: (p) => `newsletter-test:${p.testSendId}` },
  'knowledge.delete-attachment-bytes': {
    queue: 'maintenance',
    attempts: 8,
    id: (p) => `knowledge.delete-attachment-bytes:${p.storageKey}`,
  },
  'digests.tick': {
    queue: 'maintenance',
    attempts: 3,
    schedule: { pattern: '*/15 * * * *', tz: 'UTC', payload: {} },
  },
  'digests.run': { queue: 'mail', attempts: 8, id: (p) => `digests-run:${p.zoneRunId}` },
  'digests.batch': { queue: 'mail', attempts: 10, id: (p) => `digests-batch:${p.zoneRunId}:${p.batch}` },
  'reports.review-round-opened': {
    queue: 'mail',
    attempts: 8,
    id: (p) => `reports.review-round-opened:${p.roundId}`,
  },
  'privacy.export': { queue: 'mail', attempts: 8, id: (p) => `privacy.export:${p.requestId}` },
  'privacy.erasure-due': {
    queue: 'maintenance',
    attempts: 3,
    schedule: { pattern: '7 * * * *', tz: 'UTC', payload: {} },
  },
  'privacy.purge-exports': {
    queue: 'maintenance',
    attempts: 3,
    schedule: { pattern: '37 * * * *', tz: 'UTC', payload: {} },
  },
};

/** The id of the job `name` for this payload (undefined: the job has none, each ask is queued). */
export function jobIdOf<N extends JobName>(name: N, payload: JobPayloads[N]): string | undefined {
  return (JOBS[name] as { id?: JobIdOf<N> }).id?.(payload);
}

export const JOB_NAMES = Object.keys(JOBS) as JobName[];

export function isJobName(name: string): name is JobName {
  return Object.prototype.hasOwnProperty.call(JOBS, name);
}
