import { InputProblems } from '@cop/platform';
import type { MeetingInput } from './inputs/meeting.input';
import { Visibility } from './models/meeting.model';
import {
  MAX_MEETING_DAYS,
  MAX_WINDOW_DAYS,
  RecurrenceError,
  checkSeries,
  isValidTimeZone,
  normalizeRecurrence,
  seriesEnd,
} from './recurrence';

const DAY_MS = 24 * 3600 * 1000;
/** The longest minutes recordMinutes takes (markdownPreview takes as much). */
export const MINUTES_MAX_CHARS = 100_000;

/**
 * A MeetingInput checked and normalised into the fields stored (the rule in words, the series'
 * end); names every bad field at once and throws BAD_USER_INPUT, so nothing is stored when one
 * is. Whether the working group exists is the service's to check.
 */
export function meetingFieldsOf(input: MeetingInput) {
  const problems = new InputProblems();
  const startsAt = new Date(input.startsAt);
  const endsAt = new Date(input.endsAt);
  problems.check(isValidTimeZone(input.timeZone), 'input.timeZone', 'is not an IANA time zone');
  problems.check(endsAt > startsAt, 'input.endsAt', 'must be after startsAt');
  problems.check(
    endsAt.getTime() - startsAt.getTime() <= MAX_MEETING_DAYS * DAY_MS,
    'input.endsAt',
    `a meeting lasts at most ${MAX_MEETING_DAYS} days`,
  );
  let rrule: string | null = null;
  if (input.recurrence !== null && input.recurrence !== undefined && input.recurrence.trim() !== '') {
    try {
      rrule = normalizeRecurrence(input.recurrence);
    } catch (error) {
      if (!(error instanceof RecurrenceError)) throw error;
      problems.add('input.recurrence', error.message);
    }
  }
  const visibility = input.visibility ?? Visibility.COMMUNITY;
  const groupId = input.workingGroupId ?? null;
  problems.check(
    visibility !== Visibility.WORKING_GROUP || groupId !== null,
    'input.visibility',
    'WORKING_GROUP needs a workingGroupId',
  );
  const videoUrl = input.videoConferenceUrl ? String(input.videoConferenceUrl) : null;
  problems.check(
    videoUrl === null || /^https?:\/\//i.test(videoUrl),
    'input.videoConferenceUrl',
    'must be an http(s) URL',
  );
  problems.throwIfAny();
  const series = { startsAt, endsAt, timeZone: input.timeZone, rrule };
  for (const [field, message] of Object.entries(checkSeries(series))) problems.add(`input.${field}`, message);
  problems.throwIfAny();
  return {
    title: input.title.trim(),
    description: input.description ?? null,
    workingGroupId: groupId,
    startsAt,
    endsAt,
    timeZone: input.timeZone,
    rrule,
    seriesEndsAt: seriesEnd(series),
    location: input.location ?? null,
    videoUrl,
    visibility,
  };
}

/** A calendar window: to after from, at most MAX_WINDOW_DAYS long. */
export function checkWindow(from: Date, to: Date): void {
  const problems = new InputProblems();
  problems.check(to > from, 'to', 'must be after from');
  problems.check(
    to.getTime() - from.getTime() <= MAX_WINDOW_DAYS * DAY_MS,
    'to',
    `at most ${MAX_WINDOW_DAYS} days after from`,
  );
  problems.throwIfAny();
}
