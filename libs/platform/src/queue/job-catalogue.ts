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
  /** Mails one batch of an issue's recipients. */
  'newsletter.batch': { issueId: string; subscriberIds: string[] };
  /** Mails a test copy of an issue to one address. */
  'newsletter.test': { issueId: string; to: string; requestId: string };
  /** Starts the digest runs whose local send time has come, per zone in use (periodic). */
  'digests.tick': Record<string, never>;
  /** Splits the members of one zone of a digest run into batch jobs. */
  'digests.run': { zoneRunId: string };
  /** Composes and mails the digests of one batch of members (batch: its index in the zone run). */
  'digests.batch': { zoneRunId: string; batch: number; personIds: string[] };
}
export type JobName = keyof JobPayloads;

export interface JobSpec {
  queue: QueueName;
  /** Attempts before the job is failed for good; transient errors back off exponentially. */
  attempts: number;
  /** Periodic jobs: a cron pattern in an IANA zone, upserted as a BullMQ job scheduler. */
  schedule?: { pattern: string; tz: string; payload: unknown };
}

export const JOBS: { [N in JobName]: JobSpec & { schedule?: { payload: JobPayloads[N] } } } = {
  'platform.purge-outbox': {
    queue: 'maintenance',
    attempts: 3,
    schedule: { pattern: '17 3 * * *', tz: 'UTC', payload: { olderThanDays: 7 } },
  },
  'community.membership-requested': { queue: 'mail', attempts: 8 },
  'meetings.minutes-recorded': { queue: 'mail', attempts: 8 },
  'meetings.schedule-reminders': {
    queue: 'maintenance',
    attempts: 3,
    schedule: { pattern: '*/15 * * * *', tz: 'UTC', payload: { horizonMinutes: 120 } },
  },
  'meetings.reminder': { queue: 'mail', attempts: 8 },
  'meetings.withdraw-reminders': { queue: 'maintenance', attempts: 5 },
  'newsletter.confirmation': { queue: 'mail', attempts: 8 },
  'newsletter.start-scheduled': { queue: 'mail', attempts: 8 },
  'newsletter.fan-out': { queue: 'mail', attempts: 8 },
  'newsletter.batch': { queue: 'newsletter', attempts: 10 },
  'newsletter.test': { queue: 'mail', attempts: 5 },
  'digests.tick': {
    queue: 'maintenance',
    attempts: 3,
    schedule: { pattern: '*/15 * * * *', tz: 'UTC', payload: {} },
  },
  'digests.run': { queue: 'mail', attempts: 8 },
  'digests.batch': { queue: 'mail', attempts: 10 },
};

export const JOB_NAMES = Object.keys(JOBS) as JobName[];

export function isJobName(name: string): name is JobName {
  return Object.prototype.hasOwnProperty.call(JOBS, name);
}
