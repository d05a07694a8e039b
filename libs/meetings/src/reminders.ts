import { JOBS, jobIdOf } from '@cop/platform';
import {
  expandOccurrences,
  type Occurrence,
  type SeriesDefinition,
  type SeriesException,
} from './recurrence';

/** How long before an occurrence its reminder goes out, unless MEETING_REMINDER_MINUTES says otherwise. */
export const REMINDER_LEAD_MINUTES = 60;

/** How far ahead (in due times) the periodic scheduler enqueues reminders. */
export const SCHEDULER_HORIZON_MINUTES = JOBS['meetings.schedule-reminders'].schedule!.payload.horizonMinutes;

/** The dedupe id of an occurrence's reminder job (the catalogue's): a moved occurrence gets a new one. */
export function reminderJobId(meetingId: string, originalStartsAt: Date, startsAt: Date): string {
  return jobIdOf('meetings.reminder', {
    meetingId,
    originalStartsAt: originalStartsAt.toISOString(),
    startsAt: startsAt.toISOString(),
  })!;
}

/** The occurrence and planned start a reminder job id names (null: not a reminder id of this meeting). */
export function parseReminderJobId(
  meetingId: string,
  jobId: string,
): { originalStartsAt: Date; startsAt: Date } | null {
  const m = /^meetings\.reminder:([0-9a-f-]+):(-?\d+):(-?\d+)$/.exec(jobId);
  if (!m || m[1] !== meetingId) return null;
  return { originalStartsAt: new Date(Number(m[2])), startsAt: new Date(Number(m[3])) };
}

type MeetingState = SeriesDefinition & {
  id: string;
  status: string;
  exceptions: readonly SeriesException[];
};

/**
 * The occurrence a reminder planned for (original start, planned start) is about, if it still
 * takes place then: the meeting scheduled, the occurrence neither cancelled nor moved since.
 */
export function occurrenceStillPlanned(
  meeting: MeetingState,
  originalStartsAt: Date,
  startsAt: Date,
): Occurrence | null {
  if (meeting.status !== 'SCHEDULED') return null;
  const occurrence = expandOccurrences(
    meeting,
    meeting.exceptions,
    new Date(startsAt.getTime() - 1),
    new Date(startsAt.getTime() + 1),
  ).find((o) => o.originalStartsAt.getTime() === originalStartsAt.getTime());
  if (!occurrence || occurrence.cancelled || occurrence.startsAt.getTime() !== startsAt.getTime())
    return null;
  return occurrence;
}

export interface ReminderJob {
  jobId: string;
  payload: { meetingId: string; originalStartsAt: string; startsAt: string };
  runAt: Date;
}

/**
 * The reminder jobs of the meeting's occurrences that start from `now` to the end of what the
 * scheduler may already have covered (its horizon plus the lead): the ones a change must add at
 * once (short notice) or withdraw (occurrences gone). Same ids and run times as the scheduler's.
 */
export function remindersWithinReach(meeting: MeetingState, now: Date, leadMinutes: number): ReminderJob[] {
  if (meeting.status !== 'SCHEDULED') return [];
  const lead = leadMinutes * 60_000;
  const to = new Date(now.getTime() + SCHEDULER_HORIZON_MINUTES * 60_000 + lead);
  return expandOccurrences(meeting, meeting.exceptions, now, to)
    .filter((o) => !o.cancelled && o.startsAt >= now && o.startsAt < to)
    .map((o) => ({
      jobId: reminderJobId(meeting.id, o.originalStartsAt, o.startsAt),
      payload: {
        meetingId: meeting.id,
        originalStartsAt: o.originalStartsAt.toISOString(),
        startsAt: o.startsAt.toISOString(),
      },
      runAt: new Date(Math.max(now.getTime(), o.startsAt.getTime() - lead)),
    }));
}
