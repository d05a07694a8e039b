import { Client } from 'pg';
import {
  createTestEnvironment,
  insertPerson,
  sessionCookie,
  startTestApi,
  TestApi,
  TestEnvironment,
} from '@cop/testing';

const GROUP = '00000000-0000-4000-a000-0000000000a1';
const UNKNOWN = '00000000-0000-4000-a000-0000000000ff';

const FULL = {
  scientificChallenge: 'Find rare processes.',
  storage: 'Tape and disk.',
  dataTransport: 'WAN transfers.',
  compute: 'Reconstruction.',
  workflowManagement: 'Workflow systems.',
  accessAndAnalysis: 'Analysis facilities.',
  gapAnalysis: 'Not enough disk.',
  nonTechnicalChallenges: 'Careers.',
};

const FIELDS = `id title summary status domains completeness updatedAt
  scientificChallenge storage dataTransport compute workflowManagement accessAndAnalysis gapAnalysis nonTechnicalChallenges
  createdBy { id } experts { id displayName } workingGroups { id code }
  requirements { category metric value unit year note }`;
const PROPOSE = `mutation($input: UseCaseInput!) { proposeUseCase(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UseCaseInput!) { updateUseCase(id: $id, input: $input) { ${FIELDS} } }`;
const STATUS = `mutation($id: ID!, $status: UseCaseStatus!) { setUseCaseStatus(id: $id, status: $status) { status } }`;
const REQUIREMENTS = `mutation($id: ID!, $r: [RequirementInput!]!) { setUseCaseRequirements(id: $id, requirements: $r) { requirements { category metric value unit year note } } }`;
const TOTALS = `query($year: Int, $category: RequirementCategory) { requirementTotals(year: $year, category: $category) { category metric year unit total useCases } }`;

interface UseCaseData {
  id: string;
  status: string;
  completeness: number;
  updatedAt: string;
  requirements: { metric: string; value: number; unit: string }[];
  [k: string]: unknown;
}

describe('the compendium of use cases', () => {
  let env: TestEnvironment;
  let api: TestApi;
  let db: Client;
  const ids: Record<string, string> = {};
  const as: Record<string, Record<string, string>> = {};

  beforeAll(async () => {
    // The default request body limit (1 MiB) still carries a part just over 1,000,000 characters.
    env = await createTestEnvironment();
    api = await startTestApi(env.config);
    db = new Client({ connectionString: env.db.url });
    await db.connect();
    for (const [name, role] of [
      ['creator', 'MEMBER'],
      ['expert', 'MEMBER'],
      ['other', 'MEMBER'],
      ['office', 'OFFICE'],
    ] as const) {
      ids[name] = await insertPerson(env.db.url, {
        displayName: `Test ${name}`,
        email: `${name}@example.org`,
        role,
      });
      as[name] = await sessionCookie(api, ids[name]);
    }
    await db.query(`INSERT INTO working_groups (id, code, name) VALUES ('${GROUP}', 'WG5', 'Use cases')`);
  });
  afterAll(async () => {
    await db.end();
    await api.close();
    await env.cleanup();
  });

  const propose = async (input: Record<string, unknown>, who = 'creator'): Promise<UseCaseData> => {
    const res = await api.gql<{ proposeUseCase: UseCaseData }>(PROPOSE, { input }, as[who]);
    expect(res.errors).toBeUndefined();
    return res.data!.proposeUseCase;
  };
  const setRequirements = async (id: string, r: object[], who = 'creator') => {
    const res = await api.gql(REQUIREMENTS, { id, r }, as[who]);
    expect(res.errors).toBeUndefined();
  };
  const totals = async (vars: { year?: number; category?: string } = {}) => {
    const res = await api.gql<{
      requirementTotals: {
        category: string;
        metric: string;
        year: number;
        unit: string;
        total: number;
        useCases: number;
      }[];
    }>(TOTALS, vars, as.other);
    expect(res.errors).toBeUndefined();
    return res.data!.requirementTotals;
  };
  const counts = async () => {
    const { rows } = await db.query(`SELECT
      (SELECT count(*) FROM use_cases)::int AS use_cases,
      (SELECT count(*) FROM requirements)::int AS requirements,
      (SELECT count(*) FROM use_case_experts)::int AS experts,
      (SELECT count(*) FROM use_case_working_groups)::int AS groups,
      (SELECT coalesce(string_agg(id || title || updated_at::text || coalesce(storage, ''), ',' ORDER BY id), '') FROM use_cases) AS fingerprint`);
    return rows[0];
  };

  describe('proposing and editing', () => {
    it('stores a proposal with its experts and groups, PROPOSED, by the viewer', async () => {
      const uc = await propose({
        title: '  HL-LHC  ',
        summary: 'Data taking',
        domains: ['HEP_EXPERIMENTAL', 'HEP_EXPERIMENTAL'],
        expertIds: [ids.expert],
        workingGroupIds: [GROUP],
        scientificChallenge: 'Higgs',
      });
      expect(uc).toMatchObject({
        title: 'HL-LHC',
        status: 'PROPOSED',
        domains: ['HEP_EXPERIMENTAL'],
        createdBy: { id: ids.creator },
        experts: [{ id: ids.expert, displayName: 'Test expert' }],
        workingGroups: [{ id: GROUP, code: 'WG5' }],
        completeness: 0.125,
        requirements: [],
      });
      const res = await api.gql<{ useCase: { id: string } | null }>(
        `query($id: ID!) { useCase(id: $id) { id } }`,
        { id: uc.id },
        as.other,
      );
      expect(res.data!.useCase).toEqual({ id: uc.id });
    });

    it('returns null for an unknown use case', async () => {
      for (const id of [UNKNOWN, 'not-an-id']) {
        const res = await api.gql(`query($id: ID!) { useCase(id: $id) { id } }`, { id }, as.other);
        expect(res.errors).toBeUndefined();
        expect(res.data).toEqual({ useCase: null });
      }
    });

    it('lets the creator, an expert and the office edit; others get FORBIDDEN', async () => {
      const uc = await propose({ title: 'Editable', expertIds: [ids.expert] });
      for (const who of ['creator', 'expert', 'office']) {
        const res = await api.gql<{ updateUseCase: UseCaseData }>(
          UPDATE,
          { id: uc.id, input: { title: `By ${who}` } },
          as[who],
        );
        expect(res.errors).toBeUndefined();
        expect(res.data!.updateUseCase.title).toBe(`By ${who}`);
        // Left-out fields keep their value.
        expect((res.data!.updateUseCase.experts as { id: string }[]).map((e) => e.id)).toEqual([ids.expert]);
      }
      const denied = await api.gql(UPDATE, { id: uc.id, input: { title: 'By other' } }, as.other);
      expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const missing = await api.gql(UPDATE, { id: UNKNOWN, input: { title: 'x' } }, as.office);
      expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });

    it('lists newest updated first, filtered by status and domain, with stable cursors', async () => {
      await db.query('TRUNCATE use_cases CASCADE');
      const made: string[] = [];
      for (let i = 0; i < 5; i++)
        made.push(
          (
            await propose({
              title: `Listed ${i}`,
              domains: i % 2 ? ['RADIO_ASTRONOMY'] : ['HEP_EXPERIMENTAL'],
            })
          ).id,
        );
      // Touching the first one moves it to the top.
      await api.gql(UPDATE, { id: made[0], input: { title: 'Listed 0 (edited)' } }, as.creator);
      const LIST = `query($first: Int, $after: String, $status: UseCaseStatus, $domain: ScientificDomain) {
        useCases(first: $first, after: $after, status: $status, domain: $domain) {
          totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id title } } } }`;
      type Page = {
        useCases: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string };
          edges: { node: { id: string } }[];
        };
      };
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const res: { data?: Page | null } = await api.gql<Page>(LIST, { first: 2, after }, as.other);
        seen.push(...res.data!.useCases.edges.map((e) => e.node.id));
        expect(res.data!.useCases.totalCount).toBe(5);
        if (!res.data!.useCases.pageInfo.hasNextPage) break;
        after = res.data!.useCases.pageInfo.endCursor;
      }
      expect(seen).toEqual([made[0], made[4], made[3], made[2], made[1]]);

      const radio = await api.gql<Page>(LIST, { domain: 'RADIO_ASTRONOMY' }, as.other);
      expect(radio.data!.useCases.edges.map((e) => e.node.id)).toEqual([made[3], made[1]]);
      expect(radio.data!.useCases.totalCount).toBe(2);

      await api.gql(STATUS, { id: made[2], status: 'SELECTED' }, as.office);
      const selected = await api.gql<Page>(LIST, { status: 'SELECTED' }, as.other);
      expect(selected.data!.useCases.edges.map((e) => e.node.id)).toEqual([made[2]]);

      const bad = await api.gql(LIST, { after: 'garbage' }, as.other);
      expect(bad.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { after: expect.any(String) },
      });
    });
  });

  describe('completeness and status', () => {
    it('counts the filled parts out of eight, blank ones as empty', async () => {
      const none = await propose({ title: 'Empty', storage: '   \n\t ', compute: '' });
      expect(none.completeness).toBe(0);
      const three = await propose({
        title: 'Three',
        storage: 'a',
        compute: 'b',
        gapAnalysis: 'c',
        dataTransport: ' ',
      });
      expect(three.completeness).toBe(3 / 8);
      const all = await propose({ title: 'All', ...FULL });
      expect(all.completeness).toBe(1);
      const res = await api.gql<{ updateUseCase: UseCaseData }>(
        UPDATE,
        { id: all.id, input: { title: 'All', storage: null } },
        as.creator,
      );
      expect(res.data!.updateUseCase.completeness).toBe(7 / 8);
    });

    it('moves forward one step at a time and back one step, only by the office', async () => {
      const uc = await propose({ title: 'Moving', ...FULL });
      const move = (status: string, who = 'office') =>
        api.gql<{ setUseCaseStatus: { status: string } }>(STATUS, { id: uc.id, status }, as[who]);
      for (const who of ['creator', 'expert', 'other'])
        expect((await move('SELECTED', who)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await move('IN_ANALYSIS')).errors?.[0]?.extensions?.code).toBe('CONFLICT'); // skipping
      expect((await move('PROPOSED')).errors?.[0]?.extensions?.code).toBe('CONFLICT'); // staying
      expect((await move('SELECTED')).data!.setUseCaseStatus.status).toBe('SELECTED');
      expect((await move('PROPOSED')).data!.setUseCaseStatus.status).toBe('PROPOSED'); // back one
      expect((await move('SELECTED')).data!.setUseCaseStatus.status).toBe('SELECTED');
      expect((await move('COMPLETE')).errors?.[0]?.extensions?.code).toBe('CONFLICT');
      expect((await move('IN_ANALYSIS')).data!.setUseCaseStatus.status).toBe('IN_ANALYSIS');
      expect((await move('PROPOSED')).errors?.[0]?.extensions?.code).toBe('CONFLICT'); // two back
      expect((await move('COMPLETE')).data!.setUseCaseStatus.status).toBe('COMPLETE');
      expect((await move('IN_ANALYSIS')).data!.setUseCaseStatus.status).toBe('IN_ANALYSIS');
      expect(
        (await api.gql(STATUS, { id: UNKNOWN, status: 'SELECTED' }, as.office)).errors?.[0]?.extensions?.code,
      ).toBe('NOT_FOUND');
    });

    it('refuses COMPLETE while parts are empty, naming them, and stores nothing', async () => {
      const uc = await propose({ title: 'Gaps', ...FULL, gapAnalysis: ' ', nonTechnicalChallenges: null });
      await api.gql(STATUS, { id: uc.id, status: 'SELECTED' }, as.office);
      await api.gql(STATUS, { id: uc.id, status: 'IN_ANALYSIS' }, as.office);
      const res = await api.gql(STATUS, { id: uc.id, status: 'COMPLETE' }, as.office);
      expect(res.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      expect(res.errors?.[0]?.message).toContain('gapAnalysis');
      expect(res.errors?.[0]?.message).toContain('nonTechnicalChallenges');
      expect(res.errors?.[0]?.message).not.toContain('storage');
      const { rows } = await db.query('SELECT status FROM use_cases WHERE id = $1', [uc.id]);
      expect(rows[0].status).toBe('IN_ANALYSIS');
    });

    it('keeps a COMPLETE use case complete: emptying a part is a CONFLICT', async () => {
      const uc = await propose({ title: 'Done', ...FULL });
      for (const s of ['SELECTED', 'IN_ANALYSIS', 'COMPLETE'])
        await api.gql(STATUS, { id: uc.id, status: s }, as.office);
      const res = await api.gql(UPDATE, { id: uc.id, input: { title: 'Done', compute: '  ' } }, as.creator);
      expect(res.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      expect(res.errors?.[0]?.message).toContain('compute');
    });
  });

  describe('requirements and totals', () => {
    beforeEach(async () => {
      await db.query('TRUNCATE use_cases CASCADE');
    });

    it('replaces the list, in order, for the creator, experts and the office only', async () => {
      const uc = await propose({ title: 'Reqs', expertIds: [ids.expert] });
      await setRequirements(uc.id, [
        { category: 'STORAGE', metric: 'raw data', value: 10, unit: 'PB', year: 2030, note: ' tape ' },
        { category: 'COMPUTE', metric: 'reco', value: 1e9, unit: 'CORE_HOURS', year: 2030 },
      ]);
      await setRequirements(
        uc.id,
        [{ category: 'DATA_TRANSPORT', metric: 'WAN', value: 400, unit: 'GBIT_PER_S', year: 2031 }],
        'expert',
      );
      await setRequirements(
        uc.id,
        [
          { category: 'DATA_TRANSPORT', metric: 'WAN', value: 1, unit: 'TBIT_PER_S', year: 2031 },
          { category: 'STORAGE', metric: 'disk', value: 5, unit: 'EB', year: 2040, note: 'n' },
        ],
        'office',
      );
      const res = await api.gql<{ useCase: UseCaseData }>(
        `query($id: ID!) { useCase(id: $id) { requirements { metric value unit year note } } }`,
        { id: uc.id },
        as.other,
      );
      expect(res.data!.useCase.requirements).toEqual([
        { metric: 'WAN', value: 1, unit: 'TBIT_PER_S', year: 2031, note: null },
        { metric: 'disk', value: 5, unit: 'EB', year: 2040, note: 'n' },
      ]);
      const denied = await api.gql(REQUIREMENTS, { id: uc.id, r: [] }, as.other);
      expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(
        (await api.gql(REQUIREMENTS, { id: UNKNOWN, r: [] }, as.office)).errors?.[0]?.extensions?.code,
      ).toBe('NOT_FOUND');
      await setRequirements(uc.id, []);
      const { rows } = await db.query('SELECT count(*)::int AS n FROM requirements');
      expect(rows[0].n).toBe(0);
    });

    it('normalizes storage to PB: 1,500 TB + 2 PB = 3.5 PB, and EB * 1000', async () => {
      const a = await propose({ title: 'A' });
      const b = await propose({ title: 'B' });
      const c = await propose({ title: 'C' });
      await setRequirements(a.id, [
        { category: 'STORAGE', metric: 'raw data', value: 1500, unit: 'TB', year: 2030 },
      ]);
      await setRequirements(b.id, [
        { category: 'STORAGE', metric: 'raw data', value: 2, unit: 'PB', year: 2030 },
      ]);
      expect(await totals()).toEqual([
        { category: 'STORAGE', metric: 'raw data', year: 2030, unit: 'PB', total: 3.5, useCases: 2 },
      ]);
      await setRequirements(c.id, [
        { category: 'STORAGE', metric: 'raw data', value: 0.5, unit: 'EB', year: 2030 },
        { category: 'STORAGE', metric: 'raw data', value: 0.5, unit: 'PB', year: 2030 },
      ]);
      expect(await totals()).toEqual([
        { category: 'STORAGE', metric: 'raw data', year: 2030, unit: 'PB', total: 504, useCases: 3 },
      ]);
    });

    it('normalizes transport to GBIT_PER_S and keeps core-hours and GPU-hours apart', async () => {
      const a = await propose({ title: 'A' });
      const b = await propose({ title: 'B' });
      await setRequirements(a.id, [
        { category: 'DATA_TRANSPORT', metric: 'peak WAN rate', value: 1.2, unit: 'TBIT_PER_S', year: 2030 },
        { category: 'COMPUTE', metric: 'processing', value: 100, unit: 'CORE_HOURS', year: 2030 },
        { category: 'COMPUTE', metric: 'processing', value: 7, unit: 'GPU_HOURS', year: 2030 },
      ]);
      await setRequirements(b.id, [
        { category: 'DATA_TRANSPORT', metric: 'peak WAN rate', value: 800, unit: 'GBIT_PER_S', year: 2030 },
        { category: 'COMPUTE', metric: 'processing', value: 50, unit: 'CORE_HOURS', year: 2030 },
      ]);
      expect(await totals()).toEqual([
        {
          category: 'COMPUTE',
          metric: 'processing',
          year: 2030,
          unit: 'CORE_HOURS',
          total: 150,
          useCases: 2,
        },
        { category: 'COMPUTE', metric: 'processing', year: 2030, unit: 'GPU_HOURS', total: 7, useCases: 1 },
        {
          category: 'DATA_TRANSPORT',
          metric: 'peak WAN rate',
          year: 2030,
          unit: 'GBIT_PER_S',
          total: 2000,
          useCases: 2,
        },
      ]);
    });

    it('matches metrics case- and space-insensitively, showing the most common spelling', async () => {
      const a = await propose({ title: 'A' });
      const b = await propose({ title: 'B' });
      const c = await propose({ title: 'C' });
      await setRequirements(a.id, [
        { category: 'STORAGE', metric: 'Raw  Data', value: 1, unit: 'PB', year: 2030 },
      ]);
      await setRequirements(b.id, [
        { category: 'STORAGE', metric: ' raw data ', value: 2, unit: 'PB', year: 2030 },
      ]);
      await setRequirements(c.id, [
        { category: 'STORAGE', metric: 'RAW\tDATA', value: 3, unit: 'PB', year: 2030 },
      ]);
      // Each spelling once: the first proposed use case's spelling.
      expect(await totals()).toEqual([
        { category: 'STORAGE', metric: 'Raw  Data', year: 2030, unit: 'PB', total: 6, useCases: 3 },
      ]);
      const d = await propose({ title: 'D' });
      await setRequirements(d.id, [
        { category: 'STORAGE', metric: 'raw data', value: 4, unit: 'PB', year: 2030 },
      ]);
      // "raw data" (trimmed on the way in) is now the most common spelling.
      expect(await totals()).toEqual([
        { category: 'STORAGE', metric: 'raw data', year: 2030, unit: 'PB', total: 10, useCases: 4 },
      ]);
      const { rows } = await db.query('SELECT DISTINCT metric_key FROM requirements');
      expect(rows).toEqual([{ metric_key: 'raw data' }]);
    });

    it('respects the year and category filters and counts distinct use cases', async () => {
      const a = await propose({ title: 'A' });
      const b = await propose({ title: 'B' });
      await setRequirements(a.id, [
        { category: 'STORAGE', metric: 'disk', value: 1, unit: 'PB', year: 2030 },
        { category: 'STORAGE', metric: 'disk', value: 1, unit: 'PB', year: 2030 }, // same use case twice
        { category: 'STORAGE', metric: 'disk', value: 5, unit: 'PB', year: 2035 },
        { category: 'COMPUTE', metric: 'cpu', value: 10, unit: 'CORE_HOURS', year: 2030 },
      ]);
      await setRequirements(b.id, [
        { category: 'STORAGE', metric: 'disk', value: 3, unit: 'PB', year: 2030 },
        { category: 'COMPUTE', metric: 'cpu', value: 20, unit: 'CORE_HOURS', year: 2035 },
      ]);
      expect(await totals({ year: 2030 })).toEqual([
        { category: 'COMPUTE', metric: 'cpu', year: 2030, unit: 'CORE_HOURS', total: 10, useCases: 1 },
        { category: 'STORAGE', metric: 'disk', year: 2030, unit: 'PB', total: 5, useCases: 2 },
      ]);
      expect(await totals({ category: 'STORAGE' })).toEqual([
        { category: 'STORAGE', metric: 'disk', year: 2030, unit: 'PB', total: 5, useCases: 2 },
        { category: 'STORAGE', metric: 'disk', year: 2035, unit: 'PB', total: 5, useCases: 1 },
      ]);
      expect(await totals({ year: 2035, category: 'COMPUTE' })).toEqual([
        { category: 'COMPUTE', metric: 'cpu', year: 2035, unit: 'CORE_HOURS', total: 20, useCases: 1 },
      ]);
      expect(await totals({ year: 2099 })).toEqual([]);
    });
  });

  describe('bad input names its field and stores nothing', () => {
    let target: UseCaseData;
    beforeAll(async () => {
      target = await propose({
        title: 'Target',
        expertIds: [ids.expert],
        workingGroupIds: [GROUP],
        storage: 'kept',
      });
      await setRequirements(target.id, [
        { category: 'STORAGE', metric: 'kept', value: 1, unit: 'PB', year: 2030 },
      ]);
    });

    const good = { category: 'STORAGE', metric: 'm', value: 1, unit: 'PB', year: 2030 };
    const badRequirements: [string, object[], string][] = [
      ['a unit of the wrong category', [good, { ...good, unit: 'GBIT_PER_S' }], 'requirements.1.unit'],
      ['compute in PB', [{ ...good, category: 'COMPUTE', unit: 'PB' }], 'requirements.0.unit'],
      ['storage in core-hours', [{ ...good, unit: 'CORE_HOURS' }], 'requirements.0.unit'],
      ['transport in TB', [{ ...good, category: 'DATA_TRANSPORT', unit: 'TB' }], 'requirements.0.unit'],
      ['a negative value', [good, good, { ...good, value: -0.5 }], 'requirements.2.value'],
      ['a year before 2000', [{ ...good, year: 1999 }], 'requirements.0.year'],
      ['a year after 2100', [{ ...good, year: 2101 }], 'requirements.0.year'],
      ['a blank metric', [{ ...good, metric: '  ' }], 'requirements.0.metric'],
      ['a 201-character metric', [good, { ...good, metric: 'm'.repeat(201) }], 'requirements.1.metric'],
      ['a 2001-character note', [good, good, { ...good, note: 'n'.repeat(2001) }], 'requirements.2.note'],
    ];
    it.each(badRequirements)('setUseCaseRequirements: %s', async (_name, r, field) => {
      const before = await counts();
      const res = await api.gql(REQUIREMENTS, { id: target.id, r }, as.creator);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(Object.keys(res.errors![0].extensions!.fields as object)).toContain(field);
      expect(await counts()).toEqual(before);
      const { rows } = await db.query('SELECT metric FROM requirements WHERE use_case_id = $1', [target.id]);
      expect(rows).toEqual([{ metric: 'kept' }]);
    });

    it('rejects a non-finite value written inline (GraphQL parses 1e400 as Infinity), naming it', async () => {
      const before = await counts();
      const res = await api.gql(
        `mutation { setUseCaseRequirements(id: "${target.id}", requirements: [
          { category: STORAGE, metric: "m", value: 1, unit: PB, year: 2030 },
          { category: STORAGE, metric: "m", value: 1e400, unit: PB, year: 2030 }]) { id } }`,
        {},
        as.creator,
      );
      expect(res.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { 'requirements.1.value': 'must be a finite number' },
      });
      expect(await counts()).toEqual(before);
    });

    it('rejects a non-finite value in variables (GraphQL refuses it before the resolver)', async () => {
      // JSON cannot carry NaN or Infinity; 1e400 overflows to Infinity and variable coercion refuses it.
      const before = await counts();
      const res = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...as.creator },
        body: `{"query":${JSON.stringify(REQUIREMENTS)},"variables":{"id":"${target.id}","r":[{"category":"STORAGE","metric":"m","value":1e400,"unit":"PB","year":2030}]}}`,
      });
      const body = (await res.json()) as {
        errors?: { message: string; extensions?: { code?: string; fields?: object } }[];
      };
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0]?.message).toContain('r[0].value');
      expect(await counts()).toEqual(before);
    });

    const tooLong = 'x'.repeat(1_000_001);
    // Functions of the people's ids, which exist only once beforeAll has run.
    const badInputs: [string, (p: Record<string, string>) => Record<string, unknown>, string][] = [
      ['an unknown expert', (p) => ({ expertIds: [p.expert, UNKNOWN] }), 'input.expertIds.1'],
      ['an expert id that is no id', () => ({ expertIds: ['nobody'] }), 'input.expertIds.0'],
      ['an unknown working group', () => ({ workingGroupIds: [UNKNOWN] }), 'input.workingGroupIds.0'],
      ['a blank title', () => ({ title: '   ' }), 'input.title'],
      ['a template part over 1,000,000 characters', () => ({ gapAnalysis: tooLong }), 'input.gapAnalysis'],
      ['another part over the limit', () => ({ scientificChallenge: tooLong }), 'input.scientificChallenge'],
    ];
    it.each(badInputs)('proposeUseCase: %s', async (_name, extra, field) => {
      const before = await counts();
      const res = await api.gql(PROPOSE, { input: { title: 'Bad', ...extra(ids) } }, as.creator);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(Object.keys(res.errors![0].extensions!.fields as object)).toContain(field);
      expect(await counts()).toEqual(before);
    });
    it.each(badInputs)('updateUseCase: %s', async (_name, extra, field) => {
      const before = await counts();
      const res = await api.gql(
        UPDATE,
        { id: target.id, input: { title: 'Bad', ...extra(ids) } },
        as.creator,
      );
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(Object.keys(res.errors![0].extensions!.fields as object)).toContain(field);
      expect(await counts()).toEqual(before);
      const { rows } = await db.query('SELECT title, storage FROM use_cases WHERE id = $1', [target.id]);
      expect(rows[0]).toEqual({ title: 'Target', storage: 'kept' });
    });

    it('accepts a template part of exactly 1,000,000 characters', async () => {
      const uc = await propose({ title: 'Big', storage: 'y'.repeat(1_000_000) });
      expect(uc.completeness).toBe(0.125);
    });

    it('names every bad requirement at once', async () => {
      const res = await api.gql(
        REQUIREMENTS,
        {
          id: target.id,
          r: [
            { ...good, unit: 'EB', value: -1, year: 3000 },
            { ...good, category: 'COMPUTE' },
          ],
        },
        as.creator,
      );
      expect(res.errors?.[0]?.extensions?.fields).toEqual({
        'requirements.0.value': expect.any(String),
        'requirements.0.year': expect.any(String),
        'requirements.1.unit': expect.any(String),
      });
    });
  });
});
