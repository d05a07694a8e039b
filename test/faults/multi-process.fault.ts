import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { Client } from 'pg';
import { JOBS, type JobName, type QueueName } from '@cop/platform';
import { hashToken, randomToken } from '@cop/identity';
import {
  Browser,
  createTestEnvironment,
  envOf,
  insertConfirmedSubscribers,
  insertPerson,
  startSmtpServer,
  startTestIssuer,
  startWorkerProcess,
  untilIssueSent,
  type GraphQLResponse,
  type TestEnvironment,
  type TestIssuer,
  type TestSmtpServer,
  type WorkerProcess,
} from '@cop/testing';
import { type ApiProcess, startApiProcess } from './support/api-process';
import { freePort, waitUntil } from './support/free-port';
import { mailCensus } from './support/mail-census';
import { type RoundRobinProxy, startRoundRobinProxy } from './support/round-robin-proxy';

const APIS = 3;
const RECIPIENTS = 2000;
const VIEWER = '{ viewer { person { id } } }';
type Headers = Record<string, string>;

async function gql<T = Record<string, unknown>>(
  base: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Headers = {},
): Promise<GraphQLResponse<T>> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { ...((await res.json()) as GraphQLResponse<T>), status: res.status };
}

/**
 * Many processes, as behind a load balancer on several machines: three API processes behind a
 * round-robin proxy and two workers, on one PostgreSQL and one Redis (the fault run's own). What a
 * single process kept to itself (rate limits, the viewer cache, schedules) must hold for all.
 */
describe('many API and worker processes on one PostgreSQL and one Redis', () => {
  let env: TestEnvironment;
  let smtp: TestSmtpServer;
  let issuer: TestIssuer;
  let proxy: RoundRobinProxy;
  let db: Client;
  const apis: ApiProcess[] = [];
  const workers: WorkerProcess[] = [];
  let personCount = 0;

  /** A person with a session made as the platform makes them (the hash of the cookie's token). */
  async function person(role: 'MEMBER' | 'OFFICE' = 'MEMBER'): Promise<{ id: string; headers: Headers }> {
    personCount++;
    const id = await insertPerson(env.db.url, {
      displayName: `Person ${personCount}`,
      email: `person${personCount}@example.org`,
      role,
    });
    const token = randomToken('cop_s');
    await db.query(
      `INSERT INTO sessions (token_hash, person_id, provider, expires_at) VALUES ($1, $2, 'test', now() + interval '1 day')`,
      [hashToken(token), id],
    );
    return { id, headers: { cookie: `cop_session=${encodeURIComponent(token)}` } };
  }

  beforeAll(async () => {
    smtp = await startSmtpServer();
    env = await createTestEnvironment({ SMTP_URL: smtp.url });
    db = new Client({ connectionString: env.db.url });
    await db.connect();
    await db.query(`INSERT INTO community (id, name, mission, phases) VALUES (1, 'CoP', 'Mission', '[]')`);

    const ports = await Promise.all(Array.from({ length: APIS }, () => freePort()));
    proxy = await startRoundRobinProxy(ports.map((p) => `http://127.0.0.1:${p}`));
    issuer = await startTestIssuer({
      clients: [
        { clientId: 'cop', clientSecret: 'secret-of-cop', redirectUris: [`${proxy.url}/auth/t/callback`] },
      ],
      accounts: { ada: { email: 'ada@example.org', emailVerified: true, name: 'Ada Lovelace' } },
    });
    const processEnv = envOf(env.config, {
      PUBLIC_URL: proxy.url,
      OIDC_PROVIDERS: JSON.stringify([issuer.providerEntry('t', 'cop')]),
    });
    // One at a time: three Nest applications booting at once on two cores only take longer.
    for (const port of ports) apis.push(await startApiProcess(processEnv, port));
    for (let i = 0; i < 2; i++) workers.push(await startWorkerProcess(processEnv));
  }, 150000);

  afterAll(async () => {
    for (const w of workers) await w.kill('SIGTERM');
    for (const a of apis) await a.kill();
    await proxy?.close();
    await issuer?.stop();
    await db?.end();
    await env?.cleanup();
    await smtp?.stop();
  }, 60000);

  it('signs a person in through one process; the others serve the session', async () => {
    const browser = new Browser({ headers: { 'x-forwarded-for': '198.51.100.1' } });
    const isCallback = (url: URL) => url.origin === proxy.url && url.pathname === '/auth/t/callback';
    const page = await browser.navigate(`${proxy.url}/auth/t/login?returnTo=%2F`, { stopAt: isCallback });
    expect(page.stopped).toBe(true);
    const callback = await browser.fetch(page.url);
    expect(callback.status).toBe(302);
    // The login's state (started on one process) was completed by another.
    const servedBy = (path: string) => proxy.served.filter((s) => s.path === path).map((s) => s.backend);
    expect(servedBy('/auth/t/login')).toHaveLength(1);
    expect(servedBy('/auth/t/callback')).toHaveLength(1);
    expect(servedBy('/auth/t/callback')[0]).not.toBe(servedBy('/auth/t/login')[0]);

    const token = browser.jar.get('cop_session', proxy.url)?.value;
    expect(token).toBeTruthy();
    const viewers = await Promise.all(
      apis.map(
        async (a) =>
          (
            await gql<{ viewer: { person: { id: string } } }>(
              a.url,
              VIEWER,
              {},
              { cookie: `cop_session=${token}` },
            )
          ).data?.viewer,
      ),
    );
    const { rows } = await db.query(`SELECT id FROM people WHERE email = 'ada@example.org'`);
    expect(viewers).toEqual(Array(APIS).fill({ person: { id: rows[0].id } }));
  });

  it('gives the last 3 seats to exactly 3 of 50 concurrent joins spread over the processes', async () => {
    const office = await person('OFFICE');
    const created = await gql<{ createWorkingGroup: { id: string } }>(
      proxy.url,
      `mutation { createWorkingGroup(input: { code: "RACE", name: "Race", seatLimit: 10 }) { id } }`,
      {},
      office.headers,
    );
    expect(created.errors).toBeUndefined();
    const groupId = created.data!.createWorkingGroup.id;
    const join = (headers: Headers) =>
      gql<{ joinWorkingGroup: { status: string } }>(
        proxy.url,
        'mutation($g: ID!) { joinWorkingGroup(workingGroupId: $g) { status } }',
        { g: groupId },
        headers,
      );
    for (let i = 0; i < 7; i++) expect((await join((await person()).headers)).errors).toBeUndefined();
    const racers: Headers[] = [];
    for (let i = 0; i < 50; i++) racers.push((await person()).headers);
    const before = proxy.served.length;
    const results = await Promise.all(racers.map(join));
    const backends = new Set(proxy.served.slice(before).map((s) => s.backend));
    expect(backends.size).toBe(APIS);
    expect(results.filter((r) => r.data?.joinWorkingGroup.status === 'ACTIVE')).toHaveLength(3);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(47);
    const { rows } = await db.query(
      `SELECT count(*)::int AS n FROM memberships WHERE working_group_id = $1`,
      [groupId],
    );
    expect(rows[0].n).toBe(10);
  });

  it('holds the sign-in rate limit across the processes (20 starts a minute per address, not 20 per process)', async () => {
    const starts = [];
    for (let i = 0; i < 30; i++)
      starts.push(
        await fetch(`${proxy.url}/auth/t/login`, {
          redirect: 'manual',
          headers: { 'x-forwarded-for': '198.51.100.20' },
        }),
      );
    const statuses = starts.map((r) => r.status);
    // Alone, each process would have accepted its 10 of the 30.
    expect(statuses.filter((s) => s === 302)).toHaveLength(20);
    expect(statuses.filter((s) => s === 429)).toHaveLength(10);
    expect(statuses.slice(20)).toEqual(Array(10).fill(429));
    // Another address still has its own budget.
    expect(
      (
        await fetch(`${proxy.url}/auth/t/login`, {
          redirect: 'manual',
          headers: { 'x-forwarded-for': '198.51.100.21' },
        })
      ).status,
    ).toBe(302);
  });

  it('refuses a revoked access token on every process within a second', async () => {
    const owner = await person();
    const created = await gql<{ createAccessToken: { token: { id: string }; secret: string } }>(
      proxy.url,
      `mutation { createAccessToken(name: "script") { token { id } secret } }`,
      {},
      owner.headers,
    );
    const { token, secret } = created.data!.createAccessToken;
    const bearer = { authorization: `Bearer ${secret}` };
    // Every process resolves the token and caches it (10 s).
    for (const a of apis)
      expect((await gql(a.url, VIEWER, {}, bearer)).data).toEqual({ viewer: { person: { id: owner.id } } });

    const revoked = await gql(
      proxy.url,
      `mutation($id: ID!) { revokeAccessToken(id: $id) }`,
      { id: token.id },
      owner.headers,
    );
    expect(revoked.data).toEqual({ revokeAccessToken: true });
    const start = Date.now();
    await Promise.all(
      apis.map((a) =>
        waitUntil(
          `${a.url} to refuse the revoked token`,
          async () =>
            (await gql(a.url, VIEWER, {}, bearer)).errors?.[0]?.extensions?.code === 'UNAUTHENTICATED',
          1000,
        ),
      ),
    );
    expect(Date.now() - start).toBeLessThan(1000);
  });

  it('mails a newsletter to 2,000 subscribers exactly once each with both workers running', async () => {
    await insertConfirmedSubscribers(db, RECIPIENTS);
    const office = await person('OFFICE');
    const drafted = await gql<{ draftNewsletter: { id: string } }>(
      proxy.url,
      `mutation { draftNewsletter(input: { subject: "To all", body: "Hello" }) { id } }`,
      {},
      office.headers,
    );
    const id = drafted.data!.draftNewsletter.id;
    const sent = await gql(
      proxy.url,
      `mutation($id: ID!) { sendNewsletter(id: $id) { status } }`,
      { id },
      office.headers,
    );
    expect(sent.errors).toBeUndefined();
    await untilIssueSent(db, id, 100000);
    await smtp.waitFor(RECIPIENTS, 10000);
    const census = mailCensus(smtp.messages, (m) => m.subject === 'To all');
    expect(census).toEqual({ recipients: RECIPIENTS, doubled: [], resent: 0 });
    const { rows } = await db.query(
      `SELECT status, count(*)::int AS n FROM mail_deliveries WHERE key LIKE $1 GROUP BY status`,
      [`newsletter:${id}:%`],
    );
    expect(rows).toEqual([{ status: 'SENT', n: RECIPIENTS }]);
  }, 150000);

  it('keeps one job scheduler and one next run per periodic job, and runs a due period once, not once per worker', async () => {
    const connection = new Redis(env.config.redisUrl, { maxRetriesPerRequest: null });
    const queues = new Map<QueueName, Queue>();
    const queueOf = (name: JobName) => {
      const q = JOBS[name].queue;
      if (!queues.has(q)) queues.set(q, new Queue(q, { connection, prefix: env.config.queuePrefix }));
      return queues.get(q)!;
    };
    const periodic = (Object.keys(JOBS) as JobName[]).filter((n) => JOBS[n].schedule);
    expect(periodic.length).toBeGreaterThan(0);
    try {
      // Both workers registered every schedule at start; each has one scheduler and one next run.
      const due = [];
      for (const name of periodic) {
        const schedulers = (await queueOf(name).getJobSchedulers()).filter((s) => s.key === name);
        expect(schedulers).toHaveLength(1);
        const next = (await queueOf(name).getDelayed()).filter((j) => j.name === name);
        expect(next).toHaveLength(1);
        due.push(next[0]);
      }
      // Their period comes now: each runs once, on one of the two workers.
      for (const job of due) await job.promote();
      const settled = async (name: JobName) =>
        (await queueOf(name).getJobs(['completed', 'failed'])).filter((j) => j.name === name);
      await waitUntil(
        'every promoted periodic job to run',
        async () => (await Promise.all(periodic.map(settled))).every((jobs) => jobs.length > 0),
        30000,
      );
      await new Promise((r) => setTimeout(r, 1000)); // a second worker's copy would have run by now
      for (const name of periodic) {
        expect({ name, runs: (await settled(name)).length }).toEqual({ name, runs: 1 });
        const waiting = (await queueOf(name).getJobs(['delayed', 'wait', 'active'])).filter(
          (j) => j.name === name,
        );
        expect({ name, waiting: waiting.length <= 1 }).toEqual({ name, waiting: true });
      }
    } finally {
      for (const q of queues.values()) await q.close();
      connection.disconnect();
    }
  });
});
