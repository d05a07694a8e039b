import { Client } from 'pg';
import {
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
import { waitUntil } from './support/free-port';
import { mailCensus } from './support/mail-census';
import { startPrivateRedis, type PrivateRedis } from './support/private-redis';

const SUBSCRIBERS = 50;

/**
 * (c) Redis stopped while the office sends and while other mutations that enqueue work flow:
 * every mutation succeeds (the outbox holds the work), nothing is lost, delivery completes once
 * Redis is back. A Redis of this file's own, stopped and started again.
 */
describe('fault: Redis stopped while work is enqueued', () => {
  let redis: PrivateRedis;
  let smtp: TestSmtpServer;
  let env: TestEnvironment;
  let api: TestApi;
  let worker: RunningWorker;
  let db: Client;

  beforeAll(async () => {
    redis = await startPrivateRedis();
    smtp = await startSmtpServer();
    env = await createTestEnvironment({ SMTP_URL: smtp.url, REDIS_URL: redis.url, JOB_RETRY_BASE_MS: '200' });
    api = await startTestApi(env.config);
    worker = await startWorker(env.config, { logger: false, relayIntervalMs: 50, schedulers: false });
    db = new Client({ connectionString: env.db.url });
    await db.connect();
  }, 60000);

  afterAll(async () => {
    await worker?.stop();
    await db?.end();
    await api?.close();
    await env?.cleanup();
    await smtp?.stop();
    await redis?.destroy();
  }, 60000);

  it('accepts a send and a flow of subscriptions with Redis down, and delivers all of it once Redis is back', async () => {
    await db.query(
      `INSERT INTO newsletter_subscribers (email, status, unsubscribe_token_hash, confirmed_at)
       SELECT 'reader' || i || '@example.org', 'CONFIRMED', md5('r' || i), now() FROM generate_series(1, $1) i`,
      [SUBSCRIBERS],
    );
    const officeId = await insertPerson(env.db.url, {
      displayName: 'Office',
      email: 'o@example.org',
      role: 'OFFICE',
    });
    const office = await sessionCookie(api, officeId);
    const drafted = await api.gql<{ draftNewsletter: { id: string } }>(
      `mutation { draftNewsletter(input: { subject: "Sent with Redis down", body: "Hello" }) { id } }`,
      {},
      office,
    );
    const id = drafted.data!.draftNewsletter.id;

    // Subscriptions from many client addresses (the per-address limit is not under test here).
    let n = 0;
    const subscribe = async () => {
      const i = ++n;
      const res = await api.gql(
        `mutation($e: EmailAddress!) { subscribeToNewsletter(email: $e) }`,
        { e: `new${i}@example.org` },
        { 'x-forwarded-for': `198.51.100.${i}` },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data).toEqual({ subscribeToNewsletter: true });
    };
    for (let i = 0; i < 3; i++) await subscribe();

    await redis.stop();
    const health = await fetch(`${api.url}/health`);
    expect(health.status).toBe(200);
    expect(((await health.json()) as { info: { redis: { status: string } } }).info.redis.status).toBe('down');
    const sent = await api.gql<{ sendNewsletter: { status: string } }>(
      `mutation($id: ID!) { sendNewsletter(id: $id) { status } }`,
      { id },
      office,
    );
    expect(sent.errors).toBeUndefined();
    expect(sent.data!.sendNewsletter.status).toBe('SENDING');
    for (let i = 0; i < 5; i++) await subscribe();
    // The work waits in the outbox while Redis is away.
    const pending = await db.query(`SELECT count(*)::int AS n FROM outbox WHERE relayed_at IS NULL`);
    expect(pending.rows[0].n).toBeGreaterThan(0);

    await redis.start();
    const back = Date.now();
    for (let i = 0; i < 3; i++) await subscribe();

    await waitUntil(
      'issue SENT',
      async () =>
        (await db.query(`SELECT status FROM newsletter_issues WHERE id = $1`, [id])).rows[0].status ===
        'SENT',
      // BullMQ's blocking connection has been seen to take close to a minute to come back.
      100000,
    );
    const sentAfter = Date.now() - back;
    const confirmations = (m: { subject?: string }) =>
      m.subject === 'Confirm your subscription to the newsletter';
    await waitUntil('every confirmation', async () => smtp.messages.filter(confirmations).length >= n, 30000);

    console.log(
      `Redis outage: SENT ${sentAfter} ms after Redis was back, confirmations after ${Date.now() - back} ms`,
    );
    const issue = mailCensus(smtp.messages, (m) => m.subject === 'Sent with Redis down');
    expect(issue.recipients).toBe(SUBSCRIBERS);
    expect(issue.resent).toBe(0);
    const confirmed = mailCensus(smtp.messages, confirmations);
    expect(confirmed.recipients).toBe(n);
    expect(confirmed.resent).toBe(0);
    const left = await db.query(`SELECT count(*)::int AS n FROM outbox WHERE relayed_at IS NULL`);
    expect(left.rows[0].n).toBe(0);
  }, 170000);
});
