import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { Client } from 'pg';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { GraphQLSchema } from 'graphql';
import {
  createTestEnvironment,
  insertPerson,
  sessionCookie,
  startTestApi,
  TestApi,
  TestEnvironment,
} from '@cop/testing';
import { seedDemo } from '../../apps/cli/src/seed/seed';
import type { FuzzPools } from './fuzz-arbitraries';

/**
 * The error codes a caller may see, read from the contract's own list (the "Errors:" comment of
 * ../shared/contract/schema.graphql), INTERNAL_SERVER_ERROR excluded: the fuzzers must never see it.
 */
export const CONTRACT_CODES = new Set(
  [
    .../# Errors:[^\n]*\n((?:#\s{2,}[A-Z_]{3,}\s.*\n)+)/
      .exec(readFileSync(join(__dirname, '../../../shared/contract/schema.graphql'), 'utf8'))![1]
      .matchAll(/^#\s{2,}([A-Z_]{3,})\s/gm),
  ]
    .map((m) => m[1])
    .filter((code) => code !== 'INTERNAL_SERVER_ERROR'),
);

/** A fixed seed so a failure replays; change it to explore other inputs. */
export const FUZZ_SEED = 20261201;

/**
 * Columns written by reads, left out of the database digest: a session's last_seen_at is
 * touched by any authenticated request (at most once a minute), an access token's
 * last_used_at by any request made with it. Rate limits live in memory, not in tables.
 */
const WRITTEN_BY_READS = new Set(['sessions.last_seen_at', 'access_tokens.last_used_at']);

export interface FuzzFixture {
  env: TestEnvironment;
  api: TestApi;
  db: Client;
  schema: GraphQLSchema;
  /** Cookie headers of the two callers. */
  as: { OFFICE: Record<string, string>; MEMBER: Record<string, string> };
  /** The callers' own ids, kept out of the id pools (the fuzzer must not demote itself). */
  selfIds: string[];
  pools(): Promise<FuzzPools>;
  /**
   * A counter of row writes (a sequence bumped by a trigger on every table): when it has not
   * moved, nothing was written, so the digest need not be taken again. Sequences ignore
   * rollbacks, so a moved counter may still mean "unchanged": the digest decides.
   */
  writes(): Promise<number>;
  /** Per table, a digest of all its rows (minus WRITTEN_BY_READS). */
  digest(): Promise<Record<string, string>>;
  /** POST /graphql; the parsed body and the status. */
  post(
    query: string,
    variables: Record<string, unknown>,
    headers: Record<string, string>,
  ): Promise<{ status: number; body: GraphQLBody }>;
  close(): Promise<void>;
}

export interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
  /** What HTTP-level refusals (413 from the body parser) carry instead of errors. */
  error?: { code?: string; message?: string };
}

/** The demo community, an OFFICE caller and a MEMBER who chairs one group, the real API. */
export async function startFuzzFixture(): Promise<FuzzFixture> {
  const env = await createTestEnvironment();
  await seedDemo(env.config);
  const api = await startTestApi(env.config);
  const db = new Client({ connectionString: env.db.url });
  await db.connect();
  const officeId = await insertPerson(env.db.url, {
    displayName: 'Fuzz Office',
    email: 'fuzz-office@example.org',
    role: 'OFFICE',
  });
  const memberId = await insertPerson(env.db.url, {
    displayName: 'Fuzz Member',
    email: 'fuzz-member@example.org',
    role: 'MEMBER',
  });
  const as = { OFFICE: await sessionCookie(api, officeId), MEMBER: await sessionCookie(api, memberId) };
  const { rows: groups } = await db.query<{ id: string }>(
    `SELECT id FROM working_groups ORDER BY code LIMIT 1`,
  );
  const chair = await api.gql(
    `mutation($p: ID!, $g: ID!) { addMember(personId: $p, workingGroupId: $g, role: CHAIR) { id } }`,
    { p: memberId, g: groups[0].id },
    as.OFFICE,
  );
  if (chair.errors) throw new Error(`fuzz fixture: ${JSON.stringify(chair.errors)}`);

  const { rows: columns } = await db.query<{ table_name: string; column_name: string }>(
    `SELECT c.table_name, c.column_name FROM information_schema.columns c
       JOIN information_schema.tables t USING (table_schema, table_name)
      WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
      ORDER BY c.table_name, c.ordinal_position`,
  );
  const byTable = new Map<string, string[]>();
  for (const c of columns) {
    if (WRITTEN_BY_READS.has(`${c.table_name}.${c.column_name}`)) continue;
    byTable.set(c.table_name, [...(byTable.get(c.table_name) ?? []), `"${c.column_name}"`]);
  }
  // One statement for every table: per table the row count and the sum of 64-bit hashes of
  // its rows' text (order-independent, so no sort).
  const digestSql =
    'SELECT ' +
    [...byTable]
      .map(
        ([t, cols]) =>
          `(SELECT count(*) || ':' || coalesce(sum(hashtextextended(r::text, 0)), 0) FROM (SELECT ${cols.join(', ')} FROM "${t}") r) AS "${t}"`,
      )
      .join(', ');

  const selfIds = [officeId, memberId];
  await countWrites(db, [...byTable.keys()]);
  const keys = (await db.query<Omit<FuzzPools, 'ids'>>(keysSql)).rows[0];
  const writes = async () =>
    Number((await db.query<{ n: string }>(`SELECT last_value AS n FROM fuzz_writes`)).rows[0].n);
  return {
    env,
    api,
    db,
    schema: api.app.get(GraphQLSchemaHost).schema,
    as,
    selfIds,
    async digest() {
      return (await db.query<Record<string, string>>(digestSql)).rows[0];
    },
    async pools() {
      const ids: Record<string, string[]> = Object.fromEntries(POOL_TABLES.map((t) => [t, []]));
      for (const r of (await db.query<{ t: string; id: string }>(idsSql)).rows) {
        if (!selfIds.includes(r.id)) ids[r.t].push(r.id);
      }
      return { ...keys, ids };
    },
    writes,
    async post(query, variables, headers) {
      const res = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const text = await res.text();
      let body: GraphQLBody;
      try {
        body = JSON.parse(text) as GraphQLBody;
      } catch {
        throw new Error(`HTTP ${res.status}, not JSON: ${text.slice(0, 300)}`);
      }
      return { status: res.status, body };
    },
    async close() {
      await db.end();
      await api.close();
      await env.cleanup();
    },
  };
}

const POOL_TABLES = [
  'working_groups',
  'people',
  'memberships',
  'meetings',
  'documents',
  'topics',
  'surveys',
  'news_items',
  'newsletter_issues',
  'access_tokens',
  'use_cases',
  'reports',
  'report_sections',
  'report_recommendations',
  'expertise_terms',
];

/** Up to 50 existing ids per table, as rows (table, id). */
const idsSql = POOL_TABLES.map((t) => `(SELECT '${t}' AS t, id::text FROM ${t} ORDER BY id LIMIT 50)`).join(
  ' UNION ALL ',
);

/** Keys of the seeded survey's questions and options, slugs and group codes (read once). */
const keysSql = `SELECT
  (SELECT coalesce(json_agg(slug), '[]') FROM surveys) AS slugs,
  (SELECT coalesce(json_agg(code), '[]') FROM working_groups) AS codes,
  (SELECT coalesce(json_agg(DISTINCT q->>'key'), '[]') FROM surveys,
     jsonb_array_elements(definition->'sections') s, jsonb_array_elements(s->'questions') q) AS "questionKeys",
  (SELECT coalesce(json_agg(DISTINCT o->>'key'), '[]') FROM surveys,
     jsonb_array_elements(definition->'sections') s, jsonb_array_elements(s->'questions') q,
     jsonb_array_elements(coalesce(q->'options', '[]')) o) AS "optionKeys"`;

/** Installs the write counter of FuzzFixture.writes in this test database only. */
async function countWrites(db: Client, tables: string[]): Promise<void> {
  await db.query(`CREATE SEQUENCE fuzz_writes`);
  await db.query(`CREATE FUNCTION fuzz_count_write() RETURNS trigger LANGUAGE plpgsql AS
    $$ BEGIN PERFORM nextval('fuzz_writes'); RETURN NULL; END $$`);
  for (const t of tables) {
    await db.query(
      `CREATE TRIGGER fuzz_count_write AFTER INSERT OR UPDATE OR DELETE ON "${t}" FOR EACH ROW EXECUTE FUNCTION fuzz_count_write()`,
    );
  }
  await db.query(`SELECT nextval('fuzz_writes')`);
}

/** Why an answer breaks the contract, or null when it is data or contract errors only. */
export function contractViolation(status: number, body: GraphQLBody): string | null {
  if (status >= 500) return `HTTP ${status}`;
  if (body.error) {
    return body.error.code && CONTRACT_CODES.has(body.error.code) && status >= 400
      ? null
      : `HTTP ${status} ${JSON.stringify(body.error)}`;
  }
  if (body.data === undefined && !body.errors?.length) return `HTTP ${status}: neither data nor errors`;
  for (const e of body.errors ?? []) {
    const code = e.extensions?.code;
    if (!code || !CONTRACT_CODES.has(code)) return `code ${String(code)}: ${e.message}`;
  }
  return null;
}

/** Tables whose digest differs. */
export function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys(after).filter((t) => before[t] !== after[t]);
}

/** Shortens a counterexample for a failure message (huge strings would drown it). */
export function abbreviate(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    typeof v === 'string' && v.length > 80 ? `${v.slice(0, 40)}…(${v.length} chars)` : v,
  );
}

/** Runs a property with the fixed seed, stopping at the first failure (shrinking would replay
 * requests against a database that has moved on); throws with the counterexample abbreviated. */
export async function checkProperty<T>(
  label: string,
  property: fc.IAsyncProperty<T>,
  numRuns: number,
): Promise<void> {
  const details = await fc.check(property, { seed: FUZZ_SEED, numRuns, endOnFailure: true });
  if (details.failed) {
    const error =
      details.errorInstance instanceof Error ? details.errorInstance.message : details.errorInstance;
    throw new Error(`${label}: ${String(error)}\n  counterexample: ${abbreviate(details.counterexample)}`);
  }
}
