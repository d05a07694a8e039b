import { DateTime } from 'luxon';
import {
  RecurrenceError,
  checkSeries,
  expandOccurrences,
  isOccurrenceStart,
  normalizeRecurrence,
  seriesEnd,
} from './recurrence';

const at = (iso: string) => new Date(iso);
const local = (d: Date, zone: string) => DateTime.fromJSDate(d, { zone }).toFormat('ccc yyyy-MM-dd HH:mm');

describe('recurrence', () => {
  describe('normalizeRecurrence', () => {
    it('accepts and normalizes the usual rules', () => {
      expect(normalizeRecurrence('RRULE:freq=weekly;byday=MO;count=10')).toBe(
        'FREQ=WEEKLY;BYDAY=MO;COUNT=10',
      );
      expect(normalizeRecurrence('FREQ=MONTHLY;BYDAY=1TU;UNTIL=20270101T000000Z')).toBe(
        'FREQ=MONTHLY;BYDAY=1TU;UNTIL=20270101T000000Z',
      );
      expect(normalizeRecurrence('FREQ=MONTHLY;BYMONTHDAY=15')).toBe('FREQ=MONTHLY;BYMONTHDAY=15');
    });

    it.each([
      ['FREQ=HOURLY', /HOURLY is not allowed/],
      ['FREQ=MINUTELY;COUNT=3', /MINUTELY is not allowed/],
      ['FREQ=SECONDLY', /SECONDLY is not allowed/],
      ['BYDAY=MO', /needs FREQ/],
      ['FREQ=WEEKLY;BYHOUR=10', /BYHOUR is not supported/],
      ['FREQ=WEEKLY;COUNT=2;UNTIL=20270101T000000Z', /both COUNT and UNTIL/],
      ['not a rule', /does not parse/],
      ['FREQ=WEEKLY;COUNT=0', /COUNT must be at least 1/],
      ['FREQ=WEEKLY;FREQ=DAILY', /twice/],
      ['FREQ=WEEKLY\nRRULE:FREQ=DAILY', /single RRULE/],
    ])('refuses %s', (value, message) => {
      expect(() => normalizeRecurrence(value)).toThrow(RecurrenceError);
      expect(() => normalizeRecurrence(value)).toThrow(message);
    });
  });

  describe('checkSeries', () => {
    const base = {
      timeZone: 'Europe/Rome',
      startsAt: at('2026-03-02T09:00:00Z'),
      endsAt: at('2026-03-02T10:00:00Z'),
    };
    it('wants the start to be the first occurrence', () => {
      expect(checkSeries({ ...base, rrule: 'FREQ=WEEKLY;BYDAY=MO' })).toEqual({});
      expect(checkSeries({ ...base, rrule: 'FREQ=WEEKLY;BYDAY=TU' })).toEqual({
        startsAt: expect.stringMatching(/first occurrence/),
      });
    });
    it('accepts the densest allowed rules (daily: BYHOUR and the like are refused, so the cap is a backstop)', () => {
      expect(checkSeries({ ...base, rrule: 'FREQ=DAILY' })).toEqual({});
      expect(checkSeries({ ...base, rrule: 'FREQ=DAILY;BYMONTHDAY=1,2,3' })).toEqual({});
      expect(checkSeries({ ...base, rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU;BYSETPOS=1,2' })).toEqual(
        {},
      );
    });
    it('knows where a series ends', () => {
      expect(seriesEnd({ ...base, rrule: 'FREQ=WEEKLY;COUNT=3' })).toEqual(at('2026-03-16T10:00:00Z'));
      expect(seriesEnd({ ...base, rrule: 'FREQ=WEEKLY' })).toBeNull();
      expect(seriesEnd({ ...base, rrule: null })).toEqual(base.endsAt);
    });
  });

  describe('DST', () => {
    it('keeps a weekly Monday 10:00 Europe/Rome series at 10:00 local across both switches', () => {
      // 2026: summer time from Sunday 29 March, back to winter time on Sunday 25 October.
      const series = {
        timeZone: 'Europe/Rome',
        startsAt: at('2026-03-16T09:00:00Z'), // Monday 10:00 CET
        endsAt: at('2026-03-16T10:00:00Z'),
        rrule: 'FREQ=WEEKLY;BYDAY=MO',
      };
      const spring = expandOccurrences(series, [], at('2026-03-16T00:00:00Z'), at('2026-04-07T00:00:00Z'));
      expect(spring.map((o) => o.startsAt.toISOString())).toEqual([
        '2026-03-16T09:00:00.000Z',
        '2026-03-23T09:00:00.000Z',
        '2026-03-30T08:00:00.000Z',
        '2026-04-06T08:00:00.000Z',
      ]);
      expect(spring.map((o) => local(o.startsAt, 'Europe/Rome'))).toEqual([
        'Mon 2026-03-16 10:00',
        'Mon 2026-03-23 10:00',
        'Mon 2026-03-30 10:00',
        'Mon 2026-04-06 10:00',
      ]);
      const autumn = expandOccurrences(series, [], at('2026-10-19T00:00:00Z'), at('2026-11-03T00:00:00Z'));
      expect(autumn.map((o) => [o.startsAt.toISOString(), o.endsAt.toISOString()])).toEqual([
        ['2026-10-19T08:00:00.000Z', '2026-10-19T09:00:00.000Z'],
        ['2026-10-26T09:00:00.000Z', '2026-10-26T10:00:00.000Z'],
        ['2026-11-02T09:00:00.000Z', '2026-11-02T10:00:00.000Z'],
      ]);
      expect(autumn.every((o) => local(o.startsAt, 'Europe/Rome').endsWith('10:00'))).toBe(true);
    });

    it('keeps a Chicago series at Chicago time, shifting for Berlin only in the weeks one side switched', () => {
      // 2026: the US switches on 8 March and 1 November, the EU on 29 March and 25 October.
      const series = {
        timeZone: 'America/Chicago',
        startsAt: at('2026-03-02T15:00:00Z'), // Monday 09:00 CST = 16:00 in Berlin
        endsAt: at('2026-03-02T16:00:00Z'),
        rrule: 'FREQ=WEEKLY;BYDAY=MO;COUNT=6',
      };
      const occ = expandOccurrences(series, [], at('2026-03-01T00:00:00Z'), at('2026-05-01T00:00:00Z'));
      expect(occ.map((o) => local(o.startsAt, 'America/Chicago'))).toEqual([
        'Mon 2026-03-02 09:00',
        'Mon 2026-03-09 09:00',
        'Mon 2026-03-16 09:00',
        'Mon 2026-03-23 09:00',
        'Mon 2026-03-30 09:00',
        'Mon 2026-04-06 09:00',
      ]);
      expect(occ.map((o) => local(o.startsAt, 'Europe/Berlin'))).toEqual([
        'Mon 2026-03-02 16:00',
        'Mon 2026-03-09 15:00', // only the US has switched
        'Mon 2026-03-16 15:00',
        'Mon 2026-03-23 15:00',
        'Mon 2026-03-30 16:00', // both have
        'Mon 2026-04-06 16:00',
      ]);
      const autumn = expandOccurrences(
        {
          ...series,
          startsAt: at('2026-10-19T14:00:00Z'),
          endsAt: at('2026-10-19T15:00:00Z'),
          rrule: 'FREQ=WEEKLY;BYDAY=MO;COUNT=3',
        },
        [],
        at('2026-10-01T00:00:00Z'),
        at('2026-12-01T00:00:00Z'),
      );
      expect(autumn.map((o) => local(o.startsAt, 'Europe/Berlin'))).toEqual([
        'Mon 2026-10-19 16:00',
        'Mon 2026-10-26 15:00', // only the EU has switched back
        'Mon 2026-11-02 16:00',
      ]);
    });

    it('reads a UTC UNTIL as an instant', () => {
      const series = {
        timeZone: 'Europe/Rome',
        startsAt: at('2026-03-16T09:00:00Z'),
        endsAt: at('2026-03-16T10:00:00Z'),
        rrule: 'FREQ=WEEKLY;BYDAY=MO;UNTIL=20260330T080000Z',
      };
      const occ = expandOccurrences(series, [], at('2026-03-01T00:00:00Z'), at('2026-05-01T00:00:00Z'));
      expect(occ.map((o) => o.startsAt.toISOString())).toEqual([
        '2026-03-16T09:00:00.000Z',
        '2026-03-23T09:00:00.000Z',
        '2026-03-30T08:00:00.000Z',
      ]);
    });
  });

  describe('exceptions and windows', () => {
    const series = {
      timeZone: 'Europe/Rome',
      startsAt: at('2026-01-05T09:00:00Z'),
      endsAt: at('2026-01-05T10:00:00Z'),
      rrule: 'FREQ=WEEKLY;BYDAY=MO;COUNT=4',
    };
    it('marks cancelled occurrences and lists moved ones at their new time, by start', () => {
      const occ = expandOccurrences(
        series,
        [
          { originalStartsAt: at('2026-01-12T09:00:00Z'), cancelled: true, startsAt: null, endsAt: null },
          {
            originalStartsAt: at('2026-01-19T09:00:00Z'),
            cancelled: false,
            startsAt: at('2026-01-27T13:00:00Z'),
            endsAt: at('2026-01-27T14:00:00Z'),
          },
        ],
        at('2026-01-01T00:00:00Z'),
        at('2026-02-01T00:00:00Z'),
      );
      expect(
        occ.map((o) => [o.originalStartsAt.toISOString(), o.startsAt.toISOString(), o.cancelled]),
      ).toEqual([
        ['2026-01-05T09:00:00.000Z', '2026-01-05T09:00:00.000Z', false],
        ['2026-01-12T09:00:00.000Z', '2026-01-12T09:00:00.000Z', true],
        ['2026-01-26T09:00:00.000Z', '2026-01-26T09:00:00.000Z', false],
        ['2026-01-19T09:00:00.000Z', '2026-01-27T13:00:00.000Z', false],
      ]);
    });
    it('includes an occurrence that overlaps the window start, not one that ends there', () => {
      const inside = expandOccurrences(series, [], at('2026-01-05T09:30:00Z'), at('2026-01-06T00:00:00Z'));
      expect(inside).toHaveLength(1);
      const after = expandOccurrences(series, [], at('2026-01-05T10:00:00Z'), at('2026-01-06T00:00:00Z'));
      expect(after).toHaveLength(0);
    });
    it('recognizes the starts of occurrences', () => {
      expect(isOccurrenceStart(series, at('2026-01-19T09:00:00Z'))).toBe(true);
      expect(isOccurrenceStart(series, at('2026-01-20T09:00:00Z'))).toBe(false);
      expect(isOccurrenceStart(series, at('2026-02-02T09:00:00Z'))).toBe(false); // past COUNT
      expect(isOccurrenceStart({ ...series, rrule: null }, series.startsAt)).toBe(true);
    });
  });
});
