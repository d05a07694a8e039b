import { Client } from 'pg';
import {
  createTestEnvironment,
  insertPerson,
  sessionCookie,
  startTestApi,
  TestApi,
  TestEnvironment,
} from '@cop/testing';

type Caller = 'anonymous' | 'GUEST' | 'MEMBER' | 'CREATOR' | 'EXPERT' | 'OFFICE';
const CALLERS: Caller[] = ['anonymous', 'GUEST', 'MEMBER', 'CREATOR', 'EXPERT', 'OFFICE'];
type Outcome = 'OK' | 'UNAUTHENTICATED' | 'FORBIDDEN';

const USE_CASE = '00000000-0000-4000-e000-000000000001';
const GROUP = '00000000-0000-4000-a000-000000000001';

/** Allowed callers get OK, anonymous UNAUTHENTICATED, everyone else FORBIDDEN. */
function only(allowed: Caller[]): Record<Caller, Outcome> {
  return Object.fromEntries(
    CALLERS.map((c) => [c, allowed.includes(c) ? 'OK' : c === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN']),
  ) as Record<Caller, Outcome>;
}
const MEMBERS = only(['MEMBER', 'CREATOR', 'EXPERT', 'OFFICE']);

const RELATIONS = `createdBy { displayName } experts { displayName } workingGroups { code }
  requirements { metric value unit } completeness`;

/** Every use-case operation of the contract, with its relations, and what each caller gets. */
const RULES: { op: string; query: string; expect: Record<Caller, Outcome> }[] = [
  {
    op: 'useCases',
    query: `{ useCases { totalCount edges { node { title ${RELATIONS} } } } }`,
    expect: MEMBERS,
  },
  { op: 'useCase', query: `{ useCase(id: "${USE_CASE}") { title ${RELATIONS} } }`, expect: MEMBERS },
  {
    op: 'requirementTotals',
    query: '{ requirementTotals { category metric year unit total useCases } }',
    expect: MEMBERS,
  },
  {
    op: 'proposeUseCase',
    query: `mutation { proposeUseCase(input: { title: "New", workingGroupIds: ["${GROUP}"] }) { title ${RELATIONS} } }`,
    expect: MEMBERS,
  },
  {
    op: 'updateUseCase',
    query: `mutation { updateUseCase(id: "${USE_CASE}", input: { title: "Edited" }) { title ${RELATIONS} } }`,
    expect: only(['CREATOR', 'EXPERT', 'OFFICE']),
  },
  {
    op: 'setUseCaseStatus',
    query: `mutation { setUseCaseStatus(id: "${USE_CASE}", status: SELECTED) { status ${RELATIONS} } }`,
    expect: only(['OFFICE']),
  },
  {
    op: 'setUseCaseRequirements',
    query: `mutation { setUseCaseRequirements(id: "${USE_CASE}", requirements: [
      { category: STORAGE, metric: "disk", value: 3, unit: PB, year: 2030 }]) { ${RELATIONS} } }`,
    expect: only(['CREATOR', 'EXPERT', 'OFFICE']),
  },
];

describe('authorization of the compendium of use cases', () => {
  let env: TestEnvironment;
  let api: TestApi;
  let db: Client;
  const ids: Record<string, string> = {};
  const headers = {} as Record<Caller, Record<string, string>>;

  const resetFixture = async () => {
    await db.query(`
      TRUNCATE use_cases CASCADE;
      INSERT INTO use_cases (id, title, created_by, storage) VALUES ('${USE_CASE}', 'Fixture', '${ids.CREATOR}', 'Tape');
      INSERT INTO use_case_experts (use_case_id, person_id, position) VALUES ('${USE_CASE}', '${ids.EXPERT}', 0);
      INSERT INTO use_case_working_groups (use_case_id, working_group_id, position) VALUES ('${USE_CASE}', '${GROUP}', 0);
      INSERT INTO requirements (use_case_id, category, metric, value, unit, year, position)
        VALUES ('${USE_CASE}', 'STORAGE', 'disk', 1, 'PB', 2030, 0);`);
  };

  beforeAll(async () => {
    env = await createTestEnvironment();
    api = await startTestApi(env.config);
    db = new Client({ connectionString: env.db.url });
    await db.connect();
    await db.query(`INSERT INTO working_groups (id, code, name) VALUES ('${GROUP}', 'WG5', 'Use cases')`);
    headers.anonymous = {};
    const roles: Record<Exclude<Caller, 'anonymous'>, 'GUEST' | 'MEMBER' | 'OFFICE'> = {
      GUEST: 'GUEST',
      MEMBER: 'MEMBER',
      CREATOR: 'MEMBER',
      EXPERT: 'MEMBER',
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
  });
  afterAll(async () => {
    await db.end();
    await api.close();
    await env.cleanup();
  });

  describe.each(RULES)('$op', (rule) => {
    it.each(CALLERS)('as %s', async (caller) => {
      await resetFixture();
      const res = await api.gql(rule.query, {}, headers[caller]);
      const expected = rule.expect[caller];
      if (expected === 'OK') {
        expect(res.errors).toBeUndefined();
        expect(res.data).toBeTruthy();
      } else {
        expect(res.errors?.[0]?.extensions?.code).toBe(expected);
        // Nothing leaks: a nullable root field is null, a non-null one nulls data.
        expect(JSON.stringify(res.data ?? null)).not.toMatch(/Fixture|disk|Test /);
      }
    });
  });

  it('writes nothing when a caller is refused', async () => {
    await resetFixture();
    for (const caller of ['anonymous', 'GUEST', 'MEMBER'] as Caller[]) {
      for (const rule of RULES.filter((r) => r.query.startsWith('mutation') && r.op !== 'proposeUseCase'))
        await api.gql(rule.query, {}, headers[caller]);
      await api.gql(
        RULES.find((r) => r.op === 'proposeUseCase')!.query,
        {},
        caller === 'MEMBER' ? {} : headers[caller],
      );
    }
    const { rows } = await db.query(`SELECT
      (SELECT string_agg(title || status, ',') FROM use_cases) AS cases,
      (SELECT string_agg(metric || value, ',') FROM requirements) AS reqs`);
    expect(rows[0]).toEqual({ cases: 'FixturePROPOSED', reqs: 'disk1' });
  });
});
