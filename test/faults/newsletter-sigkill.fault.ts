import { Client } from 'pg';
import {
  type MailStack,
  startMailStack,
  draftAndSend,
  insertConfirmedSubscribers,
  officeSession,
  untilIssueSent,
  type TestApi,
  type TestEnvironment,
  type TestSmtpServer,
  envOf,
  startWorkerProcess,
  type WorkerProcess,
} from '@cop/testing';
import { mailCensus } from './support/mail-census';

const RECIPIENTS = 2000;
const CONCURRENCY = 4;

/** (a) The worker process killed with SIGKILL in the middle of a 2,000-recipient send, then restarted. */
describe('fault: worker SIGKILL during a newsletter send', () => {
  let stack: MailStack;
  let smtp: TestSmtpServer;
  let env: TestEnvironment;
  let api: TestApi;
  let db: Client;
  const workers: WorkerProcess[] = [];

  beforeAll(async () => {
    stack = await startMailStack({ worker: false, env: { NEWSLETTER_CONCURRENCY: String(CONCURRENCY) } });
    ({ smtp, env, api, db } = stack);
  }, 60000);

  afterAll(async () => {
    for (const w of workers) await w.kill('SIGKILL');
    await stack?.close();
  });

  it('mails every confirmed subscriber one message after a kill -9 and a restart', async () => {
    await insertConfirmedSubscribers(db, RECIPIENTS);
    const office = await officeSession(api, env.db.url);
    const id = await draftAndSend(api, office, 'Killed mid-send');

    const first = await startWorkerProcess(envOf(env.config));
    workers.push(first);
    await smtp.waitFor(300, 90000);
    await first.kill('SIGKILL');
    const atKill = smtp.messages.length;
    expect(atKill).toBeLessThan(RECIPIENTS);

    workers.push(await startWorkerProcess(envOf(env.config)));
    await untilIssueSent(db, id, 150000);
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
