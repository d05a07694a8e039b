import { Client } from 'pg';
import {
  createTestEnvironment,
  insertPerson,
  sessionCookie,
  startTestApi,
  TestApi,
  TestEnvironment,
} from '@cop/testing';

/** Counterexamples the fuzzers found (fuzz-mutations, fuzz-http-routes), kept as plain tests. */
describe('inputs the fuzzers broke once', () => {
  let env: TestEnvironment;
  let api: TestApi;
  let db: Client;
  let office: Record<string, string>;

  beforeAll(async () => {
    env = await createTestEnvironment();
    api = await startTestApi(env.config);
    db = new Client({ connectionString: env.db.url });
    await db.connect();
    office = await sessionCookie(
      api,
      await insertPerson(env.db.url, { displayName: 'Office', email: 'office@example.org', role: 'OFFICE' }),
    );
  });
  afterAll(async () => {
    await db?.end();
    await api?.close();
    await env.cleanup();
  });

  const count = async (table: string) =>
    Number((await db.query(`SELECT count(*) FROM ${table}`)).rows[0].count);

  it('refuses NUL in a list of inputs with BAD_USER_INPUT naming the field (was a SQL error, 500)', async () => {
    const res = await api.gql(
      `mutation($e: [FaqEntryInput!]!) { setFaq(entries: $e) { question } }`,
      {
        e: [
          { question: 'Fine?', answer: 'Yes' },
          { question: 'a\u0000b', answer: 'x' },
        ],
      },
      office,
    );
    expect(res.errors?.[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: { 'entries.1.question': 'must not contain the NUL character' },
    });
    expect(await count('faq_entries')).toBe(0);
  });

  it('refuses NUL in a plain String argument naming it (was a SQL error, 500)', async () => {
    const res = await api.gql(
      `mutation { updateTopic(id: "00000000-0000-0000-0000-000000000000", name: "\\u0000") { id } }`,
      {},
      office,
    );
    expect(res.errors?.[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: { name: 'must not contain the NUL character' },
    });
  });

  it('answers more than 50 bad variable values with BAD_USER_INPUT (graphql-js gives up; was INTERNAL_SERVER_ERROR)', async () => {
    const answers = Array.from({ length: 60 }, () => ({ questionKey: 'q', number: 'NaN' }));
    const res = await api.gql(
      `mutation($a: [AnswerInput!]!) { saveSurveyDraft(slug: "x", answers: $a) { id } }`,
      { a: answers },
      office,
    );
    expect(res.status).toBe(400);
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(
      expect.arrayContaining(['BAD_USER_INPUT']) as unknown as string[],
    );
    expect(res.errors?.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR')).toBe(false);
    expect(await count('survey_responses')).toBe(0);
  });
});
