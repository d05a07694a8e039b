import { Client } from 'pg';
import {
  createTestEnvironment,
  insertPerson,
  sessionCookie,
  startTestApi,
  TestApi,
  TestEnvironment,
} from '@cop/testing';

type Caller = 'anonymous' | 'GUEST' | 'MEMBER' | 'CHAIR' | 'OTHER_CHAIR' | 'OFFICE';
const CALLERS: Caller[] = ['anonymous', 'GUEST', 'MEMBER', 'CHAIR', 'OTHER_CHAIR', 'OFFICE'];
type Outcome = 'OK' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT';

/** Fixed ids of the fixture rows, so the table can name them. */
const ID = {
  groupA: '00000000-0000-4000-a000-00000000000a', // APPROVAL; chaired by CHAIR
  groupB: '00000000-0000-4000-a000-00000000000b', // OPEN; chaired by OTHER_CHAIR
  topic: '00000000-0000-4000-b000-000000000001',
  pendingSeat: '00000000-0000-4000-c000-000000000001', // PENDING in A
  seatedSeat: '00000000-0000-4000-c000-000000000002', // ACTIVE MEMBER in A
  groupNews: '00000000-0000-4000-d000-000000000001', // news of A
};

/** Allowed callers get OK, anonymous UNAUTHENTICATED, everyone else FORBIDDEN, unless overridden. */
function only(allowed: Caller[], overrides: Partial<Record<Caller, Outcome>> = {}): Record<Caller, Outcome> {
  return Object.fromEntries(
    CALLERS.map((c) => [
      c,
      overrides[c] ?? (allowed.includes(c) ? 'OK' : c === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN'),
    ]),
  ) as Record<Caller, Outcome>;
}
const EVERYONE = only(CALLERS);

/**
 * Every operation of the community, working-group, membership, news and FAQ parts of the
 * contract, and what each caller gets. The tests below are generated from this table.
 */
const RULES: {
  op: string;
  query: string;
  vars?: (ids: Record<string, string>) => object;
  expect: Record<Caller, Outcome>;
}[] = [
  { op: 'community', query: '{ community { name stats { participants } } }', expect: EVERYONE },
  {
    op: 'workingGroups',
    query: '{ workingGroups { code chairs { displayName } topics { name } memberCount } }',
    expect: EVERYONE,
  },
  {
    op: 'workingGroup',
    query: '{ workingGroup(code: "A") { code members { totalCount } viewerMembership { status } } }',
    expect: EVERYONE,
  },
  {
    op: 'news',
    query: '{ news { totalCount edges { node { title author { displayName } workingGroup { code } } } } }',
    expect: EVERYONE,
  },
  { op: 'faq', query: '{ faq { question } }', expect: EVERYONE },
  {
    op: 'updateCommunity',
    query: 'mutation { updateCommunity(input: { mission: "Better together" }) { mission } }',
    expect: only(['OFFICE']),
  },
  {
    op: 'createWorkingGroup',
    query: 'mutation { createWorkingGroup(input: { code: "NEW", name: "New group" }) { code } }',
    expect: only(['OFFICE']),
  },
  {
    op: 'updateWorkingGroup (name)',
    query: `mutation { updateWorkingGroup(id: "${ID.groupA}", input: { name: "Renamed", joinPolicy: OPEN }) { name } }`,
    expect: only(['CHAIR', 'OFFICE']),
  },
  {
    op: 'updateWorkingGroup (seatLimit)',
    query: `mutation { updateWorkingGroup(id: "${ID.groupA}", input: { seatLimit: 10 }) { seatLimit } }`,
    expect: only(['OFFICE']),
  },
  {
    op: 'addTopic',
    query: `mutation { addTopic(workingGroupId: "${ID.groupA}", name: "New topic") { name } }`,
    expect: only(['CHAIR', 'OFFICE']),
  },
  {
    op: 'updateTopic',
    query: `mutation { updateTopic(id: "${ID.topic}", name: "Renamed topic") { name } }`,
    expect: only(['CHAIR', 'OFFICE']),
  },
  {
    op: 'removeTopic',
    query: `mutation { removeTopic(id: "${ID.topic}") }`,
    expect: only(['CHAIR', 'OFFICE']),
  },
  {
    op: 'joinWorkingGroup',
    query: `mutation { joinWorkingGroup(workingGroupId: "${ID.groupB}") { status } }`,
    // OTHER_CHAIR already sits in B.
    expect: only(['MEMBER', 'CHAIR', 'OFFICE'], { OTHER_CHAIR: 'CONFLICT' }),
  },
  {
    op: 'leaveWorkingGroup',
    query: `mutation { leaveWorkingGroup(workingGroupId: "${ID.groupA}") }`,
    // MEMBER holds a seat in A; CHAIR is its last chair; the others have no seat there.
    expect: only(['MEMBER'], {
      GUEST: 'NOT_FOUND',
      CHAIR: 'CONFLICT',
      OTHER_CHAIR: 'NOT_FOUND',
      OFFICE: 'NOT_FOUND',
    }),
  },
  {
    op: 'approveMembership',
    query: `mutation { approveMembership(membershipId: "${ID.pendingSeat}") { status } }`,
    expect: only(['CHAIR', 'OFFICE']),
  },
  {
    op: 'removeMembership',
    query: `mutation { removeMembership(membershipId: "${ID.seatedSeat}") }`,
    expect: only(['CHAIR', 'OFFICE']),
  },
  {
    op: 'addMember',
    query: 'mutation($a: ID!, $p: ID!) { addMember(workingGroupId: $a, personId: $p) { role status } }',
    vars: (ids) => ({ a: ID.groupA, p: ids.free }),
    expect: only(['CHAIR', 'OFFICE']),
  },
  {
    op: 'addMember (as chair)',
    query: 'mutation($a: ID!, $p: ID!) { addMember(workingGroupId: $a, personId: $p, role: CHAIR) { role } }',
    vars: (ids) => ({ a: ID.groupA, p: ids.free }),
    expect: only(['OFFICE']),
  },
  {
    op: 'setMembershipRole',
    query: `mutation { setMembershipRole(membershipId: "${ID.seatedSeat}", role: CHAIR) { role } }`,
    expect: only(['OFFICE']),
  },
  {
    op: 'publishNews (group)',
    query: `mutation { publishNews(input: { title: "Group news", body: "Hi", workingGroupId: "${ID.groupA}" }) { bodyHtml } }`,
    expect: only(['CHAIR', 'OFFICE']),
  },
  {
    op: 'publishNews (community-wide)',
    query: 'mutation { publishNews(input: { title: "All news", body: "Hi" }) { title } }',
    expect: only(['OFFICE']),
  },
  {
    op: 'updateNews',
    query: `mutation { updateNews(id: "${ID.groupNews}", input: { title: "Edited", body: "x", workingGroupId: "${ID.groupA}" }) { title } }`,
    expect: only(['CHAIR', 'OFFICE']),
  },
  {
    op: 'deleteNews',
    query: `mutation { deleteNews(id: "${ID.groupNews}") }`,
    expect: only(['CHAIR', 'OFFICE']),
  },
  {
    op: 'setFaq',
    query: 'mutation { setFaq(entries: [{ question: "Q?", answer: "A." }]) { position } }',
    expect: only(['OFFICE']),
  },
];

describe('authorization of the community, seats, news and FAQ', () => {
  let env: TestEnvironment;
  let api: TestApi;
  let db: Client;
  const ids: Record<string, string> = {};
  const headers = {} as Record<Caller, Record<string, string>>;

  const resetFixture = async () => {
    await db.query(`
      TRUNCATE working_groups, news_items, faq_entries, membership_events CASCADE;
      INSERT INTO working_groups (id, code, name, join_policy) VALUES
        ('${ID.groupA}', 'A', 'Group A', 'APPROVAL'), ('${ID.groupB}', 'B', 'Group B', 'OPEN');
      INSERT INTO topics (id, working_group_id, name) VALUES ('${ID.topic}', '${ID.groupA}', 'Topic');
      INSERT INTO memberships (id, person_id, working_group_id, role, status, joined_at) VALUES
        (gen_random_uuid(), '${ids.CHAIR}', '${ID.groupA}', 'CHAIR', 'ACTIVE', now()),
        (gen_random_uuid(), '${ids.OTHER_CHAIR}', '${ID.groupB}', 'CHAIR', 'ACTIVE', now()),
        (gen_random_uuid(), '${ids.MEMBER}', '${ID.groupA}', 'MEMBER', 'ACTIVE', now()),
        ('${ID.seatedSeat}', '${ids.seated}', '${ID.groupA}', 'MEMBER', 'ACTIVE', now());
      INSERT INTO memberships (id, person_id, working_group_id, role, status) VALUES
        ('${ID.pendingSeat}', '${ids.pending}', '${ID.groupA}', 'MEMBER', 'PENDING');
      INSERT INTO news_items (id, title, body, author_id, working_group_id) VALUES
        ('${ID.groupNews}', 'A news', 'Body', '${ids.CHAIR}', '${ID.groupA}');
    `);
  };

  beforeAll(async () => {
    env = await createTestEnvironment();
    api = await startTestApi(env.config);
    db = new Client({ connectionString: env.db.url });
    await db.connect();
    await db.query(`INSERT INTO community (id, name, mission, phases) VALUES (1, 'CoP', 'Mission', '[]')`);
    headers.anonymous = {};
    const roles: Record<Exclude<Caller, 'anonymous'>, 'GUEST' | 'MEMBER' | 'OFFICE'> = {
      GUEST: 'GUEST',
      MEMBER: 'MEMBER',
      CHAIR: 'MEMBER',
      OTHER_CHAIR: 'MEMBER',
      OFFICE: 'OFFICE',
    };
    for (const [caller, role] of Object.entries(roles) as [
      Exclude<Caller, 'anonymous'>,
      'GUEST' | 'MEMBER' | 'OFFICE',
    ][]) {
      ids[caller] = await insertPerson(env.db.url, {
        displayName: `Test ${caller}`,
        email: `${caller}@example.org`,
        role,
      });
      headers[caller] = await sessionCookie(api, ids[caller]);
    }
    for (const name of ['pending', 'seated', 'free']) {
      ids[name] = await insertPerson(env.db.url, {
        displayName: `Person ${name}`,
        email: `${name}@example.org`,
      });
    }
  });
  afterAll(async () => {
    await db.end();
    await api.close();
    await env.cleanup();
  });

  describe.each(RULES)('$op', (rule) => {
    it.each(CALLERS)('as %s', async (caller) => {
      await resetFixture();
      const res = await api.gql(rule.query, rule.vars?.(ids) as Record<string, unknown>, headers[caller]);
      const expected = rule.expect[caller];
      if (expected === 'OK') {
        expect(res.errors).toBeUndefined();
        expect(res.data).toBeTruthy();
      } else {
        expect(res.errors?.[0]?.extensions?.code).toBe(expected);
      }
    });
  });
});
