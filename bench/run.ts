// npm run bench [-- --scale 0.1 | --scales 0.1,1] [-- --skip-seed] [-- --seconds 5] [-- --skip-worker]: the scale seed
// into a database of its own, the sequential latency scenarios against the API in this process, then
// the load scenarios against the API and the baseline, each in a process of its own. See bench/README.md.
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { Client } from 'pg';
import { graphql, sessionCookie, startApi } from './lib/api';
import { startChild } from './lib/load';
import { httpLoad, type ScenarioFigures } from './scenarios/http-load';
import { BENCH_MEMBER_ID_SQL, createBenchDatabase, seedCounts, seedScale } from './lib/seed';
import { SqlRecorder } from './lib/sql-recorder';
import type { QueryPlan } from './lib/explain';
import { documentList } from './scenarios/document-list';
import { searchDocuments } from './scenarios/search-documents';
import { surveyResults } from './scenarios/survey-results';
import { digestRun } from './scenarios/digest-run';
import { newsletterSend } from './scenarios/newsletter-send';
import { benchDatabaseUrl } from './lib/database-url';

interface Args {
  scales: number[];
  skipSeed: boolean;
  seconds: number;
  /** The digest run and the newsletter send after the scales (--skip-worker leaves them out). */
  worker: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { scales: [1], skipSeed: false, seconds: 5, worker: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => (a.includes('=') ? a.split('=')[1] : argv[++i]);
    if (a === '--scale' || a.startsWith('--scale=') || a === '--scales' || a.startsWith('--scales=')) {
      const v = value();
      args.scales = v.split(',').map(Number);
      if (!args.scales.every((n) => n > 0 && n <= 10))
        throw new Error(`--scale(s): numbers in (0, 10], got ${v}`);
    } else if (a === '--seconds' || a.startsWith('--seconds=')) {
      args.seconds = Number(value());
      if (!(args.seconds >= 1)) throw new Error('--seconds: at least 1');
    } else if (a === '--skip-seed') args.skipSeed = true;
    else if (a === '--skip-worker') args.worker = false;
    else
      throw new Error(
        `Unknown argument ${a} (use --scale N, --scales 0.1,1, --skip-seed, --seconds S, --skip-worker)`,
      );
  }
  if (args.skipSeed && args.scales.length > 1) throw new Error('--skip-seed measures one scale only');
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

const table = (rows: string[][]): string => {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(rows[0]), line(widths.map((w) => '-'.repeat(w))), ...rows.slice(1).map(line)].join('\n');
};

/** Members without a seat in the group, each with a real session: the join/leave writers. */
async function writers(databaseUrl: string, groupSql: string, n: number): Promise<string[]> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const r = await db.query<{ id: string }>(
      `SELECT p.id FROM people p WHERE p.role = 'MEMBER' AND p.id <> ${BENCH_MEMBER_ID_SQL}
         AND NOT EXISTS (SELECT 1 FROM memberships m WHERE m.person_id = p.id AND m.working_group_id = ${groupSql})
       ORDER BY p.id LIMIT $1`,
      [n],
    );
    return r.rows.map((row) => row.id);
  } finally {
    await db.end();
  }
}

/** `start:api`'s V8 flags, read from package.json so the bench runs the API as it is deployed. */
const API_NODE_ARGS = (
  JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')) as { scripts: Record<string, string> }
).scripts['start:api']
  .split(/\s+/)
  .filter((a) => a.startsWith('--'));

type ScaleResult = Awaited<ReturnType<typeof runScale>>;

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const databaseUrl = process.env.BENCH_DATABASE_URL ?? benchDatabaseUrl('cop_bench');
  const started = Date.now();
  const runs: ScaleResult[] = [];
  const dir = join(process.cwd(), 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'latest.json');
  for (const scale of args.scales) {
    runs.push(await runScale(databaseUrl, scale, args));
    // What is measured so far, so that a later failure (a long scale, the worker) keeps it.
    const partial = {
      ...runs[runs.length - 1],
      scales: runs.map((r) => r.scale),
      growth: growth(runs),
      worker: null,
    };
    writeFileSync(file, await formatJson(file, { ...partial, partial: true }));
  }
  // At scale 1, the targets' scale, when it is measured; else at the largest.
  const workerScale = args.scales.includes(1) ? 1 : Math.max(...args.scales);
  const worker = args.worker ? await runWorkerBenches(databaseUrl, workerScale) : null;
  const result = {
    ...runs[runs.length - 1],
    scales: runs.map((r) => r.scale),
    growth: growth(runs),
    worker,
    totalSeconds: Math.round((Date.now() - started) / 1000),
  };
  if (runs.length > 1) {
    console.log(`\nGrowth with scale (16 connections; p50 / p99 ms, requests/s, SQL per request):`);
    console.log(
      table([
        ['scenario', ...runs.map((r) => `scale ${r.scale}`)],
        ...result.growth.map((g) => [
          g.name,
          ...g.byScale.map((b) => `${b.p50} / ${b.p99} ms, ${b.rps}/s, ${b.sql} SQL`),
        ]),
      ]),
    );
  }
  writeFileSync(file, await formatJson(file, result));
  log(`\nWrote bench/results/latest.json (${result.totalSeconds} s in all)`);
}

/**
 * The worker's two benchmarks at scale 1 (else the largest scale measured), each on a database of its own (the
 * bench database's name with a suffix): a weekly digest run (10,000 members at scale 1, target
 * under 2 minutes) and a newsletter (10,000 subscribers, target under 1 minute).
 */
async function runWorkerBenches(databaseUrl: string, scale: number) {
  const members = Math.round(10_000 * scale);
  const digest = await digestRun({
    databaseUrl: `${databaseUrl}_digest`,
    redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    members,
    groups: Math.max(6, Math.round(60 * scale)),
    log,
  });
  const newsletter = await newsletterSend({
    databaseUrl: `${databaseUrl}_newsletter`,
    recipients: members,
    log,
  });
  console.log(`\nWorker (scale ${scale}):`);
  console.log(
    table([
      ['scenario', 'messages', 'seconds', 'messages/s', 'worker peak RSS MB', 'target'],
      [
        `weekly digest run, ${digest.members} members in ${digest.groups} groups`,
        String(digest.messages),
        String(digest.durationSeconds),
        String(digest.messagesPerSecond),
        String(digest.peakWorkerRssMb),
        `< 120 s: ${digest.durationSeconds < 120 ? 'MET' : 'MISSED'}`,
      ],
      [
        `newsletter, ${newsletter.recipients} subscribers, unlimited rate`,
        String(newsletter.smtpMessages),
        String(newsletter.seconds),
        String(newsletter.messagesPerSecond),
        String(newsletter.workerPeakRssMb),
        `< 60 s: ${newsletter.seconds < 60 ? 'MET' : 'MISSED'}`,
      ],
    ]),
  );
  return { scale, digest, newsletter };
}

/** Per load scenario, its API figures at 16 connections at each scale measured. */
function growth(runs: ScaleResult[]) {
  return runs[0].load.map((s, i) => ({
    name: s.name,
    byScale: runs.map((r) => {
      const p = r.load[i].api.find((x) => x.connections === 16)!;
      return {
        scale: r.scale,
        p50: p.latency.p50,
        p99: p.latency.p99,
        rps: p.rps,
        sql: r.load[i].sqlPerRequest,
      };
    }),
  }));
}

async function runScale(databaseUrl: string, scale: number, args: Args) {
  const started = Date.now();
  let seedSeconds: number | null = null;
  let counts = seedCounts(scale);
  if (!args.skipSeed) {
    log(`Seeding ${databaseUrl} at scale ${scale} …`);
    const t = Date.now();
    await createBenchDatabase(databaseUrl);
    counts = await seedScale(databaseUrl, scale, log);
    seedSeconds = Math.round((Date.now() - t) / 100) / 10;
    log(`Seeded in ${seedSeconds} s`);
  } else log(`Reusing ${databaseUrl} (--skip-seed): counts are those of scale ${scale}`);

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

    log('Load scenarios: the API and the baseline, each in a process of its own …');
    const groupSql = `md5('group1')::uuid`;
    const writerIds = await writers(databaseUrl, groupSql, 64);
    const writerCookies = await Promise.all(writerIds.map((id) => sessionCookie(api, id)));
    const env = { ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'warn' };
    const dist = join(__dirname);
    // With the heap budget `npm run start:api` and the image give the API (README, "Memory").
    const apiChild = await startChild(join(dist, 'api-process.js'), [databaseUrl], env, API_NODE_ARGS);
    const baselineChild = await startChild(join(dist, 'baseline', 'main.js'), [databaseUrl], env);
    const loadStartedAt = loadavg()[0];
    let load: ScenarioFigures[];
    let apiPeakRssMb: number;
    let baselinePeakRssMb: number;
    try {
      load = await httpLoad(
        {
          inProcess: api,
          recorder,
          databaseUrl,
          memberId,
          cookie,
          writerCookies,
          writerGroupId: (
            await graphql<{ workingGroup: { id: string } }>(
              api,
              cookie,
              '{ workingGroup(code: "WG1") { id } }',
            )
          ).workingGroup.id,
          postGroupId: (
            await graphql<{ workingGroup: { id: string } }>(
              api,
              cookie,
              '{ workingGroup(code: "WG1") { id } }',
            )
          ).workingGroup.id,
          seconds: args.seconds,
          log,
        },
        apiChild,
        baselineChild,
      );
      apiPeakRssMb = apiChild.peakRssMb();
      baselinePeakRssMb = baselineChild.peakRssMb();
    } finally {
      await apiChild.stop();
      await baselineChild.stop();
    }
    const loadAverage = { atStart: loadStartedAt, atEnd: loadavg()[0] };

    const reads = load.filter((l) => l.kind === 'read');
    const at16 = (l: ScenarioFigures) => l.api.find((p) => p.connections === 16)!;
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
      ...reads.map((l) => ({
        target: `${l.name}: API ≥ 0.35 of the baseline's requests/s at 16 connections`,
        measured: `${l.ratioAt16}`,
        met: (l.ratioAt16 ?? 0) >= 0.35,
      })),
      ...reads.map((l) => ({
        target: `${l.name}: API p99 < 100 ms at 16 connections`,
        measured: `${at16(l).latency.p99} ms`,
        met: at16(l).latency.p99 < 100,
      })),
      ...reads.map((l) => ({
        target: `${l.name}: the API answers what the baseline answers`,
        measured: l.sameAnswer ? 'same' : (l.difference ?? 'differs'),
        met: l.sameAnswer === true,
      })),
      {
        target: 'API peak RSS < 400 MB (the whole load run)',
        measured: `${apiPeakRssMb} MB`,
        met: apiPeakRssMb < 400,
      },
    ];
    const result = {
      date: new Date().toISOString(),
      commit: gitCommit(),
      scale,
      seeded: !args.skipSeed,
      seedSeconds,
      counts,
      database: {
        documents: Number(sizes.rows[0].documents),
        surveyAnswers: Number(sizes.rows[0].answers),
        size: sizes.rows[0].database,
      },
      machine: { node: process.version, cpus: (await import('node:os')).cpus().length, loadAverage },
      searchDocuments: search,
      documentList: list,
      surveyResults: survey,
      load,
      peakRssMb: { api: apiPeakRssMb, baseline: baselinePeakRssMb },
      targets,
      seconds: Math.round((Date.now() - started) / 1000),
    };

    console.log(
      `\nBenchmarks at scale ${scale} (${result.database.documents} documents, ` +
        `${survey.responses.unfiltered} survey responses, ${result.database.surveyAnswers} answers), ` +
        `commit ${result.commit}, ${result.date}, load average ${loadAverage.atStart.toFixed(1)}–${loadAverage.atEnd.toFixed(1)}`,
    );
    const latencyRow = (name: string, l: typeof search.latency, sql: string) => [
      name,
      String(l.runs),
      String(l.p50),
      String(l.p95),
      String(l.p99),
      sql,
    ];
    console.log('\nSequential latency (one request at a time, in process):');
    console.log(
      table([
        ['scenario', 'runs', 'p50 ms', 'p95 ms', 'p99 ms', 'SQL/request'],
        latencyRow('searchDocuments (2 words)', search.latency, String(search.sqlPerRequest)),
        latencyRow(
          'searchDocuments (2 common words)',
          search.commonWords.latency,
          String(search.sqlPerRequest),
        ),
        latencyRow(
          'documents(first: 20) + relations',
          list.latencyFirst20,
          `${list.sqlPerRequest.first20} (first 5: ${list.sqlPerRequest.first5})`,
        ),
        latencyRow('surveyResults (unfiltered)', survey.unfiltered, String(survey.sqlPerRequest)),
        latencyRow('surveyResults (where q01 = o1)', survey.filtered, String(survey.sqlPerRequest)),
        latencyRow(
          'surveyResults (q01 in o1,o2 and q03 = o1)',
          survey.twoFilters,
          String(survey.sqlPerRequest),
        ),
      ]),
    );
    console.log(
      `\nLoad (autocannon, ${args.seconds} s a point; API peak RSS ${apiPeakRssMb} MB, baseline ${baselinePeakRssMb} MB):`,
    );
    type Point = ScenarioFigures['api'][number] | undefined;
    const rps = (p: Point) =>
      p ? `${p.rps}${p.non2xx + p.errors ? ` (${p.non2xx + p.errors} failed)` : ''}` : '–';
    const lat = (p: Point) => (p ? `${p.latency.p50} / ${p.latency.p95} / ${p.latency.p99}` : '–');
    const cpu = (p: Point) => (p?.cpuMsPerRequest != null ? String(p.cpuMsPerRequest) : '–');
    const loadRows: string[][] = [
      [
        'scenario',
        'conns',
        'API req/s',
        'API p50 / p95 / p99 ms',
        'API CPU ms/req',
        'baseline req/s',
        'baseline p50 / p95 / p99 ms',
        'baseline CPU ms/req',
        'ratio',
        'SQL/req',
        'same',
      ],
    ];
    for (const l of load) {
      for (const [i, c] of [1, 16, 64].entries()) {
        loadRows.push([
          i === 0 ? l.name : '',
          String(c),
          rps(l.api[i]),
          lat(l.api[i]),
          cpu(l.api[i]),
          rps(l.baseline[i]),
          lat(l.baseline[i]),
          cpu(l.baseline[i]),
          l.baseline[i] ? (l.api[i].rps / l.baseline[i].rps).toFixed(2) : '–',
          i === 0 ? String(l.sqlPerRequest) : '',
          i === 0 ? (l.sameAnswer === null ? '–' : l.sameAnswer ? 'yes' : 'NO') : '',
        ]);
      }
    }
    console.log(table(loadRows));
    console.log('\nTargets:');
    for (const t of targets) console.log(`  ${t.met ? 'MET   ' : 'MISSED'} ${t.target}: ${t.measured}`);
    console.log('\nQuery plans (EXPLAIN (ANALYZE, BUFFERS) of the statements the API sent):');
    printPlans([...search.plans, ...list.plans, ...survey.plans]);
    return result;
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
