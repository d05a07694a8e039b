/**
 * Every queue and job of the platform, in one place, with its typed payload (DESIGN rule 6).
 * Payloads carry ids, never state: handlers re-read what they need. A job without exactly one
 * handler stops the worker at start.
 */
export const QUEUES = ['maintenance', 'mail'] as const;
export type QueueName = (typeof QUEUES)[number];

export interface JobPayloads {
  /** Deletes outbox rows relayed more than olderThanDays ago (periodic). */
  'platform.purge-outbox': { olderThanDays: number };
  /** Tells a working group's chairs and the office of a join request waiting for approval. */
  'community.membership-requested': { membershipId: string };
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
};

export const JOB_NAMES = Object.keys(JOBS) as JobName[];

export function isJobName(name: string): name is JobName {
  return Object.prototype.hasOwnProperty.call(JOBS, name);
}
