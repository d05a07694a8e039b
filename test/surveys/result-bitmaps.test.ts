import { Client } from 'pg';
import {
  createTestEnvironment,
  insertPerson,
  sessionCookie,
  startTestApi,
  TestApi,
  TestEnvironment,
} from '@cop/testing';
import { nestedSurvey } from './nested-survey';

/**
 * Results are read from bitmaps that saveResponse maintains in its transaction. These tests
 * replace responses, turn drafts into responses and submit concurrently, and check every count
 * against the final answers themselves, and against a rebuild from the stored responses.
 */

interface AnswerIn {
  questionKey: string;
  optionKeys?: string[];
  otherText?: string;
  text?: string;
  number?: number;
}
interface QResult {
  question: { key: string };
  shown: number;
  answered: number;
  noAnswer: number;
  mean: number | null;
  texts: string[];
  options: { key: string; count: number; ratio: number; share: number }[];
}
interface Results {
  surveyResults: { responses: number; questions: QResult[] };
}
type Filter = { questionKey: string; anyOf: string[] };

const SLUG = 'bitmaps';
/** The shared nested survey, with one more NUMBER question for negative and large whole numbers. */
const NESTED = nestedSurvey(SLUG);
const SURVEY = {
  ...NESTED,
  sections: NESTED.sections.map((sec) =>
    sec.key === 'more'
      ? { ...sec, questions: [...sec.questions, { key: 'cores', text: 'Cores', kind: 'NUMBER' }] }
      : sec,
  ),
};
const CHOICES: Record<string, string[]> = {
  role: ['dev', 'ops'],
  uses_gpu: ['yes', 'no'],
  tools: ['a', 'b', 'other'],
};

/** Answers number k of a generation: deterministic, varied, some questions left empty. */
function answersFor(k: number, generation: number): AnswerIn[] {
  const v = k * 7 + generation * 13;
  const dev = v % 3 !== 0;
  const out: AnswerIn[] = [{ questionKey: 'role', optionKeys: [dev ? 'dev' : 'ops'] }];
  if (dev) out.push({ questionKey: 'uses_gpu', optionKeys: [v % 2 ? 'yes' : 'no'] });
  if (dev && v % 2) out.push({ questionKey: 'gpu_kind', text: `gpu ${k}/${generation}` });
  if (v % 5 !== 0) out.push({ questionKey: 'score', number: 1 + (v % 5) });
  // Whole numbers (bit-sliced) for most, a fraction now and then (summed from the answers).
  if (v % 6 !== 0) out.push({ questionKey: 'hours', number: v % 8 === 1 ? (v % 11) * 1.25 + 0.1 : v % 11 });
  // Negative, zero, positive and beyond 2^32 whole numbers.
  out.push({ questionKey: 'cores', number: v % 13 === 0 ? 2 ** 40 + v : (v % 9) - 3 });
  if (v % 2 === 0) out.push({ questionKey: 'comment', text: `comment ${k}/${generation}` });
  const tools = ['a', 'b'].filter((_, i) => (v >> i) % 2 === 1);
  if (v % 7 === 0)
    out.push({ questionKey: 'tools', optionKeys: [...tools, 'other'], otherText: `tool ${k}` });
  else if (tools.length) out.push({ questionKey: 'tools', optionKeys: tools });
  return out;
}

/** What the results must say, counted in memory from the final answers of every respondent. */
function expected(final: AnswerIn[][], where: Filter[]) {
  const choice = (answers: AnswerIn[], key: string) =>
    answers.find((a) => a.questionKey === key)?.optionKeys ?? [];
  const isShown = (answers: AnswerIn[], key: string) =>
    key === 'gpu_kind'
      ? choice(answers, 'uses_gpu').includes('yes')
      : key !== 'uses_gpu' || choice(answers, 'role').includes('dev');
  const matching = final.filter((answers) =>
    where.every((f) => choice(answers, f.questionKey).some((o) => f.anyOf.includes(o))),
  );
  const keys = ['role', 'uses_gpu', 'gpu_kind', 'comment', 'score', 'hours', 'cores', 'tools'];
  return {
    responses: matching.length,
    questions: Object.fromEntries(
      keys.map((key) => {
        const shown = matching.filter((answers) => isShown(answers, key)).length;
        const given = matching.flatMap((answers) => answers.filter((a) => a.questionKey === key));
        const numbers = given.map((a) => a.number).filter((n): n is number => n !== undefined);
        const counts = Object.fromEntries(
          (CHOICES[key] ?? []).map((o) => [o, given.filter((a) => a.optionKeys?.includes(o)).length]),
        );
        return [
          key,
          {
            shown,
            answered: given.length,
            noAnswer: shown - given.length,
            mean: numbers.length ? numbers.reduce((a, b) => a + b, 0) / numbers.length : null,
            counts,
            texts: given
              .map((a) => a.text ?? a.otherText)
              .filter(Boolean)
              .sort(),
          },
        ];
      }),
    ),
  };
}

const RESULTS = `query($slug: String!, $where: [AnswerFilter!]) { surveyResults(slug: $slug, where: $where) {
  responses questions { question { key } shown answered noAnswer mean texts(first: 200) options { key count ratio share } } } }`;
const SUBMIT = `mutation($slug: String!, $answers: [AnswerInput!]!) { submitSurveyResponse(slug: $slug, answers: $answers) { id } }`;
const DRAFT = `mutation($slug: String!, $answers: [AnswerInput!]!) { saveSurveyDraft(slug: $slug, answers: $answers) { id } }`;

const FILTERS: Filter[][] = [
  [],
  [{ questionKey: 'role', anyOf: ['dev'] }],
  [{ questionKey: 'tools', anyOf: ['a', 'other'] }],
  [
    { questionKey: 'role', anyOf: ['dev'] },
    { questionKey: 'tools', anyOf: ['b', 'other'] },
  ],
  [{ questionKey: 'uses_gpu', anyOf: ['yes'] }],
];

describe('survey results from bitmaps stay exact', () => {
  let env: TestEnvironment;
  let api: TestApi;
  let db: Client;
  let office: Record<string, string>;
  const members: Record<string, string>[] = [];
  /** The answers each member last submitted; undefined while only a draft (or nothing). */
  const final: (AnswerIn[] | undefined)[] = [];

  const submit = async (m: number, answers: AnswerIn[]) => {
    const r = await api.gql(SUBMIT, { slug: SLUG, answers }, members[m]);
    expect(r.errors).toBeUndefined();
    final[m] = answers;
  };

  const results = async (where: Filter[]) => {
    const r = await api.gql<Results>(RESULTS, { slug: SLUG, where }, office);
    expect(r.errors).toBeUndefined();
    return r.data!.surveyResults;
  };

  /** Every figure of every filter against the answers. */
  const expectExact = async () => {
    const submitted = final.filter((a): a is AnswerIn[] => a !== undefined);
    for (const where of FILTERS) {
      const want = expected(submitted, where);
      const got = await results(where);
      expect({ where, responses: got.responses }).toEqual({ where, responses: want.responses });
      for (const q of got.questions) {
        const w = want.questions[q.question.key];
        expect({
          where,
          key: q.question.key,
          shown: q.shown,
          answered: q.answered,
          noAnswer: q.noAnswer,
        }).toEqual({
          where,
          key: q.question.key,
          shown: w.shown,
          answered: w.answered,
          noAnswer: w.noAnswer,
        });
        if (w.mean === null) expect(q.mean).toBeNull();
        else expect(q.mean).toBeCloseTo(w.mean, 9);
        expect(Object.fromEntries(q.options.map((o) => [o.key, o.count]))).toEqual(w.counts);
        expect([...q.texts].sort()).toEqual(w.texts);
        const sum = q.options.reduce((a, o) => a + o.count, 0);
        for (const o of q.options) {
          expect(o.ratio).toBeCloseTo(w.shown ? o.count / w.shown : 0, 12);
          expect(o.share).toBeCloseTo(sum ? o.count / sum : 0, 12);
        }
      }
    }
  };

  /** Count of each non-empty bitmap fact, to compare with a rebuild. */
  const bitCounts = async () =>
    (
      await db.query<{ fact: string; n: number }>(
        `SELECT fact, sum(bit_count(bits))::int AS n FROM survey_bitmaps b JOIN surveys s ON s.id = b.survey_id
         WHERE s.slug = $1 GROUP BY fact HAVING sum(bit_count(bits)) > 0 ORDER BY fact`,
        [SLUG],
      )
    ).rows;

  beforeAll(async () => {
    env = await createTestEnvironment();
    api = await startTestApi(env.config);
    db = new Client({ connectionString: env.db.url });
    await db.connect();
    const officeId = await insertPerson(env.db.url, {
      displayName: 'Office',
      email: 'office@example.org',
      role: 'OFFICE',
    });
    office = await sessionCookie(api, officeId);
    for (let m = 0; m < 16; m++) {
      const id = await insertPerson(env.db.url, { displayName: `Member ${m}`, email: `m${m}@example.org` });
      members.push(await sessionCookie(api, id));
    }
    const created = await api.gql<{ createSurvey: { id: string } }>(
      'mutation($input: SurveyInput!) { createSurvey(input: $input) { id } }',
      { input: SURVEY },
      office,
    );
    expect(created.errors).toBeUndefined();
    const opened = await api.gql(
      'mutation($id: ID!) { openSurvey(id: $id) { id } }',
      { id: created.data!.createSurvey.id },
      office,
    );
    expect(opened.errors).toBeUndefined();
  });
  afterAll(async () => {
    await db.end();
    await api.close();
    await env.cleanup();
  });

  it('counts concurrent first submissions exactly', async () => {
    await Promise.all(Array.from({ length: 12 }, (_, m) => submit(m, answersFor(m, 0))));
    await expectExact();
  });

  it('stays exact when responses are replaced (shown sections, options and numbers change) and drafts are submitted', async () => {
    for (const m of [0, 1, 2, 5]) await submit(m, answersFor(m, 1));
    // A draft counts for nothing, until it is submitted.
    const draft = await api.gql(DRAFT, { slug: SLUG, answers: answersFor(12, 0).slice(0, 1) }, members[12]);
    expect(draft.errors).toBeUndefined();
    await expectExact();
    await submit(12, answersFor(12, 2));
    await expectExact();
  });

  it('stays exact under concurrent replacements and new submissions', async () => {
    await Promise.all([
      ...[0, 1, 2, 4, 5, 6, 7].map((m) => submit(m, answersFor(m, 3))),
      ...[13, 14, 15].map((m) => submit(m, answersFor(m, 3))),
      // One person replacing twice while the others write.
      submit(3, answersFor(3, 4)).then(() => submit(3, answersFor(3, 5))),
    ]);
    await expectExact();
  });

  it('matches a rebuild of the bitmaps from the stored responses', async () => {
    const before = await bitCounts();
    // Both ways of summing numbers were exercised: bit slices (negative ones too) and answers.
    const facts = before.map((f) => f.fact);
    expect(facts).toEqual(expect.arrayContaining(['x:hours', 'n:hours:0', 'm:cores:0', 'n:cores:40']));
    await db.query(`SELECT survey_rebuild_bitmaps(id) FROM surveys WHERE slug = $1`, [SLUG]);
    expect(await bitCounts()).toEqual(before);
    await expectExact();
  });
});
