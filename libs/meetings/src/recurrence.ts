import { LRUCache } from 'lru-cache';
import { DateTime } from 'luxon';
import { RRule, type Options } from 'rrule';

/**
 * Series expansion in the meeting's own time zone (DESIGN rule 8). rrule computes in
 * "floating" time (wall-clock values carried as UTC dates), so a series is expanded as local
 * wall times and each one is then placed in its IANA zone with luxon: a weekly Monday 10:00
 * Europe/Rome stays 10:00 in Rome and moves in UTC across DST.
 */

/** The widest window `calendar` and the feeds expand at once. */
export const MAX_WINDOW_DAYS = 366;
/** At most this many occurrences of one series in any window of MAX_WINDOW_DAYS. */
export const MAX_OCCURRENCES_PER_WINDOW = 400;
/** The longest single occurrence. */
export const MAX_MEETING_DAYS = 7;

const DAY_MS = 24 * 3600 * 1000;
const ALLOWED_PARTS = new Set([
  'FREQ',
  'INTERVAL',
  'COUNT',
  'UNTIL',
  'BYDAY',
  'BYMONTHDAY',
  'BYMONTH',
  'BYSETPOS',
  'BYYEARDAY',
  'BYWEEKNO',
  'WKST',
]);
const ALLOWED_FREQS = new Set(['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY']);

export class RecurrenceError extends Error {}

export interface SeriesDefinition {
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  /** RRULE value; null for a single meeting. */
  rrule: string | null;
}

export interface SeriesException {
  originalStartsAt: Date;
  cancelled: boolean;
  /** Set for a moved occurrence. */
  startsAt: Date | null;
  endsAt: Date | null;
}

export interface Occurrence {
  /** The start the occurrence has in the series (its RECURRENCE-ID). */
  originalStartsAt: Date;
  startsAt: Date;
  endsAt: Date;
  cancelled: boolean;
}

export function isValidTimeZone(zone: string): boolean {
  return DateTime.now().setZone(zone).isValid && zone.length <= 64;
}

/** Wall-clock time of an instant in a zone, carried as a floating (UTC) Date. */
export function toFloating(instant: Date, zone: string): Date {
  const local = DateTime.fromJSDate(instant, { zone });
  return new Date(
    Date.UTC(
      local.year,
      local.month - 1,
      local.day,
      local.hour,
      local.minute,
      local.second,
      local.millisecond,
    ),
  );
}

/** The instant of a floating wall-clock time in a zone (a time in a DST gap moves forward). */
export function fromFloating(floating: Date, zone: string): Date {
  return DateTime.fromObject(
    {
      year: floating.getUTCFullYear(),
      month: floating.getUTCMonth() + 1,
      day: floating.getUTCDate(),
      hour: floating.getUTCHours(),
      minute: floating.getUTCMinutes(),
      second: floating.getUTCSeconds(),
      millisecond: floating.getUTCMilliseconds(),
    },
    { zone },
  ).toJSDate();
}

/**
 * Parses and checks an RRULE value ("FREQ=WEEKLY;BYDAY=MO;COUNT=10", an "RRULE:" prefix
 * allowed) and returns it normalized. Throws RecurrenceError with a message for the user.
 */
export function normalizeRecurrence(value: string): string {
  let text = value.trim();
  if (/^RRULE:/i.test(text)) text = text.slice(6);
  if (!text) throw new RecurrenceError('is empty');
  if (text.length > 500) throw new RecurrenceError('is too long');
  if (/[\r\n]/.test(text)) throw new RecurrenceError('must be a single RRULE value');
  const seen = new Set<string>();
  const parts = text.split(';').map((part) => {
    const m = /^([A-Za-z]+)=([A-Za-z0-9,+-]+)$/.exec(part);
    if (!m) throw new RecurrenceError(`does not parse near "${part.slice(0, 40)}"`);
    const key = m[1].toUpperCase();
    if (!ALLOWED_PARTS.has(key)) throw new RecurrenceError(`${key} is not supported`);
    if (seen.has(key)) throw new RecurrenceError(`${key} appears twice`);
    seen.add(key);
    return `${key}=${m[2].toUpperCase()}`;
  });
  const freq = parts.find((p) => p.startsWith('FREQ='))?.slice(5);
  if (!freq) throw new RecurrenceError('needs FREQ');
  if (!ALLOWED_FREQS.has(freq)) {
    throw new RecurrenceError(`FREQ=${freq} is not allowed (DAILY, WEEKLY, MONTHLY or YEARLY)`);
  }
  if (seen.has('COUNT') && seen.has('UNTIL')) throw new RecurrenceError('cannot have both COUNT and UNTIL');
  const normalized = parts.join(';');
  try {
    const options = RRule.parseString(normalized);
    if (options.count !== undefined && options.count !== null && !(options.count >= 1)) {
      throw new RecurrenceError('COUNT must be at least 1');
    }
    if (options.interval !== undefined && !(options.interval >= 1)) {
      throw new RecurrenceError('INTERVAL must be at least 1');
    }
    if (seen.has('UNTIL') && !(options.until instanceof Date && !isNaN(options.until.getTime()))) {
      throw new RecurrenceError('UNTIL is not a date');
    }
  } catch (error) {
    if (error instanceof RecurrenceError) throw error;
    throw new RecurrenceError(`does not parse: ${(error as Error).message}`);
  }
  return normalized;
}

/** The rrule of a series, in floating time, starting at the first occurrence's wall-clock time. */
function floatingRule(series: SeriesDefinition & { rrule: string }): RRule {
  const options: Partial<Options> = RRule.parseString(series.rrule);
  const untilText = /(?:^|;)UNTIL=([0-9T]+)(Z?)/.exec(series.rrule);
  if (options.until && untilText?.[2] === 'Z') {
    // A UTC UNTIL is an instant: compare it with wall times as the zone sees it.
    options.until = toFloating(options.until, series.timeZone);
  } else if (options.until && untilText && !untilText[1].includes('T')) {
    // A DATE UNTIL includes that whole local day.
    options.until = new Date(options.until.getTime() + DAY_MS - 1);
  }
  return new RRule({ ...options, dtstart: toFloating(series.startsAt, series.timeZone), tzid: null });
}

/**
 * Checks a series definition; returns problems keyed by input field ('startsAt', 'recurrence').
 * The first occurrence must be the series' start, so every calendar (ours and the feeds'
 * readers) agrees on the occurrences.
 */
export function checkSeries(series: SeriesDefinition): Record<string, string> {
  if (!series.rrule) return {};
  const rule = floatingRule(series as SeriesDefinition & { rrule: string });
  const start = toFloating(series.startsAt, series.timeZone);
  const first = rule.after(new Date(start.getTime() - 1), true);
  if (!first || first.getTime() !== start.getTime()) {
    return { startsAt: 'must be the first occurrence of the recurrence (e.g. a Monday for BYDAY=MO)' };
  }
  const inFirstWindow = rule.between(
    start,
    new Date(start.getTime() + MAX_WINDOW_DAYS * DAY_MS),
    true,
    (_, i) => {
      return i <= MAX_OCCURRENCES_PER_WINDOW;
    },
  );
  if (inFirstWindow.length > MAX_OCCURRENCES_PER_WINDOW) {
    return {
      recurrence: `has more than ${MAX_OCCURRENCES_PER_WINDOW} occurrences in ${MAX_WINDOW_DAYS} days`,
    };
  }
  return {};
}

/** The last instant any occurrence of the series may end (null: no end); moves aside. */
export function seriesEnd(series: SeriesDefinition): Date | null {
  if (!series.rrule) return series.endsAt;
  const rule = floatingRule(series as SeriesDefinition & { rrule: string });
  if (!rule.options.count && !rule.options.until) return null;
  const all = rule.all((_, i) => i < 100_000);
  const last = all.at(-1);
  if (!last) return series.endsAt;
  return new Date(
    fromFloating(last, series.timeZone).getTime() + (series.endsAt.getTime() - series.startsAt.getTime()),
  );
}

/** Whether `at` is the (original) start of an occurrence of the series. */
export function isOccurrenceStart(series: SeriesDefinition, at: Date): boolean {
  return originalStarts(series, new Date(at.getTime() - 1), new Date(at.getTime() + 1)).some(
    (d) => d.getTime() === at.getTime(),
  );
}

/**
 * The first `limit` starts of the series at or after `from`, as instants (no exceptions): the
 * scheduling form's preview. Walks the rule only as far as it needs, however sparse the series.
 */
export function nextStarts(series: SeriesDefinition, from: Date, limit: number): Date[] {
  if (limit < 1) return [];
  if (!series.rrule) return series.startsAt >= from ? [series.startsAt] : [];
  const rule = floatingRule(series as SeriesDefinition & { rrule: string });
  // A wall time can lie up to 14 hours either side of its instant: begin a day early, filter
  // exactly. The rule has no BYHOUR/BYMINUTE, so at most two of the extra day's times are early.
  const after = new Date(toFloating(from, series.timeZone).getTime() - DAY_MS);
  const floating = rule.between(after, new Date(Date.UTC(9999, 0, 1)), true, (_, i) => i < limit + 2);
  return floating
    .map((d) => fromFloating(d, series.timeZone))
    .filter((d) => d >= from)
    .slice(0, limit);
}

/** Original starts of the series in [from, to), as instants. */
function originalStarts(series: SeriesDefinition, from: Date, to: Date): Date[] {
  if (!series.rrule) {
    return series.startsAt >= from && series.startsAt < to ? [series.startsAt] : [];
  }
  const key = `${series.rrule}|${series.startsAt.getTime()}|${series.timeZone}`;
  const lo = from.getTime();
  const hi = to.getTime();
  const known = bucketCache.get(key);
  // Buckets computed now go into a new map, set again once: the cache counts its size at set.
  let grown: Map<number, Float64Array> | null = null;
  const result: Date[] = [];
  for (let bucket = Math.floor(lo / BUCKET_MS); bucket * BUCKET_MS < hi; bucket++) {
    let starts = known?.get(bucket) ?? grown?.get(bucket);
    if (!starts) {
      grown ??= new Map(known);
      starts = bucketStarts(series as SeriesDefinition & { rrule: string }, key, bucket);
      grown.set(bucket, starts);
    }
    for (const start of starts) {
      if (start >= lo && start < hi) result.push(new Date(start));
    }
  }
  if (grown) bucketCache.set(key, grown);
  return result;
}

/**
 * Expanding a series is the calendar's, the feeds' and the dashboard's main cost (rrule walks
 * from the series' start, luxon places every wall time in its zone), and the same series are
 * asked for again and again. So the original starts are kept per series and per 32-day bucket,
 * keyed by what defines them (rule, first start, zone): an edited series has a new key, and
 * nothing can go stale. About 24,000 buckets hold a year of 2,000 weekly series (a few MB).
 * One entry per series holds its buckets by number: a year's calendar looks up each of its
 * series once, not once per bucket with a key string built each time (issue 23).
 */
const BUCKET_MS = 32 * DAY_MS;
const bucketCache = new LRUCache<string, ReadonlyMap<number, Float64Array>>({
  max: 5_000,
  maxSize: 50_000,
  sizeCalculation: (buckets) => Math.max(1, buckets.size),
});
const ruleCache = new LRUCache<string, RRule>({ max: 5_000 });

/** The starts of the series in one bucket, as instants (ms). */
function bucketStarts(
  series: SeriesDefinition & { rrule: string },
  key: string,
  bucket: number,
): Float64Array {
  let rule = ruleCache.get(key);
  if (!rule) {
    rule = floatingRule(series);
    ruleCache.set(key, rule);
  }
  const from = bucket * BUCKET_MS;
  const to = from + BUCKET_MS;
  // Floating times can be up to 14 hours either side of the instants: widen, then filter exactly.
  const starts = rule
    .between(new Date(from - DAY_MS), new Date(to + DAY_MS), true)
    .map((d) => fromFloating(d, series.timeZone).getTime())
    .filter((t) => t >= from && t < to);
  return Float64Array.from(starts);
}

/**
 * The occurrences overlapping [from, to), moved and cancelled ones included, by start. A moved
 * occurrence appears at its new time (when that overlaps the window) with its original start.
 */
export function expandOccurrences(
  series: SeriesDefinition,
  exceptions: readonly SeriesException[],
  from: Date,
  to: Date,
): Occurrence[] {
  const duration = series.endsAt.getTime() - series.startsAt.getTime();
  const byOriginal = new Map(exceptions.map((e) => [e.originalStartsAt.getTime(), e]));
  const result: Occurrence[] = [];
  for (const start of originalStarts(series, new Date(from.getTime() - duration + 1), to)) {
    const ex = byOriginal.get(start.getTime());
    if (ex?.startsAt) continue; // moved: listed at its new time below
    result.push({
      originalStartsAt: start,
      startsAt: start,
      endsAt: new Date(start.getTime() + duration),
      cancelled: ex?.cancelled ?? false,
    });
  }
  for (const ex of exceptions) {
    if (!ex.startsAt || !ex.endsAt) continue;
    if (ex.startsAt < to && ex.endsAt > from) {
      result.push({
        originalStartsAt: ex.originalStartsAt,
        startsAt: ex.startsAt,
        endsAt: ex.endsAt,
        cancelled: ex.cancelled,
      });
    }
  }
  return result.sort(
    (a, b) =>
      a.startsAt.getTime() - b.startsAt.getTime() ||
      a.originalStartsAt.getTime() - b.originalStartsAt.getTime(),
  );
}
