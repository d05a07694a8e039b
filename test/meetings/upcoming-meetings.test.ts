import { createTestEnvironment, startTestApi, type TestApi, type TestEnvironment } from '@cop/testing';
import { GROUP, SCHEDULE, seedFixture, type Fixture } from './fixture';

const DAY_MS = 24 * 3600 * 1000;
const UPCOMING = `{ workingGroups { code upcomingMeetings(first: 5) { startsAt meeting { title } } } }`;

/**
 * WorkingGroup.upcomingMeetings looks a few weeks ahead first and a year ahead only for groups
 * with fewer than `first` occurrences there: both paths give the next occurrences in order.
 */
describe('WorkingGroup.upcomingMeetings', () => {
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

  const day = (n: number) => {
    const d = new Date(Math.floor(Date.now() / DAY_MS) * DAY_MS + n * DAY_MS + 10 * 3600 * 1000);
    return { startsAt: d.toISOString(), endsAt: new Date(d.getTime() + 3600 * 1000).toISOString() };
  };
  const schedule = async (input: Record<string, unknown>) => {
    const res = await api.gql<{ scheduleMeeting: { id: string } }>(SCHEDULE, { input }, fx.headers.OFFICE);
    expect(res.errors).toBeUndefined();
    return res.data!.scheduleMeeting.id;
  };

  it('gives the next five of a weekly series, skipping a cancelled one, and looks a year ahead for sparse groups', async () => {
    const weekly = await schedule({
      title: 'A weekly',
      workingGroupId: GROUP.A,
      ...day(1),
      timeZone: 'UTC',
      recurrence: 'FREQ=DAILY;INTERVAL=7;COUNT=20',
    });
    const cancel = await api.gql(
      `mutation($id: ID!, $at: DateTime!) { cancelMeeting(id: $id, occurrenceStartsAt: $at) { id } }`,
      { id: weekly, at: day(8).startsAt },
      fx.headers.OFFICE,
    );
    expect(cancel.errors).toBeUndefined();
    await schedule({ title: 'B later', workingGroupId: GROUP.B, ...day(200), timeZone: 'UTC' });
    await schedule({
      title: 'B monthly',
      workingGroupId: GROUP.B,
      ...day(100),
      timeZone: 'UTC',
      recurrence: 'FREQ=DAILY;INTERVAL=30;COUNT=3',
    });

    const res = await api.gql<{
      workingGroups: { code: string; upcomingMeetings: { startsAt: string; meeting: { title: string } }[] }[];
    }>(UPCOMING, {}, fx.headers.OFFICE);
    expect(res.errors).toBeUndefined();
    const of = (code: string) =>
      res
        .data!.workingGroups.find((g) => g.code === code)!
        .upcomingMeetings.map((o) => [o.meeting.title, o.startsAt]);
    expect(of('A')).toEqual([1, 15, 22, 29, 36].map((n) => ['A weekly', day(n).startsAt]));
    expect(of('B')).toEqual([
      ['B monthly', day(100).startsAt],
      ['B monthly', day(130).startsAt],
      ['B monthly', day(160).startsAt],
      ['B later', day(200).startsAt],
    ]);
  });
});
