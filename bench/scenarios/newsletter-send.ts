// A newsletter to 10,000 confirmed subscribers at an unlimited rate, sent by the real worker (a
// child process from dist/) into an SMTP server in this process, in a database of its own.
//   npm run build && node dist/bench/scenarios/newsletter-send.js [--recipients N] [--keep]
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { deleteQueueKeys, loadConfig } from '@cop/platform';
import { envOf, startWorkerProcess } from '@cop/testing';
import { graphql, sessionCookie, startApi } from '../lib/api';
import { createBenchDatabase, withDatabase } from '../lib/seed';
import { startSmtpSink } from '../lib/smtp-sink';
import { benchDatabaseUrl } from '../lib/database-url';

export interface NewsletterSendFigures {
  recipients: number;
  /** From sendNewsletter to the issue being SENT. */
  seconds: number;
  messagesPerSecond: number;
  /** Peak resident memory of the worker process (VmHWM). */
  workerPeakRssMb: number | null;
  /** CPU seconds the worker spent per 1,000 messages: less noisy than wall time on a shared machine. */
  workerCpuSecondsPer1000: number | null;
  smtpMessages: number;
  concurrency: number;
  loadAverage: number[];
}

export async function newsletterSend(
  opts: { databaseUrl?: string; recipients?: number; keep?: boolean; log?: (m: string) => void } = {},
): Promise<NewsletterSendFigures> {
  const log = opts.log ?? ((m: string) => process.stderr.write(`${m}\n`));
  const recipients = opts.recipients ?? 10000;
  const databaseUrl =
    opts.databaseUrl ?? process.env.BENCH_DATABASE_URL ?? benchDatabaseUrl('cop_bench_newsletter');
  const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const queuePrefix = `cop-bench-${randomBytes(4).toString('hex')}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'cop-bench-newsletter-'));
  log(`newsletter-send: ${recipients} subscribers into ${databaseUrl}`);
  await createBenchDatabase(databaseUrl);
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  const smtp = await startSmtpSink();
  process.env.SMTP_URL = smtp.url;
  process.env.QUEUE_PREFIX = queuePrefix;
  process.env.REDIS_URL = redisUrl;
  process.env.DATA_DIR = dataDir;
  const api = await startApi(databaseUrl);
  const config = loadConfig(process.env);
  let worker: Awaited<ReturnType<typeof startWorkerProcess>> | undefined;
  try {
    await db.query(
      `INSERT INTO newsletter_subscribers (email, status, unsubscribe_token_hash, confirmed_at)
       SELECT 'reader' || i || '@example.org', 'CONFIRMED', md5('bench' || i), now() FROM generate_series(1, $1) i`,
      [recipients],
    );
    const { rows } = await db.query<{ id: string }>(
      `INSERT INTO people (display_name, email, email_verified, role) VALUES ('Bench office', 'office@example.org', true, 'OFFICE') RETURNING id`,
    );
    await db.query('ANALYZE');
    const cookie = await sessionCookie(api, rows[0].id);
    const body =
      '# News of the month\n\n' + 'A paragraph of *news* with [a link](https://example.org/n). '.repeat(20);
    const drafted = await graphql<{ draftNewsletter: { id: string } }>(
      api,
      cookie,
      `
        mutation ($i: NewsletterInput!) {
          draftNewsletter(input: $i) {
            id
          }
        }
      `,
      { i: { subject: 'Bench issue', body } },
    );
    const id = drafted.draftNewsletter.id;
    // BENCH_WORKER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the worker.
    const nodeArgs = (process.env.BENCH_WORKER_NODE_ARGS ?? '').split(' ').filter(Boolean);
    worker = await startWorkerProcess(envOf(config, { NODE_ENV: 'production', LOG_LEVEL: 'warn' }), nodeArgs);
    log('worker started; sending');
    const t0 = Date.now();
    await graphql(
      api,
      cookie,
      `
        mutation ($id: ID!) {
          sendNewsletter(id: $id) {
            status
          }
        }
      `,
      { id },
    );
    for (let last = 0; ;) {
      const { rows: s } = await db.query(`SELECT status FROM newsletter_issues WHERE id = $1`, [id]);
      if (s[0].status === 'SENT') break;
      if (Date.now() - t0 > 15 * 60000) throw new Error('not SENT within 15 minutes');
      const n = smtp.counts().messages;
      if (n - last >= 2000) {
        log(`  ${n} messages after ${((Date.now() - t0) / 1000).toFixed(1)} s`);
        last = n;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    const seconds = (Date.now() - t0) / 1000;
    const rss = worker.peakRss();
    const cpu = worker.cpuSeconds();
    return {
      recipients,
      seconds: Math.round(seconds * 10) / 10,
      messagesPerSecond: Math.round(recipients / seconds),
      workerPeakRssMb: rss === null ? null : Math.round(rss / 1024 / 1024),
      workerCpuSecondsPer1000: cpu === null ? null : Math.round((cpu / recipients) * 1000 * 100) / 100,
      smtpMessages: smtp.counts().messages,
      concurrency: config.newsletter.concurrency,
      loadAverage: (await import('node:os')).loadavg().map((l) => Math.round(l * 100) / 100),
    };
  } finally {
    await worker?.kill('SIGTERM');
    await api.close();
    await smtp.stop();
    await db.end();
    await deleteQueueKeys(redisUrl, queuePrefix);
    rmSync(dataDir, { recursive: true, force: true });
    if (!opts.keep) await dropDatabase(databaseUrl);
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

if (require.main === module) {
  const argv = process.argv.slice(2);
  const at = argv.indexOf('--recipients');
  newsletterSend({
    recipients: at >= 0 ? Number(argv[at + 1]) : undefined,
    keep: argv.includes('--keep'),
  }).then(
    (figures) => {
      console.log(JSON.stringify(figures, null, 2));
      process.exit(0);
    },
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
