import { isDeepStrictEqual } from 'node:util';
import { Client } from 'pg';
import { graphql, type RunningApi } from '../lib/api';
import { runLoad, type ChildServer, type LoadPoint, type LoadRequest } from '../lib/load';
import type { SqlRecorder } from '../lib/sql-recorder';
import { seededRandom } from '../lib/stats';
import { VOCABULARY } from '../lib/vocabulary';
import { BENCH_SURVEY_SLUG } from '../lib/seed';

const DAY_MS = 24 * 3600 * 1000;
export const CONNECTIONS = [1, 16, 64];

const GROUP_FIELDS = `id code name description joinPolicy seatLimit memberCount
  topics { id name } chairs { id displayName affiliation }`;
const WORKING_GROUPS = `{ workingGroups { ${GROUP_FIELDS} } }`;
/** The directory's first page (issue 23): the public list's fields, 50 groups. */
const WORKING_GROUP_PAGE_SIZE = 50;
const WORKING_GROUP_PAGE = `query($first: Int) { workingGroups(first: $first) { ${GROUP_FIELDS} } }`;
const DASHBOARD = `{ viewer { person { id displayName memberships { role status workingGroup { id code name
  upcomingMeetings(first: 5) { startsAt endsAt meeting { id title } }
  documents(first: 5) { edges { node { id title kind updatedAt } } } } } } } }`;
const SEARCH = `query($q: String!) { searchDocuments(query: $q, first: 20) {
  totalCount hits { rank headline document { id title } } } }`;
const CALENDAR = `query($from: DateTime!, $to: DateTime!) { calendar(from: $from, to: $to, mine: true) {
  originalStartsAt startsAt endsAt cancelled meeting { id title timeZone } } }`;
const SURVEY = `query($slug: String!) { surveyResults(slug: $slug) { responses questions {
  question { key } shown answered noAnswer mean options { key count ratio share } texts(first: 5) } } }`;
/** A session cookie of nobody: anonymous, but past the anonymous response cache. */
const UNCACHED_ANONYMOUS = 'cop_session=bench-anonymous';
const JOIN = `mutation($g: ID!) { joinWorkingGroup(workingGroupId: $g) { id status } }`;
const LEAVE = `mutation($g: ID!) { leaveWorkingGroup(workingGroupId: $g) }`;
const POST = `mutation($input: DocumentInput!) { postDocument(input: $input) { id version } }`;

/** One load scenario: what the API is sent, and what the baseline is sent for the same data. */
interface Scenario {
  name: string;
  kind: 'read' | 'write';
  api: LoadRequest[];
  baseline?: LoadRequest[];
  /** Per-connection headers for the API (each connection its own session); else `cookie`. */
  apiHeadersOf?: (connection: number) => Record<string, string>;
}

export interface ScenarioFigures {
  name: string;
  kind: 'read' | 'write';
  sqlPerRequest: number;
  /** API and baseline answer the same data (JSON deep-equal; the feed without DTSTAMP lines). */
  sameAnswer: boolean | null;
  difference: string | null;
  api: LoadPoint[];
  baseline: LoadPoint[];
  /** API requests/s over baseline requests/s at 16 connections. */
  ratioAt16: number | null;
  /** The API's peak RSS (VmHWM) once this scenario's points are done: which scenario raised it. */
  apiPeakRssMbAfter: number;
}

const gql = (query: string, variables: Record<string, unknown> = {}, cookie?: string): LoadRequest => ({
  method: 'POST',
  path: '/graphql',
  body: JSON.stringify({ query, variables }),
  headers: cookie ? { cookie } : {},
});

/** The first place two answers differ, or null; numbers equal within 1e-9 relative. */
function firstDifference(a: unknown, b: unknown, path = 'data'): string | null {
  if (typeof a === 'number' && typeof b === 'number') {
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a)) ? null : `${path}: ${a} vs ${b}`;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${path}: ${a.length} items vs ${b.length}`;
    for (let i = 0; i < a.length; i++) {
      const d = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) {
      const d = firstDifference(
        (a as Record<string, unknown>)[k],
        (b as Record<string, unknown>)[k],
        `${path}.${k}`,
      );
      if (d) return d;
    }
    return null;
  }
  return isDeepStrictEqual(a, b)
    ? null
    : `${path}: ${JSON.stringify(a)?.slice(0, 120)} vs ${JSON.stringify(b)?.slice(0, 120)}`;
}

async function fetchText(url: string, r: LoadRequest): Promise<string> {
  const res = await fetch(url + r.path, {
    method: r.method ?? 'GET',
    headers: { 'content-type': 'application/json', ...r.headers },
    body: r.body,
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${r.path} ${res.status}: ${text.slice(0, 300)}`);
  return text;
}

/** API answer vs baseline answer of the first request of a scenario. */
async function compare(api: string, baseline: string, s: Scenario): Promise<string | null> {
  const [a, b] = await Promise.all([fetchText(api, s.api[0]), fetchText(baseline, s.baseline![0])]);
  if (s.name === 'personal .ics feed') {
    // DTSTAMP is the time of the request, and unbounded series end at the window's end (now + 2 years).
    const strip = (t: string) => t.replace(/^DTSTAMP:.*\r?\n/gm, '').replace(/UNTIL=\d{8}T\d{6}Z/g, 'UNTIL=');
    return strip(a) === strip(b) ? null : `feeds differ (${a.length} vs ${b.length} characters)`;
  }
  const pa = JSON.parse(a) as { data?: unknown; errors?: unknown };
  if (pa.errors) return `API errors: ${JSON.stringify(pa.errors).slice(0, 300)}`;
  return firstDifference(pa.data, (JSON.parse(b) as { data: unknown }).data);
}

export interface LoadContext {
  inProcess: RunningApi;
  recorder: SqlRecorder;
  databaseUrl: string;
  memberId: string;
  cookie: string;
  /** One session per connection for the seat writes: members without a seat in the target group. */
  writerCookies: string[];
  writerGroupId: string;
  postGroupId: string;
  seconds: number;
  log: (m: string) => void;
}

/** The scenarios, with the same inputs for the API and the baseline. */
async function scenarios(ctx: LoadContext): Promise<Scenario[]> {
  const { cookie, memberId: v } = ctx;
  const random = seededRandom(7);
  const pick = () => VOCABULARY[Math.floor(random() * VOCABULARY.length)];
  const words = Array.from({ length: 20 }, () => `${pick()} ${pick()}`);
  const from = new Date(Math.floor(Date.now() / DAY_MS) * DAY_MS);
  const to = new Date(from.getTime() + 365 * DAY_MS);
  const { viewer } = await graphql<{ viewer: { calendarFeedUrl: string } }>(
    ctx.inProcess,
    cookie,
    '{ viewer { calendarFeedUrl } }',
  );
  const feedPath = new URL(viewer.calendarFeedUrl).pathname;
  const body = Array.from({ length: 300 }, (_, i) => VOCABULARY[(i * 7) % VOCABULARY.length]).join(' ');
  return [
    {
      name: 'public working-group list',
      kind: 'read',
      api: [gql(WORKING_GROUPS)],
      baseline: [{ path: '/working-groups' }],
    },
    {
      // The row above is served by the anonymous response cache after its first request (repeat
      // anonymous reads); this one executes every time: a session cookie that names nobody is
      // anonymous, and any session cookie bypasses the cache.
      name: 'public working-group list (uncached)',
      kind: 'read',
      api: [gql(WORKING_GROUPS, {}, UNCACHED_ANONYMOUS)],
      baseline: [{ path: '/working-groups' }],
    },
    {
      name: 'working-group list, first 50',
      kind: 'read',
      api: [gql(WORKING_GROUP_PAGE, { first: WORKING_GROUP_PAGE_SIZE })],
      baseline: [{ path: `/working-groups-page?first=${WORKING_GROUP_PAGE_SIZE}` }],
    },
    {
      name: 'member dashboard',
      kind: 'read',
      api: [gql(DASHBOARD, {}, cookie)],
      baseline: [{ path: `/dashboard?viewer=${v}` }],
    },
    {
      name: 'searchDocuments (2 words)',
      kind: 'read',
      api: words.map((q) => gql(SEARCH, { q }, cookie)),
      baseline: words.map((q) => ({ path: `/search?viewer=${v}&q=${encodeURIComponent(q)}` })),
    },
    {
      name: 'calendar, a year, mine',
      kind: 'read',
      api: [gql(CALENDAR, { from: from.toISOString(), to: to.toISOString() }, cookie)],
      baseline: [{ path: `/calendar?viewer=${v}&from=${from.toISOString()}&to=${to.toISOString()}` }],
    },
    {
      name: 'personal .ics feed',
      kind: 'read',
      api: [{ path: feedPath }],
      baseline: [{ path: `/feed.ics?viewer=${v}` }],
    },
    {
      name: 'surveyResults',
      kind: 'read',
      api: [gql(SURVEY, { slug: BENCH_SURVEY_SLUG }, cookie)],
      baseline: [{ path: `/survey-results?slug=${BENCH_SURVEY_SLUG}` }],
    },
    {
      name: 'joinWorkingGroup + leaveWorkingGroup',
      kind: 'write',
      api: [gql(JOIN, { g: ctx.writerGroupId }), gql(LEAVE, { g: ctx.writerGroupId })],
      apiHeadersOf: (i) => ({ cookie: ctx.writerCookies[i % ctx.writerCookies.length] }),
    },
    {
      name: 'postDocument',
      kind: 'write',
      api: [
        gql(
          POST,
          {
            input: {
              title: 'Load test note',
              summary: 'Written by the benchmark.',
              body,
              kind: 'NOTE',
              visibility: 'WORKING_GROUP',
              workingGroupIds: [ctx.postGroupId],
              tags: ['bench'],
            },
          },
          cookie,
        ),
      ],
    },
  ];
}

/** SQL statements one request of the scenario sends (the in-process API, warmed up first). */
async function sqlPerRequest(ctx: LoadContext, s: Scenario): Promise<number> {
  const requests = s.api.slice(0, 2);
  const send = async () => {
    for (const [i, r] of requests.entries()) {
      const headers = s.apiHeadersOf ? s.apiHeadersOf(0) : {};
      await fetchText(ctx.inProcess.url, { ...r, headers: { ...r.headers, ...headers } }).then((t) => {
        if (t.startsWith('{') && JSON.parse(t).errors)
          throw new Error(`${s.name} [${i}]: ${t.slice(0, 300)}`);
      });
    }
  };
  await send();
  const { queries } = await ctx.recorder.record(send);
  return Math.round((queries.length / requests.length) * 10) / 10;
}

/** Every scenario: SQL count in process, answers compared, then load at 1, 16 and 64 connections. */
export async function httpLoad(
  ctx: LoadContext,
  api: ChildServer,
  baseline: ChildServer,
): Promise<ScenarioFigures[]> {
  const results: ScenarioFigures[] = [];
  for (const s of await scenarios(ctx)) {
    ctx.log(`load: ${s.name} …`);
    const sql = await sqlPerRequest(ctx, s);
    let difference: string | null = null;
    if (s.baseline) difference = await compare(api.url, baseline.url, s);
    const apiPoints: LoadPoint[] = [];
    const basePoints: LoadPoint[] = [];
    for (const c of CONNECTIONS) {
      // A short warm-up, then the measured point; API and baseline one after the other.
      await runLoad(api.url, s.api, c, 1, s.apiHeadersOf);
      apiPoints.push(await runLoad(api.url, s.api, c, ctx.seconds, s.apiHeadersOf, api));
      if (s.baseline) {
        await runLoad(baseline.url, s.baseline, c, 1);
        basePoints.push(await runLoad(baseline.url, s.baseline, c, ctx.seconds, undefined, baseline));
      }
      ctx.log(
        `  ${c} connections: API ${apiPoints.at(-1)!.rps}/s p99 ${apiPoints.at(-1)!.latency.p99} ms` +
          (s.baseline
            ? `, baseline ${basePoints.at(-1)!.rps}/s p99 ${basePoints.at(-1)!.latency.p99} ms`
            : '') +
          `, API peak RSS so far ${api.peakRssMb()} MB`,
      );
    }
    const a16 = apiPoints.find((p) => p.connections === 16);
    const b16 = basePoints.find((p) => p.connections === 16);
    results.push({
      name: s.name,
      kind: s.kind,
      sqlPerRequest: sql,
      sameAnswer: s.baseline ? difference === null : null,
      difference,
      api: apiPoints,
      baseline: basePoints,
      ratioAt16: a16 && b16 ? Math.round((a16.rps / b16.rps) * 100) / 100 : null,
      apiPeakRssMbAfter: api.peakRssMb(),
    });
  }
  await checkSeatWrites(ctx);
  await checkCachedList(api.url, ctx.log);
  return results;
}

/**
 * After the seat writes, the public list the cache serves is the one execution gives: the
 * writes' notifications reached the API process (a bounded wait: NOTIFY arrives at commit).
 */
async function checkCachedList(url: string, log: (m: string) => void): Promise<void> {
  const until = Date.now() + 5000;
  for (;;) {
    const cached = await fetchText(url, gql(WORKING_GROUPS));
    const executed = await fetchText(url, gql(WORKING_GROUPS, {}, UNCACHED_ANONYMOUS));
    if (cached === executed) return log('  public list after the seat writes: the cached answer is current');
    if (Date.now() > until)
      throw new Error(
        'the cached public working-group list differs from an executed one after the seat writes',
      );
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** After the join/leave pairs every writer holds at most one seat in the group: nothing half-done. */
async function checkSeatWrites(ctx: LoadContext): Promise<void> {
  const db = new Client({ connectionString: ctx.databaseUrl });
  await db.connect();
  try {
    const r = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM membership_events WHERE working_group_id = $1 AND event = 'LEFT'`,
      [ctx.writerGroupId],
    );
    ctx.log(`  seat writes: ${r.rows[0].n} LEFT events recorded in the target group`);
  } finally {
    await db.end();
  }
}
