import { Queue } from 'bullmq';
import { Client } from 'pg';
import {
  TEST_REDIS_URL,
  createTestEnvironment,
  insertPerson,
  sessionCookie,
  startSmtpServer,
  startTestApi,
  type TestApi,
  type TestEnvironment,
  type TestSmtpServer,
} from '@cop/testing';
import { type RunningWorker, startWorker } from '../../apps/worker/src/bootstrap';

const RATE = 5;

/**
 * NEWSLETTER_RATE_PER_SECOND and NEWSLETTER_CONCURRENCY through BullMQ's own limiter, and the
 * fate of permanent refusals: the real worker, Redis, PostgreSQL and an in-process SMTP server.
 */
describe('newsletter pacing and permanent failures', () => {
  let smtp: TestSmtpServer;
  let env: TestEnvironment;
  let api: TestApi;
  let worker: RunningWorker;
  let db: Client;
  let office: Record<string, string>;
  let queue: Queue;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    env = await createTestEnvironment({
      SMTP_URL: smtp.url,
      NEWSLETTER_RATE_PER_SECOND: String(RATE),
      NEWSLETTER_CONCURRENCY: '3',
    });
    api = await startTestApi(env.config);
    worker = await startWorker(env.config, { logger: false, relayIntervalMs: 50, schedulers: false });
    db = new Client({ connectionString: env.db.url });
    await db.connect();
    const officeId = await insertPerson(env.db.url, {
      displayName: 'Office',
      email: 'o@example.org',
      role: 'OFFICE',
    });
    office = await sessionCookie(api, officeId);
    queue = new Queue('newsletter', { connection: { url: TEST_REDIS_URL }, prefix: env.config.queuePrefix });
  }, 60000);

  afterAll(async () => {
    await queue?.close();
    await worker?.stop();
    await db?.end();
    await api?.close();
    await env?.cleanup();
    await smtp?.stop();
  });

  async function sendTo(count: number, tag: string): Promise<string> {
    await db.query(
      `INSERT INTO newsletter_subscribers (email, status, unsubscribe_token_hash, confirmed_at)
       SELECT $2 || i || '@example.org', 'CONFIRMED', md5($2 || i), now() FROM generate_series(1, $1) i`,
      [count, tag],
    );
    const drafted = await api.gql<{ draftNewsletter: { id: string } }>(
      `mutation($i: NewsletterInput!) { draftNewsletter(input: $i) { id } }`,
      { i: { subject: tag, body: 'Hello' } },
      office,
    );
    const id = drafted.data!.draftNewsletter.id;
    const sent = await api.gql(`mutation($id: ID!) { sendNewsletter(id: $id) { status } }`, { id }, office);
    expect(sent.errors).toBeUndefined();
    return id;
  }

  async function untilSent(id: string) {
    const end = Date.now() + 30000;
    for (;;) {
      const { rows } = await db.query(`SELECT status FROM newsletter_issues WHERE id = $1`, [id]);
      if (rows[0].status === 'SENT') return;
      if (Date.now() > end) throw new Error('issue not SENT within 30 s');
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  it('sends batches of a second of messages, one batch per second, through the newsletter queue limiter', async () => {
    const id = await sendTo(12, 'paced');
    await untilSent(id);
    const jobs = (await queue.getJobs(['completed'])).filter((j) => j.data.issueId === id);
    expect(jobs.map((j) => j.data.subscriberIds.length).sort()).toEqual([2, 5, 5]);
    // The limiter starts at most one batch of RATE messages per second across workers: each
    // batch starts at least a second after the one before (a lower bound, not a speed claim).
    const starts = jobs.map((j) => j.processedOn!).sort((a, b) => a - b);
    for (let i = 1; i < starts.length; i++) expect(starts[i] - starts[i - 1]).toBeGreaterThanOrEqual(950);
    expect(smtp.messages.filter((m) => m.subject === 'paced')).toHaveLength(12);
  }, 60000);

  it('marks a permanently refused recipient failed, mails everyone else once and finishes the issue', async () => {
    smtp.clear();
    await db.query(`UPDATE newsletter_subscribers SET status = 'UNSUBSCRIBED'`);
    smtp.failNext(1, 550);
    const id = await sendTo(4, 'refused');
    await untilSent(id);
    const { rows } = await db.query<{ status: string; n: number }>(
      `SELECT status, count(*)::int AS n FROM mail_deliveries WHERE key LIKE $1 GROUP BY status ORDER BY status`,
      [`newsletter:${id}:%`],
    );
    expect(rows).toEqual([
      { status: 'FAILED', n: 1 },
      { status: 'SENT', n: 3 },
    ]);
    const got = smtp.messages.filter((m) => m.subject === 'refused').flatMap((m) => m.envelope.to);
    expect(new Set(got).size).toBe(3);
    expect(got).toHaveLength(3);
    const stats = await api.gql<{ newsletterIssue: { delivery: Record<string, number> } }>(
      `query($id: ID!) { newsletterIssue(id: $id) { delivery { recipients sent failed pending } } }`,
      { id },
      office,
    );
    expect(stats.data!.newsletterIssue.delivery).toEqual({ recipients: 4, sent: 3, failed: 1, pending: 0 });
  }, 60000);
});
