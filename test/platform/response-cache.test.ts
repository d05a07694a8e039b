import { ApolloServer, HeaderMap } from '@apollo/server';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { isObjectType, parse } from 'graphql';
import { Client } from 'pg';
import {
  createTestEnvironment,
  insertPerson,
  recordSql,
  sessionCookie,
  SqlRecorder,
  startTestApi,
  TestApi,
  TestEnvironment,
} from '@cop/testing';
import { anonymousResponseCache } from '../../apps/api/src/graphql/response-cache';
import {
  CLOCK_TTL_SECONDS,
  cachePlanOf,
  PUBLIC_FIELDS,
  PUBLIC_TABLES,
  RESPONSE_CACHE_TTL_SECONDS,
} from '../../apps/api/src/graphql/response-cache-fields';
import { ResponseCacheNotify1765000000000 } from '../../migrations/1765000000000-response-cache-notify';
import { seedDemo } from '../../apps/cli/src/seed/seed';

const LIST = `{ workingGroups { id code name memberCount topics { id name } chairs { id displayName } } }`;
const PAGE = `query($code: String!) { workingGroup(code: $code) { code name members(first: 10) { totalCount } } }`;
/** The public home page's query (apps/web public-home.tsx), its fragments inlined. */
const HOME = `query PublicHome($from: DateTime!, $to: DateTime!) {
  community { name mission description phases { name startsOn endsOn description }
    stats { participants people members workingGroups } }
  workingGroups { id code name }
  news(first: 3) { edges { node { id title pinned publishedAt workingGroup { code } } } }
  calendar(from: $from, to: $to) { startsAt endsAt originalStartsAt cancelled
    meeting { id title timeZone visibility workingGroup { code } } }
  faq { id question } }`;
/** A working group's public page (apps/web working-groups.$code.tsx), its fragments inlined. */
const GROUP_PAGE = `query($code: String!) { workingGroup(code: $code) { id code name description joinPolicy
  seatLimit memberCount viewerMembership { id status }
  chairs { id displayName affiliation } topics { id name description }
  upcomingMeetings(first: 5) { startsAt endsAt originalStartsAt cancelled meeting { id title timeZone visibility } }
  documents(first: 10) { totalCount edges { node { id title kind summary visibility updatedAt } } }
  members(first: 100) { totalCount edges { node { id role status requestedAt joinedAt
    person { id displayName affiliation } } } } } }`;
const NEWS_PAGE = `query($first: Int!, $after: String) { news(first: $first, after: $after) { totalCount
  pageInfo { hasNextPage endCursor } edges { node { id title pinned publishedAt bodyHtml viewerCanManage
  author { id displayName } workingGroup { id code name } } } }
  workingGroups { id code name viewerMembership { id role status } } }`;
const FAQ_PAGE = `{ faq { id question answerHtml position } }`;

type Groups = { workingGroups: { code: string; name: string; memberCount: number }[] };

/** Polls until check holds (a notification is delivered at commit, asynchronously): at most 5 s. */
async function eventually(check: () => Promise<boolean>): Promise<void> {
  const until = Date.now() + 5000;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('not within 5 s');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Tables named by a statement's FROM, JOIN, INTO or UPDATE that exist in the schema. */
function tablesOf(statements: string[], known: Set<string>): Set<string> {
  const found = new Set<string>();
  for (const s of statements)
    for (const m of s.matchAll(/\b(?:FROM|JOIN)\s+"?([a-z_]+)"?/gi))
      if (known.has(m[1].toLowerCase())) found.add(m[1].toLowerCase());
  return found;
}

describe('the anonymous response cache (issue 23)', () => {
  let env: TestEnvironment;
  let api: TestApi;
  /** A second API process's worth: its own cache, its own LISTEN connection. */
  let other: TestApi;
  let uncached: TestApi;
  let db: Client;
  let sql: SqlRecorder;
  let member: Record<string, string>;
  let groupId: string;
  let joinerCookie: Record<string, string>;

  beforeAll(async () => {
    env = await createTestEnvironment();
    const on = env.configWith({ GRAPHQL_RESPONSE_CACHE: 'on' });
    [api, other, uncached] = await Promise.all([
      startTestApi(on),
      startTestApi(on),
      startTestApi(env.configWith({ GRAPHQL_RESPONSE_CACHE: 'off' })),
    ]);
    db = new Client({ connectionString: env.db.url });
    await db.connect();
    sql = recordSql(api);
    groupId = (
      await db.query<{ id: string }>(
        `INSERT INTO working_groups (code, name) VALUES ('WG1', 'One'), ('WG2', 'Two') RETURNING id`,
      )
    ).rows[0].id;
    const memberId = await insertPerson(env.db.url, { displayName: 'Mia', role: 'MEMBER' });
    await db.query(
      `INSERT INTO memberships (person_id, working_group_id, status, joined_at) VALUES ($1, $2, 'ACTIVE', now())`,
      [memberId, groupId],
    );
    member = await sessionCookie(api, memberId);
    joinerCookie = await sessionCookie(
      api,
      await insertPerson(env.db.url, { displayName: 'Jo', role: 'MEMBER' }),
    );
  });
  afterAll(async () => {
    await db.end();
    await Promise.all([api.close(), other.close(), uncached.close()]);
    await env.cleanup();
  });

  /** The answer and the SQL statements it took. */
  const measured = async (
    target: TestApi,
    query: string,
    vars = {},
    headers: Record<string, string> = {},
  ) => {
    const recorder = target === api ? sql : recordSql(target);
    const { result, queries } = await recorder.measure(() => target.gql(query, vars, headers));
    expect(result.errors).toBeUndefined();
    return { data: result.data, queries };
  };

  it('serves a second anonymous request from the cache, without executing it', async () => {
    const first = await measured(api, LIST);
    expect(first.queries).toBeGreaterThan(0);
    const second = await measured(api, LIST);
    expect(second.queries).toBe(0);
    expect(second.data).toEqual(first.data);
    // Other variables are another answer.
    expect((await measured(api, PAGE, { code: 'WG2' })).queries).toBeGreaterThan(0);
    expect((await measured(api, PAGE, { code: 'WG2' })).queries).toBe(0);
  });

  it('shows a change made through a mutation at once, in this process and in another', async () => {
    for (const target of [api, other]) await target.gql(LIST);
    expect((await measured(other, LIST)).queries).toBe(0);
    const count = async (target: TestApi) =>
      (await target.gql<Groups>(LIST)).data!.workingGroups.find((g) => g.code === 'WG1')!.memberCount;
    const before = await count(api);
    const joined = await api.gql(
      'mutation($g: ID!) { joinWorkingGroup(workingGroupId: $g) { id status } }',
      { g: groupId },
      joinerCookie,
    );
    expect(joined.errors).toBeUndefined();
    for (const target of [api, other]) await eventually(async () => (await count(target)) === before + 1);
    // And the next change too (the new answer was cached in between).
    expect((await measured(other, LIST)).queries).toBe(0);
    await api.gql(
      'mutation($g: ID!) { leaveWorkingGroup(workingGroupId: $g) }',
      { g: groupId },
      joinerCookie,
    );
    for (const target of [api, other]) await eventually(async () => (await count(target)) === before);
  });

  it('shows a change made by plain SQL in another connection, in every process', async () => {
    for (const target of [api, other]) await target.gql(LIST);
    await db.query(`UPDATE working_groups SET name = 'Renamed by SQL' WHERE code = 'WG1'`);
    const name = async (target: TestApi) =>
      (await target.gql<Groups>(LIST)).data!.workingGroups.find((g) => g.code === 'WG1')!.name;
    for (const target of [api, other])
      await eventually(async () => (await name(target)) === 'Renamed by SQL');
    // A rolled-back write says nothing: the cached answer stays.
    await db.query(`BEGIN; UPDATE working_groups SET name = 'Never' WHERE code = 'WG1'; ROLLBACK`);
    await new Promise((r) => setTimeout(r, 100));
    expect((await measured(api, LIST)).queries).toBe(0);
  });

  it('never stores a signed-in answer, never serves a cached one to a signed-in caller', async () => {
    // Anonymous first: no member is visible to nobody, and that answer is cached.
    const anonymous = await measured(api, PAGE, { code: 'WG1' });
    expect(anonymous.data).toMatchObject({ workingGroup: { members: { totalCount: 0 } } });
    expect((await measured(api, PAGE, { code: 'WG1' })).queries).toBe(0);
    // The member sees the seats: executed, not the cached answer.
    const signedIn = await measured(api, PAGE, { code: 'WG1' }, member);
    expect(signedIn.queries).toBeGreaterThan(0);
    expect(signedIn.data).toMatchObject({ workingGroup: { members: { totalCount: 1 } } });
    expect((await measured(api, PAGE, { code: 'WG1' })).data).toEqual(anonymous.data);
    // Signed in first, on a document nobody asked yet: the member's answer is not stored.
    const fresh = `query($code: String!) { workingGroup(code: $code) { members(first: 5) { totalCount } } }`;
    expect((await measured(api, fresh, { code: 'WG1' }, member)).data).toMatchObject({
      workingGroup: { members: { totalCount: 1 } },
    });
    const after = await measured(api, fresh, { code: 'WG1' });
    expect(after.queries).toBeGreaterThan(0);
    expect(after.data).toMatchObject({ workingGroup: { members: { totalCount: 0 } } });
    // A session cookie that resolves to nobody, or any Authorization header: no cache either way.
    const bypassing: Record<string, string>[] = [
      { cookie: 'cop_session=stale' },
      { authorization: 'Basic eDp5' },
    ];
    for (const headers of bypassing) {
      const res = await sql.measure(() => api.gql(PAGE, { code: 'WG1' }, headers));
      expect(res.queries).toBeGreaterThan(0);
    }
  });

  it('executes mutations, fields outside the allowlist and everything with GRAPHQL_RESPONSE_CACHE=off', async () => {
    const withViewer = `{ viewer { person { id } } workingGroups { code memberCount } }`;
    const withPrivate = `{ workingGroups { code seatHistory(first: 1) { totalCount } } }`;
    for (const query of [withViewer, withPrivate]) {
      await api.gql(query);
      expect((await sql.measure(() => api.gql(query))).queries).toBeGreaterThan(0);
    }
    await uncached.gql(LIST);
    expect((await measured(uncached, LIST)).queries).toBeGreaterThan(0);
    // A mutation is never answered from the cache: the second one fails on its own.
    const join = 'mutation($g: ID!) { joinWorkingGroup(workingGroupId: $g) { id status } }';
    expect((await api.gql(join, { g: groupId }, joinerCookie)).errors).toBeUndefined();
    expect((await api.gql(join, { g: groupId }, joinerCookie)).errors?.[0].extensions?.code).toBe('CONFLICT');
    await api.gql(
      'mutation($g: ID!) { leaveWorkingGroup(workingGroupId: $g) }',
      { g: groupId },
      joinerCookie,
    );
  });

  it('plans only queries of public fields, fragments included, with a short life for clock-dependent ones', () => {
    const schema = api.app.get(GraphQLSchemaHost).schema;
    const plan = (q: string) => cachePlanOf(schema, parse(q), undefined);
    expect(plan(LIST)).toEqual({
      tables: ['memberships', 'people', 'topics', 'working_groups'],
      maxAgeSeconds: RESPONSE_CACHE_TTL_SECONDS,
    });
    expect(
      plan('{ workingGroups { ...G } } fragment G on WorkingGroup { code topics { name } }')?.tables,
    ).toEqual(['topics', 'working_groups']);
    expect(
      plan('{ workingGroups { ...G } } fragment G on WorkingGroup { seatHistory { totalCount } }'),
    ).toBeNull();
    expect(plan(HOME)?.maxAgeSeconds).toBe(CLOCK_TTL_SECONDS);
    expect(plan(GROUP_PAGE)?.maxAgeSeconds).toBe(CLOCK_TTL_SECONDS);
    expect(plan('{ viewer { person { id } } }')).toBeNull();
    expect(plan('{ __schema { types { name } } }')).toBeNull();
    expect(plan('mutation { leaveWorkingGroup(workingGroupId: "x") }')).toBeNull();
    // Every allowlisted field exists, and every table it reads notifies its changes.
    for (const [typeName, fields] of Object.entries(PUBLIC_FIELDS)) {
      const type = schema.getType(typeName);
      expect(isObjectType(type)).toBe(true);
      if (!isObjectType(type)) continue;
      for (const field of Object.keys(fields))
        expect(`${typeName}.${field}:${!!type.getFields()[field]}`).toBe(`${typeName}.${field}:true`);
    }
  });

  it('does not store an answer whose tables changed while it executed; reconnects afresh', async () => {
    const plugin = anonymousResponseCache({ databaseUrl: env.db.url, maxBytes: 1_000_000 })!;
    let gate: Promise<void> | null = null;
    let executions = 0;
    const server = new ApolloServer({
      typeDefs:
        'type Query { workingGroups: [WorkingGroup!]! } type WorkingGroup { code: String! name: String! }',
      resolvers: {
        Query: {
          workingGroups: async () => {
            executions += 1;
            if (gate) await gate;
            return (await db.query(`SELECT code, name FROM working_groups ORDER BY code`)).rows;
          },
        },
      },
      plugins: [plugin],
    });
    await server.start();
    const ask = async () => {
      const res = await server.executeOperation(
        {
          query: '{ workingGroups { code name } }',
          http: { method: 'POST', headers: new HeaderMap(), search: '', body: {} },
        },
        { contextValue: { req: {} } as never },
      );
      if (res.body.kind !== 'single') throw new Error('single result expected');
      return res.body.singleResult.data as { workingGroups: { code: string; name: string }[] };
    };
    try {
      const generation = () => plugin.generations.snapshot(['working_groups']);
      await ask();
      await ask();
      expect(executions).toBe(1);
      const generationBefore = generation();
      // A change, then an execution that starts; the table changes again before it ends., the table changes (and the notification arrives) before it ends.
      let open!: () => void;
      gate = new Promise((r) => (open = r));
      await db.query(`UPDATE working_groups SET name = 'Changed' WHERE code = 'WG2'`);
      await eventually(async () => generation() !== generationBefore);
      const before = generation();
      const pending = ask();
      await eventually(async () => executions === 2);
      await db.query(`UPDATE working_groups SET name = 'Raced' WHERE code = 'WG2'`);
      await eventually(async () => generation() !== before);
      open();
      gate = null;
      expect((await pending).workingGroups.find((g) => g.code === 'WG2')?.name).toBe('Raced');
      await ask();
      expect(executions).toBe(3); // not stored: executed again
      await ask();
      expect(executions).toBe(3); // stored this time
      // The listening connection dies: nothing is served until it listens again, then afresh.
      await db.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'cop-api-table-changes' AND datname = current_database()`,
      );
      await eventually(async () => !plugin.generations.live);
      await ask();
      expect(executions).toBe(4);
      await eventually(async () => plugin.generations.live);
      await ask();
      await ask();
      expect(executions).toBe(5);
    } finally {
      await server.stop();
    }
  });

  it('the migration goes down and up again', async () => {
    const runner = { query: (text: string) => db.query(text) } as never;
    const migration = new ResponseCacheNotify1765000000000();
    await migration.down(runner);
    expect((await db.query(`SELECT 1 FROM pg_trigger WHERE tgname LIKE '%_notify_change'`)).rowCount).toBe(0);
    await migration.up(runner);
    expect((await db.query(`SELECT 1 FROM pg_trigger WHERE tgname LIKE '%_notify_change'`)).rowCount).toBe(
      PUBLIC_TABLES.length,
    );
  });
});

/** The demo community (news, FAQ, meetings, documents, seats), every public page executed. */
describe('the tables the public pages read (issue 23)', () => {
  let env: TestEnvironment;
  let seeded: TestApi;
  let db: Client;
  let group: string;

  beforeAll(async () => {
    env = await createTestEnvironment();
    await seedDemo(env.config);
    seeded = await startTestApi(env.configWith({ GRAPHQL_RESPONSE_CACHE: 'off' }));
    db = new Client({ connectionString: env.db.url });
    await db.connect();
    // The group with the most public meetings and documents: every field of its page has rows.
    group = (
      await db.query<{ code: string }>(
        `SELECT g.code FROM working_groups g ORDER BY
           (SELECT count(*) FROM meetings m WHERE m.working_group_id = g.id) +
           (SELECT count(*) FROM document_working_groups d WHERE d.working_group_id = g.id) DESC LIMIT 1`,
      )
    ).rows[0].code;
  });
  afterAll(async () => {
    await db.end();
    await seeded.close();
    await env.cleanup();
  });

  it('declares every table the public pages read, and each has its trigger', async () => {
    const known = new Set(
      (
        await db.query<{ t: string }>(`SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public'`)
      ).rows.map((r) => r.t),
    );
    const schema = seeded.app.get(GraphQLSchemaHost).schema;
    const now = Date.now();
    const window = { from: new Date(now).toISOString(), to: new Date(now + 120 * 86_400_000).toISOString() };
    const pages: [string, Record<string, unknown>][] = [
      [HOME, window],
      [LIST, {}],
      [GROUP_PAGE, { code: group }],
      [NEWS_PAGE, { first: 10 }],
      [FAQ_PAGE, {}],
    ];
    for (const [query, variables] of pages) {
      const plan = cachePlanOf(schema, parse(query), undefined);
      expect(plan).not.toBeNull();
      const statements = await statementsOf(seeded, async () =>
        expect((await seeded.gql(query, variables)).errors).toBeUndefined(),
      );
      const read = [...tablesOf(statements, known)].filter((t) => !plan!.tables.includes(t));
      expect(`${query.slice(0, 40)}: ${read.join(', ')}`).toBe(`${query.slice(0, 40)}: `);
    }
    const triggered = (
      await db.query<{ t: string }>(
        `SELECT DISTINCT c.relname AS t FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid
         WHERE g.tgname LIKE '%_notify_change'`,
      )
    ).rows.map((r) => r.t);
    expect(triggered.sort()).toEqual([...PUBLIC_TABLES]);
  });
});

/** The SQL statements the API sends while fn runs (all of them, not only their count). */
async function statementsOf(target: TestApi, fn: () => Promise<unknown>): Promise<string[]> {
  const { DataSource } = await import('typeorm');
  const logger = target.app.get(DataSource).logger;
  const original = logger.logQuery.bind(logger);
  const statements: string[] = [];
  logger.logQuery = (...args) => {
    statements.push(String(args[0]));
    return original(...args);
  };
  try {
    await fn();
  } finally {
    logger.logQuery = original;
  }
  return statements;
}
