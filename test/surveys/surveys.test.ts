import { Client } from 'pg';
import {
  createTestEnvironment,
  insertPerson,
  sessionCookie,
  startTestApi,
  TestApi,
  TestEnvironment,
} from '@cop/testing';
import { Clock } from '@cop/platform';
import { nestedSurvey } from './nested-survey';

type Caller = 'anonymous' | 'GUEST' | 'MEMBER' | 'OFFICE';
const CALLERS: Caller[] = ['anonymous', 'GUEST', 'MEMBER', 'OFFICE'];

const SURVEY_FIELDS = `id slug title status anonymous opensAt closesAt responseCount
  sections { key title position showIf { questionKey anyOf }
    questions { key kind required allowOther options { key label } scaleMin scaleMax showIf { questionKey anyOf } } }`;
const CREATE = `mutation($input: SurveyInput!) { createSurvey(input: $input) { ${SURVEY_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: SurveyInput!) { updateSurvey(id: $id, input: $input) { id title status } }`;
const OPEN = `mutation($id: ID!) { openSurvey(id: $id) { id status } }`;
const CLOSE = `mutation($id: ID!) { closeSurvey(id: $id) { id status } }`;
const SUBMIT = `mutation($slug: String!, $answers: [AnswerInput!]!) {
  submitSurveyResponse(slug: $slug, answers: $answers) { id submittedAt answers { questionKey optionKeys otherText text number } } }`;
const DRAFT = `mutation($slug: String!, $answers: [AnswerInput!]!) {
  saveSurveyDraft(slug: $slug, answers: $answers) { id submittedAt answers { questionKey optionKeys text } } }`;
const MINE = `query($slug: String!) { viewerSurveyResponse(slug: $slug) { id submittedAt answers { questionKey optionKeys text } } }`;
const RESULTS = `query($slug: String!, $where: [AnswerFilter!]) { surveyResults(slug: $slug, where: $where) {
  responses questions { question { key } shown answered noAnswer mean texts options { key label count ratio share } } } }`;

describe('surveys: definitions, responses and access', () => {
  let env: TestEnvironment;
  let api: TestApi;
  let db: Client;
  const headers = {} as Record<Caller, Record<string, string>>;
  const ids = {} as Record<Caller, string>;

  const gqlAs = <T = Record<string, unknown>>(caller: Caller, q: string, vars?: Record<string, unknown>) =>
    api.gql<T>(q, vars, headers[caller]);

  const create = async (input: Record<string, unknown>) => {
    const res = await gqlAs<{ createSurvey: { id: string; slug: string } }>('OFFICE', CREATE, { input });
    expect(res.errors).toBeUndefined();
    return res.data!.createSurvey;
  };
  const createOpen = async (input: Record<string, unknown>) => {
    const s = await create(input);
    expect((await gqlAs('OFFICE', OPEN, { id: s.id })).errors).toBeUndefined();
    return s;
  };
  const counts = async () => {
    const { rows } = await db.query<{ r: number; a: number }>(
      `SELECT (SELECT count(*)::int FROM survey_responses) AS r, (SELECT count(*)::int FROM survey_answers) AS a`,
    );
    return rows[0];
  };
  const fields = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => {
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    return res.errors![0].extensions!.fields as Record<string, string>;
  };

  beforeAll(async () => {
    env = await createTestEnvironment();
    api = await startTestApi(env.config);
    db = new Client({ connectionString: env.db.url });
    await db.connect();
    headers.anonymous = {};
    ids.anonymous = '';
    for (const role of ['GUEST', 'MEMBER', 'OFFICE'] as const) {
      ids[role] = await insertPerson(env.db.url, {
        displayName: `Test ${role}`,
        email: `${role}@example.org`,
        role,
      });
      headers[role] = await sessionCookie(api, ids[role]);
    }
  });
  afterAll(async () => {
    await db.end();
    await api.close();
    await env.cleanup();
  });

  describe('authorization', () => {
    const made = {} as Record<string, Record<Caller, string>>;
    beforeAll(async () => {
      for (const kind of ['draft', 'open', 'openAnon', 'closed']) made[kind] = {} as Record<Caller, string>;
      for (const caller of CALLERS) {
        made.draft[caller] = (await create(nestedSurvey(`auth-draft-${caller.toLowerCase()}`))).id;
        made.open[caller] = (await createOpen(nestedSurvey(`auth-open-${caller.toLowerCase()}`))).id;
      }
      await createOpen(nestedSurvey('auth-anon', { anonymous: true }));
      const closed = await createOpen(nestedSurvey('auth-closed'));
      await gqlAs('OFFICE', CLOSE, { id: closed.id });
    });

    const ops: {
      op: string;
      query: string;
      vars: (c: Caller) => Record<string, unknown>;
      allowed: Caller[];
    }[] = [
      { op: 'surveys', query: '{ surveys { slug responseCount } }', vars: () => ({}), allowed: CALLERS },
      {
        op: 'survey',
        query: 'query($slug: String!) { survey(slug: $slug) { slug responseCount } }',
        vars: () => ({ slug: 'auth-closed' }),
        allowed: CALLERS,
      },
      {
        op: 'viewerSurveyResponse',
        query: MINE,
        vars: () => ({ slug: 'auth-closed' }),
        allowed: ['GUEST', 'MEMBER', 'OFFICE'],
      },
      {
        op: 'surveyResults (OPEN)',
        query: RESULTS,
        vars: () => ({ slug: 'auth-anon' }),
        allowed: ['OFFICE'],
      },
      {
        op: 'surveyResults (CLOSED)',
        query: RESULTS,
        vars: () => ({ slug: 'auth-closed' }),
        allowed: ['MEMBER', 'OFFICE'],
      },
      {
        op: 'createSurvey',
        query: CREATE,
        vars: (c) => ({ input: nestedSurvey(`auth-new-${c.toLowerCase()}`) }),
        allowed: ['OFFICE'],
      },
      {
        op: 'updateSurvey',
        query: UPDATE,
        vars: (c) => ({ id: made.draft[c], input: nestedSurvey(`auth-draft-${c.toLowerCase()}`) }),
        allowed: ['OFFICE'],
      },
      { op: 'openSurvey', query: OPEN, vars: (c) => ({ id: made.draft[c] }), allowed: ['OFFICE'] },
      { op: 'closeSurvey', query: CLOSE, vars: (c) => ({ id: made.open[c] }), allowed: ['OFFICE'] },
      {
        op: 'submitSurveyResponse (not anonymous)',
        query: SUBMIT,
        vars: () => ({ slug: 'auth-open-guest', answers: [{ questionKey: 'role', optionKeys: ['ops'] }] }),
        allowed: ['GUEST', 'MEMBER', 'OFFICE'],
      },
      {
        op: 'submitSurveyResponse (anonymous)',
        query: SUBMIT,
        vars: () => ({ slug: 'auth-anon', answers: [{ questionKey: 'role', optionKeys: ['ops'] }] }),
        allowed: CALLERS,
      },
      {
        op: 'saveSurveyDraft',
        query: DRAFT,
        vars: () => ({ slug: 'auth-open-member', answers: [{ questionKey: 'role', optionKeys: ['dev'] }] }),
        allowed: ['GUEST', 'MEMBER', 'OFFICE'],
      },
    ];

    describe.each(ops)('$op', (rule) => {
      it.each(CALLERS)('as %s', async (caller) => {
        const res = await gqlAs(caller, rule.query, rule.vars(caller));
        if (rule.allowed.includes(caller)) expect(res.errors).toBeUndefined();
        else
          expect(res.errors?.[0]?.extensions?.code).toBe(
            caller === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN',
          );
      });
    });

    it('hides DRAFT surveys from everyone but the office', async () => {
      const q = 'query($slug: String!) { survey(slug: $slug) { slug status } }';
      for (const caller of ['anonymous', 'GUEST', 'MEMBER'] as const) {
        expect((await gqlAs(caller, q, { slug: 'auth-draft-guest' })).data).toEqual({ survey: null });
        const list = await gqlAs<{ surveys: { status: string }[] }>(caller, '{ surveys { status } }');
        expect(list.data!.surveys.some((s) => s.status === 'DRAFT')).toBe(false);
        expect(
          (await gqlAs(caller, SUBMIT, { slug: 'auth-draft-guest', answers: [] })).errors?.[0]?.extensions
            ?.code,
        ).toBe('NOT_FOUND');
      }
      expect((await gqlAs('OFFICE', q, { slug: 'auth-draft-guest' })).data).toEqual({
        survey: { slug: 'auth-draft-guest', status: 'DRAFT' },
      });
      const list = await gqlAs<{ surveys: { status: string }[] }>('OFFICE', '{ surveys { status } }');
      expect(list.data!.surveys.some((s) => s.status === 'DRAFT')).toBe(true);
    });

    it('answers unknown slugs with null or NOT_FOUND', async () => {
      const slug = 'no-such-survey';
      expect(
        (await gqlAs('MEMBER', 'query($slug: String!) { survey(slug: $slug) { id } }', { slug })).data,
      ).toEqual({
        survey: null,
      });
      for (const q of [RESULTS, MINE])
        expect((await gqlAs('OFFICE', q, { slug })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      for (const q of [SUBMIT, DRAFT])
        expect((await gqlAs('MEMBER', q, { slug, answers: [] })).errors?.[0]?.extensions?.code).toBe(
          'NOT_FOUND',
        );
      for (const q of [OPEN, CLOSE])
        expect(
          (await gqlAs('OFFICE', q, { id: '00000000-0000-4000-8000-000000000000' })).errors?.[0]?.extensions
            ?.code,
        ).toBe('NOT_FOUND');
    });
  });

  describe('definitions', () => {
    it('creates a DRAFT survey with its sections, positions and conditions', async () => {
      const res = await gqlAs<{ createSurvey: Record<string, unknown> }>('OFFICE', CREATE, {
        input: nestedSurvey('def-ok'),
      });
      expect(res.errors).toBeUndefined();
      const s = res.data!.createSurvey as {
        status: string;
        responseCount: number;
        sections: {
          key: string;
          position: number;
          showIf: unknown;
          questions: { key: string; required: boolean }[];
        }[];
      };
      expect(s.status).toBe('DRAFT');
      expect(s.responseCount).toBe(0);
      expect(s.sections.map((x) => [x.key, x.position])).toEqual([
        ['who', 1],
        ['dev', 2],
        ['more', 3],
      ]);
      expect(s.sections[1].showIf).toEqual({ questionKey: 'role', anyOf: ['dev'] });
      expect(s.sections[2].questions.find((q) => q.key === 'comment')!.required).toBe(false);
    });

    it('names every definition problem by its input path, and stores nothing', async () => {
      const input = {
        slug: 'Bad Slug',
        title: ' ',
        opensAt: '2030-01-02T00:00:00Z',
        closesAt: '2030-01-01T00:00:00Z',
        sections: [
          {
            key: 's1',
            title: 'One',
            showIf: { questionKey: 'q1', anyOf: ['a'] }, // its own question: not earlier
            questions: [
              {
                key: 'q1',
                text: 'Q1',
                kind: 'SINGLE_CHOICE',
                options: [
                  { key: 'a', label: 'A' },
                  { key: 'a', label: 'A2' },
                ],
              },
              { key: 'q1', text: 'dup', kind: 'TEXT' },
              { key: 'q3', text: 'Q3', kind: 'MULTIPLE_CHOICE', options: [] },
              { key: 'q4', text: 'Q4', kind: 'SCALE', scaleMin: 5, scaleMax: 5 },
              { key: 'q5', text: 'Q5', kind: 'SCALE' },
              { key: 'q6', text: 'Q6', kind: 'TEXT', options: [{ key: 'x', label: 'X' }], allowOther: true },
              { key: 'q7', text: 'Q7', kind: 'TEXT', showIf: { questionKey: 'nope', anyOf: ['a'] } },
              { key: 'q8', text: 'Q8', kind: 'TEXT', showIf: { questionKey: 'q9', anyOf: ['a'] } },
              { key: 'q9', text: 'Q9', kind: 'SINGLE_CHOICE', options: [{ key: 'a', label: 'A' }] },
              { key: 'q10', text: 'Q10', kind: 'TEXT', showIf: { questionKey: 'q6', anyOf: ['x'] } },
              { key: 'q11', text: 'Q11', kind: 'TEXT', showIf: { questionKey: 'q1', anyOf: ['zzz'] } },
              { key: 'q12', text: 'Q12', kind: 'NUMBER', scaleMin: 1 },
              { key: 'q13', text: 'Q13', kind: 'SINGLE_CHOICE', options: [{ key: 'other', label: 'Other' }] },
              { key: 'q14', text: 'Q14', kind: 'TEXT', showIf: { questionKey: 'q1', anyOf: [] } },
            ],
          },
          { key: 's1', title: 'Dup', questions: [{ key: 'q20', text: 'Q20', kind: 'TEXT' }] },
        ],
      };
      const before = await db.query('SELECT count(*)::int AS n FROM surveys');
      const f = fields(await gqlAs('OFFICE', CREATE, { input }));
      const q = (i: number) => `input.sections.0.questions.${i}`;
      expect(f).toEqual(
        expect.objectContaining({
          'input.slug': expect.any(String),
          'input.title': expect.any(String),
          'input.closesAt': 'must be after opensAt',
          'input.sections.0.showIf.questionKey': '"q1" must be an earlier question',
          'input.sections.1.key': 'duplicate section key "s1"',
          [`${q(0)}.options.1.key`]: 'duplicate option key "a"',
          [`${q(1)}.key`]: 'duplicate question key "q1"',
          [`${q(2)}.options`]: 'a choice question needs at least one option',
          [`${q(3)}.scaleMax`]: 'must be greater than scaleMin',
          [`${q(4)}.scaleMin`]: 'a SCALE question needs scaleMin',
          [`${q(4)}.scaleMax`]: 'a SCALE question needs scaleMax',
          [`${q(5)}.options`]: 'only choice questions have options',
          [`${q(5)}.allowOther`]: 'only choice questions have an Other choice',
          [`${q(6)}.showIf.questionKey`]: 'no question "nope" in this survey',
          [`${q(7)}.showIf.questionKey`]: '"q9" must be an earlier question',
          [`${q(9)}.showIf.questionKey`]: '"q6" is not a choice question',
          [`${q(10)}.showIf.anyOf.0`]: '"q1" has no option "zzz"',
          [`${q(11)}.scaleMin`]: 'only SCALE questions have a scale',
          [`${q(12)}.options.0.key`]: expect.stringContaining('allowOther'),
          [`${q(13)}.showIf.anyOf`]: 'needs at least one option key',
        }),
      );
      expect((await db.query('SELECT count(*)::int AS n FROM surveys')).rows).toEqual(before.rows);
    });

    it('refuses a duplicate slug with CONFLICT', async () => {
      await create(nestedSurvey('def-dup'));
      expect(
        (await gqlAs('OFFICE', CREATE, { input: nestedSurvey('def-dup') })).errors?.[0]?.extensions?.code,
      ).toBe('CONFLICT');
    });

    it('edits a DRAFT only, and opens and closes', async () => {
      const s = await create(nestedSurvey('def-edit'));
      const edited = await gqlAs<{ updateSurvey: { title: string } }>('OFFICE', UPDATE, {
        id: s.id,
        input: { ...nestedSurvey('def-edit'), title: 'Edited' },
      });
      expect(edited.data?.updateSurvey.title).toBe('Edited');
      expect(
        (await gqlAs<{ openSurvey: { status: string } }>('OFFICE', OPEN, { id: s.id })).data!.openSurvey
          .status,
      ).toBe('OPEN');
      expect((await gqlAs('OFFICE', OPEN, { id: s.id })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
      expect(
        (await gqlAs('OFFICE', UPDATE, { id: s.id, input: nestedSurvey('def-edit') })).errors?.[0]?.extensions
          ?.code,
      ).toBe('CONFLICT');
      expect(
        (await gqlAs<{ closeSurvey: { status: string } }>('OFFICE', CLOSE, { id: s.id })).data!.closeSurvey
          .status,
      ).toBe('CLOSED');
      expect((await gqlAs('OFFICE', CLOSE, { id: s.id })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
      const upd = await gqlAs('OFFICE', UPDATE, { id: s.id, input: nestedSurvey('def-edit') });
      expect(upd.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      expect(upd.errors?.[0]?.message).toMatch(/CLOSED/);
    });
  });

  describe('responses', () => {
    const slug = 'resp';
    beforeAll(async () => {
      await createOpen(nestedSurvey(slug));
    });
    const submit = (caller: Caller, answers: unknown[]) => gqlAs(caller, SUBMIT, { slug, answers });

    it('leaves required questions hidden by a condition alone', async () => {
      const res = await submit('GUEST', [{ questionKey: 'role', optionKeys: ['ops'] }]);
      expect(res.errors).toBeUndefined();
    });

    it('requires the questions a condition shows, nested: a section shown by one answer holding a question shown by another', async () => {
      expect(fields(await submit('GUEST', [{ questionKey: 'role', optionKeys: ['dev'] }]))).toEqual({
        'answers.uses_gpu': 'required',
      });
      expect(
        fields(
          await submit('GUEST', [
            { questionKey: 'role', optionKeys: ['dev'] },
            { questionKey: 'uses_gpu', optionKeys: ['yes'] },
          ]),
        ),
      ).toEqual({ 'answers.gpu_kind': 'required' });
      expect(fields(await submit('GUEST', []))).toEqual({ 'answers.role': 'required' });
    });

    it('refuses answers to hidden questions, naming them', async () => {
      const f = fields(
        await submit('GUEST', [
          { questionKey: 'role', optionKeys: ['dev'] },
          { questionKey: 'uses_gpu', optionKeys: ['no'] },
          { questionKey: 'gpu_kind', text: 'A100' },
        ]),
      );
      expect(Object.keys(f)).toEqual(['answers.gpu_kind']);
      expect(f['answers.gpu_kind']).toMatch(/not shown.*uses_gpu/);
    });

    it('invalidates later answers when an early answer changes', async () => {
      const full = [
        { questionKey: 'role', optionKeys: ['dev'] },
        { questionKey: 'uses_gpu', optionKeys: ['yes'] },
        { questionKey: 'gpu_kind', text: 'A100' },
      ];
      const draft = await gqlAs<{ saveSurveyDraft: { submittedAt: string | null } }>('MEMBER', DRAFT, {
        slug,
        answers: full,
      });
      expect(draft.data!.saveSurveyDraft.submittedAt).toBeNull();
      const changed = [{ questionKey: 'role', optionKeys: ['ops'] }, ...full.slice(1)];
      const f = fields(await submit('MEMBER', changed));
      expect(Object.keys(f).sort()).toEqual(['answers.gpu_kind', 'answers.uses_gpu']);
      // The draft is still there, unchanged.
      const mine = await gqlAs<{ viewerSurveyResponse: { submittedAt: string | null; answers: unknown[] } }>(
        'MEMBER',
        MINE,
        {
          slug,
        },
      );
      expect(mine.data!.viewerSurveyResponse.submittedAt).toBeNull();
      expect(mine.data!.viewerSurveyResponse.answers).toHaveLength(3);
    });

    it('refuses an over-long answer in a draft, naming the question, and keeps the draft', async () => {
      const before = await gqlAs('MEMBER', MINE, { slug });
      const res = await gqlAs('MEMBER', DRAFT, {
        slug,
        answers: [
          { questionKey: 'role', optionKeys: ['dev'] },
          { questionKey: 'gpu_kind', text: 'x'.repeat(10_001) },
        ],
      });
      expect(res.errors?.[0]?.extensions).toEqual({
        code: 'BAD_USER_INPUT',
        fields: { 'answers.gpu_kind': 'must be at most 10000 characters' },
      });
      expect(await gqlAs('MEMBER', MINE, { slug })).toEqual(before);
    });

    it('keeps a partial draft without required answers, then submits and replaces one response per person', async () => {
      const d = await gqlAs<{ saveSurveyDraft: { id: string } }>('OFFICE', DRAFT, {
        slug,
        answers: [{ questionKey: 'role', optionKeys: ['dev'] }],
      });
      expect(d.errors).toBeUndefined();
      const s1 = await gqlAs<{ submitSurveyResponse: { id: string; submittedAt: string } }>(
        'OFFICE',
        SUBMIT,
        {
          slug,
          answers: [
            { questionKey: 'role', optionKeys: ['dev'] },
            { questionKey: 'uses_gpu', optionKeys: ['no'] },
          ],
        },
      );
      expect(s1.errors).toBeUndefined();
      expect(s1.data!.submitSurveyResponse.id).toBe(d.data!.saveSurveyDraft.id);
      expect(s1.data!.submitSurveyResponse.submittedAt).toEqual(expect.any(String));
      // A draft after submitting would withdraw the response: refused.
      expect(
        (await gqlAs('OFFICE', DRAFT, { slug, answers: [{ questionKey: 'role', optionKeys: ['ops'] }] }))
          .errors?.[0]?.extensions?.code,
      ).toBe('CONFLICT');
      const s2 = await gqlAs<{ submitSurveyResponse: { id: string } }>('OFFICE', SUBMIT, {
        slug,
        answers: [
          { questionKey: 'role', optionKeys: ['ops'] },
          { questionKey: 'comment', text: 'changed my mind' },
        ],
      });
      expect(s2.data!.submitSurveyResponse.id).toBe(d.data!.saveSurveyDraft.id);
      const mine = await gqlAs<{ viewerSurveyResponse: { answers: { questionKey: string }[] } }>(
        'OFFICE',
        MINE,
        { slug },
      );
      expect(mine.data!.viewerSurveyResponse.answers.map((a) => a.questionKey)).toEqual(['comment', 'role']);
      const { rows } = await db.query(
        `SELECT shown_keys FROM survey_responses r JOIN surveys s ON s.id = r.survey_id WHERE s.slug = $1 AND r.person_id = $2`,
        [slug, ids.OFFICE],
      );
      expect(rows).toEqual([{ shown_keys: ['role', 'comment', 'score', 'hours', 'tools'] }]);
    });

    it('refuses bad answers, naming each question, and stores nothing', async () => {
      const before = await counts();
      const f = fields(
        await submit('GUEST', [
          { questionKey: 'role', optionKeys: ['dev', 'ops'] },
          { questionKey: 'nope', text: 'x' },
          { questionKey: 'score', number: 6 },
          { questionKey: 'hours', text: 'ten' },
          { questionKey: 'tools', optionKeys: ['a', 'zzz'] },
          { questionKey: 'comment', optionKeys: ['a'] },
        ]),
      );
      expect(f).toEqual({
        'answers.role': 'choose exactly one option',
        'answers.nope': 'no question "nope" in this survey',
        'answers.score': 'must be a whole number from 1 to 5',
        'answers.hours': 'a number question takes number only',
        'answers.tools': 'no option "zzz"',
        'answers.comment': 'only choice questions take optionKeys and otherText',
      });
      const g = fields(
        await submit('GUEST', [
          { questionKey: 'role', optionKeys: ['ops'] },
          { questionKey: 'role', optionKeys: ['ops'] },
          { questionKey: 'score', number: 2.5 },
          { questionKey: 'tools', optionKeys: ['a'], otherText: 'mine' },
        ]),
      );
      expect(g).toEqual({
        'answers.role': 'answered more than once',
        'answers.score': 'must be a whole number from 1 to 5',
        'answers.tools': 'otherText needs the "other" option',
      });
      const h = fields(await submit('GUEST', [{ questionKey: 'role', optionKeys: ['ops'], otherText: 'x' }]));
      expect(h).toEqual({ 'answers.role': 'this question has no Other choice' });
      expect(await counts()).toEqual(before);
    });

    it('refuses a 100,000-character text (the limit is 10,000) and stores nothing', async () => {
      const before = await counts();
      const f = fields(
        await submit('GUEST', [
          { questionKey: 'role', optionKeys: ['ops'] },
          { questionKey: 'comment', text: 'x'.repeat(100_000) },
        ]),
      );
      expect(f).toEqual({ 'answers.comment': 'must be at most 10000 characters' });
      const g = fields(
        await submit('GUEST', [
          { questionKey: 'role', optionKeys: ['ops'] },
          { questionKey: 'tools', optionKeys: ['other'], otherText: 'y'.repeat(100_000) },
        ]),
      );
      expect(g).toEqual({ 'answers.tools': 'otherText must be at most 10000 characters' });
      expect(await counts()).toEqual(before);
      const ok = await submit('GUEST', [
        { questionKey: 'role', optionKeys: ['ops'] },
        { questionKey: 'comment', text: 'z'.repeat(10_000) },
        { questionKey: 'tools', optionKeys: ['other', 'b'], otherText: 'my own' },
        { questionKey: 'hours', number: -1.5 },
      ]);
      expect(ok.errors).toBeUndefined();
    });

    it('refuses answers to DRAFT and CLOSED surveys and outside the opening window', async () => {
      const draft = await create(nestedSurvey('resp-draft'));
      const answers = [{ questionKey: 'role', optionKeys: ['ops'] }];
      const r1 = await gqlAs('OFFICE', SUBMIT, { slug: 'resp-draft', answers });
      expect(r1.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      expect(r1.errors?.[0]?.message).toMatch(/DRAFT/);
      expect(
        (await gqlAs('MEMBER', SUBMIT, { slug: 'resp-draft', answers })).errors?.[0]?.extensions?.code,
      ).toBe('NOT_FOUND');
      await gqlAs('OFFICE', OPEN, { id: draft.id });
      await gqlAs('OFFICE', CLOSE, { id: draft.id });
      const r2 = await gqlAs('MEMBER', SUBMIT, { slug: 'resp-draft', answers });
      expect(r2.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      expect(r2.errors?.[0]?.message).toMatch(/CLOSED/);
      expect(
        (await gqlAs('MEMBER', DRAFT, { slug: 'resp-draft', answers })).errors?.[0]?.extensions?.code,
      ).toBe('CONFLICT');

      const clock = api.app.get(Clock);
      const now = clock.now().getTime();
      await createOpen(
        nestedSurvey('resp-window', {
          opensAt: new Date(now + 3600_000).toISOString(),
          closesAt: new Date(now + 7200_000).toISOString(),
        }),
      );
      const early = await gqlAs('MEMBER', SUBMIT, { slug: 'resp-window', answers });
      expect(early.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      expect(early.errors?.[0]?.message).toMatch(/opens at/);
      clock.advance(5400_000);
      try {
        expect((await gqlAs('MEMBER', SUBMIT, { slug: 'resp-window', answers })).errors).toBeUndefined();
        clock.advance(3600_000);
        const late = await gqlAs('MEMBER', SUBMIT, { slug: 'resp-window', answers });
        expect(late.errors?.[0]?.extensions?.code).toBe('CONFLICT');
        expect(late.errors?.[0]?.message).toMatch(/closed at/);
      } finally {
        clock.advance(-9000_000);
      }
    });

    it('treats an OPEN survey past its closesAt as CLOSED: status, answers, results for members, open and close', async () => {
      const clock = api.app.get(Clock);
      const closesAt = new Date(clock.now().getTime() + 3600_000).toISOString();
      const s = await createOpen(nestedSurvey('resp-deadline', { closesAt }));
      const answers = [{ questionKey: 'role', optionKeys: ['ops'] }];
      const status = async () =>
        (
          await gqlAs<{ survey: { status: string } }>(
            'MEMBER',
            '{ survey(slug: "resp-deadline") { status } }',
          )
        ).data!.survey.status;
      expect((await gqlAs('MEMBER', SUBMIT, { slug: 'resp-deadline', answers })).errors).toBeUndefined();
      expect(await status()).toBe('OPEN');
      expect((await gqlAs('MEMBER', RESULTS, { slug: 'resp-deadline' })).errors?.[0]?.extensions?.code).toBe(
        'FORBIDDEN',
      );
      clock.advance(3600_000);
      try {
        expect(await status()).toBe('CLOSED');
        const results = await gqlAs<{ surveyResults: { responses: number } }>('MEMBER', RESULTS, {
          slug: 'resp-deadline',
        });
        expect(results.errors).toBeUndefined();
        expect(results.data!.surveyResults.responses).toBe(1);
        const late = await gqlAs('MEMBER', SUBMIT, { slug: 'resp-deadline', answers });
        expect(late.errors?.[0]?.extensions?.code).toBe('CONFLICT');
        expect(late.errors?.[0]?.message).toMatch(/closed at/);
        expect((await gqlAs('OFFICE', CLOSE, { id: s.id })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
        expect((await gqlAs('OFFICE', OPEN, { id: s.id })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
      } finally {
        clock.advance(-3600_000);
      }
    });

    it('takes signed-out answers for an anonymous survey only, and never changes a definition once answered', async () => {
      const answers = [{ questionKey: 'role', optionKeys: ['ops'] }];
      const refused = await gqlAs('anonymous', SUBMIT, { slug, answers });
      expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(refused.errors?.[0]?.message).toMatch(/not anonymous/);

      const anon = await createOpen(nestedSurvey('resp-anon', { anonymous: true }));
      const a1 = await gqlAs<{ submitSurveyResponse: { id: string } }>('anonymous', SUBMIT, {
        slug: 'resp-anon',
        answers,
      });
      const a2 = await gqlAs<{ submitSurveyResponse: { id: string } }>('anonymous', SUBMIT, {
        slug: 'resp-anon',
        answers,
      });
      expect(a1.errors).toBeUndefined();
      expect(a2.data!.submitSurveyResponse.id).not.toBe(a1.data!.submitSurveyResponse.id);
      const { rows } = await db.query(
        `SELECT count(*)::int AS n FROM survey_responses WHERE survey_id = $1 AND person_id IS NULL`,
        [anon.id],
      );
      expect(rows[0].n).toBe(2);
      const count = await gqlAs<{ survey: { responseCount: number } }>(
        'anonymous',
        'query($slug: String!) { survey(slug: $slug) { responseCount } }',
        { slug: 'resp-anon' },
      );
      expect(count.data!.survey.responseCount).toBe(2);
      // Answered: the definition is frozen even if the survey could be edited.
      await db.query(`UPDATE surveys SET status = 'DRAFT' WHERE id = $1`, [anon.id]);
      const upd = await gqlAs('OFFICE', UPDATE, { id: anon.id, input: nestedSurvey('resp-anon') });
      expect(upd.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      expect(upd.errors?.[0]?.message).toMatch(/responses/);
    });

    it('rate-limits signed-out answers per client address', async () => {
      await createOpen(nestedSurvey('resp-flood', { anonymous: true }));
      const answers = [{ questionKey: 'role', optionKeys: ['ops'] }];
      let limited: { extensions?: Record<string, unknown> } | undefined;
      for (let i = 0; i < 40 && !limited; i++) {
        limited = (await gqlAs('anonymous', SUBMIT, { slug: 'resp-flood', answers })).errors?.[0];
      }
      expect(limited?.extensions?.code).toBe('RATE_LIMITED');
      expect(limited?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
      // Signed-in people are not limited by address.
      expect((await gqlAs('MEMBER', SUBMIT, { slug: 'resp-flood', answers })).errors).toBeUndefined();
    });
  });
});
