import { Queue } from 'bullmq';
import { Client } from 'pg';
import {
  type MailStack,
  startMailStack,
  TEST_REDIS_URL,
  draftAndSend,
  insertConfirmedSubscribers,
  officeSession,
  untilIssueSent,
  type TestApi,
  type TestEnvironment,
  type TestSmtpServer,
} from '@cop/testing';

const RATE = 5;

/**
 * NEWSLETTER_RATE_PER_SECOND and NEWSLETTER_CONCURRENCY through BullMQ's own limiter, and the
 * fate of permanent refusals: the real worker, Redis, PostgreSQL and an in-process SMTP server.
 */
describe('newsletter pacing and permanent failures', () => {
  let stack: MailStack;
  let smtp: TestSmtpServer;
  let env: TestEnvironment;
  let api: TestApi;
  let db: Client;
  let office: Record<string, string>;
  let queue: Queue;

  beforeAll(async () => {
    stack = await startMailStack({
      env: { NEWSLETTER_RATE_PER_SECOND: String(RATE), NEWSLETTER_CONCURRENCY: '3' },
    });
    ({ smtp, env, api, db } = stack);
    office = await officeSession(api, env.db.url);
    queue = new Queue('newsletter', { connection: { url: TEST_REDIS_URL }, prefix: env.config.queuePrefix });
  }, 60000);

  afterAll(async () => {
    await queue?.close();
    await stack?.close();
  });

  async function sendTo(count: number, tag: string): Promise<string> {
    await insertConfirmedSubscribers(db, count, tag);
    return draftAndSend(api, office, tag);
  }

  it('sends batches of a second of messages, one batch per second, through the newsletter queue limiter', async () => {
    const id = await sendTo(12, 'paced');
    await untilIssueSent(db, id, 30000);
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
    await untilIssueSent(db, id, 30000);
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
