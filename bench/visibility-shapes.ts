// npm run build && node dist/bench/visibility-shapes.js: the document visibility rule's two SQL
// shapes (VisibilityShape: an uncorrelated IN, a correlated EXISTS) against each other, on the
// statements the API sends for search and the document lists, on the database the last bench run
// seeded (issue 23; bench/README.md, "Visibility: IN against EXISTS"). Each statement is run as sent
// and rewritten to the other shape, in turn on one connection; best of 4 after a warm-up.
import { Client } from 'pg';
import { graphql, sessionCookie, startApi } from './lib/api';
import { benchDatabaseUrl } from './lib/database-url';
import { BENCH_MEMBER_ID_SQL } from './lib/seed';
import { SqlRecorder, type RecordedQuery } from './lib/sql-recorder';
import { seededRandom } from './lib/stats';
import { FUNCTION_WORD_COUNT, VOCABULARY } from './lib/vocabulary';

const SEARCH = `query($q: String!) { searchDocuments(query: $q, first: 20) {
  totalCount hits { rank headline document { id title updatedAt } } } }`;
const LIST = `query($first: Int!, $f: DocumentFilter) { documents(first: $first, filter: $f) {
  totalCount edges { node { id title } } } }`;
const GROUP_TOTALS = `{ viewer { person { memberships { workingGroup { id
  documents(first: 5) { totalCount edges { node { id title } } } } } } } }`;

// The member rule's two shapes as document-visibility.ts writes them (alias, then the seats' IN).
const SET =
  /(\w+)\.id IN \(\s*SELECT vdg\.document_id FROM document_working_groups vdg\s*WHERE vdg\.working_group_id IN \(/g;
const ROW =
  /EXISTS \(SELECT 1 FROM document_working_groups vdg\s*WHERE vdg\.document_id = (\w+)\.id AND vdg\.working_group_id IN \(/g;

function otherShape(text: string): { sent: 'IN' | 'EXISTS'; other: string } | null {
  if (SET.test(text)) {
    SET.lastIndex = 0;
    const other = text.replace(
      SET,
      (_, a: string) =>
        `EXISTS (SELECT 1 FROM document_working_groups vdg WHERE vdg.document_id = ${a}.id AND vdg.working_group_id IN (`,
    );
    return { sent: 'IN', other };
  }
  if (ROW.test(text)) {
    ROW.lastIndex = 0;
    const other = text.replace(
      ROW,
      (_, a: string) =>
        `${a}.id IN (SELECT vdg.document_id FROM document_working_groups vdg WHERE vdg.working_group_id IN (`,
    );
    return { sent: 'EXISTS', other };
  }
  return null;
}

function zipfWord(random: () => number): string {
  const lo = FUNCTION_WORD_COUNT + 1;
  const rank = Math.floor(lo * ((VOCABULARY.length + 1) / lo) ** random());
  return VOCABULARY[Math.min(VOCABULARY.length, rank) - 1];
}

async function main(): Promise<void> {
  const url = process.env.BENCH_DATABASE_URL ?? benchDatabaseUrl('cop_bench');
  const db = new Client({ connectionString: url });
  await db.connect();
  const one = async (text: string, values: unknown[] = []) =>
    (await db.query<{ id: string }>(text, values)).rows[0].id;
  const memberId = await one(`SELECT ${BENCH_MEMBER_ID_SQL} AS id`);
  const group = await one(
    `SELECT working_group_id AS id FROM memberships WHERE person_id = $1 AND status = 'ACTIVE' LIMIT 1`,
    [memberId],
  );
  const other = await one(
    `SELECT id FROM working_groups WHERE id NOT IN (SELECT working_group_id FROM memberships WHERE person_id = $1) LIMIT 1`,
    [memberId],
  );
  const topic = await one(`SELECT id FROM topics WHERE working_group_id = $1 LIMIT 1`, [group]);

  const random = seededRandom(11);
  const common = () => VOCABULARY[FUNCTION_WORD_COUNT + Math.floor(random() * 30)];
  const cases: [string, string, Record<string, unknown>][] = [
    ...Array.from({ length: 20 }, (): [string, string, Record<string, unknown>] => [
      'search, two words',
      SEARCH,
      { q: `${zipfWord(random)} ${zipfWord(random)}` },
    ]),
    ...Array.from({ length: 5 }, (): [string, string, Record<string, unknown>] => [
      'search, two common words',
      SEARCH,
      { q: `${common()} ${common()}` },
    ]),
    ['documents(first: 20)', LIST, { first: 20 }],
    ['documents(first: 20), kinds REPORT', LIST, { first: 20, f: { kinds: ['REPORT'] } }],
    ['documents(first: 20), a group of mine', LIST, { first: 20, f: { workingGroupIds: [group] } }],
    ['documents(first: 20), a group not mine', LIST, { first: 20, f: { workingGroupIds: [other] } }],
    ['documents(first: 20), a topic', LIST, { first: 20, f: { topicIds: [topic] } }],
    ["each group's documents { totalCount }", GROUP_TOTALS, {}],
  ];

  const recorder = new SqlRecorder();
  recorder.install();
  const api = await startApi(url);
  const recorded: { name: string; query: RecordedQuery }[] = [];
  try {
    const cookie = await sessionCookie(api, memberId);
    for (const [name, query, variables] of cases) {
      const { queries } = await recorder.record(() => graphql(api, cookie, query, variables));
      for (const q of queries) if (otherShape(q.text)) recorded.push({ name, query: q });
    }
  } finally {
    await api.close();
  }

  const time = async (text: string, values: unknown[]) => {
    const t = process.hrtime.bigint();
    const r = await db.query(text, values);
    return { ms: Number(process.hrtime.bigint() - t) / 1e6, rows: JSON.stringify(r.rows) };
  };
  const byName = new Map<string, { sent: string; asSent: number[]; other: number[]; same: boolean }>();
  for (const { name, query } of recorded) {
    const shape = otherShape(query.text)!;
    const a: number[] = [];
    const b: number[] = [];
    let same = true;
    for (let run = 0; run < 5; run++) {
      const x = await time(query.text, query.values);
      const y = await time(shape.other, query.values);
      if (run > 0) {
        a.push(x.ms);
        b.push(y.ms);
      }
      same &&= x.rows === y.rows;
    }
    const e = byName.get(name) ?? { sent: shape.sent, asSent: [], other: [], same: true };
    e.asSent.push(Math.min(...a));
    e.other.push(Math.min(...b));
    e.same &&= same;
    byName.set(name, e);
  }
  await db.end();
  const sum = (xs: number[]) => xs.reduce((x, y) => x + y, 0).toFixed(1);
  const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)].toFixed(1);
  console.log(
    '| statements | n | shape sent | as sent: sum / median / max ms | other shape: sum / median / max ms | same rows |',
  );
  for (const [name, e] of byName)
    console.log(
      `| ${name} | ${e.asSent.length} | ${e.sent} | ${sum(e.asSent)} / ${median(e.asSent)} / ${Math.max(...e.asSent).toFixed(1)} | ` +
        `${sum(e.other)} / ${median(e.other)} / ${Math.max(...e.other).toFixed(1)} | ${e.same} |`,
    );
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
