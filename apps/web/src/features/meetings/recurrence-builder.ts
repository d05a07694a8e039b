// The scheduling form's "Repeat" choices and the RFC 5545 RRULE they make, both ways. Pure (no
// React, no DOM): tested in test/web/recurrence-builder.test.ts against the server's expansion.
import { fromZonedInput, toZonedInput } from '../calendar/zoned-time';

export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const WEEKDAY_NAMES: Record<Weekday, string> = {
  MO: 'Monday',
  TU: 'Tuesday',
  WE: 'Wednesday',
  TH: 'Thursday',
  FR: 'Friday',
  SA: 'Saturday',
  SU: 'Sunday',
};

/** NONE: a single meeting. CUSTOM: a rule the choices cannot express, edited as text. */
export type Frequency = 'NONE' | 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'YEARLY' | 'CUSTOM';
/** Monthly on the start's day of the month, on its nth weekday, or on its last weekday. */
export type MonthlyBy = 'DAY' | 'WEEKDAY' | 'LAST_WEEKDAY';
export type RepeatEnd = 'NEVER' | 'ON' | 'AFTER';

export interface Repeat {
  frequency: Frequency;
  /** Every `interval` days, weeks, months or years. */
  interval: number;
  /** WEEKLY: the days of the week. */
  weekdays: Weekday[];
  monthlyBy: MonthlyBy;
  ends: RepeatEnd;
  /** ends ON: the last day (YYYY-MM-DD, in the meeting's zone), included. */
  until: string;
  /** ends AFTER: how many meetings in all. */
  count: number;
  /** CUSTOM: the RRULE value as written. */
  custom: string;
}

export const MAX_COUNT = 1000;
export const MAX_INTERVAL = 99;

/** The choices of a new form: no repeat, weekly on the start's day when chosen, ending never. */
export function defaultRepeat(startDate: string): Repeat {
  return {
    frequency: 'NONE',
    interval: 1,
    weekdays: isDate(startDate) ? [weekdayOf(startDate)] : [],
    monthlyBy: 'DAY',
    ends: 'NEVER',
    until: '',
    count: 10,
    custom: '',
  };
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Whether a string is a real calendar date `YYYY-MM-DD`. */
export function isDate(date: string): boolean {
  const m = DATE.exec(date);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

function utcDate(date: string): Date {
  const m = DATE.exec(date)!;
  return new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
}

/** A calendar date `n` days later (earlier when negative). */
export function addDays(date: string, n: number): string {
  const d = utcDate(date);
  d.setUTCDate(d.getUTCDate() + n);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** The day of the week of a calendar date. */
export function weekdayOf(date: string): Weekday {
  return WEEKDAYS[(utcDate(date).getUTCDay() + 6) % 7];
}

/** Where a date sits in its month: day N, its nth weekday (1–5), and whether that weekday is the month's last. */
export function monthPosition(date: string): { day: number; nth: number; weekday: Weekday; last: boolean } {
  const d = utcDate(date);
  const day = d.getUTCDate();
  const daysInMonth = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  return { day, nth: Math.ceil(day / 7), weekday: weekdayOf(date), last: day + 7 > daysInMonth };
}

const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth'];

/** "day 15", "the third Tuesday", "the last Tuesday": the monthly choices a start date offers. */
export function monthlyChoiceWords(date: string): Record<MonthlyBy, string> | null {
  if (!isDate(date)) return null;
  const p = monthPosition(date);
  return {
    DAY: `day ${p.day}`,
    WEEKDAY: `the ${ORDINAL_WORDS[p.nth - 1]} ${WEEKDAY_NAMES[p.weekday]}`,
    LAST_WEEKDAY: `the last ${WEEKDAY_NAMES[p.weekday]}`,
  };
}

/** The monthly choices a start date offers (the last weekday only when it is the month's last). */
export function monthlyChoices(date: string): MonthlyBy[] {
  if (!isDate(date)) return ['DAY'];
  return monthPosition(date).last ? ['DAY', 'WEEKDAY', 'LAST_WEEKDAY'] : ['DAY', 'WEEKDAY'];
}

/**
 * The RRULE a repeat makes for a series whose first meeting is on `startDate` in `zone`; null
 * for a single meeting. UNTIL is the end of the chosen day in the meeting's zone, in UTC (RFC
 * 5545 wants UTC beside a DTSTART with a zone); null too while the start date is incomplete.
 * Call `repeatProblems` first: this assumes otherwise valid input.
 */
export function buildRecurrence(repeat: Repeat, startDate: string, zone: string): string | null {
  if (repeat.frequency === 'NONE') return null;
  if (repeat.frequency === 'CUSTOM') {
    const text = repeat.custom.trim().replace(/^RRULE:/i, '');
    return text || null;
  }
  if (!isDate(startDate)) return null;
  const parts = [`FREQ=${repeat.frequency}`];
  if (repeat.interval > 1) parts.push(`INTERVAL=${repeat.interval}`);
  if (repeat.frequency === 'WEEKLY') {
    const days = WEEKDAYS.filter((d) => repeat.weekdays.includes(d));
    parts.push(`BYDAY=${(days.length ? days : [weekdayOf(startDate)]).join(',')}`);
  }
  if (repeat.frequency === 'MONTHLY') {
    const p = monthPosition(startDate);
    if (repeat.monthlyBy === 'DAY') parts.push(`BYMONTHDAY=${p.day}`);
    else if (repeat.monthlyBy === 'LAST_WEEKDAY') parts.push(`BYDAY=-1${p.weekday}`);
    else parts.push(`BYDAY=${p.nth}${p.weekday}`);
  }
  if (repeat.ends === 'AFTER') parts.push(`COUNT=${repeat.count}`);
  if (repeat.ends === 'ON') {
    const until = untilInstant(repeat.until, zone);
    if (until) parts.push(`UNTIL=${until}`);
  }
  return parts.join(';');
}

/** The last second of a local day in a zone, as an RRULE UTC stamp (`20270419T215959Z`). */
function untilInstant(date: string, zone: string): string | null {
  if (!isDate(date)) return null;
  const nextMidnight = fromZonedInput(`${addDays(date, 1)}T00:00`, zone);
  if (!nextMidnight) return null;
  const last = new Date(new Date(nextMidnight).getTime() - 1000);
  return last
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** What is wrong with a repeat, by field; empty when the rule can be built. */
export function repeatProblems(repeat: Repeat, startDate: string): Partial<Record<keyof Repeat, string>> {
  const problems: Partial<Record<keyof Repeat, string>> = {};
  if (repeat.frequency === 'NONE') return problems;
  if (repeat.frequency === 'CUSTOM') {
    const text = repeat.custom.trim().replace(/^RRULE:/i, '');
    if (!text) problems.custom = 'Write the rule, e.g. FREQ=WEEKLY;BYDAY=MO.';
    else if (!/^FREQ=/i.test(text) && !/(^|;)FREQ=/i.test(text))
      problems.custom = 'The rule needs FREQ, e.g. FREQ=WEEKLY;BYDAY=MO.';
    else if (text.length > 500) problems.custom = 'At most 500 characters.';
    return problems;
  }
  if (!Number.isInteger(repeat.interval) || repeat.interval < 1 || repeat.interval > MAX_INTERVAL)
    problems.interval = `A whole number from 1 to ${MAX_INTERVAL}.`;
  if (repeat.frequency === 'WEEKLY' && isDate(startDate)) {
    const first = weekdayOf(startDate);
    if (!repeat.weekdays.length) problems.weekdays = 'Choose at least one day.';
    else if (!repeat.weekdays.includes(first))
      problems.weekdays = `The first meeting is on a ${WEEKDAY_NAMES[first]}: choose ${WEEKDAY_NAMES[first]} too, or change the start date.`;
  }
  if (
    repeat.ends === 'AFTER' &&
    (!Number.isInteger(repeat.count) || repeat.count < 1 || repeat.count > MAX_COUNT)
  )
    problems.count = `A whole number from 1 to ${MAX_COUNT}.`;
  if (repeat.ends === 'ON') {
    if (!isDate(repeat.until)) problems.until = 'Enter the date of the last meeting.';
    else if (isDate(startDate) && repeat.until < startDate)
      problems.until = 'The last day cannot be before the first meeting.';
  }
  return problems;
}

/**
 * The choices that make an RRULE, for a series starting at `startsAt` (ISO) in `zone`; a rule
 * they cannot express comes back as CUSTOM with its text, so nothing of it is lost.
 */
export function parseRecurrence(rule: string | null | undefined, startsAt: string, zone: string): Repeat {
  const startLocal = toZonedInput(startsAt, zone);
  const startDate = startLocal.slice(0, 10);
  const base = defaultRepeat(startDate);
  if (!rule || !rule.trim()) return base;
  const text = rule.trim().replace(/^RRULE:/i, '');
  const custom: Repeat = { ...base, frequency: 'CUSTOM', custom: text };

  const parts = new Map<string, string>();
  for (const piece of text.split(';')) {
    const m = /^([A-Za-z]+)=([A-Za-z0-9,+-]+)$/.exec(piece);
    if (!m || parts.has(m[1].toUpperCase())) return custom;
    parts.set(m[1].toUpperCase(), m[2].toUpperCase());
  }
  const freq = parts.get('FREQ');
  if (freq !== 'DAILY' && freq !== 'WEEKLY' && freq !== 'MONTHLY' && freq !== 'YEARLY') return custom;
  const repeat: Repeat = { ...base, frequency: freq };
  const take = (key: string) => {
    const value = parts.get(key);
    parts.delete(key);
    return value;
  };
  take('FREQ');
  if (parts.get('WKST') === 'MO') take('WKST');

  const interval = take('INTERVAL');
  if (interval !== undefined) {
    const n = Number(interval);
    if (!/^\d+$/.test(interval) || n < 1 || n > MAX_INTERVAL) return custom;
    repeat.interval = n;
  }

  const pos = monthPosition(startDate);
  const byday = take('BYDAY');
  const bymonthday = take('BYMONTHDAY');
  const bysetpos = take('BYSETPOS');
  const bymonth = take('BYMONTH');
  if (freq === 'WEEKLY') {
    if (bymonthday || bysetpos || bymonth) return custom;
    const days = (byday ?? pos.weekday).split(',');
    if (!days.every((d): d is Weekday => (WEEKDAYS as readonly string[]).includes(d))) return custom;
    repeat.weekdays = WEEKDAYS.filter((d) => days.includes(d));
  } else if (freq === 'MONTHLY') {
    if (bymonth) return custom;
    const weekdayRule = byday && bysetpos ? `${bysetpos}${byday}` : byday;
    if (bymonthday !== undefined) {
      if (byday || bysetpos || Number(bymonthday) !== pos.day) return custom;
      repeat.monthlyBy = 'DAY';
    } else if (weekdayRule) {
      const m = /^([+-]?\d)(MO|TU|WE|TH|FR|SA|SU)$/.exec(weekdayRule);
      if (!m || m[2] !== pos.weekday) return custom;
      const n = Number(m[1]);
      if (n === pos.nth) repeat.monthlyBy = 'WEEKDAY';
      else if (n === -1 && pos.last) repeat.monthlyBy = 'LAST_WEEKDAY';
      else return custom;
    } else if (bysetpos) return custom;
    else repeat.monthlyBy = 'DAY';
  } else if (freq === 'YEARLY') {
    const month = Number(startDate.slice(5, 7));
    if (byday || bysetpos) return custom;
    if (bymonth !== undefined && Number(bymonth) !== month) return custom;
    if (bymonthday !== undefined && Number(bymonthday) !== pos.day) return custom;
  } else if (byday || bymonthday || bysetpos || bymonth) return custom;

  const count = take('COUNT');
  const until = take('UNTIL');
  if (count !== undefined && until !== undefined) return custom;
  if (count !== undefined) {
    const n = Number(count);
    if (!/^\d+$/.test(count) || n < 1 || n > MAX_COUNT) return custom;
    repeat.ends = 'AFTER';
    repeat.count = n;
  } else if (until !== undefined) {
    const day = untilDay(until, startLocal.slice(11), zone);
    if (!day) return custom;
    repeat.ends = 'ON';
    repeat.until = day;
  }
  if (parts.size) return custom;
  return repeat;
}

/**
 * The last day an UNTIL lets a meeting happen on, in the meeting's zone: a DATE is that day;
 * a UTC stamp is its local day, or the day before when it falls before that day's meeting time.
 */
function untilDay(until: string, startTime: string, zone: string): string | null {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$/.exec(until);
  if (!m) return null;
  const date = `${m[1]}-${m[2]}-${m[3]}`;
  if (!isDate(date)) return null;
  if (m[4] === undefined) return date;
  const iso = `${date}T${m[4]}:${m[5]}:${m[6]}Z`;
  // A stamp without Z is floating: read it as the zone's wall time.
  const local = m[7] ? toZonedInput(iso, zone) : `${date}T${m[4]}:${m[5]}`;
  const day = local.slice(0, 10);
  return local.slice(11, 16) < startTime ? addDays(day, -1) : day;
}
