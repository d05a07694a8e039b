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

const RECIPIENTS = 2000;

/** A 2,000-recipient send survives its worker stopping mid-run, on both queue drivers: one copy each. */
describe.each(['bullmq', 'in-process'])('newsletter send across worker restarts (%s)', (queueDriver) => {
  let smtp: TestSmtpServer;
  let env: TestEnvironment;
  let api: TestApi;
  let db: Client;
  const workers: RunningWorker[] = [];

  beforeAll(async () => {
    smtp = await startSmtpServer();
    env = await createTestEnvironment({ SMTP_URL: smtp.url, QUEUE_DRIVER: queueDriver });
    api = await startTestApi(env.config);
    db = new Client({ connectionString: env.db.url });
    await db.connect();
  }, 120000);

  afterAll(async () => {
    for (const w of workers) await w.stop();
    await db?.end();
    await api?.close();
    await env?.cleanup();
    await smtp?.stop();
  });

  it('mails every confirmed subscriber exactly once when the worker stops and others take over', async () => {
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
      `mutation { draftNewsletter(input: { subject: "Big send", body: "Hello" }) { id } }`,
      {},
      office,
    );
    const id = drafted.data!.draftNewsletter.id;
    const sent = await api.gql(`mutation($id: ID!) { sendNewsletter(id: $id) { status } }`, { id }, office);
    expect(sent.errors).toBeUndefined();

    const first = await startWorker(env.config, { logger: false, relayIntervalMs: 50, schedulers: false });
    workers.push(first);
    await smtp.waitWhileArriving(200, 60000);
    await first.stop();
    const midway = smtp.messages.length;
    expect(midway).toBeLessThan(RECIPIENTS);
    // Two workers take over at once: the delivery keys keep them from mailing anyone twice.
    workers.push(await startWorker(env.config, { logger: false, relayIntervalMs: 50, schedulers: false }));
    workers.push(await startWorker(env.config, { logger: false, relayIntervalMs: 50, schedulers: false }));
    // Bounded by a stall, not a total: on a starved CI machine the send took over 110 s (stop 35).
    await smtp.waitWhileArriving(RECIPIENTS, 60000).catch(async (error: Error) => {
      throw new Error(`${error.message}; ${await whereTheSendIs(db, id)}`);
    });

    const end = Date.now() + 60000;
    let status = '';
    while (status !== 'SENT' && Date.now() < end) {
      const { rows } = await db.query(`SELECT status FROM newsletter_issues WHERE id = $1`, [id]);
      status = rows[0].status;
      if (status !== 'SENT') await new Promise((r) => setTimeout(r, 200));
    }
    expect(status).toBe('SENT');
    await new Promise((r) => setTimeout(r, 500));
    const perAddress = new Map<string, number>();
    for (const m of smtp.messages)
      for (const a of m.envelope.to) perAddress.set(a, (perAddress.get(a) ?? 0) + 1);
    expect(perAddress.size).toBe(RECIPIENTS);
    expect([...perAddress.values()].every((n) => n === 1)).toBe(true);
    const { rows } = await db.query(
      `SELECT count(*)::int AS n FROM mail_deliveries WHERE key LIKE $1 AND status = 'SENT'`,
      [`newsletter:${id}:%`],
    );
    expect(rows[0].n).toBe(RECIPIENTS);
  }, 600000);
});

/** What the deliveries and (in-process) the batch jobs say, for a failure message. */
async function whereTheSendIs(db: Client, issueId: string): Promise<string> {
  const deliveries = await db.query<{ status: string; n: number }>(
    `SELECT status, count(*)::int AS n FROM mail_deliveries WHERE key LIKE $1 GROUP BY status`,
    [`newsletter:${issueId}:%`],
  );
  const jobs = await db.query<{ state: string; attempts_made: number; last_error: string | null }>(
    `SELECT state, attempts_made, last_error FROM queue_jobs WHERE name = 'newsletter.batch' AND state <> 'completed'`,
  );
  return `deliveries ${JSON.stringify(deliveries.rows)}, unfinished in-process batch jobs ${JSON.stringify(jobs.rows)}`;
}
