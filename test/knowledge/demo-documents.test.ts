import { Client } from 'pg';
import { createTestEnvironment, sessionCookie, startTestApi, TestApi, TestEnvironment } from '@cop/testing';
import { seedDemo } from '../../apps/cli/src/seed/seed';

/** The demo community has documents a newcomer can search, in several groups and visibilities. */
describe('the demo documents', () => {
  let env: TestEnvironment;
  let api: TestApi;
  let db: Client;

  beforeAll(async () => {
    env = await createTestEnvironment();
    await seedDemo(env.config);
    api = await startTestApi(env.config);
    db = new Client({ connectionString: env.db.url });
    await db.connect();
    // A database, the whole demo and an API: CI once took over 30 s here beside the PGlite suite.
  }, 90_000);
  afterAll(async () => {
    await db?.end();
    await api?.close();
    await env?.cleanup();
  });

  it('seeds them once, in several groups and visibilities', async () => {
    const count = async () =>
      (await db.query(`SELECT visibility, count(*)::int AS n FROM documents GROUP BY 1 ORDER BY 1`)).rows;
    const first = await count();
    expect(first.map((r) => r.visibility)).toEqual(['COMMUNITY', 'PUBLIC', 'WORKING_GROUP']);
    await seedDemo(env.config);
    expect(await count()).toEqual(first);
    const groups = await db.query(`SELECT DISTINCT working_group_id FROM document_working_groups`);
    expect(groups.rowCount).toBeGreaterThanOrEqual(3);
  });

  it('lets anonymous callers find the public ones and members more', async () => {
    const search = `{ searchDocuments(query: "data") { totalCount hits { headline document { title } } } }`;
    const anonymous = await api.gql<{ searchDocuments: { totalCount: number } }>(search);
    expect(anonymous.errors).toBeUndefined();
    expect(anonymous.data!.searchDocuments.totalCount).toBeGreaterThanOrEqual(1);
    const { rows } = await db.query(`SELECT id FROM people WHERE email = 'ada.member@example.org'`);
    const member = await api.gql<{ searchDocuments: { totalCount: number } }>(
      search,
      {},
      await sessionCookie(api, rows[0].id),
    );
    expect(member.data!.searchDocuments.totalCount).toBeGreaterThan(
      anonymous.data!.searchDocuments.totalCount,
    );
  });
});
