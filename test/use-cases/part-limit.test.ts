import {
  createTestEnvironment,
  insertPerson,
  sessionCookie,
  startTestApi,
  TestApi,
  TestEnvironment,
} from '@cop/testing';

/** The size limit of a template part is configurable (USE_CASE_PART_MAX_CHARS). */
describe('a configured template part limit', () => {
  let env: TestEnvironment;
  let api: TestApi;
  let member: Record<string, string>;

  beforeAll(async () => {
    env = await createTestEnvironment();
    process.env.USE_CASE_PART_MAX_CHARS = '20';
    try {
      api = await startTestApi(env.config);
    } finally {
      delete process.env.USE_CASE_PART_MAX_CHARS;
    }
    member = await sessionCookie(
      api,
      await insertPerson(env.db.url, { displayName: 'Member', role: 'MEMBER' }),
    );
  });
  afterAll(async () => {
    await api.close();
    await env.cleanup();
  });

  it('accepts a part at the limit and rejects one over it, naming the field', async () => {
    const PROPOSE = 'mutation($input: UseCaseInput!) { proposeUseCase(input: $input) { completeness } }';
    const ok = await api.gql(PROPOSE, { input: { title: 'Short', compute: 'c'.repeat(20) } }, member);
    expect(ok.errors).toBeUndefined();
    const bad = await api.gql(PROPOSE, { input: { title: 'Long', compute: 'c'.repeat(21) } }, member);
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { 'input.compute': 'must be at most 20 characters' },
    });
  });
});
