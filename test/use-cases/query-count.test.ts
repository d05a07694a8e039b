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

const QUERY = `{ useCases(first: 100) { totalCount edges { node { title completeness viewerCanEdit parts { key html }
  createdBy { displayName } experts { displayName } workingGroups { code name }
  requirements { metric value unit year } } } } }`;

/** DESIGN rule 5: the SQL count of the use-case list does not grow with its length. */
describe('SQL queries of the use-case list', () => {
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
      INSERT INTO working_groups (code, name) SELECT 'WG' || i, 'Group ' || i FROM generate_series(1, 6) i;`);
  });
  afterAll(async () => {
    await db.end();
    await api.close();
    await env.cleanup();
  });

  /** n use cases by different people, each with 3 experts, 2 groups and 4 requirements. */
  const seedUseCases = async (n: number) => {
    await db.query('TRUNCATE use_cases CASCADE');
    await db.query(`
      INSERT INTO use_cases (title, created_by, storage, compute, updated_at)
        SELECT 'Use case ' || i, (SELECT id FROM people WHERE display_name = 'Person ' || (i % 30 + 1)),
               'disk', 'cpu', now() - i * interval '1 minute'
        FROM generate_series(1, ${n}) i;
      INSERT INTO use_case_experts (use_case_id, person_id, position)
        SELECT u.id, p.id, row_number() OVER (PARTITION BY u.id ORDER BY p.display_name)
        FROM use_cases u JOIN people p ON p.display_name IN ('Person 2', 'Person 3', 'Person 4');
      INSERT INTO use_case_working_groups (use_case_id, working_group_id, position)
        SELECT u.id, g.id, row_number() OVER (PARTITION BY u.id ORDER BY g.code)
        FROM use_cases u JOIN working_groups g ON g.code IN ('WG1', 'WG5');
      INSERT INTO requirements (use_case_id, category, metric, value, unit, year, position)
        SELECT u.id, 'STORAGE', 'disk ' || k, k, 'PB', 2030, k FROM use_cases u, generate_series(1, 4) k;`);
  };

  const countQueries = async () => {
    const {
      result: res,
      queries,
      log,
    } = await sql.measure(() =>
      api.gql<{
        useCases: {
          totalCount: number;
          edges: { node: { experts: unknown[]; requirements: unknown[]; workingGroups: unknown[] } }[];
        };
      }>(QUERY, {}, member),
    );
    expect(res.errors).toBeUndefined();
    return { queries, list: res.data!.useCases, log };
  };

  it('issues the same number of queries for 2 and for 20 use cases with their relations', async () => {
    await seedUseCases(2);
    await countQueries(); // warm the session cache
    const two = await countQueries();
    await seedUseCases(20);
    const twenty = await countQueries();
    expect(two.list.totalCount).toBe(2);
    expect(twenty.list.edges).toHaveLength(20);
    const last = twenty.list.edges[19].node;
    expect([last.experts.length, last.workingGroups.length, last.requirements.length]).toEqual([3, 2, 4]);
    // Independent loader batches may reach the database in either order: compare as multisets.
    expect({ n: twenty.queries, log: twenty.log.sort() }).toEqual({ n: two.queries, log: two.log.sort() });
    // page + count + createdBy + expert links + expert people + group links + groups + requirements
    expect(two.queries).toBeGreaterThanOrEqual(8);
    expect(two.queries).toBeLessThanOrEqual(10);
  });

  it("reads the totals' contributing use cases in one batch, for 2 as for 20 use cases", async () => {
    const totals = () =>
      sql.measure(() =>
        api.gql<{ requirementTotals: { contributions: unknown[] }[] }>(
          '{ requirementTotals { total contributions { total useCase { id title } } } }',
          {},
          member,
        ),
      );
    await seedUseCases(2);
    await totals();
    const two = await totals();
    await seedUseCases(20);
    const twenty = await totals();
    expect(twenty.result.errors).toBeUndefined();
    expect(twenty.result.data!.requirementTotals[0].contributions).toHaveLength(20);
    expect(twenty.queries).toBe(two.queries);
  });
});
