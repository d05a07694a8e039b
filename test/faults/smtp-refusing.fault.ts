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

const SUBSCRIBERS = 30;
/** The "minute" of refusal, shortened; JOB_RETRY_BASE_MS shortens the back-off to match. */
const REFUSING_MS = 4000;

/** (e) The SMTP server answers 421 to every recipient for a while, then accepts. */
describe('fault: SMTP refusing for a while', () => {
  let smtp: TestSmtpServer;
  let env: TestEnvironment;
  let api: TestApi;
  let worker: RunningWorker;
  let db: Client;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    env = await createTestEnvironment({ SMTP_URL: smtp.url, JOB_RETRY_BASE_MS: '250' });
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
  });

  it('retries with back-off while refused, then delivers each message once', async () => {
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
      `mutation { draftNewsletter(input: { subject: "Refused at first", body: "Hello" }) { id } }`,
      {},
      office,
    );
    const id = drafted.data!.draftNewsletter.id;

    smtp.failNext(Number.MAX_SAFE_INTEGER, 421);
    const refusedFrom = Date.now();
    expect(
      (await api.gql(`mutation($id: ID!) { sendNewsletter(id: $id) { status } }`, { id }, office)).errors,
    ).toBeUndefined();
    // Refused for REFUSING_MS, long enough for several attempts of every batch.
    await waitUntil(
      'refused attempts',
      async () => {
        const { rows } = await db.query(
          `SELECT min(attempts)::int AS a, count(*)::int AS n FROM mail_deliveries WHERE key LIKE $1`,
          [`newsletter:${id}:%`],
        );
        return rows[0].n === SUBSCRIBERS && rows[0].a >= 2 && Date.now() - refusedFrom >= REFUSING_MS;
      },
      60000,
    );
    expect(smtp.messages).toHaveLength(0);
    smtp.failNext(0);

    await waitUntil(
      'issue SENT',
      async () =>
        (await db.query(`SELECT status FROM newsletter_issues WHERE id = $1`, [id])).rows[0].status ===
        'SENT',
      60000,
    );
    const census = mailCensus(smtp.messages);
    expect(census.recipients).toBe(SUBSCRIBERS);
    expect(census.resent).toBe(0);
    const { rows } = await db.query<{ status: string; n: number; attempts: number }>(
      `SELECT status, count(*)::int AS n, min(attempts)::int AS attempts FROM mail_deliveries
        WHERE key LIKE $1 GROUP BY status`,
      [`newsletter:${id}:%`],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: 'SENT', n: SUBSCRIBERS });
    expect(rows[0].attempts).toBeGreaterThanOrEqual(3);
  }, 120000);
});
