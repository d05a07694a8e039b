import { DateTime } from 'luxon';
import { RRule } from 'rrule';
import {
  RecurrenceError,
  checkSeries,
  expandOccurrences,
  isOccurrenceStart,
  nextStarts,
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

  describe('cached expansion', () => {
    // The starts are cached per series and 32-day bucket: every window, across bucket edges and
    // DST, must still give what one direct rrule pass over the window gives.
    const direct = (s: { startsAt: Date; timeZone: string; rrule: string }, from: Date, to: Date) => {
      const wall = DateTime.fromJSDate(s.startsAt, { zone: s.timeZone });
      const rule = new RRule({
        ...RRule.parseString(s.rrule),
        dtstart: new Date(Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute)),
        tzid: null,
      });
      return rule
        .between(new Date(from.getTime() - 86_400_000), new Date(to.getTime() + 86_400_000), true)
        .map((d) =>
          DateTime.fromObject(
            {
              year: d.getUTCFullYear(),
              month: d.getUTCMonth() + 1,
              day: d.getUTCDate(),
              hour: d.getUTCHours(),
              minute: d.getUTCMinutes(),
            },
            { zone: s.timeZone },
          )
            .toJSDate()
            .toISOString(),
        )
        .filter((iso) => iso >= from.toISOString() && iso < to.toISOString());
    };
    const rules: [string, string, string][] = [
      ['2025-03-03T09:00:00Z', 'Europe/Rome', 'FREQ=WEEKLY;BYDAY=MO'],
      ['2025-01-06T23:30:00Z', 'America/New_York', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH'],
      ['2025-01-14T00:00:00Z', 'Australia/Sydney', 'FREQ=MONTHLY;BYDAY=TU;BYSETPOS=2'],
      ['2025-06-01T07:00:00Z', 'Asia/Tokyo', 'FREQ=DAILY;COUNT=200'],
    ];
    it.each(rules)('starting %s in %s, %s', (start, timeZone, rrule) => {
      const s = { startsAt: at(start), endsAt: new Date(at(start).getTime() + 3_600_000), timeZone, rrule };
      // A deterministic spread of windows: a day to a year, starting anywhere over two years.
      for (let i = 0; i < 40; i++) {
        const from = new Date(
          at('2025-01-01T00:00:00Z').getTime() + ((i * 7919) % 730) * 86_400_000 + i * 3_613_000,
        );
        const to = new Date(from.getTime() + (1 + ((i * 104_729) % 366)) * 86_400_000);
        const starts = expandOccurrences(s, [], new Date(from.getTime() + 3_600_000 - 1), to).map((o) =>
          o.originalStartsAt.toISOString(),
        );
        expect(starts).toEqual(direct(s, from, to));
        // Asked again (now from the cache), the same.
        expect(
          expandOccurrences(s, [], new Date(from.getTime() + 3_600_000 - 1), to).map((o) =>
            o.originalStartsAt.toISOString(),
          ),
        ).toEqual(starts);
      }
    });
    it('an edited rule is a new series, never a cached one', () => {
      const s = { ...rules.map(([a, z, r]) => ({ startsAt: at(a), timeZone: z, rrule: r }))[0] };
      const base = { ...s, endsAt: new Date(s.startsAt.getTime() + 3_600_000) };
      const window = [at('2025-03-01T00:00:00Z'), at('2025-04-01T00:00:00Z')] as const;
      expect(expandOccurrences(base, [], ...window)).toHaveLength(5);
      expect(
        expandOccurrences({ ...base, rrule: 'FREQ=WEEKLY;BYDAY=MO;COUNT=2' }, [], ...window),
      ).toHaveLength(2);
      expect(expandOccurrences({ ...base, timeZone: 'Europe/London' }, [], ...window)).toHaveLength(5);
      expect(
        expandOccurrences({ ...base, timeZone: 'Europe/London' }, [], ...window)[0].startsAt.toISOString(),
      ).toBe('2025-03-03T09:00:00.000Z');
    });
  });

  describe('nextStarts', () => {
    it.each(['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Europe/Rome'])(
      'gives exactly the next n starts at or after an instant, in %s',
      (zone) => {
        const first = DateTime.fromObject({ year: 2027, month: 1, day: 4, hour: 23, minute: 30 }, { zone });
        const series = {
          startsAt: first.toJSDate(),
          endsAt: first.plus({ hours: 1 }).toJSDate(),
          timeZone: zone,
          rrule: 'FREQ=DAILY',
        };
        const from = first.plus({ days: 10, minutes: -1 }).toJSDate();
        const starts = nextStarts(series, from, 3);
        expect(starts.map((d) => local(d, zone))).toEqual([
          'Thu 2027-01-14 23:30',
          'Fri 2027-01-15 23:30',
          'Sat 2027-01-16 23:30',
        ]);
        // At a start exactly: that one is included.
        expect(nextStarts(series, starts[1], 1)).toEqual([starts[1]]);
      },
    );
    it('stops at the end of the series and takes a single meeting only when it is still ahead', () => {
      const series = {
        startsAt: at('2027-03-15T09:00:00Z'),
        endsAt: at('2027-03-15T10:00:00Z'),
        timeZone: 'Europe/Rome',
        rrule: 'FREQ=WEEKLY;COUNT=2',
      };
      expect(nextStarts(series, at('2027-01-01T00:00:00Z'), 5)).toEqual([
        at('2027-03-15T09:00:00Z'),
        at('2027-03-22T09:00:00Z'),
      ]);
      expect(nextStarts({ ...series, rrule: null }, at('2027-03-15T09:00:00Z'), 5)).toEqual([
        series.startsAt,
      ]);
      expect(nextStarts({ ...series, rrule: null }, at('2027-03-15T09:00:01Z'), 5)).toEqual([]);
    });
  });
});
