import { Client } from 'pg';
import {
  createTestEnvironment,
  insertPerson,
  sessionCookie,
  startTestApi,
  TestApi,
  TestEnvironment,
} from '@cop/testing';
import { SurveysService } from '@cop/surveys';
import {
  SPECTRUM_SURVEY_SLUG,
  seedSpectrumSurvey,
  spectrumResponses,
} from '../../apps/cli/src/seed/spectrum-survey';
import { seedDemo } from '../../apps/cli/src/seed/seed';

type Caller = 'anonymous' | 'GUEST' | 'MEMBER' | 'OFFICE';

interface Tally {
  key: string;
  label: string;
  count: number;
  ratio: number;
  share: number;
}
interface QResult {
  question: { key: string };
  shown: number;
  answered: number;
  noAnswer: number;
  mean: number | null;
  texts: string[];
  options: Tally[];
}
interface Results {
  surveyResults: { responses: number; survey: { slug: string; status: string }; questions: QResult[] };
}

const RESULTS = `query($slug: String!, $where: [AnswerFilter!]) { surveyResults(slug: $slug, where: $where) {
  responses survey { slug status }
  questions { question { key } shown answered noAnswer mean texts(first: 100) options { key label count ratio share } } } }`;

describe('survey results: the SPECTRUM-JENA tables, cross-tabs and the CSV export', () => {
  let env: TestEnvironment;
  let api: TestApi;
  let db: Client;
  const headers = {} as Record<Caller, Record<string, string>>;

  const results = async (caller: Caller, where?: unknown, slug = SPECTRUM_SURVEY_SLUG) => {
    const res = await api.gql<Results>(RESULTS, { slug, where }, headers[caller]);
    expect(res.errors).toBeUndefined();
    const byKey = new Map(res.data!.surveyResults.questions.map((q) => [q.question.key, q]));
    return { ...res.data!.surveyResults, q: (key: string) => byKey.get(key)! };
  };
  const tally = (q: QResult) => Object.fromEntries(q.options.map((o) => [o.key, o.count]));
  const opt = (q: QResult, key: string) => q.options.find((o) => o.key === key)!;

  beforeAll(async () => {
    env = await createTestEnvironment();
    api = await startTestApi(env.config);
    db = new Client({ connectionString: env.db.url });
    await db.connect();
    headers.anonymous = {};
    for (const role of ['GUEST', 'MEMBER', 'OFFICE'] as const) {
      const id = await insertPerson(env.db.url, {
        displayName: `Test ${role}`,
        email: `${role}@example.org`,
        role,
      });
      headers[role] = await sessionCookie(api, id);
    }
    expect(await seedSpectrumSurvey(api.app.get(SurveysService))).toBe(true);
  });
  afterAll(async () => {
    await db.end();
    await api.close();
    await env.cleanup();
  });

  it('seeds once: a second run finds the slug and changes nothing', async () => {
    expect(await seedSpectrumSurvey(api.app.get(SurveysService))).toBe(false);
    const { rows } = await db.query(`SELECT count(*)::int AS n FROM survey_responses`);
    expect(rows[0].n).toBe(80);
  });

  it('reproduces the role table: 65 / 11 / 19 / 20 and 4 Other of 80, No Answer 0', async () => {
    const r = await results('MEMBER');
    expect(r.responses).toBe(80);
    expect(r.survey.status).toBe('CLOSED');
    const roles = r.q('roles');
    expect([roles.shown, roles.answered, roles.noAnswer]).toEqual([80, 80, 0]);
    expect(tally(roles)).toEqual({
      researcher: 65,
      initiative_manager: 11,
      infrastructure_manager: 19,
      rse: 20,
      other: 4,
    });
    expect(opt(roles, 'other').label).toBe('Other');
    expect(opt(roles, 'researcher').ratio).toBeCloseTo(65 / 80, 6);
    expect(opt(roles, 'researcher').share).toBeCloseTo(65 / 119, 6);
    expect([...roles.texts].sort()).toEqual([
      'Data scientist',
      'Educator',
      'Policy advisor',
      'Project officer',
    ]);
  });

  it('reproduces the infrastructure table: yes 22 (ratio 0.275), no 58 (0.725), No Answer 0', async () => {
    const infra = (await results('MEMBER')).q('infrastructure_manager');
    expect([infra.shown, infra.answered, infra.noAnswer]).toEqual([80, 80, 0]);
    expect(opt(infra, 'yes').count).toBe(22);
    expect(opt(infra, 'yes').ratio).toBeCloseTo(0.275, 3);
    expect(opt(infra, 'yes').ratio.toFixed(4)).toBe('0.2750');
    expect(opt(infra, 'no').count).toBe(58);
    expect(opt(infra, 'no').ratio).toBeCloseTo(0.725, 3);
  });

  it('reproduces the scientific domains: 101 choices of 80 respondents, 30 HEP-exp = share 0.297', async () => {
    const domains = (await results('MEMBER')).q('domains');
    expect([domains.shown, domains.answered, domains.noAnswer]).toEqual([80, 80, 0]);
    expect(tally(domains)).toEqual({
      hep_exp: 30,
      hep_th: 15,
      ra: 8,
      gw_exp: 6,
      gw_th: 2,
      np_exp: 9,
      np_th: 12,
      astroparticle: 9,
      other_physics: 6,
      other_research: 4,
    });
    expect(domains.options.reduce((a, o) => a + o.count, 0)).toBe(101);
    expect(opt(domains, 'hep_exp').share.toFixed(3)).toBe('0.297');
    expect(opt(domains, 'hep_th').share.toFixed(3)).toBe('0.149');
    expect(opt(domains, 'gw_th').share.toFixed(3)).toBe('0.020');
    expect(opt(domains, 'hep_exp').ratio).toBeCloseTo(30 / 80, 6);
  });

  it('counts shown and No Answer per condition: a section for the 22 infrastructure managers, unanswered optional questions', async () => {
    const r = await results('MEMBER');
    const cores = r.q('cores');
    expect([cores.shown, cores.answered, cores.noAnswer]).toEqual([22, 22, 0]);
    const training = r.q('training_need');
    expect([training.shown, training.answered, training.noAnswer]).toEqual([80, 60, 20]);
    // The mean of the scale, against the synthetic responses themselves.
    const values = spectrumResponses()
      .flatMap((x) => x.answers)
      .filter((a) => a.questionKey === 'training_need')
      .map((a) => a.number!);
    expect(training.mean).toBeCloseTo(values.reduce((a, b) => a + b, 0) / values.length, 9);
    // Software is shown to research software engineers only (20), nested GPU importance to GPU users.
    expect(r.q('languages').shown).toBe(20);
    const gpu = r.q('gpu_importance');
    expect(gpu.shown).toBe(opt(r.q('resources'), 'gpu').count);
    expect(r.q('domains_other').shown).toBe(10);
    expect(r.q('domains_other').options).toEqual([]);
  });

  it('cross-tabulates: the domains of those who also manage an infrastructure', async () => {
    const where = [{ questionKey: 'infrastructure_manager', anyOf: ['yes'] }];
    const r = await results('OFFICE', where);
    expect(r.responses).toBe(22);
    const expected: Record<string, number> = {};
    for (const resp of spectrumResponses()) {
      const infra = resp.answers.find((a) => a.questionKey === 'infrastructure_manager')!.optionKeys!;
      if (!infra.includes('yes')) continue;
      for (const d of resp.answers.find((a) => a.questionKey === 'domains')!.optionKeys!)
        expected[d] = (expected[d] ?? 0) + 1;
    }
    const got = Object.fromEntries(
      r
        .q('domains')
        .options.filter((o) => o.count > 0)
        .map((o) => [o.key, o.count]),
    );
    expect(got).toEqual(expected);
    expect(r.q('infrastructure_manager').shown).toBe(22);
    // AND across filters, anyOf within one.
    const both = await results('OFFICE', [
      ...where,
      { questionKey: 'roles', anyOf: ['rse', 'initiative_manager'] },
    ]);
    const expectedBoth = spectrumResponses().filter((x) => {
      const get = (k: string) => x.answers.find((a) => a.questionKey === k)?.optionKeys ?? [];
      return (
        get('infrastructure_manager').includes('yes') &&
        get('roles').some((k) => k === 'rse' || k === 'initiative_manager')
      );
    }).length;
    expect(both.responses).toBe(expectedBoth);
    const anyOf = await results('OFFICE', [{ questionKey: 'domains', anyOf: ['hep_exp', 'hep_th'] }]);
    expect(anyOf.responses).toBe(45);
  });

  it('names bad filters', async () => {
    const res = await api.gql(
      RESULTS,
      {
        slug: SPECTRUM_SURVEY_SLUG,
        where: [
          { questionKey: 'nope', anyOf: ['x'] },
          { questionKey: 'country', anyOf: ['x'] },
          { questionKey: 'domains', anyOf: ['zzz'] },
        ],
      },
      headers.OFFICE,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions!.fields).toEqual({
      'where.0.questionKey': 'no question "nope" in this survey',
      'where.1.questionKey': '"country" is not a choice question',
      'where.2.anyOf.0': '"domains" has no option "zzz"',
    });
  });

  it('shows results to GUESTs never, to anonymous callers never', async () => {
    expect(
      (await api.gql(RESULTS, { slug: SPECTRUM_SURVEY_SLUG }, headers.GUEST)).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    expect((await api.gql(RESULTS, { slug: SPECTRUM_SURVEY_SLUG })).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  describe('CSV export', () => {
    const get = (caller: Caller, slug = SPECTRUM_SURVEY_SLUG) =>
      fetch(`${api.url}/surveys/${slug}/responses.csv`, { headers: headers[caller] });

    it('streams one row per submitted response, one column per question, option keys joined by ";"', async () => {
      const res = await get('OFFICE');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
      const body = await res.text();
      const lines = body.split('\r\n');
      expect(lines.at(-1)).toBe('');
      expect(lines).toHaveLength(82);
      const header = lines[0].split(',');
      expect(header.slice(0, 7)).toEqual([
        'responseId',
        'submittedAt',
        'country',
        'career_stage',
        'domains',
        'domains_other',
        'roles',
      ]);
      expect(header).toContain('roles.other');
      expect(header).toContain('cores');
      const rows = lines.slice(1, -1).map((l) => l.split(','));
      const col = (name: string) => rows.map((r) => r[header.indexOf(name)]);
      expect(col('infrastructure_manager').filter((v) => v === 'yes')).toHaveLength(22);
      expect(col('roles')).toContain('researcher;infrastructure_manager');
      expect(col('roles.other').filter(Boolean).sort()).toEqual([
        'Data scientist',
        'Educator',
        'Policy advisor',
        'Project officer',
      ]);
      expect(new Set(col('responseId')).size).toBe(80);
    });

    it('quotes cells with commas, quotes and line breaks, and defuses formulas', async () => {
      const office = headers.OFFICE;
      const input = {
        slug: 'csv-quoting',
        title: 'CSV',
        anonymous: true,
        sections: [{ key: 's', title: 'S', questions: [{ key: 'note', text: 'Note', kind: 'TEXT' }] }],
      };
      const created = await api.gql<{ createSurvey: { id: string } }>(
        'mutation($input: SurveyInput!) { createSurvey(input: $input) { id } }',
        { input },
        office,
      );
      await api.gql(
        'mutation($id: ID!) { openSurvey(id: $id) { id } }',
        { id: created.data!.createSurvey.id },
        office,
      );
      for (const text of ['a, "b"\nc', '=SUM(A1)']) {
        const r = await api.gql(
          'mutation($answers: [AnswerInput!]!) { submitSurveyResponse(slug: "csv-quoting", answers: $answers) { id } }',
          { answers: [{ questionKey: 'note', text }] },
          text.startsWith('=') ? {} : office, // one signed in, one signed out
        );
        expect(r.errors).toBeUndefined();
      }
      const body = await (await get('OFFICE', 'csv-quoting')).text();
      expect(body.startsWith('responseId,submittedAt,note\r\n')).toBe(true);
      expect(body).toContain(',"a, ""b""\nc"\r\n');
      expect(body).toContain(",'=SUM(A1)\r\n");
    });

    it('is for the office only', async () => {
      expect((await get('anonymous')).status).toBe(401);
      expect((await get('GUEST')).status).toBe(403);
      expect((await get('MEMBER')).status).toBe(403);
      expect((await get('OFFICE', 'no-such-survey')).status).toBe(404);
    });
  });

  it('is part of the demo seed, CLOSED, and members can query its results', async () => {
    const seeded = await createTestEnvironment();
    try {
      await seedDemo(seeded.config);
      const api2 = await startTestApi(seeded.config);
      try {
        const member = await insertPerson(seeded.db.url, {
          displayName: 'Reader',
          email: 'reader@example.org',
        });
        const res = await api2.gql<Results>(
          RESULTS,
          { slug: SPECTRUM_SURVEY_SLUG },
          await sessionCookie(api2, member),
        );
        expect(res.errors).toBeUndefined();
        expect(res.data!.surveyResults.responses).toBe(80);
        expect(res.data!.surveyResults.survey.status).toBe('CLOSED');
      } finally {
        await api2.close();
      }
    } finally {
      await seeded.cleanup();
    }
  });
});
