import { Client } from 'pg';
import {
  createTestEnvironment,
  recordSql,
  SqlRecorder,
  startTestApi,
  TestApi,
  TestEnvironment,
} from '@cop/testing';

const LIST = `query($first: Int, $after: ID, $search: String) {
  workingGroups(first: $first, after: $after, search: $search) { id code name } }`;

type Group = { id: string; code: string; name: string };

/** issue 23: the working-group list a page at a time (keyset on the list's order), searched, bounded. */
describe('workingGroups(first, after, search)', () => {
  let env: TestEnvironment;
  let api: TestApi;
  let db: Client;
  let sql: SqlRecorder;

  const list = (variables: Record<string, unknown> = {}) =>
    api.gql<{ workingGroups: Group[] }>(LIST, variables);
  const codes = async (variables: Record<string, unknown>) => {
    const res = await list(variables);
    expect(res.errors).toBeUndefined();
    return res.data!.workingGroups.map((g) => g.code);
  };
  /** The whole list in its order: WG2 before WG10, then by code. */
  const everyCode = async () =>
    (
      await db.query<{ code: string }>(`SELECT code FROM working_groups ORDER BY length(code), code`)
    ).rows.map((r) => r.code);
  const digest = async () =>
    (
      await db.query<{ d: string }>(
        `SELECT md5(string_agg(g::text, ',' ORDER BY g.id)) AS d FROM working_groups g`,
      )
    ).rows[0].d;

  beforeAll(async () => {
    env = await createTestEnvironment();
    api = await startTestApi(env.config);
    db = new Client({ connectionString: env.db.url });
    await db.connect();
    sql = recordSql(api);
    // 45 groups WG1..WG45 (WG2 sorts before WG10), a few with words to find; topics on some.
    await db.query(`
      TRUNCATE working_groups CASCADE;
      INSERT INTO working_groups (code, name, description)
        SELECT 'WG' || i, 'Group ' || i,
          CASE WHEN i % 10 = 3 THEN 'Edge computing and its sensors' END
        FROM generate_series(1, 45) i;
      UPDATE working_groups SET name = 'Data Management and Access' WHERE code = 'WG1';
      UPDATE working_groups SET name = 'Fifty_percent 100% sure' WHERE code = 'WG7';
      UPDATE working_groups SET name = 'Fifty percent sure' WHERE code = 'WG8';
      INSERT INTO topics (working_group_id, name)
        SELECT id, 'Quantum Annealing' FROM working_groups WHERE code IN ('WG20', 'WG44');`);
  });
  afterAll(async () => {
    await db.end();
    await api.close();
    await env.cleanup();
  });

  it('answers every group in order without first, as before', async () => {
    expect(await codes({})).toEqual(await everyCode());
    expect((await codes({})).slice(0, 3)).toEqual(['WG1', 'WG2', 'WG3']);
  });

  it('chains pages by the last id without gaps or repeats, the last page shorter than asked', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    const sizes: number[] = [];
    for (;;) {
      const res = await list({ first: 10, after });
      expect(res.errors).toBeUndefined();
      const page = res.data!.workingGroups;
      sizes.push(page.length);
      seen.push(...page.map((g) => g.code));
      if (page.length < 10) break;
      after = page.at(-1)!.id;
    }
    expect(sizes).toEqual([10, 10, 10, 10, 5]);
    expect(seen).toEqual(await everyCode());
  });

  it('sends one SQL statement a page', async () => {
    const first = (await list({ first: 5 })).data!.workingGroups;
    const { queries } = await sql.measure(() => list({ first: 5, after: first.at(-1)!.id }));
    expect(queries).toBe(1);
  });

  it('searches code, name, description and topic names, in any case, trimmed', async () => {
    expect(await codes({ search: '  data MANAGEMENT ' })).toEqual(['WG1']);
    expect(await codes({ search: 'wg4' })).toEqual(['WG4', 'WG40', 'WG41', 'WG42', 'WG43', 'WG44', 'WG45']);
    expect(await codes({ search: 'edge COMPUTING' })).toEqual(['WG3', 'WG13', 'WG23', 'WG33', 'WG43']);
    expect(await codes({ search: 'quantum' })).toEqual(['WG20', 'WG44']);
    expect(await codes({ search: '   ' })).toEqual(await everyCode());
    expect(await codes({ search: 'nothing like it' })).toEqual([]);
  });

  it('matches LIKE metacharacters literally', async () => {
    expect(await codes({ search: '100%' })).toEqual(['WG7']);
    expect(await codes({ search: 'fifty_' })).toEqual(['WG7']);
    expect(await codes({ search: '%' })).toEqual(['WG7']);
    expect(await codes({ search: '\\' })).toEqual([]);
  });

  it('pages a search', async () => {
    const page1 = (await list({ search: 'wg4', first: 4 })).data!.workingGroups;
    const page2 = (await list({ search: 'wg4', first: 4, after: page1.at(-1)!.id })).data!.workingGroups;
    expect([...page1, ...page2].map((g) => g.code)).toEqual([
      'WG4',
      'WG40',
      'WG41',
      'WG42',
      'WG43',
      'WG44',
      'WG45',
    ]);
  });

  it('after the last group: an empty page, not an error', async () => {
    const all = (await list({})).data!.workingGroups;
    expect(await codes({ first: 10, after: all.at(-1)!.id })).toEqual([]);
  });

  it.each([
    ['first', { first: 0 }],
    ['first', { first: 101 }],
    ['first', { first: -1 }],
    ['after', { first: 10, after: 'WG1' }],
    ['after', { first: 10, after: '00000000-0000-4000-8000-000000000000' }],
    ['search', { search: 'x'.repeat(201) }],
  ])('names %s on bad input %j and changes nothing', async (field, variables) => {
    const before = await digest();
    const res = await list(variables);
    expect(res.data?.workingGroups ?? null).toBeNull();
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { [field]: expect.any(String) },
    });
    expect(await digest()).toBe(before);
  });

  it('takes the bounds themselves', async () => {
    expect(await codes({ first: 1 })).toEqual(['WG1']);
    expect(await codes({ first: 100 })).toHaveLength(45);
    expect(await codes({ search: ` ${'x'.repeat(200)} ` })).toEqual([]);
  });
});
