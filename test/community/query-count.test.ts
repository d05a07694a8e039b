import { Client } from 'pg';
import {
  createTestEnvironment,
  insertPerson,
  recordSql,
  SqlRecorder,
  sessionCookie,
  startTestApi,
  TestApi,
  TestEnvironment,
} from '@cop/testing';

const QUERY = `{ workingGroups { code name chairs { displayName } topics { name } memberCount
  members(first: 50) { edges { node { person { displayName } } } } } }`;

/** DESIGN rule 5: the SQL count of the working-group list does not grow with its length. */
describe('SQL queries of the working-group list', () => {
  let env: TestEnvironment;
  let api: TestApi;
  let db: Client;
  let office: Record<string, string>;
  let sql: SqlRecorder;

  beforeAll(async () => {
    env = await createTestEnvironment();
    api = await startTestApi(env.config);
    db = new Client({ connectionString: env.db.url });
    await db.connect();
    office = await sessionCookie(
      api,
      await insertPerson(env.db.url, { displayName: 'Office', role: 'OFFICE' }),
    );
    sql = recordSql(api);
  });
  afterAll(async () => {
    await db.end();
    await api.close();
    await env.cleanup();
  });

  /** Groups WG1..WGn, each with a chair, 3 topics and 8 members (people shared across groups). */
  const seedGroups = async (n: number) => {
    await db.query('TRUNCATE working_groups CASCADE');
    await db.query(`
      INSERT INTO people (display_name, role) SELECT 'Member ' || i, 'MEMBER' FROM generate_series(1, 40) i
        WHERE NOT EXISTS (SELECT 1 FROM people WHERE display_name = 'Member 1');
      INSERT INTO working_groups (code, name) SELECT 'WG' || i, 'Group ' || i FROM generate_series(1, ${n}) i;
      INSERT INTO topics (working_group_id, name) SELECT g.id, 'Topic ' || t FROM working_groups g, generate_series(1, 3) t;
      INSERT INTO memberships (person_id, working_group_id, role, status, joined_at)
        SELECT p.id, g.id, CASE WHEN p.display_name = 'Member 1' THEN 'CHAIR' ELSE 'MEMBER' END, 'ACTIVE', now()
        FROM working_groups g JOIN people p ON p.display_name IN
          ('Member 1','Member 2','Member 3','Member 4','Member 5','Member 6','Member 7','Member 8');`);
  };

  const countQueries = async () => {
    const {
      result: res,
      queries,
      log,
    } = await sql.measure(() =>
      api.gql<{ workingGroups: { members: { edges: unknown[] } }[] }>(QUERY, {}, office),
    );
    expect(res.errors).toBeUndefined();
    return { queries, groups: res.data!.workingGroups, log };
  };

  it('issues the same number of queries for 6 and for 60 groups', async () => {
    await seedGroups(6);
    await countQueries(); // warm the session cache
    const six = await countQueries();
    await seedGroups(60);
    const sixty = await countQueries();
    expect(six.groups).toHaveLength(6);
    expect(sixty.groups).toHaveLength(60);
    expect(sixty.groups[59].members.edges).toHaveLength(8);
    // Independent loader batches may reach the database in either order: compare as multisets.
    expect({ n: sixty.queries, log: sixty.log.sort() }).toEqual({ n: six.queries, log: six.log.sort() });
    expect(six.queries).toBeGreaterThanOrEqual(5); // the counter sees the loaders' queries
    expect(six.queries).toBeLessThanOrEqual(10);
  });

  it("reads a person's seats and their groups in one statement (the dashboard)", async () => {
    await seedGroups(6);
    const member = await db.query<{ id: string }>(`SELECT id FROM people WHERE display_name = 'Member 2'`);
    const cookie = await sessionCookie(api, member.rows[0].id);
    const DASHBOARD = `{ viewer { person { memberships { role workingGroup { id code name } } } } }`;
    type Seats = { viewer: { person: { memberships: { workingGroup: { code: string; name: string } }[] } } };
    await api.gql(DASHBOARD, {}, cookie); // warm the session cache
    const { result, log } = await sql.measure(() => api.gql<Seats>(DASHBOARD, {}, cookie));
    expect(result.errors).toBeUndefined();
    expect(result.data!.viewer.person.memberships.map((m) => m.workingGroup)).toEqual(
      [1, 2, 3, 4, 5, 6].map((i) => expect.objectContaining({ code: `WG${i}`, name: `Group ${i}` })),
    );
    // The seats' statement joins the groups and primes the group loader: no second read of them.
    expect(log).toEqual([expect.stringContaining('AS "displayName"'), expect.stringContaining('AS seat_id')]);
  });
});
