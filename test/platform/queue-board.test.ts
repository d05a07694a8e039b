import {
  createTestEnvironment,
  insertPerson,
  sessionCookie,
  startTestApi,
  type TestApi,
  type TestEnvironment,
} from '@cop/testing';
import { QUEUES } from '@cop/platform';

/** Bull Board at /admin/queues: every queue of the catalogue, for the office only. */
describe('Bull Board at /admin/queues', () => {
  let env: TestEnvironment;
  const apis: TestApi[] = [];
  let officeId: string;
  let memberId: string;

  beforeAll(async () => {
    env = await createTestEnvironment();
    officeId = await insertPerson(env.db.url, {
      displayName: 'Office',
      email: 'o@example.org',
      role: 'OFFICE',
    });
    memberId = await insertPerson(env.db.url, { displayName: 'Member', email: 'm@example.org' });
  }, 60000);

  afterAll(async () => {
    for (const api of apis) await api.close();
    await env?.cleanup();
  });

  async function api(extra: Record<string, string> = {}): Promise<TestApi> {
    const started = await startTestApi(env.configWith(extra));
    apis.push(started);
    return started;
  }

  it.each([['development'], ['production']])(
    'answers 401, 403, then the board to the office (%s)',
    async (mode) => {
      const a = await api({ NODE_ENV: mode });
      const office = await sessionCookie(a, officeId);
      const member = await sessionCookie(a, memberId);

      const anonymous = await fetch(`${a.url}/admin/queues`);
      expect(anonymous.status).toBe(401);
      expect(((await anonymous.json()) as { error: { code: string } }).error.code).toBe('UNAUTHENTICATED');
      expect((await fetch(`${a.url}/admin/queues/api/queues`)).status).toBe(401);

      const forbidden = await fetch(`${a.url}/admin/queues`, { headers: member });
      expect(forbidden.status).toBe(403);
      expect(((await forbidden.json()) as { error: { code: string } }).error.code).toBe('FORBIDDEN');
      expect((await fetch(`${a.url}/admin/queues/api/queues`, { headers: member })).status).toBe(403);

      const page = await fetch(`${a.url}/admin/queues`, { headers: office });
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toMatch(/text\/html/);
      const html = await page.text();
      expect(html).toContain('<base href="/admin/queues/" />');
      // The page's own script loads, relative to that base.
      const script = /src="(static\/js\/main\.[^"]+\.js)"/.exec(html)?.[1];
      expect(script).toBeDefined();
      expect((await fetch(`${a.url}/admin/queues/${script}`, { headers: office })).status).toBe(200);

      const list = await fetch(`${a.url}/admin/queues/api/queues`, { headers: office });
      expect(list.status).toBe(200);
      const body = (await list.json()) as { queues: { name: string }[] };
      expect(body.queues.map((q) => q.name).sort()).toEqual([...QUEUES].sort());
    },
    60000,
  );

  it('takes a personal access token of the office, and refuses a bad one', async () => {
    const a = await api();
    const created = await a.gql<{ createAccessToken: { secret: string } }>(
      'mutation { createAccessToken(name: "board") { secret } }',
      {},
      await sessionCookie(a, officeId),
    );
    const bearer = { authorization: `Bearer ${created.data!.createAccessToken.secret}` };
    expect((await fetch(`${a.url}/admin/queues/api/queues`, { headers: bearer })).status).toBe(200);
    const bad = await fetch(`${a.url}/admin/queues/api/queues`, {
      headers: { authorization: 'Bearer cop_pat_nope' },
    });
    expect(bad.status).toBe(401);
  }, 60000);

  it('is not served at all with QUEUE_BOARD=false', async () => {
    const a = await api({ QUEUE_BOARD: 'false' });
    const res = await fetch(`${a.url}/admin/queues`, { headers: await sessionCookie(a, officeId) });
    expect(res.status).toBe(404);
  }, 60000);
});
