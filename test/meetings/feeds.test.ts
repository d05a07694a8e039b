import { DateTime } from 'luxon';
import { createTestEnvironment, startTestApi, type TestApi, type TestEnvironment } from '@cop/testing';
import { CALENDAR, type CalendarOccurrence, type Fixture, GROUP, SCHEDULE, seedFixture } from './fixture';
import { expandFeed } from './ical';

describe('iCalendar feeds', () => {
  let env: TestEnvironment;
  let api: TestApi;
  let fx: Fixture;
  const ids: Record<string, string> = {};
  // Relative to now: the feeds cover one year back and two years ahead.
  const monday = DateTime.now().setZone('Europe/Rome').minus({ weeks: 6 }).startOf('week').set({ hour: 10 });
  const from = monday.minus({ days: 1 }).toJSDate();
  const to = monday.plus({ days: 300 }).toJSDate();

  const schedule = async (input: Record<string, unknown>, as: keyof Fixture['headers']) => {
    const res = await api.gql<{ scheduleMeeting: { id: string } }>(SCHEDULE, { input }, fx.headers[as]);
    expect(res.errors).toBeUndefined();
    return res.data!.scheduleMeeting.id;
  };
  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(path.startsWith('http') ? path : `${api.url}${path}`, { headers });
  const local = (url: string) => url.replace('http://localhost:3000', api.url);

  beforeAll(async () => {
    // The web app on a host of its own: events link to its meeting pages, the feeds stay the API's.
    env = await createTestEnvironment({ WEB_URL: 'https://web.example.org' });
    api = await startTestApi(env.config);
    fx = await seedFixture(env, api);
    const at = (d: DateTime) => d.toUTC().toISO();
    ids.wgSeries = await schedule(
      {
        title: 'A weekly (members only)',
        workingGroupId: GROUP.A,
        visibility: 'WORKING_GROUP',
        startsAt: at(monday),
        endsAt: at(monday.plus({ hours: 1 })),
        timeZone: 'Europe/Rome',
        recurrence: 'FREQ=WEEKLY;BYDAY=MO;COUNT=30',
        videoConferenceUrl: 'https://video.example.org/secret-a',
      },
      'CHAIR',
    );
    const chicago = DateTime.fromObject(
      { year: monday.year, month: monday.month, day: monday.day, hour: 9 },
      { zone: 'America/Chicago' },
    );
    ids.publicSeries = await schedule(
      {
        title: 'A public monthly',
        workingGroupId: GROUP.A,
        visibility: 'PUBLIC',
        startsAt: at(chicago),
        endsAt: at(chicago.plus({ minutes: 90 })),
        timeZone: 'America/Chicago',
        recurrence: `FREQ=MONTHLY;BYDAY=${Math.ceil(chicago.day / 7) > 4 ? -1 : Math.ceil(chicago.day / 7)}${['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'][chicago.weekday - 1]}`,
        videoConferenceUrl: 'https://video.example.org/public',
      },
      'CHAIR',
    );
    ids.community = await schedule(
      {
        title: 'Community weekly',
        visibility: 'COMMUNITY',
        startsAt: at(monday.plus({ hours: 5 })),
        endsAt: at(monday.plus({ hours: 6 })),
        timeZone: 'Europe/Rome',
        recurrence: 'FREQ=WEEKLY;BYDAY=MO',
      },
      'OFFICE',
    );
    ids.single = await schedule(
      {
        title: 'One-off in Berlin',
        startsAt: at(monday.plus({ days: 3 })),
        endsAt: at(monday.plus({ days: 3, hours: 2 })),
        timeZone: 'Europe/Berlin',
      },
      'OFFICE',
    );
    // Cancel the second and move the third occurrence of the WG series.
    const second = at(monday.plus({ weeks: 1 }));
    const third = at(monday.plus({ weeks: 2 }));
    for (const [q, v] of [
      [
        `mutation($id: ID!, $at: DateTime!) { cancelMeeting(id: $id, occurrenceStartsAt: $at) { id } }`,
        { at: second },
      ],
      [
        `mutation($id: ID!, $at: DateTime!, $s: DateTime!, $e: DateTime!) { rescheduleOccurrence(id: $id, occurrenceStartsAt: $at, startsAt: $s, endsAt: $e) { id } }`,
        {
          at: third,
          s: at(monday.plus({ weeks: 2, days: 1, hours: 4 })),
          e: at(monday.plus({ weeks: 2, days: 1, hours: 5 })),
        },
      ],
    ] as const) {
      const res = await api.gql(q, { id: ids.wgSeries, ...v }, fx.headers.CHAIR);
      expect(res.errors).toBeUndefined();
    }
  });
  afterAll(async () => {
    await fx.db.end();
    await api.close();
    await env.cleanup();
  });

  const feedUrl = async (as: keyof Fixture['headers']) => {
    const res = await api.gql<{ viewer: { calendarFeedUrl: string } }>(
      '{ viewer { calendarFeedUrl } }',
      {},
      fx.headers[as],
    );
    expect(res.errors).toBeUndefined();
    return res.data!.viewer.calendarFeedUrl;
  };
  const calendarOf = async (as: keyof Fixture['headers'], mine: boolean) => {
    const res = await api.gql<{ calendar: CalendarOccurrence[] }>(
      CALENDAR,
      { from: from.toISOString(), to: to.toISOString(), mine },
      fx.headers[as],
    );
    expect(res.errors).toBeUndefined();
    return res
      .data!.calendar.filter((o) => !o.cancelled)
      .map((o) => ({ uid: `meeting-${o.meeting.id}@localhost`, start: o.startsAt, end: o.endsAt }))
      .sort((a, b) => a.start.localeCompare(b.start) || a.uid.localeCompare(b.uid));
  };

  it('gives the personal feed the same occurrences as calendar(mine), cancelled and moved ones included', async () => {
    const url = await feedUrl('MEMBER');
    expect(url).toMatch(/^http:\/\/localhost:3000\/calendar\/feeds\/cal_[\w-]+\.ics$/);
    expect(await feedUrl('MEMBER')).toBe(url); // created on first ask, then the same
    const res = await get(local(url));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/calendar/);
    const body = await res.text();
    const fromFeed = expandFeed(body, from, to);
    const fromCalendar = await calendarOf('MEMBER', true);
    expect(fromFeed).toEqual(fromCalendar);
    expect(fromFeed.some((o) => o.uid.includes(ids.wgSeries))).toBe(true);
    // RFC 5545 pieces: one VTIMEZONE per TZID, EXDATE, RECURRENCE-ID, DTSTAMP, stable UIDs, the video link.
    for (const zone of ['Europe/Rome', 'America/Chicago', 'Europe/Berlin']) {
      expect(body.split(`TZID:${zone}\r\n`)).toHaveLength(2);
    }
    expect(body).toMatch(/EXDATE;TZID=Europe\/Rome:\d{8}T100000/);
    expect(body).toMatch(/RECURRENCE-ID;TZID=Europe\/Rome:\d{8}T100000/);
    expect(body).toMatch(/DTSTAMP:\d{8}T\d{6}Z/);
    expect(body).toContain(`UID:meeting-${ids.wgSeries}@localhost`);
    expect(body).toContain('https://video.example.org/secret-a');
    // The endless community series is cut at the end of the window.
    expect(body).toMatch(/RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=\d{8}T\d{6}Z/);
  });

  it('keeps WORKING_GROUP meetings out of outsiders’ feeds and out of the public ones', async () => {
    const outsider = await (await get(local(await feedUrl('OUTSIDER')))).text();
    expect(outsider).not.toContain(ids.wgSeries);
    expect(outsider).not.toContain('secret-a');
    expect(expandFeed(outsider, from, to)).toEqual(await calendarOf('OUTSIDER', true));
    for (const path of ['/calendar/public.ics', '/calendar/groups/A.ics', '/calendar/groups/a.ics']) {
      const res = await get(path);
      expect(res.status).toBe(200);
      const body = await res.text();
      expect(body).not.toContain(ids.wgSeries);
      expect(body).not.toContain(ids.community);
      expect(body).not.toContain('video.example.org');
      expect(body).toContain(`UID:meeting-${ids.publicSeries}@localhost`);
      expect(body.replace(/\r\n[ \t]/g, '')).toContain(
        `URL;VALUE=URI:https://web.example.org/meetings/${ids.publicSeries}`,
      );
      const uids = new Set(expandFeed(body, from, to).map((o) => o.uid));
      expect(uids).toEqual(new Set([`meeting-${ids.publicSeries}@localhost`]));
    }
    expect((await get('/calendar/groups/B.ics')).status).toBe(200);
    expect(await (await get('/calendar/groups/B.ics')).text()).not.toContain('BEGIN:VEVENT');
    expect((await get('/calendar/groups/NOPE.ics')).status).toBe(404);
  });

  it('answers 304 on revalidation and changes the ETag when a meeting changes', async () => {
    const first = await get('/calendar/public.ics');
    const etag = first.headers.get('etag')!;
    const lastModified = first.headers.get('last-modified')!;
    expect(etag).toBeTruthy();
    expect(lastModified).toBeTruthy();
    expect((await get('/calendar/public.ics', { 'if-none-match': etag })).status).toBe(304);
    expect((await get('/calendar/public.ics', { 'if-modified-since': lastModified })).status).toBe(304);
    await new Promise((r) => setTimeout(r, 1100));
    const cancel = await api.gql(
      `mutation($id: ID!) { cancelMeeting(id: $id) { status } }`,
      { id: ids.publicSeries },
      fx.headers.CHAIR,
    );
    expect(cancel.errors).toBeUndefined();
    const after = await get('/calendar/public.ics', { 'if-none-match': etag });
    expect(after.status).toBe(200);
    expect(await after.text()).toContain('STATUS:CANCELLED');
  });

  it('kills the old personal URL at once on rotation', async () => {
    const old = await feedUrl('CHAIR');
    expect((await get(local(old))).status).toBe(200);
    const rotated = await api.gql<{ rotateCalendarFeedUrl: string }>(
      'mutation { rotateCalendarFeedUrl }',
      {},
      fx.headers.CHAIR,
    );
    expect(rotated.errors).toBeUndefined();
    const fresh = rotated.data!.rotateCalendarFeedUrl;
    expect(fresh).not.toBe(old);
    expect((await get(local(old))).status).toBe(404);
    expect((await get(local(fresh))).status).toBe(200);
    expect(await feedUrl('CHAIR')).toBe(fresh);
    expect((await get('/calendar/feeds/cal_not-a-real-token-at-all-xxxxxxxx.ics')).status).toBe(404);
  });

  it('offers the personal feed as a webcal:// subscription link too', async () => {
    const res = await api.gql<{ viewer: { calendarFeedUrl: string; calendarFeedWebcalUrl: string } }>(
      '{ viewer { calendarFeedUrl calendarFeedWebcalUrl } }',
      {},
      fx.headers.CHAIR,
    );
    const { calendarFeedUrl, calendarFeedWebcalUrl } = res.data!.viewer;
    expect(calendarFeedWebcalUrl).toBe(calendarFeedUrl.replace(/^https?:/, 'webcal:'));
    expect(calendarFeedWebcalUrl).toMatch(/^webcal:\/\/.+\/calendar\/feeds\/.+\.ics$/);
  });

  it('makes a first feed once when its links are asked for at once', async () => {
    for (const caller of ['MEMBER', 'OUTSIDER'] as const) {
      await fx.db.query('DELETE FROM calendar_feeds WHERE person_id = $1', [fx.ids[caller]]);
      const answers = await Promise.all(
        Array.from({ length: 4 }, () =>
          api.gql<{ viewer: { calendarFeedUrl: string; calendarFeedWebcalUrl: string } }>(
            '{ viewer { calendarFeedUrl calendarFeedWebcalUrl } }',
            {},
            fx.headers[caller],
          ),
        ),
      );
      for (const res of answers) {
        expect(res.errors).toBeUndefined();
        expect(res.data!.viewer.calendarFeedWebcalUrl).toBe(
          res.data!.viewer.calendarFeedUrl.replace(/^https?:/, 'webcal:'),
        );
      }
      const rows = await fx.db.query('SELECT generation FROM calendar_feeds WHERE person_id = $1', [
        fx.ids[caller],
      ]);
      expect(rows.rows).toEqual([{ generation: 1 }]);
    }
  });
});
