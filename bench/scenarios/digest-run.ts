import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { simpleParser } from 'mailparser';
import { Client } from 'pg';
import { SMTPServer } from 'smtp-server';
import { deleteQueueKeys } from '@cop/platform';
import { createBenchDatabase, withDatabase } from '../lib/seed';

/**
 * A WEEKLY digest run for `members` members of `groups` working groups, made by the real
 * worker (its own process, the production startWorker) into an SMTP server in this process:
 * from the scheduler tick that starts it to the last message, with the worker's peak RSS.
 */
export interface DigestRunOptions {
  databaseUrl: string;
  redisUrl: string;
  members: number;
  groups: number;
  /** Keep the database afterwards (it is dropped otherwise). */
  keep?: boolean;
  log?: (message: string) => void;
}

export interface DigestRunFigures {
  members: number;
  groups: number;
  seedSeconds: number;
  /** Digests the run sent, and members it skipped (nothing new for them). */
  messages: number;
  skipped: number;
  /** From the tick job added to BullMQ to every zone run DONE. */
  durationSeconds: number;
  messagesPerSecond: number;
  /** Peak resident set of the worker process (VmHWM), and its RSS when it was ready. */
  peakWorkerRssMb: number;
  idleWorkerRssMb: number;
  zoneRuns: { zone: string; members: number; batches: number }[];
  /** The first message parsed back: both parts and the one-click headers present. */
  sampleWellFormed: boolean;
  loadAverage: number[];
}

/** The benchmark's instant: Monday 30 November 2026 13:30 UTC, when Rome, UTC and Chicago are all due. */
export const DIGEST_BENCH_CLOCK = '2026-11-30T13:30:00Z';
const ZONES = ['Europe/Rome', 'America/Chicago', null];

export async function digestRun(opts: DigestRunOptions): Promise<DigestRunFigures> {
  const log = opts.log ?? (() => undefined);
  const t0 = Date.now();
  log(`Seeding ${opts.members} members in ${opts.groups} groups into ${opts.databaseUrl} …`);
  await createBenchDatabase(opts.databaseUrl);
  await seedDigestBench(opts.databaseUrl, opts.members, opts.groups);
  const seedSeconds = round((Date.now() - t0) / 1000);

  const smtp = await startCountingSmtp();
  const prefix = `bench-digest-${randomBytes(4).toString('hex')}`;
  const worker = fork(join(__dirname, '../lib/digest-worker.js'), [], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: opts.databaseUrl,
      REDIS_URL: opts.redisUrl,
      QUEUE_PREFIX: prefix,
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      PUBLIC_URL: 'http://bench.example.org',
      SESSION_SECRET: randomBytes(32).toString('base64url'),
      LOG_LEVEL: 'warn',
      BENCH_CLOCK: DIGEST_BENCH_CLOCK,
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    execArgv: process.env.BENCH_WORKER_PROFILE
      ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_WORKER_PROFILE}`]
      : [],
  });
  const db = new Client({ connectionString: opts.databaseUrl });
  await db.connect();
  const queue = new Queue('maintenance', { connection: new Redis(opts.redisUrl), prefix });
  try {
    await new Promise<void>((resolve, reject) => {
      worker.once('message', () => resolve());
      worker.once('exit', (code) => reject(new Error(`the bench worker exited (${code})`)));
    });
    const idleWorkerRssMb = rssOf(worker.pid!).current;
    log('Worker ready; ticking …');
    const started = Date.now();
    await queue.add('digests.tick', {}, { jobId: 'bench-digest-tick' });
    let peakSampled = 0;
    for (;;) {
      await new Promise((r) => setTimeout(r, 250));
      peakSampled = Math.max(peakSampled, rssOf(worker.pid!).current);
      const { rows } = await db.query<{ zones: number; open: number }>(
        `SELECT count(*)::int AS zones, count(*) FILTER (WHERE status <> 'DONE')::int AS open FROM digest_run_zones`,
      );
      if (rows[0].zones >= ZONES.length && rows[0].open === 0) break;
      if (Date.now() - started > 15 * 60_000)
        throw new Error('the digest run did not finish within 15 minutes');
    }
    const durationSeconds = (Date.now() - started) / 1000;
    const peakWorkerRssMb = Math.max(peakSampled, rssOf(worker.pid!).peak);
    const zoneRuns = (
      await db.query<{ zone: string; members: number; batches: number }>(
        `SELECT zone, members, batches FROM digest_run_zones ORDER BY zone`,
      )
    ).rows;
    const counts = (
      await db.query<{ sent: number; skipped: number }>(
        `SELECT (SELECT count(*) FROM mail_deliveries WHERE status = 'SENT')::int AS sent,
                (SELECT COALESCE(sum(skipped), 0) FROM digest_run_batches)::int AS skipped`,
      )
    ).rows[0];
    if (counts.sent !== smtp.count())
      throw new Error(`sent ${counts.sent} but the SMTP server got ${smtp.count()}`);
    return {
      members: opts.members,
      groups: opts.groups,
      seedSeconds,
      messages: smtp.count(),
      skipped: counts.skipped,
      durationSeconds: round(durationSeconds),
      messagesPerSecond: round(smtp.count() / durationSeconds),
      peakWorkerRssMb,
      idleWorkerRssMb,
      zoneRuns,
      sampleWellFormed: await smtp.sampleWellFormed(),
      loadAverage: loadavg().map(round),
    };
  } finally {
    worker.kill('SIGTERM');
    await new Promise((r) => (worker.exitCode === null ? worker.once('exit', r) : r(null)));
    await queue.obliterate({ force: true }).catch(() => undefined);
    await queue.close();
    await deleteQueueKeys(opts.redisUrl, prefix);
    await db.end();
    await smtp.stop();
    if (!opts.keep) await dropDatabase(opts.databaseUrl);
  }
}

/**
 * Members WEEKLY in three zones (Rome, Chicago, none = UTC), two or three seats each, two
 * chairs a group, pending requests; in the week before the Monday: three WORKING_GROUP
 * documents a group, twenty community ones, news; a weekly meeting a group; two surveys.
 */
async function seedDigestBench(url: string, members: number, groups: number): Promise<void> {
  const db = new Client({ connectionString: url });
  await db.connect();
  const week = `timestamptz '2026-11-24T08:00:00Z'`;
  try {
    await db.query(`
      INSERT INTO people (id, display_name, email, email_verified, role, digest)
      VALUES (md5('office')::uuid, 'Bench office', 'office@bench.example.org', true, 'OFFICE', 'NEVER')`);
    await db.query(
      `INSERT INTO people (id, display_name, email, email_verified, role, digest, time_zone)
       SELECT md5('m' || i)::uuid, 'Member ' || i, 'm' || i || '@bench.example.org', true, 'MEMBER', 'WEEKLY',
              ($2::text[])[1 + i % 3]
         FROM generate_series(1, $1::int) i`,
      [members, ZONES],
    );
    await db.query(
      `INSERT INTO working_groups (id, code, name, join_policy)
       SELECT md5('g' || g)::uuid, 'G' || g, 'Group ' || g, 'APPROVAL' FROM generate_series(1, $1::int) g`,
      [groups],
    );
    // Seats: groups i, i*7 and (every other member) i*13, modulo the group count.
    await db.query(
      `INSERT INTO memberships (person_id, working_group_id, role, status, joined_at)
       SELECT md5('m' || i)::uuid, md5('g' || (1 + (i * k) % $2))::uuid,
              CASE WHEN k = 1 AND i <= 2 * $2 THEN 'CHAIR' ELSE 'MEMBER' END, 'ACTIVE', timestamptz '2026-01-01'
         FROM generate_series(1, $1::int) i, unnest(ARRAY[1, 7, 13]) k
        WHERE k <> 13 OR i % 2 = 0
       ON CONFLICT DO NOTHING`,
      [members, groups],
    );
    await db.query(
      `INSERT INTO memberships (person_id, working_group_id, status, requested_at)
       SELECT md5('m' || i)::uuid, md5('g' || (1 + (i * 31 + 5) % $1))::uuid, 'PENDING', ${week} + i * interval '1 minute'
         FROM generate_series(1, 5 * $1) i
       ON CONFLICT DO NOTHING`,
      [groups],
    );
    await db.query(
      `INSERT INTO documents (title, kind, visibility, author_id, created_at, updated_at)
       SELECT 'Community document ' || n, 'NOTE', CASE WHEN n % 2 = 0 THEN 'PUBLIC' ELSE 'COMMUNITY' END,
              md5('office')::uuid, ${week} + n * interval '3 hours', ${week} + n * interval '3 hours'
         FROM generate_series(1, 20) n`,
    );
    await db.query(
      `INSERT INTO documents (id, title, kind, visibility, author_id, created_at, updated_at)
       SELECT md5('d' || g || '-' || n)::uuid, 'G' || g || ' working paper ' || n, 'REPORT', 'WORKING_GROUP',
              md5('office')::uuid, ${week} + (g * 3 + n) * interval '20 minutes', ${week} + (g * 3 + n) * interval '20 minutes'
         FROM generate_series(1, $1::int) g, generate_series(1, 3) n`,
      [groups],
    );
    // A statement of its own: the group rows take their order from the document (a trigger).
    await db.query(
      `INSERT INTO document_working_groups (document_id, working_group_id)
       SELECT md5('d' || g || '-' || n)::uuid, md5('g' || g)::uuid FROM generate_series(1, $1::int) g, generate_series(1, 3) n`,
      [groups],
    );
    await db.query(
      `INSERT INTO news_items (title, body, author_id, published_at)
       SELECT 'News ' || n, 'Body', md5('office')::uuid, ${week} + n * interval '1 day' FROM generate_series(1, 3) n`,
    );
    await db.query(
      `INSERT INTO meetings (title, working_group_id, starts_at, ends_at, time_zone, rrule, visibility, organizer_id)
       SELECT 'G' || g || ' weekly call', md5('g' || g)::uuid,
              timestamptz '2026-12-01T09:00:00Z' + (g % 5) * interval '1 day',
              timestamptz '2026-12-01T10:00:00Z' + (g % 5) * interval '1 day',
              'Europe/Rome', 'FREQ=WEEKLY', 'WORKING_GROUP', md5('office')::uuid
         FROM generate_series(1, $1::int) g`,
      [groups],
    );
    await db.query(`
      INSERT INTO surveys (slug, title, status, opens_at, closes_at, definition, created_at, updated_at) VALUES
        ('bench-new', 'A survey opened this week', 'OPEN', timestamptz '2026-11-25T09:00:00Z', timestamptz '2026-12-20T00:00:00Z',
         '{"sections": []}', timestamptz '2026-11-20', timestamptz '2026-11-20'),
        ('bench-closing', 'A survey closing soon', 'OPEN', NULL, timestamptz '2026-12-02T12:00:00Z',
         '{"sections": []}', timestamptz '2026-11-01', timestamptz '2026-11-01')`);
    await db.query('VACUUM ANALYZE');
  } finally {
    await db.end();
  }
}

/** An SMTP server that counts what it accepts and keeps the first message to parse back. */
async function startCountingSmtp() {
  let count = 0;
  let sample: Buffer | null = null;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    closeTimeout: 100,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => {
        if (!sample) chunks.push(c);
      });
      stream.on('end', () => {
        count++;
        sample ??= Buffer.concat(chunks);
        callback(null);
      });
    },
  });
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    port: (server.server.address() as AddressInfo).port,
    count: () => count,
    async sampleWellFormed(): Promise<boolean> {
      if (!sample) return false;
      const parsed = await simpleParser(sample);
      const header = (name: string) =>
        parsed.headerLines.find((h) => h.key === name)?.line.replace(/^[^:]+:\s*/, '');
      return Boolean(
        parsed.text?.includes('Documents') &&
        typeof parsed.html === 'string' &&
        parsed.html.includes('<h2') &&
        /^<https?:\/\/[^>]+>$/.test(header('list-unsubscribe') ?? '') &&
        header('list-unsubscribe-post') === 'List-Unsubscribe=One-Click',
      );
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The worker's resident memory in MB, now and at its peak (Linux /proc). */
function rssOf(pid: number): { current: number; peak: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
    return { current: round(kb('VmRSS') / 1024), peak: round(kb('VmHWM') / 1024) };
  } catch {
    return { current: 0, peak: 0 };
  }
}

async function dropDatabase(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  const admin = new Client({ connectionString: withDatabase(url, 'postgres') });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

const round = (n: number) => Math.round(n * 100) / 100;
