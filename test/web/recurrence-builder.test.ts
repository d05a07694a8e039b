import { DateTime } from 'luxon';
import {
  buildRecurrence,
  defaultRepeat,
  monthlyChoices,
  monthlyChoiceWords,
  parseRecurrence,
  repeatProblems,
  type Repeat,
} from '../../apps/web/src/features/meetings/recurrence-builder';
import { fromZonedInput, toZonedInput } from '../../apps/web/src/features/calendar/zoned-time';
import { checkSeries, expandOccurrences, normalizeRecurrence } from '../../libs/meetings/src/recurrence';

// The scheduling form's rule builder (a pure module of the web app), checked against the
// server's own parsing and expansion: what the chair picks is what the calendar will show.

const ROME = 'Europe/Rome';
const repeat = (startDate: string, over: Partial<Repeat>): Repeat => ({
  ...defaultRepeat(startDate),
  ...over,
});

/** The server's expansion of a proposed series, as local wall times in its zone. */
function serverDates(startDate: string, time: string, zone: string, rule: string, minutes = 60): string[] {
  const startsAt = new Date(fromZonedInput(`${startDate}T${time}`, zone)!);
  const series = {
    startsAt,
    endsAt: new Date(startsAt.getTime() + minutes * 60_000),
    timeZone: zone,
    rrule: normalizeRecurrence(rule),
  };
  expect(checkSeries(series)).toEqual({});
  return expandOccurrences(series, [], startsAt, new Date(startsAt.getTime() + 400 * 86400_000)).map((o) =>
    DateTime.fromJSDate(o.startsAt, { zone }).toFormat('ccc yyyy-MM-dd HH:mm'),
  );
}

describe('wall-clock times in a zone', () => {
  it('reads 10:00 in Rome on both sides of the end of March (CET, then CEST)', () => {
    expect(fromZonedInput('2027-03-22T10:00', ROME)).toBe('2027-03-22T09:00:00.000Z');
    expect(fromZonedInput('2027-03-29T10:00', ROME)).toBe('2027-03-29T08:00:00.000Z');
    expect(toZonedInput('2027-03-29T08:00:00.000Z', ROME)).toBe('2027-03-29T10:00');
    expect(toZonedInput('2027-03-22T09:00:00.000Z', 'America/Chicago')).toBe('2027-03-22T04:00');
    expect(toZonedInput('2027-03-29T08:00:00.000Z', 'America/Chicago')).toBe('2027-03-29T03:00');
  });

  it('moves a skipped time forward and takes the earlier of a repeated one', () => {
    // 02:30 does not exist in Rome on 28 March 2027; luxon (the server) reads it as 03:30 CEST.
    expect(fromZonedInput('2027-03-28T02:30', ROME)).toBe(
      DateTime.fromISO('2027-03-28T02:30', { zone: ROME }).toUTC().toISO(),
    );
    expect(fromZonedInput('2027-10-31T02:30', ROME)).toBe('2027-10-31T00:30:00.000Z');
  });
});

describe('buildRecurrence', () => {
  it('makes nothing for a single meeting', () => {
    expect(buildRecurrence(defaultRepeat('2027-03-15'), '2027-03-15', ROME)).toBeNull();
  });

  it('makes a weekly Monday series of six that stays at 10:00 in Rome across the change', () => {
    const rule = buildRecurrence(
      repeat('2027-03-15', { frequency: 'WEEKLY', weekdays: ['MO'], ends: 'AFTER', count: 6 }),
      '2027-03-15',
      ROME,
    )!;
    expect(rule).toBe('FREQ=WEEKLY;BYDAY=MO;COUNT=6');
    expect(serverDates('2027-03-15', '10:00', ROME, rule)).toEqual([
      'Mon 2027-03-15 10:00',
      'Mon 2027-03-22 10:00',
      'Mon 2027-03-29 10:00',
      'Mon 2027-04-05 10:00',
      'Mon 2027-04-12 10:00',
      'Mon 2027-04-19 10:00',
    ]);
  });

  it('orders chosen days, adds the interval and ends on a local date (included) in UTC', () => {
    const rule = buildRecurrence(
      repeat('2027-03-15', {
        frequency: 'WEEKLY',
        interval: 2,
        weekdays: ['TH', 'MO'],
        ends: 'ON',
        until: '2027-04-15',
      }),
      '2027-03-15',
      ROME,
    )!;
    // The end of 15 April in Rome (CEST) is 21:59:59 UTC.
    expect(rule).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;UNTIL=20270415T215959Z');
    expect(serverDates('2027-03-15', '18:30', ROME, rule)).toEqual([
      'Mon 2027-03-15 18:30',
      'Thu 2027-03-18 18:30',
      'Mon 2027-03-29 18:30',
      'Thu 2027-04-01 18:30',
      'Mon 2027-04-12 18:30',
      'Thu 2027-04-15 18:30',
    ]);
  });

  it('makes monthly rules on day N, on the nth weekday and on the last weekday', () => {
    const start = '2027-03-09'; // the second Tuesday of March 2027
    expect(monthlyChoices(start)).toEqual(['DAY', 'WEEKDAY']);
    expect(monthlyChoiceWords(start)).toMatchObject({ DAY: 'day 9', WEEKDAY: 'the second Tuesday' });
    const byDay = buildRecurrence(
      repeat(start, { frequency: 'MONTHLY', ends: 'AFTER', count: 3 }),
      start,
      ROME,
    )!;
    expect(byDay).toBe('FREQ=MONTHLY;BYMONTHDAY=9;COUNT=3');
    expect(serverDates(start, '10:00', ROME, byDay)).toEqual([
      'Tue 2027-03-09 10:00',
      'Fri 2027-04-09 10:00',
      'Sun 2027-05-09 10:00',
    ]);
    const byWeekday = buildRecurrence(
      repeat(start, { frequency: 'MONTHLY', monthlyBy: 'WEEKDAY', ends: 'AFTER', count: 3 }),
      start,
      ROME,
    )!;
    expect(byWeekday).toBe('FREQ=MONTHLY;BYDAY=2TU;COUNT=3');
    expect(serverDates(start, '10:00', ROME, byWeekday)).toEqual([
      'Tue 2027-03-09 10:00',
      'Tue 2027-04-13 10:00',
      'Tue 2027-05-11 10:00',
    ]);

    const lastMonday = '2027-03-29';
    expect(monthlyChoices(lastMonday)).toEqual(['DAY', 'WEEKDAY', 'LAST_WEEKDAY']);
    expect(monthlyChoiceWords(lastMonday)?.LAST_WEEKDAY).toBe('the last Monday');
    const last = buildRecurrence(
      repeat(lastMonday, { frequency: 'MONTHLY', monthlyBy: 'LAST_WEEKDAY', ends: 'AFTER', count: 3 }),
      lastMonday,
      ROME,
    )!;
    expect(last).toBe('FREQ=MONTHLY;BYDAY=-1MO;COUNT=3');
    expect(serverDates(lastMonday, '10:00', ROME, last)).toEqual([
      'Mon 2027-03-29 10:00',
      'Mon 2027-04-26 10:00',
      'Mon 2027-05-31 10:00',
    ]);
  });

  it('makes daily and yearly rules the server accepts', () => {
    const daily = buildRecurrence(
      repeat('2027-03-27', { frequency: 'DAILY', ends: 'AFTER', count: 3 }),
      '2027-03-27',
      ROME,
    )!;
    expect(daily).toBe('FREQ=DAILY;COUNT=3');
    expect(serverDates('2027-03-27', '09:00', ROME, daily)).toEqual([
      'Sat 2027-03-27 09:00',
      'Sun 2027-03-28 09:00',
      'Mon 2027-03-29 09:00',
    ]);
    const yearly = buildRecurrence(
      repeat('2027-03-15', { frequency: 'YEARLY', ends: 'AFTER', count: 2 }),
      '2027-03-15',
      ROME,
    )!;
    expect(yearly).toBe('FREQ=YEARLY;COUNT=2');
    expect(serverDates('2027-03-15', '09:00', ROME, yearly)).toEqual([
      'Mon 2027-03-15 09:00',
      'Wed 2028-03-15 09:00',
    ]);
  });

  it('passes a custom rule through as written', () => {
    expect(
      buildRecurrence(
        repeat('2027-03-15', { frequency: 'CUSTOM', custom: 'RRULE:FREQ=WEEKLY;BYDAY=MO;BYWEEKNO=12' }),
        '2027-03-15',
        ROME,
      ),
    ).toBe('FREQ=WEEKLY;BYDAY=MO;BYWEEKNO=12');
  });
});

describe('repeatProblems', () => {
  it('wants the first meeting’s day among the chosen days', () => {
    expect(
      repeatProblems(repeat('2027-03-15', { frequency: 'WEEKLY', weekdays: ['TU'] }), '2027-03-15'),
    ).toEqual({
      weekdays: expect.stringMatching(/first meeting is on a Monday/),
    });
    expect(repeatProblems(repeat('2027-03-15', { frequency: 'WEEKLY', weekdays: [] }), '2027-03-15')).toEqual(
      {
        weekdays: 'Choose at least one day.',
      },
    );
  });

  it('checks the interval, the count and the last day', () => {
    expect(
      repeatProblems(
        repeat('2027-03-15', { frequency: 'DAILY', interval: 0, ends: 'AFTER', count: 0 }),
        '2027-03-15',
      ),
    ).toEqual({ interval: expect.any(String), count: expect.any(String) });
    expect(
      repeatProblems(
        repeat('2027-03-15', { frequency: 'DAILY', ends: 'ON', until: '2027-03-14' }),
        '2027-03-15',
      ),
    ).toEqual({ until: 'The last day cannot be before the first meeting.' });
    expect(
      repeatProblems(repeat('2027-03-15', { frequency: 'DAILY', ends: 'ON', until: '' }), '2027-03-15'),
    ).toEqual({ until: expect.any(String) });
    expect(
      repeatProblems(repeat('2027-03-15', { frequency: 'CUSTOM', custom: 'BYDAY=MO' }), '2027-03-15'),
    ).toEqual({
      custom: expect.stringMatching(/FREQ/),
    });
    expect(repeatProblems(defaultRepeat('2027-03-15'), '2027-03-15')).toEqual({});
  });
});

describe('parseRecurrence', () => {
  const start = '2027-03-15T09:00:00.000Z'; // Monday 15 March 2027, 10:00 in Rome

  it('gives back the choices of every rule the builder makes', () => {
    const cases: Partial<Repeat>[] = [
      { frequency: 'DAILY', interval: 3 },
      { frequency: 'WEEKLY', weekdays: ['MO', 'WE', 'FR'], ends: 'AFTER', count: 6 },
      { frequency: 'WEEKLY', weekdays: ['MO'], ends: 'ON', until: '2027-06-30' },
      { frequency: 'MONTHLY', monthlyBy: 'DAY', interval: 2 },
      { frequency: 'MONTHLY', monthlyBy: 'WEEKDAY', ends: 'ON', until: '2027-12-31' },
      { frequency: 'YEARLY', ends: 'AFTER', count: 5 },
    ];
    for (const c of cases) {
      const chosen = repeat('2027-03-15', c);
      const rule = buildRecurrence(chosen, '2027-03-15', ROME);
      expect({ rule, parsed: parseRecurrence(rule, start, ROME) }).toEqual({ rule, parsed: chosen });
    }
  });

  it('reads equivalent spellings: BYSETPOS, a DATE or a stamp UNTIL, WKST=MO, the RRULE: prefix', () => {
    expect(parseRecurrence('RRULE:FREQ=MONTHLY;BYDAY=MO;BYSETPOS=3', start, ROME)).toMatchObject({
      frequency: 'MONTHLY',
      monthlyBy: 'WEEKDAY',
    });
    expect(parseRecurrence('FREQ=WEEKLY;WKST=MO;BYDAY=MO;UNTIL=20270630', start, ROME)).toMatchObject({
      frequency: 'WEEKLY',
      weekdays: ['MO'],
      ends: 'ON',
      until: '2027-06-30',
    });
    // Exactly the last meeting's start (10:00 CEST = 08:00Z) keeps that day; a stamp before it does not.
    expect(parseRecurrence('FREQ=WEEKLY;BYDAY=MO;UNTIL=20270419T080000Z', start, ROME).until).toBe(
      '2027-04-19',
    );
    expect(parseRecurrence('FREQ=WEEKLY;BYDAY=MO;UNTIL=20270419T070000Z', start, ROME).until).toBe(
      '2027-04-18',
    );
    expect(parseRecurrence('FREQ=MONTHLY', start, ROME)).toMatchObject({
      frequency: 'MONTHLY',
      monthlyBy: 'DAY',
    });
  });

  it('keeps what the choices cannot say as a custom rule', () => {
    for (const rule of [
      'FREQ=WEEKLY;BYDAY=MO;BYWEEKNO=12',
      'FREQ=MONTHLY;BYMONTHDAY=1,15',
      'FREQ=MONTHLY;BYDAY=1TU', // not the start's weekday
      'FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR',
      'FREQ=YEARLY;BYMONTH=6',
      'FREQ=WEEKLY;WKST=SU;INTERVAL=2;BYDAY=MO,SU',
      'FREQ=WEEKLY;COUNT=3;UNTIL=20270601',
    ]) {
      expect(parseRecurrence(rule, start, ROME)).toMatchObject({ frequency: 'CUSTOM', custom: rule });
    }
  });

  it('is a single meeting without a rule', () => {
    expect(parseRecurrence(null, start, ROME)).toEqual(defaultRepeat('2027-03-15'));
  });
});
