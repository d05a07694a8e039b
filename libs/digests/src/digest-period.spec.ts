import { duePeriod, effectiveZone, lastEndedPeriod, localPeriod, sendTime } from './digest-period';

const at = (iso: string) => new Date(iso);
const SEVEN = { localTime: { hour: 7, minute: 0 }, weekday: 1 };

describe('digest periods', () => {
  it('lastEndedPeriod: yesterday for DAILY, the last full Monday-to-Monday week for WEEKLY (UTC)', () => {
    const sunday = at('2026-11-22T06:30:00Z');
    expect(lastEndedPeriod('DAILY', 'UTC', sunday, 1)).toEqual({
      label: '2026-11-21',
      start: at('2026-11-21T00:00:00Z'),
      end: at('2026-11-22T00:00:00Z'),
    });
    expect(lastEndedPeriod('WEEKLY', 'UTC', sunday, 1)).toEqual({
      label: '2026-11-09',
      start: at('2026-11-09T00:00:00Z'),
      end: at('2026-11-16T00:00:00Z'),
    });
    expect(lastEndedPeriod('WEEKLY', 'UTC', at('2026-11-16T00:00:00Z'), 1).end).toEqual(
      at('2026-11-16T00:00:00Z'),
    );
    // Weeks ending on a Wednesday.
    expect(lastEndedPeriod('WEEKLY', 'UTC', sunday, 3).label).toBe('2026-11-11');
  });

  it('periods are local days in the member zone', () => {
    expect(localPeriod('DAILY', '2026-11-30', 'Europe/Rome')).toEqual({
      label: '2026-11-30',
      start: at('2026-11-29T23:00:00Z'),
      end: at('2026-11-30T23:00:00Z'),
    });
    expect(localPeriod('DAILY', '2026-11-30', 'America/Chicago').start).toEqual(at('2026-11-30T06:00:00Z'));
  });

  it('duePeriod: at 06:59 local the previous day is not due yet; at 07:00 it is', () => {
    // 06:59 in Rome on 1 December is 05:59 UTC.
    expect(duePeriod('DAILY', 'Europe/Rome', at('2026-12-01T05:59:00Z'), SEVEN).label).toBe('2026-11-29');
    expect(duePeriod('DAILY', 'Europe/Rome', at('2026-12-01T06:00:00Z'), SEVEN).label).toBe('2026-11-30');
    // The same instant is still 23:00 the day before in Chicago: its 30 November is due at 13:00 UTC.
    expect(duePeriod('DAILY', 'America/Chicago', at('2026-12-01T06:00:00Z'), SEVEN).label).toBe('2026-11-29');
    expect(duePeriod('DAILY', 'America/Chicago', at('2026-12-01T12:59:00Z'), SEVEN).label).toBe('2026-11-29');
    expect(duePeriod('DAILY', 'America/Chicago', at('2026-12-01T13:00:00Z'), SEVEN).label).toBe('2026-11-30');
  });

  it('keeps 07:00 local across DST: the spring day is 23 hours, the autumn day 25', () => {
    // Rome moves to summer time on Sunday 29 March 2026 at 02:00.
    const spring = localPeriod('DAILY', '2026-03-29', 'Europe/Rome');
    expect(spring.end.getTime() - spring.start.getTime()).toBe(23 * 3600_000);
    expect(sendTime(spring, 'Europe/Rome', SEVEN)).toEqual(at('2026-03-30T05:00:00Z'));
    const saturday = localPeriod('DAILY', '2026-03-28', 'Europe/Rome');
    expect(sendTime(saturday, 'Europe/Rome', SEVEN)).toEqual(at('2026-03-29T05:00:00Z'));
    expect(duePeriod('DAILY', 'Europe/Rome', at('2026-03-29T04:59:00Z'), SEVEN).label).toBe('2026-03-27');
    expect(duePeriod('DAILY', 'Europe/Rome', at('2026-03-29T05:00:00Z'), SEVEN).label).toBe('2026-03-28');
    const autumn = localPeriod('DAILY', '2026-10-25', 'Europe/Rome');
    expect(autumn.end.getTime() - autumn.start.getTime()).toBe(25 * 3600_000);
    // Chicago moves on 8 March 2026: 07:00 CDT is 12:00 UTC.
    expect(duePeriod('DAILY', 'America/Chicago', at('2026-03-08T11:59:00Z'), SEVEN).label).toBe('2026-03-06');
    expect(duePeriod('DAILY', 'America/Chicago', at('2026-03-08T12:00:00Z'), SEVEN).label).toBe('2026-03-07');
  });

  it('WEEKLY is due only from the weekday at the local time', () => {
    // Monday 30 November 2026, Rome: the week 23–30 November is due at 06:00 UTC.
    expect(duePeriod('WEEKLY', 'Europe/Rome', at('2026-11-30T05:59:00Z'), SEVEN).label).toBe('2026-11-16');
    expect(duePeriod('WEEKLY', 'Europe/Rome', at('2026-11-30T06:00:00Z'), SEVEN).label).toBe('2026-11-23');
    // Later days of the week keep that week due; nothing new until the next Monday.
    for (const day of ['2026-12-01', '2026-12-04', '2026-12-06'])
      expect(duePeriod('WEEKLY', 'Europe/Rome', at(`${day}T12:00:00Z`), SEVEN).label).toBe('2026-11-23');
    expect(duePeriod('WEEKLY', 'Europe/Rome', at('2026-12-07T06:00:00Z'), SEVEN).label).toBe('2026-11-30');
    // A Thursday schedule at 18:30.
    const thursday = { localTime: { hour: 18, minute: 30 }, weekday: 4 };
    expect(duePeriod('WEEKLY', 'UTC', at('2026-12-03T18:29:00Z'), thursday).label).toBe('2026-11-19');
    expect(duePeriod('WEEKLY', 'UTC', at('2026-12-03T18:30:00Z'), thursday).label).toBe('2026-11-26');
    const week = localPeriod('WEEKLY', '2026-11-26', 'UTC');
    expect(week.end).toEqual(at('2026-12-03T00:00:00Z'));
  });

  it('effectiveZone falls back for a missing or unknown zone', () => {
    expect(effectiveZone('America/Chicago', 'UTC')).toBe('America/Chicago');
    expect(effectiveZone(null, 'Europe/Rome')).toBe('Europe/Rome');
    expect(effectiveZone('Mars/Olympus', 'UTC')).toBe('UTC');
  });
});
