// The scheduling form's values, their checks and the MeetingInput they make. Pure (no React):
// the form, its live previews and the save all build the input here.
import { z } from 'zod';
import type { MeetingInput, Visibility } from '../../gql/graphql';
import { fromZonedInput, toZonedInput } from '../calendar/zoned-time';
import {
  WEEKDAYS,
  buildRecurrence,
  defaultRepeat,
  isDate,
  parseRecurrence,
  repeatProblems,
  type Repeat,
} from './recurrence-builder';

/** The group select's value for a meeting of no working group (OFFICE only). */
export const COMMUNITY_WIDE = 'community';
/** The longest meeting the server takes: seven days. */
export const MAX_MINUTES = 7 * 24 * 60;

export type LengthBy = 'DURATION' | 'END';
export type DurationUnit = 'minutes' | 'hours';

export type MeetingFormValues = {
  title: string;
  description: string;
  /** A working group's id, or COMMUNITY_WIDE. */
  group: string;
  visibility: Visibility;
  location: string;
  videoConferenceUrl: string;
  /** YYYY-MM-DD and HH:mm on the clocks of `timeZone`. */
  startDate: string;
  startTime: string;
  lengthBy: LengthBy;
  duration: number | string;
  durationUnit: DurationUnit;
  /** HH:mm; before the start, it is the next day. */
  endTime: string;
  timeZone: string;
  repeat: Repeat;
};

/** Whether the browser knows a zone by that IANA name. */
export function isKnownZone(zone: string): boolean {
  if (!zone) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The start as an instant, or null while the date, time or zone is incomplete. */
export function startInstant(
  v: Pick<MeetingFormValues, 'startDate' | 'startTime' | 'timeZone'>,
): string | null {
  if (!isDate(v.startDate) || !TIME.test(v.startTime) || !isKnownZone(v.timeZone)) return null;
  return fromZonedInput(`${v.startDate}T${v.startTime}`, v.timeZone);
}

/** The meeting's length in minutes, or null when not given well. */
export function lengthMinutes(v: MeetingFormValues): number | null {
  if (v.lengthBy === 'DURATION') {
    const n = typeof v.duration === 'number' ? v.duration : Number(v.duration);
    if (v.duration === '' || !Number.isFinite(n) || n <= 0) return null;
    const minutes = Math.round(v.durationUnit === 'hours' ? n * 60 : n);
    return minutes >= 1 && minutes <= MAX_MINUTES ? minutes : null;
  }
  if (!TIME.test(v.endTime) || !TIME.test(v.startTime)) return null;
  const start = startInstant(v);
  if (!start) return null;
  // The end on the start's day, or on the next when it is not after the start.
  let end = fromZonedInput(`${v.startDate}T${v.endTime}`, v.timeZone);
  if (end && end <= start) {
    const next = new Date(`${v.startDate}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    end = fromZonedInput(`${next.toISOString().slice(0, 10)}T${v.endTime}`, v.timeZone);
  }
  if (!end) return null;
  return Math.round((new Date(end).getTime() - new Date(start).getTime()) / 60000);
}

/** What the server keeps of the rule when the chair did not change the repeat: its own text. */
export type KeptRule = { text: string | null; built: string | null };

/** The RRULE of the values: the original text when the built rule is what it was. */
export function recurrenceOf(v: MeetingFormValues, kept?: KeptRule): string | null {
  const built = buildRecurrence(v.repeat, v.startDate, v.timeZone);
  if (kept && built === kept.built) return kept.text;
  return built;
}

/**
 * The MeetingInput of the values, or null while start, length, zone or repeat are incomplete.
 * `draft` is for the live previews: a blank title is named, and the free-text fields are left out.
 */
export function toMeetingInput(
  v: MeetingFormValues,
  { kept, draft = false }: { kept?: KeptRule; draft?: boolean } = {},
): MeetingInput | null {
  const startsAt = startInstant(v);
  const minutes = lengthMinutes(v);
  if (!startsAt || minutes === null) return null;
  if (Object.keys(repeatProblems(v.repeat, v.startDate)).length) return null;
  const endsAt = new Date(new Date(startsAt).getTime() + minutes * 60000).toISOString();
  const workingGroupId = v.group && v.group !== COMMUNITY_WIDE ? v.group : null;
  const input: MeetingInput = {
    title: v.title.trim() || (draft ? 'New meeting' : ''),
    startsAt,
    endsAt,
    timeZone: v.timeZone,
    recurrence: recurrenceOf(v, kept),
    visibility: v.visibility === 'WORKING_GROUP' && !workingGroupId ? 'COMMUNITY' : v.visibility,
    workingGroupId,
  };
  if (!draft) {
    input.visibility = v.visibility;
    input.description = v.description.trim() || null;
    input.location = v.location.trim() || null;
    input.videoConferenceUrl = v.videoConferenceUrl.trim() || null;
  }
  return input;
}

export const meetingFormSchema = z
  .object({
    title: z.string().trim().min(1, 'Enter a title.').max(300, 'At most 300 characters.'),
    description: z.string().max(20000, 'At most 20000 characters.'),
    group: z.string().min(1, 'Choose the working group.'),
    visibility: z.enum(['PUBLIC', 'COMMUNITY', 'WORKING_GROUP']),
    location: z.string().max(500, 'At most 500 characters.'),
    videoConferenceUrl: z
      .string()
      .trim()
      .refine((s) => !s || (/^https?:\/\/\S+$/i.test(s) && URL.canParse(s)), {
        message: 'Enter a link starting with https://, e.g. https://meet.example.org/wg1.',
      }),
    startDate: z.string().refine(isDate, { message: 'Enter the date of the first meeting.' }),
    startTime: z.string().regex(TIME, 'Enter the start time, e.g. 10:00.'),
    lengthBy: z.enum(['DURATION', 'END']),
    duration: z.union([z.number(), z.string()]),
    durationUnit: z.enum(['minutes', 'hours']),
    endTime: z.string(),
    timeZone: z.string().refine(isKnownZone, { message: 'Choose a time zone from the list.' }),
    repeat: z.object({
      frequency: z.enum(['NONE', 'DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY', 'CUSTOM']),
      interval: z.number(),
      weekdays: z.array(z.enum(WEEKDAYS)),
      monthlyBy: z.enum(['DAY', 'WEEKDAY', 'LAST_WEEKDAY']),
      ends: z.enum(['NEVER', 'ON', 'AFTER']),
      until: z.string(),
      count: z.number(),
      custom: z.string(),
    }),
  })
  .superRefine((v, ctx) => {
    const values = v as MeetingFormValues;
    if (v.visibility === 'WORKING_GROUP' && v.group === COMMUNITY_WIDE)
      ctx.addIssue({
        code: 'custom',
        path: ['visibility'],
        message: 'A community-wide meeting cannot be for one working group only.',
      });
    if (v.lengthBy === 'END' && !TIME.test(v.endTime))
      ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'Enter the end time, e.g. 11:00.' });
    else if (lengthMinutes(values) === null && v.lengthBy === 'DURATION')
      ctx.addIssue({
        code: 'custom',
        path: ['duration'],
        message: 'Enter how long it lasts: at least 1 minute, at most 7 days.',
      });
    for (const [field, message] of Object.entries(repeatProblems(values.repeat, v.startDate)))
      ctx.addIssue({ code: 'custom', path: ['repeat', field], message });
  });

/** A form field for an input path of the server's errors (`input.startsAt` -> startDate). */
export function formFieldOf(path: string, v: MeetingFormValues): string | undefined {
  const field = path.split('.').pop();
  switch (field) {
    case 'title':
    case 'description':
    case 'visibility':
    case 'location':
    case 'videoConferenceUrl':
    case 'timeZone':
      return field;
    case 'workingGroupId':
      return 'group';
    case 'startsAt':
      return 'startDate';
    case 'endsAt':
      return v.lengthBy === 'END' ? 'endTime' : 'duration';
    case 'recurrence':
      return v.repeat.frequency === 'CUSTOM' ? 'repeat.custom' : 'repeat.frequency';
    default:
      return undefined;
  }
}

/** A new meeting's values: tomorrow (in the zone) at 10:00 for an hour, no repeat. */
export function newMeetingValues(zone: string, groupId: string, now = new Date()): MeetingFormValues {
  const today = toZonedInput(now.toISOString(), zone).slice(0, 10);
  const tomorrow = new Date(`${today}T00:00:00Z`);
  tomorrow.setUTCDate(tomorrow.getUTCDate() + 1);
  const startDate = tomorrow.toISOString().slice(0, 10);
  return {
    title: '',
    description: '',
    group: groupId,
    visibility: 'COMMUNITY',
    location: '',
    videoConferenceUrl: '',
    startDate,
    startTime: '10:00',
    lengthBy: 'DURATION',
    duration: 60,
    durationUnit: 'minutes',
    endTime: '11:00',
    timeZone: zone,
    repeat: defaultRepeat(startDate),
  };
}

/** What an existing meeting's form starts from. */
export type EditableMeeting = {
  title: string;
  description?: string | null;
  visibility: Visibility;
  location?: string | null;
  videoConferenceUrl?: string | null;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  recurrence?: string | null;
  workingGroup?: { id: string } | null;
};

/** An existing meeting's values, and the rule to keep while its repeat is left alone. */
export function meetingValues(m: EditableMeeting): { values: MeetingFormValues; kept: KeptRule } {
  const local = toZonedInput(m.startsAt, m.timeZone);
  const end = toZonedInput(m.endsAt, m.timeZone);
  const minutes = Math.round((new Date(m.endsAt).getTime() - new Date(m.startsAt).getTime()) / 60000);
  const hours = minutes >= 60 && minutes % 60 === 0;
  const values: MeetingFormValues = {
    title: m.title,
    description: m.description ?? '',
    group: m.workingGroup?.id ?? COMMUNITY_WIDE,
    visibility: m.visibility,
    location: m.location ?? '',
    videoConferenceUrl: m.videoConferenceUrl ?? '',
    startDate: local.slice(0, 10),
    startTime: local.slice(11, 16),
    lengthBy: 'DURATION',
    duration: hours ? minutes / 60 : minutes,
    durationUnit: hours ? 'hours' : 'minutes',
    endTime: end.slice(11, 16),
    timeZone: m.timeZone,
    repeat: parseRecurrence(m.recurrence, m.startsAt, m.timeZone),
  };
  return {
    values,
    kept: {
      text: m.recurrence ?? null,
      built: buildRecurrence(values.repeat, values.startDate, values.timeZone),
    },
  };
}
