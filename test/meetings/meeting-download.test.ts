import { apiPaths } from '@cop/web-routes';
import { createTestEnvironment, startTestApi, type TestApi, type TestEnvironment } from '@cop/testing';
import { CALLERS, type Caller, type Fixture, GROUP, SCHEDULE, seedFixture } from './fixture';
import { expandFeed } from './ical';

/** GET /calendar/meetings/:id.ics: a meeting or one occurrence as a download, for who may see it. */
describe('meeting .ics download', () => {
  let env: TestEnvironment;
  let api: TestApi;
  let fx: Fixture;
  let series: string;
  let publicMeeting: string;

  const schedule = async (input: Record<string, unknown>, as: Caller) => {
    const res = await api.gql<{ scheduleMeeting: { id: string } }>(SCHEDULE, { input }, fx.headers[as]);
    expect(res.errors).toBeUndefined();
    return res.data!.scheduleMeeting.id;
  };
  const download = (path: string, as: Caller = 'MEMBER') =>
    fetch(`${api.url}${path}`, { headers: fx.headers[as] });

  beforeAll(async () => {
    env = await createTestEnvironment();
    api = await startTestApi(env.config);
    fx = await seedFixture(env, api);
    // Mondays 10:00 in Rome across the end of March; one cancelled, one moved.
    series = await schedule(
      {
        title: 'WG A weekly',
        workingGroupId: GROUP.A,
        visibility: 'WORKING_GROUP',
        startsAt: '2027-03-15T09:00:00Z',
        endsAt: '2027-03-15T10:00:00Z',
        timeZone: 'Europe/Rome',
        recurrence: 'FREQ=WEEKLY;BYDAY=MO;COUNT=5',
        videoConferenceUrl: 'https://video.example.org/wg-a',
      },
      'CHAIR',
    );
    for (const [query, vars] of [
      [
        `mutation($id: ID!) { cancelMeeting(id: $id, occurrenceStartsAt: "2027-03-22T09:00:00Z") { id } }`,
        { id: series },
      ],
      [
        `mutation($id: ID!) { rescheduleOccurrence(id: $id, occurrenceStartsAt: "2027-03-29T08:00:00Z",
           startsAt: "2027-03-30T12:00:00Z", endsAt: "2027-03-30T13:30:00Z") { id } }`,
        { id: series },
      ],
    ] as const) {
      expect((await api.gql(query, vars, fx.headers.CHAIR)).errors).toBeUndefined();
    }
    publicMeeting = await schedule(
      {
        title: 'Open webinar: "Data & AI"',
        visibility: 'PUBLIC',
        startsAt: '2027-04-01T15:00:00Z',
        endsAt: '2027-04-01T16:00:00Z',
        timeZone: 'Europe/Berlin',
        videoConferenceUrl: 'https://video.example.org/open',
      },
      'OFFICE',
    );
  });
  afterAll(async () => {
    await fx.db.end();
    await api.close();
    await env.cleanup();
  });

  it('downloads a series with its rule, cancelled and moved occurrences, as the calendar has them', async () => {
    const res = await download(apiPaths.meetingCalendar(series));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/calendar/);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="WG-A-weekly.ics"');
    const body = await res.text();
    expect(body).toContain('RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=5');
    expect(body).toContain('https://video.example.org/wg-a');
    const occ = expandFeed(body, new Date('2027-03-01T00:00:00Z'), new Date('2027-05-01T00:00:00Z'));
    expect(occ.map((o) => [o.start, o.end])).toEqual([
      ['2027-03-15T09:00:00.000Z', '2027-03-15T10:00:00.000Z'],
      ['2027-03-30T12:00:00.000Z', '2027-03-30T13:30:00.000Z'],
      ['2027-04-05T08:00:00.000Z', '2027-04-05T09:00:00.000Z'],
      ['2027-04-12T08:00:00.000Z', '2027-04-12T09:00:00.000Z'],
    ]);
  });

  it('downloads one occurrence at its actual time (a moved one where it moved), by its original start', async () => {
    const one = await download(apiPaths.meetingCalendar(series, '2027-04-05T08:00:00Z'));
    expect(one.status).toBe(200);
    const body = await one.text();
    expect(body).not.toContain('RRULE');
    const occ = expandFeed(body, new Date('2027-03-01T00:00:00Z'), new Date('2027-05-01T00:00:00Z'));
    expect(occ).toEqual([
      {
        uid: `meeting-${series}-${Date.parse('2027-04-05T08:00:00Z')}@localhost`,
        start: '2027-04-05T08:00:00.000Z',
        end: '2027-04-05T09:00:00.000Z',
      },
    ]);
    expect(body.replace(/\r\n[ \t]/g, '')).toContain(
      `/meetings/${series}?occurrence=${encodeURIComponent('2027-04-05T08:00:00.000Z')}`,
    );
    const moved = await (await download(apiPaths.meetingCalendar(series, '2027-03-29T08:00:00Z'))).text();
    expect(expandFeed(moved, new Date('2027-03-01T00:00:00Z'), new Date('2027-05-01T00:00:00Z'))).toEqual([
      expect.objectContaining({ start: '2027-03-30T12:00:00.000Z', end: '2027-03-30T13:30:00.000Z' }),
    ]);
    const cancelled = await (await download(apiPaths.meetingCalendar(series, '2027-03-22T09:00:00Z'))).text();
    expect(cancelled).toContain('STATUS:CANCELLED');
  });

  it('answers 404 for an occurrence the series does not have', async () => {
    for (const at of ['2027-03-16T09:00:00Z', 'not-a-date', '2027-06-14T08:00:00Z']) {
      const res = await download(`/calendar/meetings/${series}.ics?occurrence=${encodeURIComponent(at)}`);
      expect(res.status).toBe(404);
    }
    expect((await download(`/calendar/meetings/${series}.ics?occurrence=a&occurrence=b`)).status).toBe(404);
    expect((await download(`/calendar/meetings/00000000-0000-4000-a000-000000000999.ics`)).status).toBe(404);
    expect((await download(`/calendar/meetings/not-a-uuid.ics`)).status).toBe(404);
  });

  it('is 404 for who may not see the meeting; anonymous callers get PUBLIC ones without video links', async () => {
    const status: Record<string, number> = {};
    for (const as of CALLERS) {
      const res = await download(apiPaths.meetingCalendar(series), as);
      status[as] = res.status;
      if (res.status === 404) expect(await res.text()).not.toContain('WG A weekly');
    }
    expect(status).toEqual({
      anonymous: 404,
      GUEST: 404,
      MEMBER: 200,
      OUTSIDER: 404,
      CHAIR: 200,
      OTHER_CHAIR: 404,
      OFFICE: 200,
    });
    const anon = await download(apiPaths.meetingCalendar(publicMeeting), 'anonymous');
    expect(anon.status).toBe(200);
    expect(anon.headers.get('content-disposition')).toBe('attachment; filename="Open-webinar-Data-AI.ics"');
    const anonBody = await anon.text();
    expect(anonBody).toContain('Open webinar');
    expect(anonBody).not.toContain('video.example.org');
    const guest = await (await download(apiPaths.meetingCalendar(publicMeeting), 'GUEST')).text();
    expect(guest).not.toContain('video.example.org');
    const member = await (await download(apiPaths.meetingCalendar(publicMeeting), 'OUTSIDER')).text();
    expect(member).toContain('https://video.example.org/open');
  });
});
