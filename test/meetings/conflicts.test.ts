import { DateTime } from 'luxon';
import { createTestEnvironment, startTestApi, type TestApi, type TestEnvironment } from '@cop/testing';
import { type Fixture, GROUP, SCHEDULE, seedFixture } from './fixture';

const CONFLICTS = `query($input: MeetingInput!) { meetingConflicts(input: $input) {
  occurrence { startsAt meeting { title } } sharedMembers { displayName } } }`;

/** meetingConflicts: overlapping occurrences sharing seat holders, and only those the caller may see. */
describe('meeting conflicts', () => {
  let env: TestEnvironment;
  let api: TestApi;
  let fx: Fixture;
  const monday = DateTime.now().setZone('Europe/Rome').plus({ weeks: 1 }).startOf('week').set({ hour: 15 });
  const at = (d: DateTime) => d.toUTC().toISO()!;

  beforeAll(async () => {
    env = await createTestEnvironment();
    api = await startTestApi(env.config);
    fx = await seedFixture(env, api);
    // MEMBER also sits in B: the person A and B share.
    await fx.db.query(
      `INSERT INTO memberships (person_id, working_group_id, role, status, joined_at) VALUES ($1, $2, 'MEMBER', 'ACTIVE', now())`,
      [fx.ids.MEMBER, GROUP.B],
    );
    const schedule = async (input: Record<string, unknown>) => {
      const res = await api.gql(SCHEDULE, { input }, fx.headers.OTHER_CHAIR);
      expect(res.errors).toBeUndefined();
    };
    const series = {
      workingGroupId: GROUP.B,
      startsAt: at(monday),
      endsAt: at(monday.plus({ hours: 1 })),
      timeZone: 'Europe/Rome',
      recurrence: 'FREQ=WEEKLY;BYDAY=MO;COUNT=8',
    };
    await schedule({ ...series, title: 'B members only', visibility: 'WORKING_GROUP' });
    await schedule({ ...series, title: 'B community', visibility: 'COMMUNITY' });
    await schedule({
      ...series,
      title: 'B on Tuesdays',
      startsAt: at(monday.plus({ days: 1 })),
      endsAt: at(monday.plus({ days: 1, hours: 1 })),
      recurrence: 'FREQ=WEEKLY;BYDAY=TU;COUNT=8',
    });
  });
  afterAll(async () => {
    await fx.db.end();
    await api.close();
    await env.cleanup();
  });

  const proposal = () => ({
    title: 'A proposal',
    workingGroupId: GROUP.A,
    startsAt: at(monday.plus({ weeks: 2, minutes: 30 })),
    endsAt: at(monday.plus({ weeks: 2, minutes: 90 })),
    timeZone: 'Europe/Rome',
    recurrence: 'FREQ=WEEKLY;BYDAY=MO;COUNT=2',
  });

  it('lists overlapping occurrences with the people both groups share, hiding what the chair may not see', async () => {
    type Res = {
      meetingConflicts: {
        occurrence: { startsAt: string; meeting: { title: string } };
        sharedMembers: { displayName: string }[];
      }[];
    };
    const chair = await api.gql<Res>(CONFLICTS, { input: proposal() }, fx.headers.CHAIR);
    expect(chair.errors).toBeUndefined();
    expect(
      chair.data!.meetingConflicts.map((c) => [
        c.occurrence.meeting.title,
        c.occurrence.startsAt,
        c.sharedMembers.map((p) => p.displayName),
      ]),
    ).toEqual([
      ['B community', new Date(at(monday.plus({ weeks: 2 }))).toISOString(), ['Test MEMBER']],
      ['B community', new Date(at(monday.plus({ weeks: 3 }))).toISOString(), ['Test MEMBER']],
    ]);
    const office = await api.gql<Res>(CONFLICTS, { input: proposal() }, fx.headers.OFFICE);
    expect(new Set(office.data!.meetingConflicts.map((c) => c.occurrence.meeting.title))).toEqual(
      new Set(['B community', 'B members only']),
    );
    expect(office.data!.meetingConflicts).toHaveLength(4);
  });

  it('is for chairs and the office', async () => {
    const member = await api.gql(CONFLICTS, { input: proposal() }, fx.headers.MEMBER);
    expect(member.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const anon = await api.gql(CONFLICTS, { input: proposal() }, {});
    expect(anon.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const bad = await api.gql(
      CONFLICTS,
      { input: { ...proposal(), recurrence: 'FREQ=HOURLY' } },
      fx.headers.CHAIR,
    );
    expect(bad.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { 'input.recurrence': expect.any(String) },
    });
  });
});
