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
  envOf,
  startWorkerProcess,
  type WorkerProcess,
} from '@cop/testing';
import { waitUntil } from './support/free-port';
import { mailCensus } from './support/mail-census';

const RECIPIENTS = 2000;
const CONCURRENCY = 4;

/** (a) The worker process killed with SIGKILL in the middle of a 2,000-recipient send, then restarted. */
describe('fault: worker SIGKILL during a newsletter send', () => {
  let smtp: TestSmtpServer;
  let env: TestEnvironment;
  let api: TestApi;
  let db: Client;
  const workers: WorkerProcess[] = [];

  beforeAll(async () => {
    smtp = await startSmtpServer();
    env = await createTestEnvironment({ SMTP_URL: smtp.url, NEWSLETTER_CONCURRENCY: String(CONCURRENCY) });
    api = await startTestApi(env.config);
    db = new Client({ connectionString: env.db.url });
    await db.connect();
  }, 60000);

  afterAll(async () => {
    for (const w of workers) await w.kill('SIGKILL');
    await db?.end();
    await api?.close();
    await env?.cleanup();
    await smtp?.stop();
  });

  it('mails every confirmed subscriber one message after a kill -9 and a restart', async () => {
    await db.query(
      `INSERT INTO newsletter_subscribers (email, status, unsubscribe_token_hash, confirmed_at)
       SELECT 'sub' || i || '@example.org', 'CONFIRMED', md5('t' || i), now() FROM generate_series(1, $1) i`,
      [RECIPIENTS],
    );
    const officeId = await insertPerson(env.db.url, {
      displayName: 'Office',
      email: 'o@example.org',
      role: 'OFFICE',
    });
    const office = await sessionCookie(api, officeId);
    const drafted = await api.gql<{ draftNewsletter: { id: string } }>(
      `mutation { draftNewsletter(input: { subject: "Killed mid-send", body: "Hello" }) { id } }`,
      {},
      office,
    );
    const id = drafted.data!.draftNewsletter.id;
    const sent = await api.gql(`mutation($id: ID!) { sendNewsletter(id: $id) { status } }`, { id }, office);
    expect(sent.errors).toBeUndefined();

    const first = await startWorkerProcess(envOf(env.config));
    workers.push(first);
    await smtp.waitFor(300, 90000);
    await first.kill('SIGKILL');
    const atKill = smtp.messages.length;
    expect(atKill).toBeLessThan(RECIPIENTS);

    workers.push(await startWorkerProcess(envOf(env.config)));
    await waitUntil(
      'issue SENT',
      async () =>
        (await db.query(`SELECT status FROM newsletter_issues WHERE id = $1`, [id])).rows[0].status ===
        'SENT',
      150000,
    );
    const census = mailCensus(smtp.messages);
    expect(census.recipients).toBe(RECIPIENTS);
    expect(census.doubled).toEqual([]);
    // Only messages in flight at the kill can arrive twice (as the same message).
    expect(census.resent).toBeLessThanOrEqual(CONCURRENCY);
    const { rows } = await db.query(
      `SELECT status, count(*)::int AS n FROM mail_deliveries WHERE key LIKE $1 GROUP BY status`,
      [`newsletter:${id}:%`],
    );
    expect(rows).toEqual([{ status: 'SENT', n: RECIPIENTS }]);
    console.log(`newsletter SIGKILL: ${atKill} messages before the kill, ${census.resent} resent after it`);
  }, 240000);
});
