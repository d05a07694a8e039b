import { DateTime } from 'luxon';
import { createTestEnvironment, startTestApi, type TestApi, type TestEnvironment } from '@cop/testing';
import { type Caller, type Fixture, GROUP, seedFixture } from './fixture';

/** Query.meetingOccurrencesPreview: the scheduling form's "next occurrences", from the server. */
describe('meetingOccurrencesPreview', () => {
  let env: TestEnvironment;
  let api: TestApi;
  let fx: Fixture;

  beforeAll(async () => {
    env = await createTestEnvironment();
    api = await startTestApi(env.config);
    fx = await seedFixture(env, api);
  });
  afterAll(async () => {
    await fx.db.end();
    await api.close();
    await env.cleanup();
  });

  const PREVIEW = `query($input: MeetingInput!, $first: Int) {
    meetingOccurrencesPreview(input: $input, first: $first) { startsAt endsAt } }`;
  const preview = async (input: object, first?: number | null, as: Caller = 'CHAIR') =>
    api.gql<{ meetingOccurrencesPreview: { startsAt: string; endsAt: string }[] }>(
      PREVIEW,
      first === undefined ? { input } : { input, first },
      fx.headers[as],
    );
  const rome = {
    title: 'WG A weekly',
    workingGroupId: GROUP.A,
    visibility: 'WORKING_GROUP',
    startsAt: '2027-03-15T09:00:00Z', // Monday 10:00 in Rome (CET)
    endsAt: '2027-03-15T10:30:00Z',
    timeZone: 'Europe/Rome',
    recurrence: 'FREQ=WEEKLY;BYDAY=MO',
  };

  it('keeps 10:00 in Rome across the end of March (09:00Z before, 08:00Z after), five by default', async () => {
    const res = await preview(rome);
    expect(res.errors).toBeUndefined();
    expect(res.data!.meetingOccurrencesPreview).toEqual([
      { startsAt: '2027-03-15T09:00:00.000Z', endsAt: '2027-03-15T10:30:00.000Z' },
      { startsAt: '2027-03-22T09:00:00.000Z', endsAt: '2027-03-22T10:30:00.000Z' },
      { startsAt: '2027-03-29T08:00:00.000Z', endsAt: '2027-03-29T09:30:00.000Z' },
      { startsAt: '2027-04-05T08:00:00.000Z', endsAt: '2027-04-05T09:30:00.000Z' },
      { startsAt: '2027-04-12T08:00:00.000Z', endsAt: '2027-04-12T09:30:00.000Z' },
    ]);
    // Nothing is stored.
    expect((await fx.db.query(`SELECT count(*)::int AS n FROM meetings`)).rows[0].n).toBe(0);
  });

  it('starts from now for a series that began in the past, and stops where the series ends', async () => {
    const began = { ...rome, startsAt: '2026-01-05T09:00:00Z', endsAt: '2026-01-05T10:00:00Z' };
    const before = Date.now();
    const res = await preview(began, 20);
    expect(res.errors).toBeUndefined();
    const starts = res.data!.meetingOccurrencesPreview.map((o) => DateTime.fromISO(o.startsAt));
    expect(starts).toHaveLength(20);
    expect(starts[0].toMillis()).toBeGreaterThanOrEqual(before - 1000);
    expect(starts[0].toMillis()).toBeLessThan(before + 7 * 24 * 3600_000);
    for (const s of starts) {
      const local = s.setZone('Europe/Rome');
      expect([local.weekday, local.hour, local.minute]).toEqual([1, 10, 0]);
    }
    const counted = await preview({ ...rome, recurrence: 'FREQ=MONTHLY;BYDAY=3MO;COUNT=3' }, 10);
    expect(counted.data!.meetingOccurrencesPreview.map((o) => o.startsAt)).toEqual([
      '2027-03-15T09:00:00.000Z',
      '2027-04-19T08:00:00.000Z',
      '2027-05-17T08:00:00.000Z',
    ]);
    const yearly = await preview({ ...rome, recurrence: 'FREQ=YEARLY' }, 3);
    expect(yearly.data!.meetingOccurrencesPreview.map((o) => o.startsAt)).toEqual([
      '2027-03-15T09:00:00.000Z',
      '2028-03-15T09:00:00.000Z',
      '2029-03-15T09:00:00.000Z',
    ]);
    const single = await preview({ ...rome, recurrence: null });
    expect(single.data!.meetingOccurrencesPreview).toEqual([
      { startsAt: '2027-03-15T09:00:00.000Z', endsAt: '2027-03-15T10:30:00.000Z' },
    ]);
    const past = await preview({ ...began, recurrence: null });
    expect(past.data!.meetingOccurrencesPreview).toEqual([]);
  });

  it.each([
    ['an RRULE that does not parse', { recurrence: 'EVERY MONDAY' }, 'input.recurrence'],
    ['FREQ=HOURLY', { recurrence: 'FREQ=HOURLY;COUNT=3' }, 'input.recurrence'],
    ['endsAt before startsAt', { endsAt: '2027-03-15T08:00:00Z' }, 'input.endsAt'],
    ['a start that is not an occurrence', { recurrence: 'FREQ=WEEKLY;BYDAY=TU' }, 'input.startsAt'],
    ['an unknown zone', { timeZone: 'Mars/Olympus' }, 'input'],
    ['WORKING_GROUP without a group', { workingGroupId: null }, 'input.visibility'],
  ])('%s: BAD_USER_INPUT naming the field as scheduleMeeting does', async (_, change, field) => {
    const input = { ...rome, ...change };
    const res = await preview(input);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(res.errors?.[0].extensions?.fields as object)).toContain(field);
    const scheduled = await api.gql(
      `mutation($input: MeetingInput!) { scheduleMeeting(input: $input) { id } }`,
      { input },
      fx.headers.CHAIR,
    );
    expect(scheduled.errors?.[0].extensions?.fields).toEqual(res.errors?.[0].extensions?.fields);
  });

  it.each([0, 21, -1])('refuses first: %s (BAD_USER_INPUT naming first)', async (first) => {
    const res = await preview(rome, first);
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { first: expect.any(String) },
    });
  });

  it('answers any MEMBER, whatever group the meeting is for; not guests or anonymous callers', async () => {
    const communityWide = { ...rome, workingGroupId: null, visibility: 'COMMUNITY' };
    for (const as of ['MEMBER', 'OUTSIDER', 'OTHER_CHAIR', 'OFFICE'] as const) {
      for (const input of [rome, communityWide]) {
        const res = await preview(input, 2, as);
        expect(res.errors).toBeUndefined();
        expect(res.data!.meetingOccurrencesPreview).toHaveLength(2);
      }
    }
    expect((await preview(rome, 2, 'GUEST')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await preview(rome, 2, 'anonymous')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
