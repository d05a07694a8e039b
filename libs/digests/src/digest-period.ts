import type { DigestFrequencyValue } from './digests.repository';

const DAY_MS = 24 * 3600 * 1000;

/**
 * The period that ended last before `now`, in UTC: yesterday for DAILY, last week (Monday to
 * Monday) for WEEKLY. Runs are unique per period, so asking twice returns the same run.
 */
export function lastEndedPeriod(frequency: DigestFrequencyValue, now: Date): { start: Date; end: Date } {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  if (frequency === 'DAILY') return { start: new Date(today - DAY_MS), end: new Date(today) };
  const sinceMonday = (new Date(today).getUTCDay() + 6) % 7;
  const end = today - sinceMonday * DAY_MS;
  return { start: new Date(end - 7 * DAY_MS), end: new Date(end) };
}
