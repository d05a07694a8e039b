import { Client } from 'pg';
import { createTestEnvironment, sessionCookie, startTestApi, type TestEnvironment } from '@cop/testing';
import { checkSeries } from '@cop/meetings';
import { SPECTRUM_MEETINGS, demoStart } from '../../apps/cli/src/seed/spectrum-meetings';
import { seedDemo } from '../../apps/cli/src/seed/seed';

/** The demo calendar's series are valid: each starts on its own first occurrence. */
describe('demo meetings', () => {
  it.each(SPECTRUM_MEETINGS.map((m) => [m.title, m] as const))('%s is a valid series', (_, m) => {
    const startsAt = demoStart(m);
    const endsAt = new Date(startsAt.getTime() + m.minutes * 60_000);
    expect(checkSeries({ startsAt, endsAt, timeZone: m.zone, rrule: m.rrule })).toEqual({});
  });

  it('has a regular Monday community series from September 2024 and WG meetings of every visibility', () => {
    const regular = SPECTRUM_MEETINGS.find((m) => m.group === null && m.rrule === 'FREQ=WEEKLY;BYDAY=MO')!;
    expect(regular.start.startsWith('2024-09')).toBe(true);
    expect(new Set(SPECTRUM_MEETINGS.filter((m) => m.group).map((m) => m.visibility))).toEqual(
      new Set(['PUBLIC', 'COMMUNITY', 'WORKING_GROUP']),
    );
  });
});

describe('the demo calendar', () => {
  let env: TestEnvironment;
  let db: Client;

  beforeAll(async () => {
    env = await createTestEnvironment();
    db = new Client({ connectionString: env.db.url });
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await env.cleanup();
  });

  it('is seeded once, and a newcomer sees the regular community series and can subscribe', async () => {
    await seedDemo(env.config);
    const first = (await db.query(`SELECT * FROM meetings ORDER BY id`)).rows;
    await seedDemo(env.config);
    expect((await db.query(`SELECT * FROM meetings ORDER BY id`)).rows).toEqual(first);
    expect(first).toHaveLength(SPECTRUM_MEETINGS.length);

    const api = await startTestApi(env.config);
    try {
      const { rows } = await db.query<{ id: string }>(
        `SELECT id FROM people WHERE email = 'nico.newcomer@example.org'`,
      );
      const newcomer = await sessionCookie(api, rows[0].id);
      const from = new Date();
      const to = new Date(from.getTime() + 30 * 24 * 3600 * 1000);
      const res = await api.gql<{
        calendar: { meeting: { title: string } }[];
        viewer: { calendarFeedUrl: string };
      }>(
        `query($from: DateTime!, $to: DateTime!) { calendar(from: $from, to: $to) { meeting { title } } viewer { calendarFeedUrl } }`,
        { from, to },
        newcomer,
      );
      expect(res.errors).toBeUndefined();
      const titles = res.data!.calendar.map((o) => o.meeting.title);
      expect(titles.filter((t) => t === 'SPECTRUM CoP regular meeting').length).toBeGreaterThanOrEqual(4);
      const feed = await fetch(res.data!.viewer.calendarFeedUrl.replace('http://localhost:3000', api.url));
      expect(feed.status).toBe(200);
      expect(await feed.text()).toContain('SUMMARY:SPECTRUM CoP regular meeting');
      const pub = await (await fetch(`${api.url}/calendar/public.ics`)).text();
      expect(pub).toContain('SUMMARY:SPECTRUM CoP open webinar');
      expect(pub).toContain('SUMMARY:SPECTRUM CoP regular meeting');
      expect(pub).not.toContain('meet.example.org');
      expect(pub).not.toContain('WG1 fortnightly');
    } finally {
      await api.close();
    }
  });
});
