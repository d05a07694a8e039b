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
} from '@cop/testing';
import { waitUntil } from './support/free-port';
import { mailCensus } from './support/mail-census';

const SUBSCRIBERS = 30;
/** The "minute" of refusal, shortened; JOB_RETRY_BASE_MS shortens the back-off to match. */
const REFUSING_MS = 4000;

/** (e) The SMTP server answers 421 to every recipient for a while, then accepts. */
describe('fault: SMTP refusing for a while', () => {
  let stack: MailStack;
  let smtp: TestSmtpServer;
  let env: TestEnvironment;
  let api: TestApi;
  let db: Client;

  beforeAll(async () => {
    stack = await startMailStack({ env: { JOB_RETRY_BASE_MS: '250' } });
    ({ smtp, env, api, db } = stack);
  }, 60000);

  afterAll(async () => {
    await stack?.close();
  });

  it('retries with back-off while refused, then delivers each message once', async () => {
    await insertConfirmedSubscribers(db, SUBSCRIBERS);
    const office = await officeSession(api, env.db.url);
    smtp.failNext(Number.MAX_SAFE_INTEGER, 421);
    const refusedFrom = Date.now();
    const id = await draftAndSend(api, office, 'Refused at first');
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

    await untilIssueSent(db, id, 60000);
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
