import { createTestEnvironment, startTestApi, type TestApi, type TestEnvironment } from '@cop/testing';
import { CALENDAR, type CalendarOccurrence, type Fixture, GROUP, SCHEDULE, seedFixture } from './fixture';

/**
 * Editing a series keeps its exceptions whose original start is still an occurrence of the
 * edited series, drops the others, and meetingExceptionsDropped says which beforehand.
 */
describe('editing a series and its exceptions', () => {
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

  // Mondays 10:00 in Rome from 15 March 2027 (CET; summer time from 28 March).
  const weekly = {
    title: 'WG A weekly',
    workingGroupId: GROUP.A,
    visibility: 'WORKING_GROUP',
    startsAt: '2027-03-15T09:00:00Z',
    endsAt: '2027-03-15T10:00:00Z',
    timeZone: 'Europe/Rome',
    recurrence: 'FREQ=WEEKLY;BYDAY=MO;COUNT=10',
  };
  const CANCELLED = '2027-03-22T09:00:00.000Z';
  const MOVED = '2027-04-05T08:00:00.000Z';
  const MOVED_TO = ['2027-04-06T12:00:00.000Z', '2027-04-06T13:30:00.000Z'];

  /** The weekly series with the occurrence of 22 March cancelled and that of 5 April moved to the 6th. */
  const seriesWithExceptions = async () => {
    const res = await api.gql<{ scheduleMeeting: { id: string } }>(
      SCHEDULE,
      { input: weekly },
      fx.headers.CHAIR,
    );
    expect(res.errors).toBeUndefined();
    const id = res.data!.scheduleMeeting.id;
    const cancel = await api.gql(
      `mutation($id: ID!, $at: DateTime!) { cancelMeeting(id: $id, occurrenceStartsAt: $at) { id } }`,
      { id, at: CANCELLED },
      fx.headers.CHAIR,
    );
    expect(cancel.errors).toBeUndefined();
    const move = await api.gql(
      `mutation($id: ID!, $at: DateTime!, $s: DateTime!, $e: DateTime!) {
         rescheduleOccurrence(id: $id, occurrenceStartsAt: $at, startsAt: $s, endsAt: $e) { id } }`,
      { id, at: MOVED, s: MOVED_TO[0], e: MOVED_TO[1] },
      fx.headers.CHAIR,
    );
    expect(move.errors).toBeUndefined();
    return id;
  };

  const exceptions = async (id: string) =>
    (
      await fx.db.query<{ original: Date; cancelled: boolean; startsAt: Date | null }>(
        `SELECT original_starts_at AS original, cancelled, starts_at AS "startsAt"
           FROM meeting_exceptions WHERE meeting_id = $1 ORDER BY original_starts_at`,
        [id],
      )
    ).rows.map((r) => [r.original.toISOString(), r.cancelled, r.startsAt?.toISOString() ?? null]);

  const DROPPED = `query($id: ID!, $input: MeetingInput!) { meetingExceptionsDropped(id: $id, input: $input) {
    originalStartsAt startsAt endsAt cancelled meeting { id title } } }`;
  const UPDATE = `mutation($id: ID!, $input: MeetingInput!) { updateMeeting(id: $id, input: $input) { id recurrence startsAt } }`;

  const dropped = async (id: string, input: object, as: keyof Fixture['headers'] = 'CHAIR') =>
    api.gql<{
      meetingExceptionsDropped: {
        originalStartsAt: string;
        startsAt: string;
        endsAt: string;
        cancelled: boolean;
        meeting: { id: string; title: string };
      }[];
    }>(DROPPED, { id, input }, fx.headers[as]);
  const update = async (id: string, input: object, as: keyof Fixture['headers'] = 'CHAIR') =>
    api.gql(UPDATE, { id, input }, fx.headers[as]);

  const BOTH = [
    [CANCELLED, true, null],
    [MOVED, false, MOVED_TO[0]],
  ];

  it('keeps every exception when only the title changes', async () => {
    const id = await seriesWithExceptions();
    const input = { ...weekly, title: 'Renamed weekly', location: 'Room 2' };
    const preview = await dropped(id, input);
    expect(preview.errors).toBeUndefined();
    expect(preview.data!.meetingExceptionsDropped).toEqual([]);
    expect((await update(id, input)).errors).toBeUndefined();
    expect(await exceptions(id)).toEqual(BOTH);
  });

  it('keeps them when the rule gains a weekday (MO → MO,WE), and the calendar shows them', async () => {
    const id = await seriesWithExceptions();
    const input = { ...weekly, recurrence: 'FREQ=WEEKLY;BYDAY=MO,WE;COUNT=20' };
    expect((await dropped(id, input)).data!.meetingExceptionsDropped).toEqual([]);
    const res = await update(id, input);
    expect(res.errors).toBeUndefined();
    expect(await exceptions(id)).toEqual(BOTH);
    const cal = await api.gql<{ calendar: CalendarOccurrence[] }>(
      CALENDAR,
      { from: '2027-03-20T00:00:00Z', to: '2027-04-08T00:00:00Z' },
      fx.headers.MEMBER,
    );
    const mine = cal.data!.calendar.filter((o) => o.meeting.id === id);
    expect(mine.map((o) => [o.originalStartsAt, o.startsAt, o.cancelled])).toEqual(
      [
        [CANCELLED, CANCELLED, true],
        ['2027-03-24T09:00:00.000Z', '2027-03-24T09:00:00.000Z', false],
        ['2027-03-29T08:00:00.000Z', '2027-03-29T08:00:00.000Z', false],
        ['2027-03-31T08:00:00.000Z', '2027-03-31T08:00:00.000Z', false],
        ['2027-04-07T08:00:00.000Z', '2027-04-07T08:00:00.000Z', false],
        [MOVED, MOVED_TO[0], false],
      ].sort((a, b) => String(a[1]).localeCompare(String(b[1]))),
    );
  });

  it('drops them all when the series moves to 11:00 (original starts differ), and says so first', async () => {
    const id = await seriesWithExceptions();
    const input = { ...weekly, startsAt: '2027-03-15T10:00:00Z', endsAt: '2027-03-15T11:00:00Z' };
    const preview = await dropped(id, input);
    expect(preview.errors).toBeUndefined();
    expect(preview.data!.meetingExceptionsDropped).toEqual([
      {
        originalStartsAt: CANCELLED,
        startsAt: CANCELLED,
        endsAt: '2027-03-22T10:00:00.000Z',
        cancelled: true,
        meeting: { id, title: weekly.title },
      },
      {
        originalStartsAt: MOVED,
        startsAt: MOVED_TO[0],
        endsAt: MOVED_TO[1],
        cancelled: false,
        meeting: { id, title: weekly.title },
      },
    ]);
    // Asking changed nothing.
    expect(await exceptions(id)).toEqual(BOTH);
    expect((await update(id, input)).errors).toBeUndefined();
    expect(await exceptions(id)).toEqual([]);
  });

  it('drops the exceptions after an earlier UNTIL and keeps those before it', async () => {
    const id = await seriesWithExceptions();
    const input = { ...weekly, recurrence: 'FREQ=WEEKLY;BYDAY=MO;UNTIL=20270329' };
    const preview = await dropped(id, input);
    expect(preview.data!.meetingExceptionsDropped.map((o) => [o.originalStartsAt, o.startsAt])).toEqual([
      [MOVED, MOVED_TO[0]],
    ]);
    expect((await update(id, input)).errors).toBeUndefined();
    expect(await exceptions(id)).toEqual([[CANCELLED, true, null]]);
  });

  it('changes nothing when the update fails, and refuses who may not manage it as updateMeeting does', async () => {
    const id = await seriesWithExceptions();
    const snapshot = async () =>
      (await fx.db.query(`SELECT title, starts_at, rrule, updated_at FROM meetings WHERE id = $1`, [id]))
        .rows;
    const before = { meeting: await snapshot(), exceptions: await exceptions(id) };
    const bad = { ...weekly, startsAt: '2027-03-15T10:00:00Z', recurrence: 'FREQ=WEEKLY;BYDAY=MO;FOO=1' };
    for (const call of [update, dropped]) {
      const res = await call(id, bad);
      expect(res.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { 'input.recurrence': expect.any(String) },
      });
    }
    // A start that is no occurrence of the rule: named as scheduleMeeting names it.
    const notFirst = { ...weekly, recurrence: 'FREQ=WEEKLY;BYDAY=TU' };
    expect((await dropped(id, notFirst)).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { 'input.startsAt': expect.any(String) },
    });
    const retimed = { ...weekly, startsAt: '2027-03-15T10:00:00Z', endsAt: '2027-03-15T11:00:00Z' };
    for (const [as, code] of [
      ['MEMBER', 'FORBIDDEN'],
      ['OUTSIDER', 'NOT_FOUND'],
      ['GUEST', 'FORBIDDEN'],
      ['anonymous', 'UNAUTHENTICATED'],
    ] as const) {
      expect((await dropped(id, retimed, as)).errors?.[0].extensions?.code).toBe(code);
      expect((await update(id, retimed, as)).errors?.[0].extensions?.code).toBe(code);
    }
    // Moving a group's meeting to another group needs the right to manage that one too.
    const toB = { ...retimed, workingGroupId: GROUP.B };
    expect((await dropped(id, toB)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await update(id, toB)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect({ meeting: await snapshot(), exceptions: await exceptions(id) }).toEqual(before);
  });
});
