import { Client } from 'pg';
import {
  createTestEnvironment,
  insertPerson,
  recordSql,
  sessionCookie,
  startTestApi,
  TestApi,
  TestEnvironment,
} from '@cop/testing';

type Headers = Record<string, string>;

interface HistoryPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: { kind: string; role: string; person: { id: string }; actor: { id: string } | null } }[];
}

const HISTORY = `query($code: String!, $first: Int, $after: String) { workingGroup(code: $code) {
  seatHistory(first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { kind role occurredAt person { id } actor { id } } }
  } } }`;

describe('WorkingGroup.seatHistory and communityGrowth', () => {
  let env: TestEnvironment;
  let api: TestApi;
  let db: Client;
  let counter = 0;

  const newPerson = async (role: 'GUEST' | 'MEMBER' | 'OFFICE' = 'MEMBER') => {
    counter += 1;
    const id = await insertPerson(env.db.url, {
      displayName: `Person ${counter}`,
      email: `history${counter}@example.org`,
      role,
    });
    return { id, headers: await sessionCookie(api, id) };
  };

  let office: { id: string; headers: Headers };

  const createGroup = async (code: string) => {
    const res = await api.gql<{ createWorkingGroup: { id: string } }>(
      `mutation { createWorkingGroup(input: { code: "${code}", name: "Group ${code}" }) { id } }`,
      {},
      office.headers,
    );
    expect(res.errors).toBeUndefined();
    return res.data!.createWorkingGroup.id;
  };

  const addChair = async (groupId: string, personId: string) => {
    const res = await api.gql(
      'mutation($g: ID!, $p: ID!) { addMember(workingGroupId: $g, personId: $p, role: CHAIR) { id } }',
      { g: groupId, p: personId },
      office.headers,
    );
    expect(res.errors).toBeUndefined();
  };

  const history = (headers: Headers, vars: Record<string, unknown> = {}) =>
    api.gql<{ workingGroup: { seatHistory: HistoryPage } }>(HISTORY, { code: 'HIST', ...vars }, headers);

  beforeAll(async () => {
    env = await createTestEnvironment();
    api = await startTestApi(env.config);
    db = new Client({ connectionString: env.db.url });
    await db.connect();
    await db.query(`INSERT INTO community (id, name, mission, phases) VALUES (1, 'CoP', 'Mission', '[]')`);
    office = await newPerson('OFFICE');
  });
  afterAll(async () => {
    await db.end();
    await api.close();
    await env.cleanup();
  });

  // First: the known history must be the only one in the database.
  it('replays a known history into one point per month, to the current month', async () => {
    const empty = await api.gql<{ communityGrowth: unknown[] }>(
      '{ communityGrowth { month } }',
      {},
      office.headers,
    );
    expect(empty.data!.communityGrowth).toEqual([]);

    const g1 = await createGroup('GA');
    const g2 = await createGroup('GB');
    const [p1, p2, p3] = [(await newPerson()).id, (await newPerson()).id, (await newPerson()).id];
    const now = new Date();
    const month = (back: number, day = 1, hours = 0) =>
      new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, day, hours));
    const s = ['s1', 's2', 's3', 's4', 's5'];
    const seat: Record<string, string> = {};
    for (const k of s) seat[k] = (await db.query('SELECT gen_random_uuid() AS id')).rows[0].id;
    const events: [string, string, string, string, Date][] = [
      [seat.s1, p1, g1, 'ADDED', month(3, 2)],
      [seat.s2, p2, g1, 'REQUESTED', month(3, 3)],
      [seat.s4, p3, g2, 'JOINED', month(3, 4)],
      [seat.s4, p3, g2, 'REMOVED', month(3, 10)],
      [seat.s2, p2, g1, 'APPROVED', month(2, 2)],
      [seat.s3, p1, g2, 'JOINED', month(2, 3)],
      [seat.s3, p1, g2, 'ROLE_CHANGED', month(1, 2)],
      [seat.s3, p1, g2, 'LEFT', month(1, 6)],
      // The first instant of the current month belongs to it.
      [seat.s5, p3, g2, 'JOINED', month(0, 1, 0)],
    ];
    for (const [m, p, g, e, at] of events)
      await db.query(
        `INSERT INTO membership_events (membership_id, person_id, working_group_id, event, role, occurred_at)
         VALUES ($1, $2, $3, $4, 'MEMBER', $5)`,
        [m, p, g, e, at],
      );

    const res = await api.gql<{ communityGrowth: { month: string; participants: number; people: number }[] }>(
      '{ communityGrowth { month participants people } }',
      {},
      office.headers,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.communityGrowth).toEqual([
      { month: month(3).toISOString(), participants: 1, people: 1 },
      { month: month(2).toISOString(), participants: 3, people: 2 },
      { month: month(1).toISOString(), participants: 2, people: 2 },
      { month: month(0).toISOString(), participants: 3, people: 3 },
    ]);
    await db.query('DELETE FROM membership_events');
  });

  it('is for the office only', async () => {
    const member = await newPerson();
    const refused = await api.gql('{ communityGrowth { month } }', {}, member.headers);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(refused.data).toBeNull();
    const anonymous = await api.gql('{ communityGrowth { month } }');
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  describe('seat history', () => {
    let chair: { id: string; headers: Headers };
    let member: { id: string; headers: Headers };
    let otherChair: { id: string; headers: Headers };

    beforeAll(async () => {
      const groupId = await createGroup('HIST');
      chair = await newPerson();
      member = await newPerson();
      otherChair = await newPerson();
      await addChair(groupId, chair.id);
      await addChair(await createGroup('OTHER'), otherChair.id);
      const joined = await api.gql(
        'mutation($g: ID!) { joinWorkingGroup(workingGroupId: $g) { id } }',
        { g: groupId },
        member.headers,
      );
      expect(joined.errors).toBeUndefined();
    });

    it('shows the office every event, newest first, with its actor, page by page', async () => {
      const first = await history(office.headers, { first: 1 });
      expect(first.errors).toBeUndefined();
      const page1 = first.data!.workingGroup.seatHistory;
      expect(page1.totalCount).toBe(2);
      expect(page1.pageInfo.hasNextPage).toBe(true);
      expect(page1.edges.map((e) => e.node)).toEqual([
        expect.objectContaining({
          kind: 'JOINED',
          role: 'MEMBER',
          person: { id: member.id },
          actor: { id: member.id },
        }),
      ]);
      const second = await history(office.headers, { first: 1, after: page1.pageInfo.endCursor });
      const page2 = second.data!.workingGroup.seatHistory;
      expect(page2.pageInfo.hasNextPage).toBe(false);
      expect(page2.edges.map((e) => e.node)).toEqual([
        expect.objectContaining({
          kind: 'ADDED',
          role: 'CHAIR',
          person: { id: chair.id },
          actor: { id: office.id },
        }),
      ]);
      const rest = await history(office.headers, { after: page2.pageInfo.endCursor });
      expect(rest.data!.workingGroup.seatHistory.edges).toEqual([]);
    });

    it("lets the group's chair read it", async () => {
      const res = await history(chair.headers);
      expect(res.errors).toBeUndefined();
      expect(res.data!.workingGroup.seatHistory.edges.map((e) => e.node.kind)).toEqual(['JOINED', 'ADDED']);
    });

    it('refuses a chair of another group, a member of the group, a guest and anonymous callers', async () => {
      const guest = await newPerson('GUEST');
      for (const [who, headers, code] of [
        ['other chair', otherChair.headers, 'FORBIDDEN'],
        ['member', member.headers, 'FORBIDDEN'],
        ['guest', guest.headers, 'FORBIDDEN'],
        ['anonymous', {}, 'UNAUTHENTICATED'],
      ] as const) {
        const res = await history(headers);
        expect({ who, code: res.errors?.[0]?.extensions?.code }).toEqual({ who, code });
        expect(res.data?.workingGroup ?? null).toBeNull();
      }
    });

    it('reads its people through the loader: the same SQL count for 3 events as for 30', async () => {
      const sql = recordSql(api);
      const seed = async (code: string, n: number) => {
        const groupId = await createGroup(code);
        await db.query(
          `WITH p AS (
             INSERT INTO people (display_name, role) SELECT $2 || ' ' || i, 'MEMBER' FROM generate_series(1, $3::int) i
             RETURNING id)
           INSERT INTO membership_events (membership_id, person_id, working_group_id, event, role, actor_id)
           SELECT gen_random_uuid(), p.id, $1, 'JOINED', 'MEMBER', p.id FROM p`,
          [groupId, code, n],
        );
      };
      await seed('FEW', 3);
      await seed('MANY', 30);
      const measure = async (code: string) => {
        const { result, queries } = await sql.measure(() =>
          api.gql<{ workingGroup: { seatHistory: HistoryPage } }>(
            HISTORY,
            { code, first: 50 },
            office.headers,
          ),
        );
        expect(result.errors).toBeUndefined();
        return { queries, events: result.data!.workingGroup.seatHistory.edges.length };
      };
      await measure('FEW'); // warm the session cache
      const few = await measure('FEW');
      const many = await measure('MANY');
      expect(few.events).toBe(3);
      expect(many.events).toBe(30);
      expect(many.queries).toBe(few.queries);
      expect(few.queries).toBeGreaterThanOrEqual(3); // the page, its count and the people: the counter sees them
    });

    it('names the argument on bad input', async () => {
      const tooMany = await history(office.headers, { first: 101 });
      expect(tooMany.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { first: expect.any(String) },
      });
      const negative = await history(office.headers, { first: -1 });
      expect(negative.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      for (const after of ['garbage', Buffer.from('["x"]').toString('base64url')]) {
        const res = await history(office.headers, { after });
        expect(res.errors?.[0]?.extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          fields: { after: expect.any(String) },
        });
      }
    });
  });
});
