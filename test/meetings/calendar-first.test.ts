import { Client } from 'pg';
import {
  createTestEnvironment,
  sessionCookie,
  startTestApi,
  type TestApi,
  type TestEnvironment,
} from '@cop/testing';
import { seedDemo } from '../../apps/cli/src/seed/seed';

/**
 * calendar(first:, communityWide:): a home page's "next meetings" without expanding and sending a
 * window of every occurrence (issue 23: the public home page asked 120 days to show five).
 */
describe('calendar(first, communityWide)', () => {
  let env: TestEnvironment;
  let api: TestApi;
  const from = new Date();
  const to = new Date(from.getTime() + 300 * 24 * 3600 * 1000);
  type Occurrence = { startsAt: string; meeting: { title: string; workingGroup: { code: string } | null } };
  const CALENDAR = `query($from: DateTime!, $to: DateTime!, $first: Int, $communityWide: Boolean) {
    calendar(from: $from, to: $to, first: $first, communityWide: $communityWide) {
      startsAt meeting { title workingGroup { code } } } }`;
  let member: Record<string, string>;
  // A member with seats: working-group meetings beside the community's own.
  const ask = (variables: Record<string, unknown>) =>
    api.gql<{ calendar: Occurrence[] }>(CALENDAR, { from, to, ...variables }, member);

  beforeAll(async () => {
    env = await createTestEnvironment();
    await seedDemo(env.config);
    api = await startTestApi(env.config);
    const db = new Client({ connectionString: env.db.url });
    await db.connect();
    const { rows } = await db.query<{ id: string }>(
      `SELECT person_id AS id FROM memberships WHERE status = 'ACTIVE'
        GROUP BY person_id ORDER BY count(*) DESC, person_id LIMIT 1`,
    );
    await db.end();
    member = await sessionCookie(api, rows[0].id);
  });
  afterAll(async () => {
    await api.close();
    await env.cleanup();
  });

  it('answers the earliest `first` of the window, the start of the whole answer', async () => {
    const all = (await ask({})).data!.calendar;
    // The service expands the first six weeks, then the whole window when they hold too few.
    const weeks = all.filter((o) => new Date(o.startsAt) < new Date(from.getTime() + 42 * 24 * 3600 * 1000));
    expect(weeks.length).toBeGreaterThan(3);
    expect(all.length).toBeGreaterThan(weeks.length + 5);
    for (const first of [0, 3, weeks.length + 5]) {
      const res = await ask({ first });
      expect(res.errors).toBeUndefined();
      expect(res.data!.calendar).toEqual(all.slice(0, first));
    }
  });

  it('communityWide keeps the meetings of no working group, and combines with first', async () => {
    const all = (await ask({})).data!.calendar;
    const own = all.filter((o) => o.meeting.workingGroup === null);
    expect(own.length).toBeGreaterThan(4);
    expect(own.length).toBeLessThan(all.length);
    expect((await ask({ communityWide: true })).data!.calendar).toEqual(own);
    expect((await ask({ communityWide: true, first: 4 })).data!.calendar).toEqual(own.slice(0, 4));
  });

  it.each([[101], [-1]])('refuses first: %d, naming the field', async (first) => {
    const res = await ask({ first });
    expect(res.data).toBeNull();
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { first: expect.any(String) },
    });
  });
});
