import { CacheBus } from '@cop/platform';
import {
  createTestEnvironment,
  insertPerson,
  sessionCookie,
  startTestApi,
  type TestApi,
  type TestEnvironment,
} from '@cop/testing';

const VIEWER = `{ viewer { person { id role } } }`;

/** Polls `fn` until it returns true; the milliseconds it took, or a failure after `ms`. */
async function within(ms: number, fn: () => Promise<boolean>): Promise<number> {
  const start = Date.now();
  while (!(await fn())) {
    if (Date.now() - start > ms) throw new Error(`not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
  return Date.now() - start;
}

/**
 * Two API applications on one database and one Redis, as two processes behind a load balancer:
 * a revocation or a role change made through one is seen by the other at once (Redis pub/sub),
 * not after its 10-second viewer cache expires.
 */
describe('revocation reaches every API process at once', () => {
  let env: TestEnvironment;
  let a: TestApi;
  let b: TestApi;

  beforeAll(async () => {
    env = await createTestEnvironment();
    a = await startTestApi(env.config);
    b = await startTestApi(env.config);
    // Both listen to Redis before the first revocation is published.
    await Promise.all([a.app.get(CacheBus).subscribed, b.app.get(CacheBus).subscribed]);
  });

  afterAll(async () => {
    await a?.close();
    await b?.close();
    await env?.cleanup();
  });

  it('refuses a revoked access token on the other process within a second', async () => {
    const id = await insertPerson(env.db.url, { displayName: 'Scripted', email: 'script@example.org' });
    const session = await sessionCookie(a, id);
    const created = await a.gql<{ createAccessToken: { token: { id: string }; secret: string } }>(
      `mutation { createAccessToken(name: "script") { token { id } secret } }`,
      {},
      session,
    );
    const { token, secret } = created.data!.createAccessToken;
    const bearer = { authorization: `Bearer ${secret}` };
    // b resolves it and caches it for 10 s.
    expect((await b.gql(VIEWER, {}, bearer)).data).toEqual({ viewer: { person: { id, role: 'MEMBER' } } });
    expect((await b.gql(VIEWER, {}, bearer)).errors).toBeUndefined();

    const revoked = await a.gql(
      `mutation($id: ID!) { revokeAccessToken(id: $id) }`,
      { id: token.id },
      session,
    );
    expect(revoked.data).toEqual({ revokeAccessToken: true });
    await within(1000, async () => {
      const res = await b.gql(VIEWER, {}, bearer);
      return res.errors?.[0]?.extensions?.code === 'UNAUTHENTICATED';
    });
  });

  it('ends a session on the other process at once after a logout', async () => {
    const id = await insertPerson(env.db.url, { displayName: 'Leaving', email: 'leaving@example.org' });
    const session = await sessionCookie(a, id);
    expect((await b.gql<{ viewer: unknown }>(VIEWER, {}, session)).data!.viewer).not.toBeNull();
    const out = await fetch(`${a.url}/auth/logout`, { method: 'POST', headers: session });
    expect(out.status).toBe(200);
    await within(
      1000,
      async () => (await b.gql<{ viewer: unknown }>(VIEWER, {}, session)).data!.viewer === null,
    );
  });

  it('shows a role change made on one process to the other at once', async () => {
    const office = await sessionCookie(
      a,
      await insertPerson(env.db.url, { displayName: 'Office', email: 'office@example.org', role: 'OFFICE' }),
    );
    const id = await insertPerson(env.db.url, {
      displayName: 'Newcomer',
      email: 'new@example.org',
      role: 'GUEST',
    });
    const session = await sessionCookie(a, id);
    // Access follows the viewer's cached role (Person.role itself is read from the database).
    const mayListPeopleOnB = async () =>
      !(await b.gql(`{ people(first: 1) { __typename } }`, {}, session)).errors;
    expect(await mayListPeopleOnB()).toBe(false);
    const set = await a.gql(
      `mutation($p: ID!) { setPlatformRole(personId: $p, role: MEMBER) { role } }`,
      { p: id },
      office,
    );
    expect(set.errors).toBeUndefined();
    await within(1000, mayListPeopleOnB);
  });
});
