import { Client } from 'pg';
import {
  createTestEnvironment,
  insertPerson,
  recordSql,
  sessionCookie,
  startTestApi,
  type SqlRecorder,
  type TestApi,
  type TestEnvironment,
} from '@cop/testing';

/** The office's people console (issue 21): role sources, identities, admitting several at once. */
describe('the office and people', () => {
  let env: TestEnvironment;
  let api: TestApi;
  let db: Client;
  let sql: SqlRecorder;
  let office: Record<string, string>;
  let member: Record<string, string>;
  let officeId: string;
  let memberId: string;

  const addIdentity = (personId: string, provider: string, subject: string, lastLogin: string | null) =>
    db.query(
      `INSERT INTO identities (person_id, provider, subject, email, last_login_at) VALUES ($1, $2, $3, $4, $5)`,
      [personId, provider, subject, `${subject}@example.org`, lastLogin],
    );
  const guests = async (n: number, tag: string) => {
    const ids: string[] = [];
    for (let i = 0; i < n; i++)
      ids.push(await insertPerson(env.db.url, { displayName: `Guest ${tag} ${i}`, role: 'GUEST' }));
    return ids;
  };
  const roles = async (ids: string[]) =>
    (await db.query(`SELECT role FROM people WHERE id = ANY($1::uuid[]) ORDER BY id`, [ids])).rows.map(
      (r: { role: string }) => r.role,
    );

  beforeAll(async () => {
    env = await createTestEnvironment();
    api = await startTestApi(env.config);
    db = new Client({ connectionString: env.db.url });
    await db.connect();
    sql = recordSql(api);
    officeId = await insertPerson(env.db.url, {
      displayName: 'Olga Office',
      email: 'olga@example.org',
      role: 'OFFICE',
      affiliation: 'Project Office',
    });
    memberId = await insertPerson(env.db.url, {
      displayName: 'Mia Member',
      email: 'mia@example.org',
      role: 'MEMBER',
      affiliation: 'INFN Torino',
    });
    office = await sessionCookie(api, officeId);
    member = await sessionCookie(api, memberId);
    await addIdentity(memberId, 'dev', 'mia-dev', '2026-11-01T10:00:00Z');
    await addIdentity(memberId, 'a', 'mia-a', '2026-11-20T09:30:00Z');
  });
  afterAll(async () => {
    await db.end();
    await api.close();
    await env.cleanup();
  });

  const PERSON_Q = `query($id: ID!) { person(id: $id) { roleSource lastSignedInAt identities { provider subject } } }`;

  it('shows role source, identities and last sign-in to the person themself and the office, null to others', async () => {
    const asOffice = await api.gql<{ person: Record<string, unknown> }>(PERSON_Q, { id: memberId }, office);
    expect(asOffice.errors).toBeUndefined();
    expect(asOffice.data?.person).toEqual({
      roleSource: 'ADMISSION',
      lastSignedInAt: '2026-11-20T09:30:00.000Z',
      identities: [
        { provider: 'dev', subject: 'mia-dev' },
        { provider: 'a', subject: 'mia-a' },
      ],
    });
    const self = await api.gql<{ viewer: { person: Record<string, unknown> } }>(
      `{ viewer { person { roleSource identities { provider } } } }`,
      {},
      member,
    );
    expect(self.data?.viewer.person).toEqual({
      roleSource: 'ADMISSION',
      identities: [{ provider: 'dev' }, { provider: 'a' }],
    });
    const other = await api.gql<{ person: Record<string, unknown> }>(PERSON_Q, { id: officeId }, member);
    expect(other.errors).toBeUndefined();
    expect(other.data?.person).toEqual({ roleSource: null, lastSignedInAt: null, identities: null });
  });

  it('reads the identities of a page of people in one query, however long the page', async () => {
    const count = async (first: number) =>
      (
        await sql.measure(() =>
          api.gql(
            `query($n: Int) { people(first: $n) { edges { node { id identities { provider } lastSignedInAt } } } }`,
            { n: first },
            office,
          ),
        )
      ).queries;
    await guests(6, 'page');
    expect(await count(8)).toBe(await count(2));
  });

  it('searches people by affiliation and by name, with LIKE wildcards taken literally', async () => {
    const search = async (s: string) =>
      (
        await api.gql<{ people: { edges: { node: { displayName: string } }[] } }>(
          `query($s: String) { people(search: $s) { edges { node { displayName } } } }`,
          { s },
          office,
        )
      ).data?.people.edges.map((e) => e.node.displayName);
    expect(await search('torino')).toEqual(['Mia Member']);
    expect(await search('olga')).toEqual(['Olga Office']);
    expect(await search('%')).toEqual([]);
  });

  it('serves the substring search from the trigram indexes, not a scan of everyone', async () => {
    // A few rows make any scan cheap: forbid the sequential one to see which index the plan can use.
    const plan = await db.query(`
      BEGIN; SET LOCAL enable_seqscan = off;
      EXPLAIN SELECT id FROM people WHERE display_name ILIKE '%torino%' OR affiliation ILIKE '%torino%';
      COMMIT;`);
    const text = JSON.stringify(plan);
    expect(text).toContain('people_display_name_trgm');
    expect(text).toContain('people_affiliation_trgm');
  });

  it('admits several waiting guests at once, in the order given', async () => {
    const ids = await guests(3, 'batch');
    const res = await api.gql<{ admitMembers: { id: string; role: string; roleSource: string }[] }>(
      `mutation($ids: [ID!]!) { admitMembers(personIds: $ids) { id role roleSource } }`,
      { ids: [ids[2], ids[0], ids[1]] },
      office,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.admitMembers).toEqual([
      { id: ids[2], role: 'MEMBER', roleSource: 'OFFICE' },
      { id: ids[0], role: 'MEMBER', roleSource: 'OFFICE' },
      { id: ids[1], role: 'MEMBER', roleSource: 'OFFICE' },
    ]);
    expect(await roles(ids)).toEqual(['MEMBER', 'MEMBER', 'MEMBER']);
  });

  it.each([
    [
      'a member',
      (g: string[]) => [g[0], memberId],
      { 'personIds.1': expect.stringContaining('not waiting') },
    ],
    [
      'an unknown id',
      (g: string[]) => [g[0], '00000000-0000-4000-8000-000000000000'],
      { 'personIds.1': expect.any(String) },
    ],
    ['not an id', (g: string[]) => ['nope', g[0]], { 'personIds.0': expect.any(String) }],
    ['the same guest twice', (g: string[]) => [g[0], g[1], g[0]], { 'personIds.2': 'is listed twice' }],
    ['nobody', () => [], { personIds: expect.any(String) }],
  ])('refuses %s with BAD_USER_INPUT naming the id, and admits nobody', async (_, list, fields) => {
    const g = await guests(2, 'bad');
    const res = await api.gql(
      `mutation($ids: [ID!]!) { admitMembers(personIds: $ids) { id } }`,
      { ids: list(g) },
      office,
    );
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.fields).toEqual(fields);
    expect(await roles(g)).toEqual(['GUEST', 'GUEST']);
  });

  it('refuses more than 100 at once', async () => {
    const ids = Array.from({ length: 101 }, () => '00000000-0000-4000-8000-000000000000');
    const res = await api.gql(
      `mutation($ids: [ID!]!) { admitMembers(personIds: $ids) { id } }`,
      { ids },
      office,
    );
    expect(res.errors?.[0].extensions?.fields).toEqual({ personIds: 'list 1 to 100 people' });
  });

  it('lets an admitted guest act as a member on their very next request, without signing in again', async () => {
    const [guest] = await guests(1, 'cached');
    const cookie = await sessionCookie(api, guest);
    const roleOf = async () =>
      (await api.gql<{ viewer: { person: { role: string } } }>(`{ viewer { person { role } } }`, {}, cookie))
        .data?.viewer.person.role;
    expect(await roleOf()).toBe('GUEST'); // now in the viewer cache as GUEST
    expect((await api.gql(`{ people { totalCount } }`, {}, cookie)).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    await api.gql(
      `mutation($ids: [ID!]!) { admitMembers(personIds: $ids) { id } }`,
      { ids: [guest] },
      office,
    );
    expect(await roleOf()).toBe('MEMBER');
    expect((await api.gql(`{ people { totalCount } }`, {}, cookie)).errors).toBeUndefined();

    // setPlatformRole too: demoted back, the next request is a GUEST's again.
    await api.gql(
      `mutation($id: ID!) { setPlatformRole(personId: $id, role: GUEST) { role } }`,
      { id: guest },
      office,
    );
    expect(await roleOf()).toBe('GUEST');
  });
});
