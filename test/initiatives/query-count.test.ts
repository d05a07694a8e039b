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

const QUERY = `{ initiatives { slug descriptionHtml
  groups { name initiative { slug } linkedWorkingGroups { code } members { displayName } peopleInBoth { displayName } }
  targets { name daysLeft initiative { slug } } }
  reportTargets { name initiative { name } }
  workingGroups { code initiativeGroups { name initiative { slug } } } }`;

/** DESIGN rule 5: the SQL count of the initiatives page does not grow with its length. */
describe('SQL queries of the initiatives', () => {
  let env: TestEnvironment;
  let api: TestApi;
  let db: Client;
  let member: Record<string, string>;
  let sql: SqlRecorder;

  beforeAll(async () => {
    env = await createTestEnvironment();
    api = await startTestApi(env.config);
    db = new Client({ connectionString: env.db.url });
    await db.connect();
    member = await sessionCookie(
      api,
      await insertPerson(env.db.url, { displayName: 'Member', role: 'MEMBER' }),
    );
    sql = recordSql(api);
    await db.query(`
      INSERT INTO people (display_name, role) SELECT 'Person ' || i, 'MEMBER' FROM generate_series(1, 30) i;
      INSERT INTO working_groups (code, name) SELECT 'WG' || i, 'Group ' || i FROM generate_series(1, 6) i;
      INSERT INTO memberships (person_id, working_group_id, role, status, joined_at)
        SELECT p.id, g.id, 'MEMBER', 'ACTIVE', now() FROM people p JOIN working_groups g
          ON g.code = 'WG' || (substring(p.display_name from 8)::int % 6 + 1) WHERE p.display_name LIKE 'Person %';`);
  });
  afterAll(async () => {
    await db.end();
    await api.close();
    await env.cleanup();
  });

  /** n initiatives, each with 3 groups linked to 2 CoP groups with 4 people marked, and 2 targets. */
  const seed = async (n: number) => {
    await db.query('TRUNCATE initiatives, report_targets CASCADE');
    await db.query(`
      INSERT INTO initiatives (slug, name) SELECT 'i-' || i, 'Initiative ' || i FROM generate_series(1, ${n}) i;
      INSERT INTO initiative_groups (initiative_id, name, position)
        SELECT i.id, 'Group ' || k, k FROM initiatives i, generate_series(1, 3) k;
      INSERT INTO initiative_group_links (initiative_group_id, working_group_id)
        SELECT g.id, w.id FROM initiative_groups g JOIN working_groups w ON w.code IN ('WG1', 'WG2');
      INSERT INTO initiative_group_members (initiative_group_id, person_id)
        SELECT g.id, p.id FROM initiative_groups g
          JOIN people p ON p.display_name IN ('Person 1', 'Person 2', 'Person 3', 'Person 4');
      INSERT INTO report_targets (name, due_date, initiative_id)
        SELECT 'Target ' || k || ' of ' || i.name, date '2030-01-01' + k, i.id FROM initiatives i, generate_series(1, 2) k;`);
  };

  const measure = async () => {
    const { result, queries, log } = await sql.measure(() =>
      api.gql<{ initiatives: { groups: { members: unknown[]; peopleInBoth: unknown[] }[] }[] }>(
        QUERY,
        {},
        member,
      ),
    );
    expect(result.errors).toBeUndefined();
    return { queries, log, data: result.data! };
  };

  it('issues the same number of queries for 2 and for 20 initiatives with their relations', async () => {
    await seed(2);
    await measure(); // warm the session cache
    const two = await measure();
    await seed(20);
    const twenty = await measure();
    expect(twenty.data.initiatives).toHaveLength(20);
    const group = twenty.data.initiatives[0].groups[0];
    // Persons 1 and 2 sit in WG2 and WG3 (n % 6 + 1); 3 and 4 in WG4 and WG5: two of them in a linked group.
    expect([group.members.length, group.peopleInBoth.length]).toEqual([4, 1]);
    expect({ n: twenty.queries, log: twenty.log.sort() }).toEqual({ n: two.queries, log: two.log.sort() });
  });
});
