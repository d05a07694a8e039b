import { type AuditResult, serverAudits } from 'graphql-http';
import { createTestEnvironment, startTestApi, TestApi, TestEnvironment } from '@cop/testing';

/**
 * The GraphQL over HTTP audits of graphql-http against the real API: no MUST may fail.
 * SHOULD and MAY failures are listed in DELIBERATE with the reason; any other one fails too,
 * so a regression in what passes today is seen.
 */
const CSRF =
  "CSRF prevention: a GET must carry apollo-require-preflight (or a non-simple content-type), the audit's plain GETs do not";
const STATUS_400 =
  'request errors are answered 400 with BAD_USER_INPUT also under application/json (Apollo 4+, test/platform/api-http.test.ts); the legacy 200 would hide them from HTTP-level monitoring';
const DELIBERATE: Record<string, string> = {
  '5A70': CSRF, // MAY accept application/x-www-form-urlencoded formatted GET requests
  D6D5: CSRF, // MAY allow URL-encoded JSON {variables} in GETs (graphql-response+json)
  '6A70': CSRF, // MAY allow URL-encoded JSON {variables} in GETs (application/json)
  '572B': STATUS_400, // SHOULD use 200 on document parsing failure under application/json
  FDE2: STATUS_400, // SHOULD use 200 on document validation failure under application/json
  '7B9B': STATUS_400, // SHOULD use 200 on variable coercion failure under application/json
};

describe('GraphQL over HTTP (graphql-http server audits)', () => {
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

  it('passes every MUST audit; the SHOULD and MAY ones that fail are the deliberate ones', async () => {
    const audits = serverAudits({ url: `${api.url}/graphql` });
    const results: AuditResult[] = [];
    for (const audit of audits) results.push(await audit.fn());
    const failed = results.filter((r) => r.status !== 'ok');
    const describe = (r: (typeof results)[number]) =>
      `${r.id} ${r.status} ${r.name}${'reason' in r ? `: ${r.reason}` : ''}`;
    const must = results.filter((r) => r.name.startsWith('MUST'));
    console.log(
      `graphql-http audits: ${results.length - failed.length} of ${results.length} passed ` +
        `(MUST: ${must.filter((r) => r.status === 'ok').length} of ${must.length})\n${failed.map(describe).join('\n')}`,
    );
    expect(failed.filter((r) => r.status === 'error').map(describe)).toEqual([]);
    expect(failed.filter((r) => !(r.id in DELIBERATE)).map(describe)).toEqual([]);
  });
});
