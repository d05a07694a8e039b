import { Client } from 'pg';
import { createTestEnvironment, startTestApi, TestApi, TestEnvironment } from '@cop/testing';

describe('the API over HTTP (real PostgreSQL)', () => {
  let env: TestEnvironment;
  let api: TestApi;

  beforeAll(async () => {
    env = await createTestEnvironment();
    const db = new Client({ connectionString: env.db.url });
    await db.connect();
    await db.query(
      `INSERT INTO community (id, name, mission, phases) VALUES (1, 'Test CoP', 'To test', '[{"name":"One","startsOn":"2024-01-01","endsOn":"2024-12-31","description":null}]')`,
    );
    await db.end();
    api = await startTestApi(env.config);
  });
  afterAll(async () => {
    await api?.close();
    await env.cleanup();
  });

  it('serves { community { name } } over POST', async () => {
    const res = await api.gql<{ community: { name: string; phases: { startsOn: string }[] } }>(
      '{ community { name phases { startsOn } } }',
    );
    expect(res.status).toBe(200);
    expect(res.errors).toBeUndefined();
    expect(res.data?.community).toEqual({ name: 'Test CoP', phases: [{ startsOn: '2024-01-01' }] });
  });

  it('serves queries over GET with a CSRF-safe header and refuses them without one', async () => {
    const q = encodeURIComponent('{ community { name } }');
    const ok = await fetch(`${api.url}/graphql?query=${q}`, { headers: { 'apollo-require-preflight': '1' } });
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { data: { community: { name: string } } }).data.community.name).toBe(
      'Test CoP',
    );
    const csrf = await fetch(`${api.url}/graphql?query=${q}`);
    expect(csrf.status).toBe(400);
  });

  it('answers a malformed query with 400 and BAD_USER_INPUT, never a 500', async () => {
    const res = await api.gql('{ community { name ');
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const unknown = await api.gql('{ nothingHere }');
    expect(unknown.status).toBe(400);
    expect(unknown.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses an oversized body with 413', async () => {
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ community { name } } # ${'x'.repeat(3 * 1024 * 1024)}` }),
    });
    expect(res.status).toBe(413);
  });

  it('refuses operations over the alias and token limits with 400', async () => {
    const aliases = Array.from({ length: 60 }, (_, i) => `a${i}: community { name }`).join(' ');
    const res = await api.gql(`{ ${aliases} }`);
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toMatch(/alias/i);

    const tokens = await api.gql(`{ community { ${'name '.repeat(4000)} } }`);
    expect(tokens.status).toBe(400);
    expect(tokens.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses batched operations', async () => {
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ community { name } }' }, { query: '{ community { name } }' }]),
    });
    expect(res.status).toBe(400);
  });

  it('reports health with the database and Redis', async () => {
    const res = await fetch(`${api.url}/health`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { status: string; info: Record<string, { status: string }> };
    expect(body.status).toBe('ok');
    expect(body.info.database.status).toBe('up');
    expect(body.info.redis.status).toBe('up');
  });

  it('serves Prometheus metrics', async () => {
    const res = await fetch(`${api.url}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/plain/);
    const text = await res.text();
    expect(text).toMatch(/cop_http_request_duration_seconds_bucket/);
    expect(text).toMatch(/cop_api_process_resident_memory_bytes/);
    // Admission control (GRAPHQL_CONCURRENCY): GraphQL requests go through it, /metrics does not.
    const admitted = (t: string) => Number(/^cop_http_admission_admitted_total (\d+)$/m.exec(t)?.[1]);
    await api.gql('{ workingGroups { id } }');
    const after = await (await fetch(`${api.url}/metrics`)).text();
    expect(admitted(after)).toBe(admitted(text) + 1);
    expect(text).toMatch(/^cop_http_admission_running 0$/m);
    expect(text).toMatch(/^cop_http_admission_waiting 0$/m);
    expect(text).toMatch(/^cop_http_admission_refused_total 0$/m);
  });
});

describe('health when a dependency is down', () => {
  it('answers 200 with Redis reported down, and 503 once the database is gone', async () => {
    const env = await createTestEnvironment({ REDIS_URL: 'redis://127.0.0.1:6399' });
    const api = await startTestApi(env.config);
    try {
      const up = await fetch(`${api.url}/health`);
      expect(up.status).toBe(200);
      expect(((await up.json()) as { info: { redis: { status: string } } }).info.redis.status).toBe('down');

      await env.db.drop(); // WITH (FORCE): the API's connections are cut
      const down = await fetch(`${api.url}/health`);
      expect(down.status).toBe(503);
      const body = (await down.json()) as { status: string; error: Record<string, unknown> };
      expect(body.status).toBe('error');
      expect(body.error.database).toBeDefined();
    } finally {
      await api.close();
      await env.cleanup();
    }
  });
});
