import { DateTime, IANAZone } from 'luxon';
import type { DigestScheduleConfig } from '@cop/platform';

export type DigestFrequencyValue = 'DAILY' | 'WEEKLY';

/**
 * A digest period is a local day, or a local week ending at the start of the configured
 * weekday, in one IANA zone. Its label is the local date it starts on (ISO, e.g. 2026-11-23):
 * the same label names the same local period in every zone, so one run per (frequency, label)
 * holds every zone's members and the mail key `digest:<run>:<person>` is one per period.
 * Local midnights come from luxon, so a period across a DST change is 23 or 25 hours long.
 */
export interface LocalPeriod {
  label: string;
  start: Date;
  end: Date;
}

type Schedule = Pick<DigestScheduleConfig, 'localTime' | 'weekday'>;

const lengthInDays = (frequency: DigestFrequencyValue) => (frequency === 'DAILY' ? 1 : 7);

/** The zone a member's digest is made in: theirs when the runtime knows it, else the fallback. */
export function effectiveZone(zone: string | null | undefined, fallback: string): string {
  if (!zone) return fallback;
  let valid = knownZones.get(zone);
  if (valid === undefined) knownZones.set(zone, (valid = IANAZone.isValidZone(zone)));
  return valid ? zone : fallback;
}
// Checking a zone makes an Intl formatter: remembered per name (a few hundred names at most).
const knownZones = new Map<string, boolean>();

/** The period of that label in that zone. */
export function localPeriod(frequency: DigestFrequencyValue, label: string, zone: string): LocalPeriod {
  const start = DateTime.fromISO(label, { zone }).startOf('day');
  if (!start.isValid) throw new Error(`digest period: bad label "${label}" or zone "${zone}"`);
  const end = start.plus({ days: lengthInDays(frequency) }).startOf('day');
  return { label, start: start.toJSDate(), end: end.toJSDate() };
}

/**
 * The latest local date, at or before today in the zone, on which a period of this frequency
 * ends (every day for DAILY, the weekday for WEEKLY).
 */
function lastEndDate(frequency: DigestFrequencyValue, today: DateTime, weekday: number): DateTime {
  if (frequency === 'DAILY') return today;
  return today.minus({ days: (today.weekday - weekday + 7) % 7 });
}

function periodEndingOn(frequency: DigestFrequencyValue, endDate: DateTime, zone: string): LocalPeriod {
  const label = endDate.minus({ days: lengthInDays(frequency) }).toISODate()!;
  return localPeriod(frequency, label, zone);
}

/** The period that ended last before `now` in the zone (what runDigest sends). */
export function lastEndedPeriod(
  frequency: DigestFrequencyValue,
  zone: string,
  now: Date,
  weekday: number,
): LocalPeriod {
  const today = DateTime.fromJSDate(now, { zone }).startOf('day');
  return periodEndingOn(frequency, lastEndDate(frequency, today, weekday), zone);
}

/** When a period's digest is due: localTime on the local date the period ends. */
export function sendTime(period: LocalPeriod, zone: string, schedule: Schedule): Date {
  return DateTime.fromJSDate(period.end, { zone })
    .set({ hour: schedule.localTime.hour, minute: schedule.localTime.minute, second: 0, millisecond: 0 })
    .toJSDate();
}

/**
 * The latest period whose send time has come by `now` in the zone (what the scheduler sends):
 * at 06:59 local it is still the one before yesterday's, at 07:00 it becomes yesterday's.
 */
export function duePeriod(
  frequency: DigestFrequencyValue,
  zone: string,
  now: Date,
  schedule: Schedule,
): LocalPeriod {
  const today = DateTime.fromJSDate(now, { zone }).startOf('day');
  const endDate = lastEndDate(frequency, today, schedule.weekday);
  const period = periodEndingOn(frequency, endDate, zone);
  if (sendTime(period, zone, schedule) <= now) return period;
  return periodEndingOn(frequency, endDate.minus({ days: lengthInDays(frequency) }), zone);
}
