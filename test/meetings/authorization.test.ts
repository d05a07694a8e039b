import { createTestEnvironment, startTestApi, type TestApi, type TestEnvironment } from '@cop/testing';
import { CALLERS, type Caller, type Fixture, GROUP, seedFixture } from './fixture';

type Outcome = 'OK' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND';

const MEETING = '00000000-0000-4000-e000-000000000001'; // WORKING_GROUP weekly series of A

function only(allowed: Caller[], overrides: Partial<Record<Caller, Outcome>> = {}): Record<Caller, Outcome> {
  return Object.fromEntries(
    CALLERS.map((c) => [
      c,
      overrides[c] ?? (allowed.includes(c) ? 'OK' : c === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN'),
    ]),
  ) as Record<Caller, Outcome>;
}
const EVERYONE = only(CALLERS);
/** Managing A's members-only meeting: its chair and the office; hidden from those without a seat. */
const MANAGE = only(['CHAIR', 'OFFICE'], { OUTSIDER: 'NOT_FOUND', OTHER_CHAIR: 'NOT_FOUND' });

const INPUT = `{ title: "Planned", workingGroupId: "${GROUP.A}", startsAt: "2026-05-04T08:00:00Z",
  endsAt: "2026-05-04T09:00:00Z", timeZone: "Europe/Rome", recurrence: "FREQ=WEEKLY;BYDAY=MO;COUNT=4" }`;

/** Every meeting operation of the contract, and what each caller gets. */
const RULES: { op: string; query: string; expect: Record<Caller, Outcome> }[] = [
  {
    op: 'meeting',
    query: `{ meeting(id: "${MEETING}") { id agenda { title } attendance { response } } }`,
    expect: EVERYONE,
  },
  {
    op: 'calendar',
    query:
      '{ calendar(from: "2026-05-01T00:00:00Z", to: "2026-06-01T00:00:00Z") { startsAt meeting { title } } }',
    expect: EVERYONE,
  },
  {
    op: 'upcomingMeetings',
    query: '{ workingGroups { upcomingMeetings(first: 3) { startsAt } } }',
    expect: EVERYONE,
  },
  {
    op: 'scheduleMeeting (group)',
    query: `mutation { scheduleMeeting(input: ${INPUT}) { id } }`,
    expect: only(['CHAIR', 'OFFICE']),
  },
  {
    op: 'scheduleMeeting (community-wide)',
    query: `mutation { scheduleMeeting(input: { title: "All", startsAt: "2026-05-04T08:00:00Z", endsAt: "2026-05-04T09:00:00Z", timeZone: "UTC" }) { id } }`,
    expect: only(['OFFICE']),
  },
  {
    op: 'meetingConflicts',
    query: `{ meetingConflicts(input: ${INPUT}) { sharedMembers { displayName } } }`,
    expect: only(['CHAIR', 'OFFICE']),
  },
  {
    op: 'updateMeeting',
    query: `mutation { updateMeeting(id: "${MEETING}", input: ${INPUT}) { title } }`,
    expect: MANAGE,
  },
  {
    op: 'meetingOccurrencesPreview',
    query: `{ meetingOccurrencesPreview(input: ${INPUT}) { startsAt } }`,
    expect: only(['MEMBER', 'OUTSIDER', 'CHAIR', 'OTHER_CHAIR', 'OFFICE']),
  },
  {
    op: 'meetingExceptionsDropped',
    query: `{ meetingExceptionsDropped(id: "${MEETING}", input: ${INPUT}) { originalStartsAt } }`,
    expect: MANAGE,
  },
  { op: 'cancelMeeting', query: `mutation { cancelMeeting(id: "${MEETING}") { status } }`, expect: MANAGE },
  {
    op: 'cancelMeeting (occurrence)',
    query: `mutation { cancelMeeting(id: "${MEETING}", occurrenceStartsAt: "2026-05-11T08:00:00Z") { status } }`,
    expect: MANAGE,
  },
  {
    op: 'rescheduleOccurrence',
    query: `mutation { rescheduleOccurrence(id: "${MEETING}", occurrenceStartsAt: "2026-05-11T08:00:00Z",
      startsAt: "2026-05-12T08:00:00Z", endsAt: "2026-05-12T09:00:00Z") { id } }`,
    expect: MANAGE,
  },
  {
    op: 'setAgenda',
    query: `mutation { setAgenda(meetingId: "${MEETING}", items: [{ title: "One" }]) { id } }`,
    expect: MANAGE,
  },
  {
    op: 'recordMinutes',
    query: `mutation { recordMinutes(meetingId: "${MEETING}", minutes: "Done.") { id } }`,
    expect: MANAGE,
  },
  {
    op: 'respondToMeeting',
    query: `mutation { respondToMeeting(meetingId: "${MEETING}", response: YES) { response } }`,
    expect: only(['MEMBER', 'CHAIR', 'OFFICE'], { OUTSIDER: 'NOT_FOUND', OTHER_CHAIR: 'NOT_FOUND' }),
  },
  {
    op: 'rotateCalendarFeedUrl',
    query: 'mutation { rotateCalendarFeedUrl }',
    expect: only(CALLERS.slice(1)),
  },
  {
    op: 'Viewer.calendarFeedUrl',
    query: '{ viewer { calendarFeedUrl } }',
    // Anonymous callers have no viewer (null), so the field is never asked.
    expect: only(CALLERS.slice(1), { anonymous: 'OK' }),
  },
];

describe('authorization of meetings and the calendar', () => {
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

  const resetFixture = async () => {
    await fx.db.query(`TRUNCATE meetings CASCADE; DELETE FROM outbox`);
    await fx.db.query(
      `INSERT INTO meetings (id, title, working_group_id, starts_at, ends_at, time_zone, rrule, visibility, organizer_id)
       VALUES ($1, 'A weekly', $2, '2026-05-04T08:00:00Z', '2026-05-04T09:00:00Z', 'Europe/Rome',
               'FREQ=WEEKLY;BYDAY=MO;COUNT=4', 'WORKING_GROUP', $3)`,
      [MEETING, GROUP.A, fx.ids.CHAIR],
    );
  };

  describe.each(RULES)('$op', (rule) => {
    it.each(CALLERS)('as %s', async (caller) => {
      await resetFixture();
      const res = await api.gql(rule.query, {}, fx.headers[caller]);
      const expected = rule.expect[caller];
      if (expected === 'OK') {
        expect(res.errors).toBeUndefined();
        expect(res.data).toBeTruthy();
      } else {
        expect(res.errors?.[0]?.extensions?.code).toBe(expected);
      }
      if (rule.op === 'meeting') {
        const seen = (res.data as { meeting: unknown }).meeting !== null;
        expect(seen).toBe(['MEMBER', 'CHAIR', 'OFFICE'].includes(caller));
      }
      if (rule.op === 'calendar') {
        // The members-only series shows only to those who may see it.
        expect(JSON.stringify(res.data).includes('A weekly')).toBe(
          ['MEMBER', 'CHAIR', 'OFFICE'].includes(caller),
        );
      }
    });
  });
});
