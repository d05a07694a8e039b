import { formatInZone } from '../../components/time';
import { andList } from '../../components/words';

const DAYS: Record<string, string> = {
  MO: 'Monday',
  TU: 'Tuesday',
  WE: 'Wednesday',
  TH: 'Thursday',
  FR: 'Friday',
  SA: 'Saturday',
  SU: 'Sunday',
};
const ORDINALS: Record<string, string> = {
  '1': 'first',
  '2': 'second',
  '3': 'third',
  '4': 'fourth',
  '5': 'fifth',
  '-1': 'last',
  '-2': 'second-to-last',
};
const UNITS: Record<string, [string, string]> = {
  DAILY: ['day', 'days'],
  WEEKLY: ['week', 'weeks'],
  MONTHLY: ['month', 'months'],
  YEARLY: ['year', 'years'],
};
const UNDERSTOOD = new Set([
  'FREQ',
  'INTERVAL',
  'BYDAY',
  'COUNT',
  'UNTIL',
  'WKST',
  'BYMONTHDAY',
  'BYSETPOS',
  'BYMONTH',
]);
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** BYMONTHDAY in words: "day 15", "days 1 and 15", "the last day"; null when not days of a month. */
function monthDaysWords(value: string): string | null {
  const days = value.split(',').map(Number);
  if (!days.every((d) => Number.isInteger(d) && d !== 0 && d >= -31 && d <= 31)) return null;
  const named = days.map((d) => (d === -1 ? 'the last day' : d < 0 ? null : String(d)));
  if (named.some((d) => d === null)) return null;
  const numbers = named.filter((d) => d !== 'the last day') as string[];
  const words: string[] = [];
  if (numbers.length) words.push(`${numbers.length === 1 ? 'day' : 'days'} ${andList(numbers)}`);
  if (days.includes(-1)) words.push('the last day');
  return andList(words);
}

/**
 * BYSETPOS with one plain BYDAY (FREQ=MONTHLY;BYDAY=TU;BYSETPOS=2) is the same as BYDAY=2TU:
 * rewritten so, or false when the rule uses BYSETPOS otherwise.
 */
function foldSetPos(parts: Map<string, string>): boolean {
  const pos = parts.get('BYSETPOS');
  if (pos === undefined) return true;
  const day = parts.get('BYDAY');
  if (parts.get('FREQ') !== 'MONTHLY' || !day || !/^(MO|TU|WE|TH|FR|SA|SU)$/.test(day)) return false;
  if (!/^[+-]?\d$/.test(pos)) return false;
  parts.set('BYDAY', `${pos.replace(/^\+/, '')}${day}`);
  parts.delete('BYSETPOS');
  return true;
}

/** RRULE's UNTIL (`20260630T000000Z` or `20260630`) as an ISO instant, or null. */
function untilInstant(value: string): string | null {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})Z?)?$/.exec(value);
  if (!m) return null;
  return `${m[1]}-${m[2]}-${m[3]}T${m[4] ?? '12'}:${m[5] ?? '00'}:${m[6] ?? '00'}Z`;
}

/**
 * An RRULE in words for the simple cases (FREQ, INTERVAL, BYDAY, BYMONTHDAY, BYMONTH, BYSETPOS
 * with one weekday, COUNT, UNTIL): `FREQ=WEEKLY;BYDAY=MO;COUNT=10` -> "every week on Monday, 10
 * times", `FREQ=MONTHLY;BYMONTHDAY=15` -> "every month on day 15". Null for anything else,
 * which the page shows as the rule itself.
 */
export function describeRecurrence(rule: string, zone = 'UTC'): string | null {
  const parts = new Map<string, string>();
  for (const piece of rule.replace(/^RRULE:/i, '').split(';')) {
    if (!piece) continue;
    const [key, value] = piece.split('=');
    if (!key || value === undefined) return null;
    parts.set(key.toUpperCase(), value.toUpperCase());
  }
  if ([...parts.keys()].some((k) => !UNDERSTOOD.has(k))) return null;
  if (!foldSetPos(parts)) return null;
  const freq = parts.get('FREQ');
  const unit = freq ? UNITS[freq] : undefined;
  if (!freq || !unit) return null;
  const interval = Number(parts.get('INTERVAL') ?? '1');
  if (!Number.isInteger(interval) || interval < 1) return null;

  let text = interval === 1 ? `every ${unit[0]}` : `every ${interval} ${unit[1]}`;
  const byday = parts.get('BYDAY');
  if (byday) {
    const days: string[] = [];
    for (const d of byday.split(',')) {
      const m = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/.exec(d);
      if (!m) return null;
      const ordinal = m[1]?.replace(/^\+/, '');
      if (ordinal) {
        if (freq !== 'MONTHLY' || !ORDINALS[ordinal]) return null;
        days.push(`the ${ORDINALS[ordinal]} ${DAYS[m[2]]}`);
      } else {
        if (freq === 'YEARLY') return null;
        days.push(DAYS[m[2]]);
      }
    }
    const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
    if (
      (freq === 'DAILY' || freq === 'WEEKLY') &&
      interval === 1 &&
      days.length === 5 &&
      weekdays.every((d) => days.includes(d))
    ) {
      text = 'every weekday (Monday to Friday)';
    } else {
      text += ` on ${andList(days)}`;
    }
  }
  const bymonthday = parts.get('BYMONTHDAY');
  const bymonth = parts.get('BYMONTH');
  if (bymonth) {
    // Yearly in a month: "every year on 15 March", "every year in March".
    const month = MONTHS[Number(bymonth) - 1];
    if (freq !== 'YEARLY' || !/^\d{1,2}$/.test(bymonth) || !month || byday) return null;
    if (bymonthday) {
      if (!/^\d{1,2}$/.test(bymonthday)) return null;
      text += ` on ${Number(bymonthday)} ${month}`;
    } else text += ` in ${month}`;
  } else if (bymonthday) {
    if (freq !== 'MONTHLY' || byday) return null;
    const days = monthDaysWords(bymonthday);
    if (!days) return null;
    text += ` on ${days}`;
  }
  const count = parts.get('COUNT');
  const until = parts.get('UNTIL');
  if (count) {
    const n = Number(count);
    if (!Number.isInteger(n) || n < 1) return null;
    text = n === 1 ? 'once, without repeats' : `${text}, ${n} times`;
  } else if (until) {
    const at = untilInstant(until);
    if (!at) return null;
    text += `, until ${formatInZone(at, until.includes('T') ? zone : 'UTC', 'date')}`;
  }
  return text;
}
