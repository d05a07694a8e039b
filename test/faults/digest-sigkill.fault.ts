import { Client } from 'pg';
import { lastEndedPeriod } from '@cop/digests';
import {
  type MailStack,
  startMailStack,
  envOf,
  insertPerson,
  sessionCookie,
  startWorkerProcess,
  type TestApi,
  type TestEnvironment,
  type TestSmtpServer,
  type WorkerProcess,
} from '@cop/testing';
import { waitUntil } from './support/free-port';
import { mailCensus } from './support/mail-census';

const MEMBERS = 500;
/**
 * The most digests that can be in flight at the kill: jobs of the mail queue one worker runs at
 * once (4) × the sends a digest batch keeps in flight (SENDS_IN_FLIGHT in digest-batch.job.ts, 4).
 */
const IN_FLIGHT = 4 * 4;

/** (b) The worker process killed with SIGKILL in the middle of a weekly digest run, then restarted. */
describe('fault: worker SIGKILL during a digest run', () => {
  let stack: MailStack;
  let smtp: TestSmtpServer;
  let env: TestEnvironment;
  let api: TestApi;
  let db: Client;
  const workers: WorkerProcess[] = [];

  beforeAll(async () => {
    stack = await startMailStack({ worker: false });
    ({ smtp, env, api, db } = stack);
  }, 60000);

  afterAll(async () => {
    for (const w of workers) await w.kill('SIGKILL');
    await stack?.close();
  });

  it('mails every member one digest after a kill -9 and a restart', async () => {
    const officeId = await insertPerson(env.db.url, {
      displayName: 'Office',
      email: 'o@example.org',
      role: 'OFFICE',
    });
    await db.query(`UPDATE people SET digest = 'NEVER' WHERE id = $1`, [officeId]);
    await db.query(
      `INSERT INTO people (display_name, email, email_verified, role, digest)
       SELECT 'Member ' || i, 'member' || i || '@example.org', true, 'MEMBER', 'WEEKLY' FROM generate_series(1, $1) i`,
      [MEMBERS],
    );
    const week = lastEndedPeriod('WEEKLY', 'UTC', new Date(), 1);
    await db.query(
      `INSERT INTO news_items (title, body, author_id, published_at) VALUES ('News of the week', 'x', $1, $2)`,
      [officeId, new Date(week.end.getTime() - 24 * 3600 * 1000)],
    );
    const office = await sessionCookie(api, officeId);
    const run = await api.gql<{ runDigest: { id: string } }>(
      `mutation { runDigest(frequency: WEEKLY) { id } }`,
      {},
      office,
    );
    expect(run.errors).toBeUndefined();
    const runId = run.data!.runDigest.id;

    const first = await startWorkerProcess(envOf(env.config));
    workers.push(first);
    await smtp.waitFor(100, 90000);
    await first.kill('SIGKILL');
    const atKill = smtp.messages.length;
    expect(atKill).toBeLessThan(MEMBERS);

    workers.push(await startWorkerProcess(envOf(env.config)));
    await waitUntil(
      'digest run DONE',
      async () => {
        const res = await api.gql<{ digestRuns: { id: string; status: string }[] }>(
          `{ digestRuns { id status } }`,
          {},
          office,
        );
        return res.data?.digestRuns.find((r) => r.id === runId)?.status === 'DONE';
      },
      150000,
    );
    const census = mailCensus(smtp.messages);
    expect(census.recipients).toBe(MEMBERS);
    expect(census.doubled).toEqual([]);
    expect(census.resent).toBeLessThanOrEqual(IN_FLIGHT);
    const { rows } = await db.query(
      `SELECT status, count(*)::int AS n FROM mail_deliveries WHERE key LIKE $1 GROUP BY status`,
      [`digest:${runId}:%`],
    );
    expect(rows).toEqual([{ status: 'SENT', n: MEMBERS }]);
    console.log(`digest SIGKILL: ${atKill} digests before the kill, ${census.resent} resent after it`);
  }, 240000);
});
