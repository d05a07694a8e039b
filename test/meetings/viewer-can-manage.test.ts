import { DataSource } from 'typeorm';
import { createTestEnvironment, startTestApi, type TestApi, type TestEnvironment } from '@cop/testing';
import { CALLERS, type Caller, type Fixture, GROUP, SCHEDULE, seedFixture } from './fixture';

/** Meeting.viewerCanManage: the rule of the managing mutations, answered per viewer without N+1. */
describe('Meeting.viewerCanManage', () => {
  let env: TestEnvironment;
  let api: TestApi;
  let fx: Fixture;
  let queries = 0;
  const ids: Record<'groupA' | 'publicA' | 'groupB' | 'community', string> = {} as never;

  const schedule = async (input: Record<string, unknown>, as: Caller) => {
    const res = await api.gql<{ scheduleMeeting: { id: string } }>(SCHEDULE, { input }, fx.headers[as]);
    expect(res.errors).toBeUndefined();
    return res.data!.scheduleMeeting.id;
  };
  const base = {
    startsAt: '2027-05-03T08:00:00Z',
    endsAt: '2027-05-03T09:00:00Z',
    timeZone: 'Europe/Rome',
  };

  beforeAll(async () => {
    env = await createTestEnvironment();
    api = await startTestApi(env.config);
    fx = await seedFixture(env, api);
    const logger = api.app.get(DataSource).logger;
    const logQuery = logger.logQuery.bind(logger);
    logger.logQuery = (...args) => {
      queries += 1;
      return logQuery(...args);
    };
    ids.groupA = await schedule(
      { ...base, title: 'A only', workingGroupId: GROUP.A, visibility: 'WORKING_GROUP' },
      'CHAIR',
    );
    ids.publicA = await schedule(
      { ...base, title: 'A public', workingGroupId: GROUP.A, visibility: 'PUBLIC' },
      'CHAIR',
    );
    ids.groupB = await schedule(
      { ...base, title: 'B community', workingGroupId: GROUP.B, visibility: 'COMMUNITY' },
      'OTHER_CHAIR',
    );
    ids.community = await schedule({ ...base, title: 'Everyone', visibility: 'PUBLIC' }, 'OFFICE');
  });
  afterAll(async () => {
    await fx.db.end();
    await api.close();
    await env.cleanup();
  });

  const answers = async (as: Caller) => {
    const res = await api.gql<{ calendar: { meeting: { id: string; viewerCanManage: boolean } }[] }>(
      `{ calendar(from: "2027-05-01T00:00:00Z", to: "2027-05-10T00:00:00Z") { meeting { id viewerCanManage } } }`,
      {},
      fx.headers[as],
    );
    expect(res.errors).toBeUndefined();
    const byId = new Map(res.data!.calendar.map((o) => [o.meeting.id, o.meeting.viewerCanManage]));
    return Object.fromEntries(
      (Object.keys(ids) as (keyof typeof ids)[]).map((k) => [k, byId.has(ids[k]) ? byId.get(ids[k]) : '-']),
    );
  };

  it('is true for the group’s chair and OFFICE, community-wide for OFFICE only, false for the rest', async () => {
    const expected: Record<Caller, Record<keyof typeof ids, boolean | '-'>> = {
      anonymous: { groupA: '-', publicA: false, groupB: '-', community: false },
      GUEST: { groupA: '-', publicA: false, groupB: '-', community: false },
      MEMBER: { groupA: false, publicA: false, groupB: false, community: false },
      OUTSIDER: { groupA: '-', publicA: false, groupB: false, community: false },
      CHAIR: { groupA: true, publicA: true, groupB: false, community: false },
      OTHER_CHAIR: { groupA: '-', publicA: false, groupB: true, community: false },
      OFFICE: { groupA: true, publicA: true, groupB: true, community: true },
    };
    const actual = Object.fromEntries(await Promise.all(CALLERS.map(async (c) => [c, await answers(c)])));
    expect(actual).toEqual(expected);
  });

  it('agrees with what updateMeeting lets each caller do', async () => {
    for (const caller of CALLERS) {
      const res = await api.gql<{ meeting: { viewerCanManage: boolean } | null }>(
        `query($id: ID!) { meeting(id: $id) { viewerCanManage } }`,
        { id: ids.publicA },
        fx.headers[caller],
      );
      const update = await api.gql(
        `mutation($id: ID!, $input: MeetingInput!) { updateMeeting(id: $id, input: $input) { id } }`,
        {
          id: ids.publicA,
          input: { ...base, title: 'A public', workingGroupId: GROUP.A, visibility: 'PUBLIC' },
        },
        fx.headers[caller],
      );
      expect({ caller, can: res.data!.meeting!.viewerCanManage }).toEqual({
        caller,
        can: update.errors === undefined,
      });
    }
  });

  it('costs the same number of SQL queries for many meetings as for a few', async () => {
    const count = async () => {
      const before = queries;
      await answers('CHAIR');
      return queries - before;
    };
    const few = await count();
    for (let i = 0; i < 8; i++) {
      await schedule(
        { ...base, title: `More ${i}`, workingGroupId: i % 2 ? GROUP.A : GROUP.B, visibility: 'COMMUNITY' },
        'OFFICE',
      );
    }
    expect(await count()).toBe(few);
  });
});
