import { Client } from 'pg';
import {
  createTestEnvironment,
  insertPerson,
  sessionCookie,
  startTestApi,
  TestApi,
  TestEnvironment,
} from '@cop/testing';

type Headers = Record<string, string>;

describe('seats: limits under concurrency, stats, visibility and bad input', () => {
  let env: TestEnvironment;
  let api: TestApi;
  let db: Client;
  let office: Headers;
  let officeId: string;
  let counter = 0;

  const count = async (sql: string, params: unknown[] = []) =>
    Number((await db.query(sql, params)).rows[0].n);

  /** A new MEMBER (or other role) with a session. */
  const newPerson = async (role: 'GUEST' | 'MEMBER' | 'OFFICE' = 'MEMBER') => {
    counter += 1;
    const id = await insertPerson(env.db.url, {
      displayName: `Person ${counter}`,
      email: `person${counter}@example.org`,
      role,
    });
    return { id, headers: await sessionCookie(api, id) };
  };

  const createGroup = async (code: string, extra = '') => {
    const res = await api.gql<{ createWorkingGroup: { id: string } }>(
      `mutation { createWorkingGroup(input: { code: "${code}", name: "Group ${code}" ${extra} }) { id } }`,
      {},
      office,
    );
    expect(res.errors).toBeUndefined();
    return res.data!.createWorkingGroup.id;
  };

  const join = (groupId: string, headers: Headers) =>
    api.gql<{ joinWorkingGroup: { id: string; status: string } }>(
      'mutation($g: ID!) { joinWorkingGroup(workingGroupId: $g) { id status } }',
      { g: groupId },
      headers,
    );

  const stats = async () =>
    (
      await api.gql<{ community: { stats: Record<string, number> } }>(
        '{ community { stats { participants people members workingGroups } } }',
      )
    ).data!.community.stats;

  /** Every row of the tables a failed mutation must leave alone. */
  const snapshot = async () => {
    const rows: Record<string, unknown[]> = {};
    for (const t of ['working_groups', 'topics', 'memberships', 'membership_events', 'outbox']) {
      rows[t] = (await db.query(`SELECT * FROM ${t} ORDER BY 1`)).rows;
    }
    return rows;
  };

  beforeAll(async () => {
    env = await createTestEnvironment();
    api = await startTestApi(env.config);
    db = new Client({ connectionString: env.db.url });
    await db.connect();
    await db.query(`INSERT INTO community (id, name, mission, phases) VALUES (1, 'CoP', 'Mission', '[]')`);
    const o = await newPerson('OFFICE');
    office = o.headers;
    officeId = o.id;
  });
  afterAll(async () => {
    await db.end();
    await api.close();
    await env.cleanup();
  });

  it('gives the last 3 seats to exactly 3 of 50 concurrent joins; the rest get CONFLICT', async () => {
    const groupId = await createGroup('RACE', ', seatLimit: 10');
    for (let i = 0; i < 7; i++)
      expect((await join(groupId, (await newPerson()).headers)).errors).toBeUndefined();
    const racers = await Promise.all(Array.from({ length: 50 }, () => newPerson()));
    const results = await Promise.all(racers.map((r) => join(groupId, r.headers)));
    const won = results.filter((r) => r.data?.joinWorkingGroup?.status === 'ACTIVE');
    const conflicts = results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT');
    expect(won).toHaveLength(3);
    expect(conflicts).toHaveLength(47);
    expect(conflicts[0].errors![0].message).toMatch(/RACE is full/);
    expect(await count(`SELECT count(*) AS n FROM memberships WHERE working_group_id = $1`, [groupId])).toBe(
      10,
    );
    expect(
      await count(
        `SELECT count(*) AS n FROM membership_events WHERE working_group_id = $1 AND event = 'JOINED'`,
        [groupId],
      ),
    ).toBe(10);
  });

  it('keeps stats in step with joins, leaves and approvals', async () => {
    await db.query('TRUNCATE working_groups CASCADE');
    const before = await stats();
    expect(before).toMatchObject({ participants: 0, people: 0, workingGroups: 0 });
    const open = await createGroup('OPEN1');
    const gated = await createGroup('GATED', ', joinPolicy: APPROVAL');
    const [a, b] = [await newPerson(), await newPerson()];
    await join(open, a.headers);
    await join(open, b.headers);
    const request = await join(gated, a.headers);
    expect(request.data!.joinWorkingGroup.status).toBe('PENDING');
    expect(await stats()).toMatchObject({ participants: 2, people: 2, workingGroups: 2 });
    // The pending request is relayed to the chairs and office through the outbox.
    expect(
      await count(
        `SELECT count(*) AS n FROM outbox WHERE job_name = 'community.membership-requested' AND payload->>'membershipId' = $1`,
        [request.data!.joinWorkingGroup.id],
      ),
    ).toBe(1);
    const approved = await api.gql(
      'mutation($m: ID!) { approveMembership(membershipId: $m) { status joinedAt } }',
      { m: request.data!.joinWorkingGroup.id },
      office,
    );
    expect(approved.errors).toBeUndefined();
    expect(await stats()).toMatchObject({ participants: 3, people: 2 });
    await api.gql('mutation($g: ID!) { leaveWorkingGroup(workingGroupId: $g) }', { g: open }, a.headers);
    expect(await stats()).toMatchObject({ participants: 2, people: 2 });
    await api.gql('mutation($g: ID!) { leaveWorkingGroup(workingGroupId: $g) }', { g: open }, b.headers);
    expect(await stats()).toMatchObject({ participants: 1, people: 1 });
    const members = await count(`SELECT count(*) AS n FROM people WHERE role IN ('MEMBER', 'OFFICE')`);
    expect((await stats()).members).toBe(members);
    const history = (
      await db.query(`SELECT event FROM membership_events WHERE person_id = $1 ORDER BY id`, [a.id])
    ).rows.map((r) => r.event);
    expect(history).toEqual(['JOINED', 'REQUESTED', 'APPROVED', 'LEFT']);
  });

  it('shows anonymous callers groups, chairs, topics and counts, but no member list and no e-mail', async () => {
    const groupId = await createGroup('VIS');
    const chair = await newPerson();
    await api.gql(
      'mutation($g: ID!, $p: ID!) { addMember(workingGroupId: $g, personId: $p, role: CHAIR) { id } }',
      { g: groupId, p: chair.id },
      office,
    );
    await api.gql(
      'mutation($g: ID!) { addTopic(workingGroupId: $g, name: "Storage") { id } }',
      { g: groupId },
      office,
    );
    await join(groupId, (await newPerson()).headers);
    const query = `{ workingGroup(code: "VIS") { code chairs { displayName email memberships { role } }
      topics { name } memberCount members { totalCount edges { node { person { email } } } } viewerMembership { id } } }`;
    const anon = await api.gql<{ workingGroup: Record<string, unknown> }>(query);
    expect(anon.errors).toBeUndefined();
    expect(anon.data!.workingGroup).toEqual({
      code: 'VIS',
      chairs: [{ displayName: expect.any(String), email: null, memberships: [] }],
      topics: [{ name: 'Storage' }],
      memberCount: 2,
      members: { totalCount: 0, edges: [] },
      viewerMembership: null,
    });
    const guest = await api.gql<{ workingGroup: { members: { totalCount: number } } }>(
      query,
      {},
      (await newPerson('GUEST')).headers,
    );
    expect(guest.data!.workingGroup.members.totalCount).toBe(0);
    const member = await api.gql<{ workingGroup: { members: { totalCount: number } } }>(
      query,
      {},
      (await newPerson()).headers,
    );
    expect(member.data!.workingGroup.members.totalCount).toBe(2);
  });

  it('shows pending requests to the group’s chair and the office, not to other members', async () => {
    const groupId = await createGroup('PEND', ', joinPolicy: APPROVAL');
    const chair = await newPerson();
    await api.gql(
      'mutation($g: ID!, $p: ID!) { addMember(workingGroupId: $g, personId: $p, role: CHAIR) { id } }',
      { g: groupId, p: chair.id },
      office,
    );
    const requester = await newPerson();
    await join(groupId, requester.headers);
    const q = '{ workingGroup(code: "PEND") { members { totalCount edges { node { status } } } } }';
    const seen = async (h: Headers) =>
      (
        await api.gql<{ workingGroup: { members: { edges: { node: { status: string } }[] } } }>(q, {}, h)
      ).data!.workingGroup.members.edges.map((e) => e.node.status);
    expect((await seen(chair.headers)).sort()).toEqual(['ACTIVE', 'PENDING']);
    expect((await seen(office)).sort()).toEqual(['ACTIVE', 'PENDING']);
    expect(await seen((await newPerson()).headers)).toEqual(['ACTIVE']);
    expect((await seen(requester.headers)).sort()).toEqual(['ACTIVE', 'PENDING']);
  });

  it('pages through members with cursors', async () => {
    const groupId = await createGroup('PAGE');
    for (let i = 0; i < 5; i++) await join(groupId, (await newPerson()).headers);
    const q =
      'query($a: String) { workingGroup(code: "PAGE") { members(first: 2, after: $a) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } } }';
    const seen: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 10; guard++) {
      const res: {
        data?: {
          workingGroup: {
            members: {
              pageInfo: { hasNextPage: boolean; endCursor: string };
              edges: { node: { id: string } }[];
              totalCount: number;
            };
          };
        } | null;
      } = await api.gql(q, { a: after }, office);
      const page = res.data!.workingGroup.members;
      expect(page.totalCount).toBe(5);
      seen.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(5);
  });

  it('keeps the last chair from leaving, being removed or demoted', async () => {
    const groupId = await createGroup('CHAIRS');
    const chair = await newPerson();
    const seat = await api.gql<{ addMember: { id: string } }>(
      'mutation($g: ID!, $p: ID!) { addMember(workingGroupId: $g, personId: $p, role: CHAIR) { id } }',
      { g: groupId, p: chair.id },
      office,
    );
    const seatId = seat.data!.addMember.id;
    const before = await snapshot();
    for (const [q, v, h] of [
      ['mutation($g: ID!) { leaveWorkingGroup(workingGroupId: $g) }', { g: groupId }, chair.headers],
      ['mutation($m: ID!) { removeMembership(membershipId: $m) }', { m: seatId }, office],
      [
        'mutation($m: ID!) { setMembershipRole(membershipId: $m, role: MEMBER) { role } }',
        { m: seatId },
        office,
      ],
    ] as const) {
      const res = await api.gql(q, v, h);
      expect(res.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      expect(res.errors?.[0]?.message).toMatch(/last chair of CHAIRS/);
    }
    expect(await snapshot()).toEqual(before);
    // With a second chair, the first may leave.
    const second = await newPerson();
    await api.gql(
      'mutation($g: ID!, $p: ID!) { addMember(workingGroupId: $g, personId: $p, role: CHAIR) { id } }',
      { g: groupId, p: second.id },
      office,
    );
    const left = await api.gql(
      'mutation($g: ID!) { leaveWorkingGroup(workingGroupId: $g) }',
      { g: groupId },
      chair.headers,
    );
    expect(left.data).toEqual({ leaveWorkingGroup: true });
  });

  describe('bad input changes nothing', () => {
    let groupId: string;
    let member: { id: string; headers: Headers };
    let activeSeat: string;
    beforeAll(async () => {
      groupId = await createGroup('BAD');
      await createGroup('TAKEN');
      member = await newPerson();
      activeSeat = (await join(groupId, member.headers)).data!.joinWorkingGroup.id;
      await join(groupId, (await newPerson()).headers);
    });

    const cases: [string, string, () => Record<string, unknown>, () => Headers, string, RegExp?][] = [
      [
        'duplicate code',
        'mutation { createWorkingGroup(input: { code: "taken", name: "X" }) { id } }',
        () => ({}),
        () => office,
        'CONFLICT',
        /TAKEN already exists/,
      ],
      [
        'empty name',
        'mutation { createWorkingGroup(input: { code: "E1", name: "" }) { id } }',
        () => ({}),
        () => office,
        'BAD_USER_INPUT',
      ],
      [
        '10,000-character name',
        'mutation($n: String) { createWorkingGroup(input: { code: "E2", name: $n }) { id } }',
        () => ({ n: 'x'.repeat(10000) }),
        () => office,
        'BAD_USER_INPUT',
      ],
      [
        'negative seat limit',
        'mutation { createWorkingGroup(input: { code: "E3", name: "X", seatLimit: -1 }) { id } }',
        () => ({}),
        () => office,
        'BAD_USER_INPUT',
      ],
      [
        'seat limit below the seats taken',
        'mutation($g: ID!) { updateWorkingGroup(id: $g, input: { seatLimit: 1 }) { id } }',
        () => ({ g: groupId }),
        () => office,
        'BAD_USER_INPUT',
        /at least 2/,
      ],
      [
        'renaming to an empty name',
        'mutation($g: ID!) { updateWorkingGroup(id: $g, input: { name: "  " }) { id } }',
        () => ({ g: groupId }),
        () => office,
        'BAD_USER_INPUT',
      ],
      [
        'unknown group',
        'mutation { updateWorkingGroup(id: "00000000-0000-4000-8000-000000000000", input: { name: "X" }) { id } }',
        () => ({}),
        () => office,
        'NOT_FOUND',
      ],
      [
        'malformed id',
        'mutation { joinWorkingGroup(workingGroupId: "nope") { id } }',
        () => ({}),
        () => office,
        'NOT_FOUND',
      ],
      [
        'unknown membership',
        'mutation { approveMembership(membershipId: "00000000-0000-4000-8000-000000000000") { id } }',
        () => ({}),
        () => office,
        'NOT_FOUND',
      ],
      [
        'unknown person',
        'mutation($g: ID!) { addMember(workingGroupId: $g, personId: "00000000-0000-4000-8000-000000000000") { id } }',
        () => ({ g: groupId }),
        () => office,
        'NOT_FOUND',
      ],
      [
        'unknown topic',
        'mutation { removeTopic(id: "00000000-0000-4000-8000-000000000000") }',
        () => ({}),
        () => office,
        'NOT_FOUND',
      ],
      [
        'joining twice',
        'mutation($g: ID!) { joinWorkingGroup(workingGroupId: $g) { id } }',
        () => ({ g: groupId }),
        () => member.headers,
        'CONFLICT',
        /already a member of BAD/,
      ],
      [
        'approving a non-pending request',
        'mutation($m: ID!) { approveMembership(membershipId: $m) { id } }',
        () => ({ m: activeSeat }),
        () => office,
        'CONFLICT',
        /already approved/,
      ],
      [
        'empty topic name',
        'mutation($g: ID!) { addTopic(workingGroupId: $g, name: " ") { id } }',
        () => ({ g: groupId }),
        () => office,
        'BAD_USER_INPUT',
      ],
      [
        'a bad cursor',
        'query { workingGroup(code: "BAD") { members(after: "zzz") { totalCount } } }',
        () => ({}),
        () => office,
        'BAD_USER_INPUT',
      ],
    ];

    // Rows padded to one length: a shorter row would make Jest pass `done` as the last argument.
    it.each(cases.map((c) => [c[0], c[1], c[2], c[3], c[4], c[5] ?? null] as const))(
      '%s',
      async (_name, query, vars, headers, code, message) => {
        const before = await snapshot();
        const res = await api.gql(query, vars(), headers());
        expect(res.errors?.[0]?.extensions?.code).toBe(code);
        if (message) expect(res.errors?.[0]?.message).toMatch(message);
        expect(await snapshot()).toEqual(before);
      },
    );

    it('names the field of a bad seat limit', async () => {
      const res = await api.gql(
        'mutation($g: ID!) { updateWorkingGroup(id: $g, input: { seatLimit: 1 }) { id } }',
        { g: groupId },
        office,
      );
      expect(res.errors?.[0]?.extensions?.fields).toEqual({
        'input.seatLimit': expect.stringMatching(/BAD has 2 active seats/),
      });
    });
  });

  it('records who changed a seat', async () => {
    const rows = (await db.query(`SELECT DISTINCT actor_id FROM membership_events WHERE event = 'ADDED'`))
      .rows;
    expect(rows.map((r) => r.actor_id)).toContain(officeId);
  });
});
