import { createTestEnvironment, recordSql, startTestApi, TestApi, TestEnvironment } from '@cop/testing';
import { abuseRequests } from '../../bench/lib/abuse-payloads';

/**
 * GraphQL abuse: each hostile request is refused with a clear error naming the limit, before
 * any resolver runs: the SQL recorder sees zero statements for it. (How fast: bench/abuse.bench.ts.)
 */
describe('GraphQL abuse limits', () => {
  let env: TestEnvironment;
  let api: TestApi;

  beforeAll(async () => {
    env = await createTestEnvironment();
    api = await startTestApi(env.config);
  });
  afterAll(async () => {
    await api?.close();
    await env.cleanup();
  });

  const post = (body: string) =>
    fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

  it('the recorder sees the SQL of an allowed query (so a zero below means something)', async () => {
    const { result, queries } = await recordSql(api).measure(() =>
      post(JSON.stringify({ query: '{ workingGroups { name } }' })),
    );
    expect(result.status).toBe(200);
    expect(queries).toBeGreaterThan(0);
  });

  it.each(abuseRequests().map((r) => [r.name, r] as const))(
    'refuses %s without any SQL',
    async (_name, request) => {
      const { result: res, queries, log } = await recordSql(api).measure(() => post(request.body));
      expect(res.status).toBe(request.status);
      const body = (await res.json()) as {
        errors?: { message: string; extensions?: { code?: string } }[];
        error?: { code: string; message: string };
      };
      const errors =
        body.errors ??
        (body.error ? [{ message: body.error.message, extensions: { code: body.error.code } }] : []);
      expect(errors.length).toBeGreaterThan(0);
      expect(errors[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(errors.map((e) => e.message)).toContainEqual(expect.stringMatching(request.message));
      expect({ queries, log }).toEqual({ queries: 0, log: [] });
    },
  );
});

describe('in production', () => {
  let env: TestEnvironment;
  let production: TestApi;
  let development: TestApi;

  beforeAll(async () => {
    env = await createTestEnvironment();
    production = await startTestApi(env.configWith({ NODE_ENV: 'production' }));
    development = await startTestApi(env.config);
  });
  afterAll(async () => {
    await production?.close();
    await development?.close();
    await env.cleanup();
  });

  const typo = '{ comunity { name } useCases(status: DRAF) { totalCount } }';

  it('gives no field or value suggestions ("Did you mean")', async () => {
    const res = await production.gql(typo);
    expect(res.status).toBe(400);
    expect(res.errors?.length).toBeGreaterThan(0);
    expect(JSON.stringify(res.errors)).not.toMatch(/did you mean/i);
    // outside production the same typo is answered with suggestions: the check above can fail
    expect(JSON.stringify((await development.gql(typo)).errors)).toMatch(/did you mean/i);
  });

  it('refuses introspection', async () => {
    for (const query of [
      '{ __schema { queryType { name } } }',
      '{ __type(name: "Person") { fields { name } } }',
    ]) {
      const res = await production.gql(query);
      expect(res.status).toBe(400);
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].message).toMatch(/introspection/i);
      expect((await development.gql(query)).errors).toBeUndefined();
    }
  });
});
