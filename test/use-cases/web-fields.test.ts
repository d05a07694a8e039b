import { Client } from 'pg';
import {
  createTestEnvironment,
  insertPerson,
  sessionCookie,
  startTestApi,
  TestApi,
  TestEnvironment,
} from '@cop/testing';
import { TEMPLATE_PARTS } from '@cop/use-cases';

/** The fields the compendium's pages read: parts as HTML, who may edit, totals' use cases, empty parts. */
describe('the use-case fields of the web pages', () => {
  let env: TestEnvironment;
  let api: TestApi;
  let db: Client;
  const ids: Record<string, string> = {};
  const as: Record<string, Record<string, string>> = {};

  beforeAll(async () => {
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
      ids[name] = await insertPerson(env.db.url, { displayName: `Test ${name}`, role });
      as[name] = await sessionCookie(api, ids[name]);
    }
  });
  afterAll(async () => {
    await db.end();
    await api.close();
    await env.cleanup();
  });
  beforeEach(async () => {
    await db.query('TRUNCATE use_cases CASCADE');
  });

  const propose = async (input: Record<string, unknown>): Promise<string> => {
    const res = await api.gql<{ proposeUseCase: { id: string } }>(
      'mutation($input: UseCaseInput!) { proposeUseCase(input: $input) { id } }',
      { input },
      as.creator,
    );
    expect(res.errors).toBeUndefined();
    return res.data!.proposeUseCase.id;
  };
  const requirements = async (id: string, r: Record<string, unknown>[]) => {
    const res = await api.gql(
      'mutation($id: ID!, $r: [RequirementInput!]!) { setUseCaseRequirements(id: $id, requirements: $r) { id } }',
      { id, r },
      as.office,
    );
    expect(res.errors).toBeUndefined();
  };

  it('gives the parts in the template order with sanitized HTML, null when empty', async () => {
    const id = await propose({
      title: 'Parts',
      scientificChallenge: '**Rare** events <script>alert(1)</script> [x](javascript:alert(1))',
      storage: '  ',
    });
    const res = await api.gql<{
      useCase: { parts: { key: string; markdown: string | null; html: string | null }[] };
    }>('query($id: ID!) { useCase(id: $id) { parts { key markdown html } } }', { id }, as.other);
    const parts = res.data!.useCase.parts;
    expect(parts.map((p) => p.key)).toEqual([...TEMPLATE_PARTS]);
    expect(parts[0].html).toContain('<strong>Rare</strong>');
    expect(parts[0].html).not.toMatch(/<script|href="javascript/i);
    expect(parts[1]).toEqual({ key: 'storage', markdown: null, html: null });
  });

  it('says whether the viewer may edit: creator, experts and the office', async () => {
    const id = await propose({ title: 'Who', expertIds: [ids.expert] });
    const canEdit = async (who: string) =>
      (
        await api.gql<{ useCase: { viewerCanEdit: boolean } }>(
          'query($id: ID!) { useCase(id: $id) { viewerCanEdit } }',
          { id },
          as[who],
        )
      ).data!.useCase.viewerCanEdit;
    expect(await canEdit('creator')).toBe(true);
    expect(await canEdit('expert')).toBe(true);
    expect(await canEdit('office')).toBe(true);
    expect(await canEdit('other')).toBe(false);
  });

  it('names the empty parts in extensions.fields when COMPLETE is refused, and stores nothing', async () => {
    const id = await propose({
      title: 'Gaps',
      scientificChallenge: 'a',
      storage: 'b',
      dataTransport: 'c',
      compute: 'd',
      workflowManagement: 'e',
      accessAndAnalysis: 'f',
    });
    const move = (status: string) =>
      api.gql(
        'mutation($id: ID!, $s: UseCaseStatus!) { setUseCaseStatus(id: $id, status: $s) { status } }',
        {
          id,
          s: status,
        },
        as.office,
      );
    await move('SELECTED');
    await move('IN_ANALYSIS');
    const res = await move('COMPLETE');
    expect(res.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(Object.keys(res.errors?.[0]?.extensions?.fields as object)).toEqual([
      'gapAnalysis',
      'nonTechnicalChallenges',
    ]);
    const { rows } = await db.query('SELECT status FROM use_cases WHERE id = $1', [id]);
    expect(rows[0].status).toBe('IN_ANALYSIS');
  });

  it('names the part a COMPLETE use case would lose in extensions.fields, and stores nothing', async () => {
    const id = await propose({
      title: 'Done',
      ...Object.fromEntries(TEMPLATE_PARTS.map((p) => [p, `The ${p}.`])),
    });
    for (const s of ['SELECTED', 'IN_ANALYSIS', 'COMPLETE'])
      await api.gql(
        'mutation($id: ID!, $s: UseCaseStatus!) { setUseCaseStatus(id: $id, status: $s) { status } }',
        { id, s },
        as.office,
      );
    const res = await api.gql(
      'mutation($id: ID!, $input: UseCaseInput!) { updateUseCase(id: $id, input: $input) { id } }',
      { id, input: { title: 'Done, edited', compute: ' ' } },
      as.creator,
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      fields: { compute: 'a complete use case keeps every part written' },
    });
    const { rows } = await db.query('SELECT title, compute FROM use_cases WHERE id = $1', [id]);
    expect(rows[0]).toEqual({ title: 'Done', compute: 'The compute.' });
  });

  it("links each total to its use cases with each one's share in the total's unit", async () => {
    const a = await propose({ title: 'Alpha' });
    const b = await propose({ title: 'Beta' });
    await requirements(a, [
      { category: 'STORAGE', metric: 'Disk', value: 1500, unit: 'TB', year: 2041 },
      { category: 'STORAGE', metric: 'disk', value: 500, unit: 'TB', year: 2041 },
    ]);
    await requirements(b, [{ category: 'STORAGE', metric: 'disk', value: 2, unit: 'PB', year: 2041 }]);
    const res = await api.gql<{
      requirementTotals: {
        unit: string;
        total: number;
        useCases: number;
        contributions: { total: number; useCase: { id: string; title: string } }[];
      }[];
    }>(
      '{ requirementTotals(year: 2041) { unit total useCases contributions { total useCase { id title } } } }',
      {},
      as.other,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.requirementTotals).toEqual([
      {
        unit: 'PB',
        total: 4,
        useCases: 2,
        contributions: [
          { total: 2, useCase: { id: a, title: 'Alpha' } },
          { total: 2, useCase: { id: b, title: 'Beta' } },
        ].sort((x, y) => (x.useCase.id < y.useCase.id ? -1 : 1)),
      },
    ]);
  });
});
