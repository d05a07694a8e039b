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
import { SPECTRUM_SURVEY_SLUG, seedSpectrumSurvey } from '../../apps/cli/src/seed/spectrum-survey';

const QUESTIONS = `sections { questions { key resultMeasure } }`;
const CREATE = `mutation($input: SurveyInput!) { createSurvey(input: $input) { slug ${QUESTIONS} } }`;
const UPDATE = `mutation($id: ID!, $input: SurveyInput!) { updateSurvey(id: $id, input: $input) { id } }`;
const SURVEY = `query($slug: String!) { survey(slug: $slug) { id ${QUESTIONS} } }`;

type Measures = { sections: { questions: { key: string; resultMeasure: string }[] }[] };
const measures = (s: Measures) =>
  Object.fromEntries(s.sections.flatMap((sec) => sec.questions.map((q) => [q.key, q.resultMeasure])));

/** Question.resultMeasure: which percentage the results page shows for a question (issue 20). */
describe('surveys: the result measure of a question', () => {
  let env: TestEnvironment;
  let api: TestApi;
  let db: Client;
  let office: Record<string, string>;

  const input = (measure: { choice?: string; text?: string } = {}) => ({
    slug: 'measures',
    title: 'Measures',
    sections: [
      {
        key: 's',
        title: 'S',
        questions: [
          {
            key: 'langs',
            text: 'Languages?',
            kind: 'MULTIPLE_CHOICE',
            options: [
              { key: 'c', label: 'C' },
              { key: 'py', label: 'Python' },
            ],
            ...(measure.choice ? { resultMeasure: measure.choice } : {}),
          },
          {
            key: 'why',
            text: 'Why?',
            kind: 'TEXT',
            ...(measure.text ? { resultMeasure: measure.text } : {}),
          },
        ],
      },
    ],
  });

  beforeAll(async () => {
    env = await createTestEnvironment();
    api = await startTestApi(env.config);
    db = new Client({ connectionString: env.db.url });
    await db.connect();
    const id = await insertPerson(env.db.url, {
      displayName: 'Office',
      email: 'o@example.org',
      role: 'OFFICE',
    });
    office = await sessionCookie(api, id);
  });
  afterAll(async () => {
    await db.end();
    await api.close();
    await env.cleanup();
  });

  it('is RATIO unless the question asks for SHARE; the seeded domains table is a SHARE', async () => {
    const plain = await api.gql<{ createSurvey: Measures }>(CREATE, { input: input() }, office);
    expect(plain.errors).toBeUndefined();
    expect(measures(plain.data!.createSurvey)).toEqual({ langs: 'RATIO', why: 'RATIO' });

    expect(await seedSpectrumSurvey(api.app.get(SurveysService))).toBe(true);
    const seeded = await api.gql<{ survey: Measures }>(SURVEY, { slug: SPECTRUM_SURVEY_SLUG }, office);
    const m = measures(seeded.data!.survey);
    expect(m.domains).toBe('SHARE');
    expect(m.roles).toBe('RATIO');
    expect(m.infrastructure_manager).toBe('RATIO');
  });

  it('SHARE on a choice question is kept; on a text question it is refused and nothing changes', async () => {
    const current = await api.gql<{ survey: { id: string } }>(SURVEY, { slug: 'measures' }, office);
    const id = current.data!.survey.id;
    const before = await db.query('SELECT definition, updated_at FROM surveys WHERE id = $1', [id]);

    const bad = await api.gql(UPDATE, { id, input: input({ choice: 'SHARE', text: 'SHARE' }) }, office);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].extensions!.fields).toEqual({
      'input.sections.0.questions.1.resultMeasure': 'only choice questions have a share of choices',
    });
    const after = await db.query('SELECT definition, updated_at FROM surveys WHERE id = $1', [id]);
    expect(after.rows).toEqual(before.rows);

    const good = await api.gql(UPDATE, { id, input: input({ choice: 'SHARE' }) }, office);
    expect(good.errors).toBeUndefined();
    const read = await api.gql<{ survey: Measures }>(SURVEY, { slug: 'measures' }, office);
    expect(measures(read.data!.survey)).toEqual({ langs: 'SHARE', why: 'RATIO' });
  });
});
