import { Client } from 'pg';
import { runMigrations } from '@cop/platform';
import { MIGRATIONS } from '@cop/migrations';
import {
  createTestEnvironment,
  insertPerson,
  sessionCookie,
  startTestApi,
  type TestApi,
  type TestEnvironment,
} from '@cop/testing';
import { startPrivatePostgres, type PrivatePostgres } from './support/private-postgres';

const CONTRACT_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'RATE_LIMITED',
  'INTERNAL_SERVER_ERROR',
];
/** No request may take longer than this: an outage must fail fast, never hang. */
const REQUEST_LIMIT_MS = 15000;

type Outcome = { phase: 'before' | 'outage' | 'after'; what: string; ok: boolean; detail: string };

/**
 * (d) PostgreSQL restarted under a running API while requests flow. The cluster is this file's
 * own (initdb/pg_ctl in a temporary folder); the API is not restarted.
 */
describe('fault: PostgreSQL restarted while requests flow', () => {
  let pg: PrivatePostgres;
  let env: TestEnvironment;
  let api: TestApi;
  let office: Record<string, string>;

  beforeAll(async () => {
    pg = await startPrivatePostgres();
    const url = pg.adminUrl.replace(/\/postgres$/, '/cop_restart');
    const admin = new Client({ connectionString: pg.adminUrl });
    await admin.connect();
    await admin.query('CREATE DATABASE cop_restart');
    await admin.end();
    env = await createTestEnvironment();
    const config = env.configWith({ DATABASE_URL: url });
    await runMigrations(config, MIGRATIONS);
    api = await startTestApi(config);
    const officeId = await insertPerson(url, {
      displayName: 'Office',
      email: 'o@example.org',
      role: 'OFFICE',
    });
    office = await sessionCookie(api, officeId);
  }, 120000);

  afterAll(async () => {
    await api?.close();
    await env?.cleanup();
    pg?.destroy();
  }, 60000);

  /** One round of requests: health, an anonymous query, an office mutation. */
  async function round(phase: Outcome['phase']): Promise<Outcome[]> {
    const call = async (
      what: string,
      f: () => Promise<Omit<Outcome, 'phase' | 'what'>>,
    ): Promise<Outcome> => {
      try {
        return { phase, what, ...(await f()) };
      } catch (err) {
        // A refused connection would mean the API died; an abort, that it hung.
        return {
          phase,
          what,
          ok: false,
          detail: `transport: ${(err as Error).name}: ${(err as Error).message}`,
        };
      }
    };
    const gql = async (query: string, headers: Record<string, string> = {}) => {
      const res = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query }),
        signal: AbortSignal.timeout(REQUEST_LIMIT_MS),
      });
      const body = (await res.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
      if (!body.errors) return { ok: true, detail: String(res.status) };
      const codes = body.errors.map((e) => e.extensions?.code ?? 'none');
      return { ok: false, detail: `graphql ${res.status} ${codes.join(',')}` };
    };
    return Promise.all([
      call('health', async () => {
        const res = await fetch(`${api.url}/health`, { signal: AbortSignal.timeout(REQUEST_LIMIT_MS) });
        await res.text();
        return { ok: res.status === 200, detail: `health ${res.status}` };
      }),
      call('query', () => gql('{ workingGroups { code } }')),
      call('mutation', () =>
        gql('mutation { draftNewsletter(input: { subject: "During", body: "x" }) { id } }', office),
      ),
    ]);
  }

  it('fails requests cleanly during the outage and recovers on its own', async () => {
    const outcomes: Outcome[] = [];
    for (let i = 0; i < 3; i++) outcomes.push(...(await round('before')));
    expect(outcomes.every((o) => o.ok)).toBe(true);

    pg.stop();
    for (let i = 0; i < 5; i++) {
      outcomes.push(...(await round('outage')));
      await new Promise((r) => setTimeout(r, 200));
    }
    pg.start();

    // Back without restarting the API: every kind of request succeeds again within 30 s.
    const end = Date.now() + 30000;
    let healthy = false;
    while (!healthy && Date.now() < end) {
      const r = await round('after');
      outcomes.push(...r);
      healthy = r.every((o) => o.ok);
      if (!healthy) await new Promise((res) => setTimeout(res, 250));
    }
    expect(healthy).toBe(true);

    const outage = outcomes.filter((o) => o.phase === 'outage' || (o.phase === 'after' && !o.ok));
    const failures = outcomes.filter((o) => !o.ok);
    // Nothing hung, nothing refused the connection: every failure is a 503 or a contract code.
    for (const f of failures) {
      expect(f.detail).not.toMatch(/^transport/);
      if (f.what === 'health') expect(f.detail).toBe('health 503');
      else {
        const codes = f.detail.split(' ')[2].split(',');
        for (const c of codes) expect(CONTRACT_CODES).toContain(c);
      }
    }
    expect(outage.filter((o) => o.what === 'health' && !o.ok).length).toBeGreaterThan(0);
    console.log(
      `PostgreSQL restart: ${failures.length} failed requests (${[...new Set(failures.map((f) => f.detail))].join('; ')})`,
    );
  }, 120000);
});
