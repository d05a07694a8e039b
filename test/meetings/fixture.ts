import { Client } from 'pg';
import { insertPerson, sessionCookie, type TestApi, type TestEnvironment } from '@cop/testing';

export type Caller = 'anonymous' | 'GUEST' | 'MEMBER' | 'OUTSIDER' | 'CHAIR' | 'OTHER_CHAIR' | 'OFFICE';
export const CALLERS: Caller[] = [
  'anonymous',
  'GUEST',
  'MEMBER',
  'OUTSIDER',
  'CHAIR',
  'OTHER_CHAIR',
  'OFFICE',
];

export const GROUP = {
  A: '00000000-0000-4000-a000-00000000000a', // chaired by CHAIR; MEMBER holds a seat
  B: '00000000-0000-4000-a000-00000000000b', // chaired by OTHER_CHAIR
};

export interface Fixture {
  db: Client;
  ids: Record<Exclude<Caller, 'anonymous'>, string>;
  headers: Record<Caller, Record<string, string>>;
}

/** People of every kind, groups A and B with their seats. */
export async function seedFixture(env: TestEnvironment, api: TestApi): Promise<Fixture> {
  const db = new Client({ connectionString: env.db.url });
  await db.connect();
  const roles: Record<Exclude<Caller, 'anonymous'>, 'GUEST' | 'MEMBER' | 'OFFICE'> = {
    GUEST: 'GUEST',
    MEMBER: 'MEMBER',
    OUTSIDER: 'MEMBER',
    CHAIR: 'MEMBER',
    OTHER_CHAIR: 'MEMBER',
    OFFICE: 'OFFICE',
  };
  const ids = {} as Fixture['ids'];
  const headers = { anonymous: {} } as Fixture['headers'];
  for (const [caller, role] of Object.entries(roles) as [
    Exclude<Caller, 'anonymous'>,
    'GUEST' | 'MEMBER' | 'OFFICE',
  ][]) {
    ids[caller] = await insertPerson(env.db.url, {
      displayName: `Test ${caller}`,
      email: `${caller.toLowerCase()}@example.org`,
      role,
    });
    headers[caller] = await sessionCookie(api, ids[caller]);
  }
  await db.query(
    `INSERT INTO working_groups (id, code, name) VALUES ($1, 'A', 'Group A'), ($2, 'B', 'Group B');
     `,
    [GROUP.A, GROUP.B],
  );
  await db.query(
    `INSERT INTO memberships (person_id, working_group_id, role, status, joined_at) VALUES
       ($1, $5, 'CHAIR', 'ACTIVE', now()), ($2, $5, 'MEMBER', 'ACTIVE', now()),
       ($3, $6, 'CHAIR', 'ACTIVE', now()), ($4, $6, 'MEMBER', 'ACTIVE', now())`,
    [ids.CHAIR, ids.MEMBER, ids.OTHER_CHAIR, ids.OUTSIDER, GROUP.A, GROUP.B],
  );
  return { db, ids, headers };
}

export const MEETING_FIELDS = `id title startsAt endsAt timeZone recurrence visibility status videoConferenceUrl
  workingGroup { code } organizer { displayName }`;

export const SCHEDULE = `mutation($input: MeetingInput!) { scheduleMeeting(input: $input) { ${MEETING_FIELDS} } }`;

export const CALENDAR = `query($from: DateTime!, $to: DateTime!, $codes: [String!], $mine: Boolean) {
  calendar(from: $from, to: $to, workingGroupCodes: $codes, mine: $mine) {
    originalStartsAt startsAt endsAt cancelled meeting { id title visibility videoConferenceUrl }
  }
}`;

export interface CalendarOccurrence {
  originalStartsAt: string;
  startsAt: string;
  endsAt: string;
  cancelled: boolean;
  meeting: { id: string; title: string; visibility: string; videoConferenceUrl: string | null };
}
