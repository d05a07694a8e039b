// npm run bench [-- --scale 0.1] [-- --skip-seed]: the scale seed into a database of its own,
// then each scenario against the API in production mode, in this process. See bench/README.md.
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { sessionCookie, startApi } from './lib/api';
import { BENCH_MEMBER_ID_SQL, createBenchDatabase, seedCounts, seedScale } from './lib/seed';
import { SqlRecorder } from './lib/sql-recorder';
import type { QueryPlan } from './lib/explain';
import { documentList } from './scenarios/document-list';
import { searchDocuments } from './scenarios/search-documents';
import { surveyResults } from './scenarios/survey-results';

interface Args {
  scale: number;
  skipSeed: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { scale: 1, skipSeed: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--scale' || a.startsWith('--scale=')) {
      const v = a.includes('=') ? a.split('=')[1] : argv[++i];
      args.scale = Number(v);
      if (!(args.scale > 0 && args.scale <= 10)) throw new Error(`--scale: a number in (0, 10], got ${v}`);
    } else if (a === '--skip-seed') args.skipSeed = true;
    else throw new Error(`Unknown argument ${a} (use --scale N, --skip-seed)`);
  }
  return args;
}

const log = (message: string) => process.stderr.write(`${message}\n`);

function gitCommit(): string {
  try {
    return execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

/** The results as prettier writes them, so `npm run lint` stays clean; plain JSON without prettier. */
async function formatJson(file: string, value: unknown): Promise<string> {
  const json = `${JSON.stringify(value, null, 2)}\n`;
  try {
    const prettier = await import('prettier');
    const options = (await prettier.resolveConfig(file)) ?? {};
    return await prettier.format(json, { ...options, parser: 'json' });
  } catch {
    return json;
  }
}

function printPlans(plans: QueryPlan[]): void {
  for (const p of plans) {
    console.log(`\n-- ${p.label}\n-- ${p.sql.slice(0, 400)}${p.sql.length > 400 ? ' …' : ''}`);
    console.log(`-- params: ${JSON.stringify(p.params).slice(0, 200)}`);
    console.log(p.plan);
  }
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const databaseUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/cop_bench';
  const started = Date.now();
  let seedSeconds: number | null = null;
  let counts = seedCounts(args.scale);
  if (!args.skipSeed) {
    log(`Seeding ${databaseUrl} at scale ${args.scale} …`);
    const t = Date.now();
    await createBenchDatabase(databaseUrl);
    counts = await seedScale(databaseUrl, args.scale, log);
    seedSeconds = Math.round((Date.now() - t) / 100) / 10;
    log(`Seeded in ${seedSeconds} s`);
  } else log(`Reusing ${databaseUrl} (--skip-seed): counts are those of scale ${args.scale}`);

  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  const sizes = await db.query<{ documents: string; answers: string; database: string }>(
    `SELECT (SELECT count(*) FROM documents) AS documents, (SELECT count(*) FROM survey_answers) AS answers,
            pg_size_pretty(pg_database_size(current_database())) AS database`,
  );
  const memberId = (await db.query<{ id: string }>(`SELECT ${BENCH_MEMBER_ID_SQL} AS id`)).rows[0].id;
  await db.end();

  const recorder = new SqlRecorder();
  recorder.install();
  log('Starting the API (production mode, in process) …');
  const api = await startApi(databaseUrl);
  try {
    const cookie = await sessionCookie(api, memberId);
    log('searchDocuments …');
    const search = await searchDocuments(api, cookie, recorder, databaseUrl);
    log('documents(first: 5 | 20) …');
    const list = await documentList(api, cookie, recorder, databaseUrl);
    log('surveyResults …');
    const survey = await surveyResults(api, cookie, recorder, databaseUrl);

    const targets = [
      {
        target: `searchDocuments two words over ${sizes.rows[0].documents} documents, p95 < 50 ms (issue 6: at 100,000)`,
        measured: `${search.latency.p95} ms`,
        met: search.latency.p95 < 50,
      },
      {
        target: 'documents list: constant SQL statements per request (issue 6)',
        measured: `first 5: ${list.sqlPerRequest.first5}, first 20: ${list.sqlPerRequest.first20}`,
        met: list.constant,
      },
      {
        target: `surveyResults over ${survey.responses.unfiltered} responses, p95 < 300 ms (issue 8: at 50,000)`,
        measured: `${survey.unfiltered.p95} ms`,
        met: survey.unfiltered.p95 < 300,
      },
      {
        target: 'surveyResults with one where filter < 300 ms, p95',
        measured: `${survey.filtered.p95} ms`,
        met: survey.filtered.p95 < 300,
      },
      {
        target: 'surveyResults with two where filters < 300 ms, p95',
        measured: `${survey.twoFilters.p95} ms`,
        met: survey.twoFilters.p95 < 300,
      },
    ];
    const result = {
      date: new Date().toISOString(),
      commit: gitCommit(),
      scale: args.scale,
      seeded: !args.skipSeed,
      seedSeconds,
      counts,
      database: {
        documents: Number(sizes.rows[0].documents),
        surveyAnswers: Number(sizes.rows[0].answers),
        size: sizes.rows[0].database,
      },
      machine: { node: process.version, cpus: (await import('node:os')).cpus().length },
      searchDocuments: search,
      documentList: list,
      surveyResults: survey,
      targets,
      totalSeconds: Math.round((Date.now() - started) / 1000),
    };

    const rows: [string, string, string, string, string, string][] = [
      ['scenario', 'runs', 'p50 ms', 'p95 ms', 'p99 ms', 'SQL/request'],
      [
        'searchDocuments (2 words)',
        String(search.latency.runs),
        String(search.latency.p50),
        String(search.latency.p95),
        String(search.latency.p99),
        String(search.sqlPerRequest),
      ],
      [
        'searchDocuments (2 common words)',
        String(search.commonWords.latency.runs),
        String(search.commonWords.latency.p50),
        String(search.commonWords.latency.p95),
        String(search.commonWords.latency.p99),
        String(search.sqlPerRequest),
      ],
      [
        'documents(first: 20) + relations',
        String(list.latencyFirst20.runs),
        String(list.latencyFirst20.p50),
        String(list.latencyFirst20.p95),
        String(list.latencyFirst20.p99),
        `${list.sqlPerRequest.first20} (first 5: ${list.sqlPerRequest.first5})`,
      ],
      [
        'surveyResults (unfiltered)',
        String(survey.unfiltered.runs),
        String(survey.unfiltered.p50),
        String(survey.unfiltered.p95),
        String(survey.unfiltered.p99),
        String(survey.sqlPerRequest),
      ],
      [
        'surveyResults (where q01 = o1)',
        String(survey.filtered.runs),
        String(survey.filtered.p50),
        String(survey.filtered.p95),
        String(survey.filtered.p99),
        String(survey.sqlPerRequest),
      ],
      [
        'surveyResults (q01 in o1,o2 and q03 = o1)',
        String(survey.twoFilters.runs),
        String(survey.twoFilters.p50),
        String(survey.twoFilters.p95),
        String(survey.twoFilters.p99),
        String(survey.sqlPerRequest),
      ],
    ];
    const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
    const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
    console.log(
      `\nBenchmarks at scale ${args.scale} (${result.database.documents} documents, ` +
        `${survey.responses.unfiltered} survey responses, ${result.database.surveyAnswers} answers), ` +
        `commit ${result.commit}, ${result.date}`,
    );
    console.log(line(rows[0]));
    console.log(line(widths.map((w) => '-'.repeat(w))));
    for (const r of rows.slice(1)) console.log(line(r));
    console.log('\nTargets:');
    for (const t of targets) console.log(`  ${t.met ? 'MET   ' : 'MISSED'} ${t.target}: ${t.measured}`);
    console.log('\nQuery plans (EXPLAIN (ANALYZE, BUFFERS) of the statements the API sent):');
    printPlans([...search.plans, ...list.plans, ...survey.plans]);

    const dir = join(process.cwd(), 'bench', 'results');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'latest.json');
    writeFileSync(file, await formatJson(file, result));
    log(`\nWrote bench/results/latest.json (${result.totalSeconds} s in all)`);
  } finally {
    await api.close();
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
