import { Client } from 'pg';
import { register, type Counter } from 'prom-client';
import {
  createTestEnvironment,
  recordSql,
  sessionCookie,
  startTestApi,
  type SqlRecorder,
  type TestApi,
  type TestEnvironment,
} from '@cop/testing';
import { BENCH_MEMBER_ID_SQL, BENCH_SURVEY_SLUG, seedScale } from '../../bench/lib/seed';

const DAY_MS = 24 * 3600 * 1000;
const from = new Date(Math.floor(Date.now() / DAY_MS) * DAY_MS);
const to = new Date(from.getTime() + 365 * DAY_MS);

type Caller = 'anonymous' | 'member';

/**
 * The benchmark's reads (bench/scenarios/http-load.ts) and the ways a query fails: field
 * middleware refusing a nested field, a service refusing one, a bad and a missing variable,
 * a bad enum value, an unknown id.
 */
const OPERATIONS: { name: string; caller: Caller; query: string; variables?: Record<string, unknown> }[] = [
  {
    name: 'public working-group list',
    caller: 'anonymous',
    query: `{ workingGroups { id code name description joinPolicy seatLimit memberCount
      topics { id name } chairs { id displayName affiliation } } }`,
  },
  {
    name: 'member dashboard',
    caller: 'member',
    query: `{ viewer { person { id displayName memberships { role status workingGroup { id code name
      upcomingMeetings(first: 5) { startsAt endsAt meeting { id title } }
      documents(first: 5) { edges { node { id title kind updatedAt } } } } } } } }`,
  },
  {
    name: 'calendar, a year, mine',
    caller: 'member',
    query: `query($from: DateTime!, $to: DateTime!) { calendar(from: $from, to: $to, mine: true) {
      originalStartsAt startsAt endsAt cancelled meeting { id title timeZone } } }`,
    variables: { from: from.toISOString(), to: to.toISOString() },
  },
  {
    name: 'surveyResults',
    caller: 'member',
    query: `query($slug: String!) { surveyResults(slug: $slug) { responses questions {
      question { key } shown answered noAnswer mean options { key count ratio share } texts(first: 5) } } }`,
    variables: { slug: BENCH_SURVEY_SLUG },
  },
  {
    name: 'search, fragments and __typename',
    caller: 'member',
    query: `query Search($q: String!) { __typename searchDocuments(query: $q, first: 5) { totalCount
      hits { rank headline document { ...doc } } } }
      fragment doc on Document { __typename id title kind createdAt author { displayName } }`,
    variables: { q: 'the' },
  },
  {
    name: 'a nested field the field middleware refuses (anonymous)',
    caller: 'anonymous',
    query: '{ workingGroups { code seatHistory(first: 2) { totalCount } } }',
  },
  {
    // One group: among several, which refusal comes first is a race in graphql-js too.
    name: 'a nested field the service refuses (member)',
    caller: 'member',
    query: '{ workingGroup(code: "WG1") { code seatHistory(first: 2) { totalCount } } }',
  },
  {
    name: 'a bad DateTime variable',
    caller: 'member',
    query: 'query($from: DateTime!, $to: DateTime!) { calendar(from: $from, to: $to) { startsAt } }',
    variables: { from: 'yesterday', to: to.toISOString() },
  },
  {
    name: 'a missing variable',
    caller: 'member',
    query: 'query($slug: String!) { surveyResults(slug: $slug) { responses } }',
  },
  {
    name: 'a bad enum variable',
    caller: 'member',
    query: 'query($f: DigestFrequency!) { digestPeriod(frequency: $f) { periodStart } }',
    variables: { f: 'HOURLY' },
  },
  {
    name: 'an unknown id',
    caller: 'member',
    query: 'query($id: ID!) { document(id: $id) { id title } meeting(id: $id) { id } }',
    variables: { id: '00000000-0000-4000-8000-000000000000' },
  },
];

const outcomes = () =>
  (register.getSingleMetric('cop_graphql_compiled_total') as Counter<'outcome'>)
    .get()
    .then(
      (m) => Object.fromEntries(m.values.map((v) => [v.labels.outcome, v.value])) as Record<string, number>,
    );

/**
 * GRAPHQL_EXECUTOR=jit (apps/api compiled-execution.ts) against the default graphql-js: two
 * APIs over one database, the same requests, the same bytes, status and SQL statements back.
 */
describe('GRAPHQL_EXECUTOR=jit answers byte for byte as graphql-js does', () => {
  let env: TestEnvironment;
  let js: TestApi;
  let jit: TestApi;
  let sql: Map<TestApi, SqlRecorder>;
  const headers: Record<Caller, Record<string, string>> = { anonymous: {}, member: {} };

  beforeAll(async () => {
    env = await createTestEnvironment();
    await seedScale(env.db.url, 0.001, () => undefined);
    js = await startTestApi(
      env.configWith({ GRAPHQL_EXECUTOR: 'graphql-js', GRAPHQL_RESPONSE_CACHE: 'off' }),
    );
    jit = await startTestApi(env.configWith({ GRAPHQL_EXECUTOR: 'jit', GRAPHQL_RESPONSE_CACHE: 'off' }));
    sql = new Map([js, jit].map((api) => [api, recordSql(api)]));
    const db = new Client({ connectionString: env.db.url });
    await db.connect();
    const { rows } = await db.query<{ id: string }>(`SELECT ${BENCH_MEMBER_ID_SQL} AS id`);
    await db.end();
    headers.member = await sessionCookie(js, rows[0].id);
  }, 120_000);
  afterAll(async () => {
    await js?.close();
    await jit?.close();
    await env?.cleanup();
  });

  const send = async (api: TestApi, op: (typeof OPERATIONS)[number]) => {
    const { result, queries } = await sql.get(api)!.measure(async () => {
      const res = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers[op.caller] },
        body: JSON.stringify({ query: op.query, variables: op.variables }),
      });
      return { status: res.status, body: await res.text() };
    });
    return { ...result, queries };
  };

  it.each(OPERATIONS)('$name', async (op) => {
    // Warm: a session's first request reads it, later ones find it cached. For the jit API this
    // first run is graphql-js's (a document is compiled when it comes back).
    await send(js, op);
    await send(jit, op);
    const before = await outcomes();
    const expected = await send(js, op);
    const runs = [await send(jit, op), await send(jit, op)];
    const after = await outcomes();
    for (const run of runs)
      expect({ status: run.status, body: run.body }).toEqual({
        status: expected.status,
        body: expected.body,
      });
    const failed = expected.body.includes('"errors"');
    if (failed) {
      // An answer with errors: graphql-js ran it again, and its errors are what Apollo formatted.
      expect((after.rerun ?? 0) - (before.rerun ?? 0)).toBe(2);
    } else {
      // A clean answer came from graphql-jit, with the same statements: DataLoaders batch as before.
      expect(JSON.parse(expected.body).data).toBeTruthy();
      expect((after.served ?? 0) - (before.served ?? 0)).toBe(2);
      expect(runs.map((r) => r.queries)).toEqual([expected.queries, expected.queries]);
    }
  });

  it('leaves mutations to graphql-js', async () => {
    const before = await outcomes();
    const mutation = {
      name: 'mutation',
      caller: 'member' as const,
      query: 'mutation { rotateCalendarFeedUrl }',
    };
    for (let run = 1; run <= 3; run++) await send(jit, mutation);
    expect(await outcomes()).toEqual(before);
  });
});
