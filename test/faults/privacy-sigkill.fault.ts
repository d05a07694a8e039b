import { Client } from 'pg';
import JSZip from 'jszip';
import { STORAGE, type Storage } from '@cop/platform';
import {
  envOf,
  insertPerson,
  sessionCookie,
  startMailStack,
  startWorkerProcess,
  type MailStack,
  type WorkerProcess,
} from '@cop/testing';
import { scanDatabase, seedPerson, seedShared, type SharedFixture } from '../privacy/privacy-fixture';
import { waitUntil } from './support/free-port';

/**
 * Issue 26: the worker process killed with SIGKILL in the middle of an export and in the middle
 * of an erasure (each held at a row lock the test owns, so the kill lands inside the work), then
 * restarted: each completes once, nothing is done twice and nothing is half done.
 */
describe('fault: worker SIGKILL during a data export and an erasure', () => {
  let stack: MailStack;
  let storage: Storage;
  let shared: SharedFixture;
  const workers: WorkerProcess[] = [];

  beforeAll(async () => {
    stack = await startMailStack({ worker: false });
    storage = stack.api.app.get<Storage>(STORAGE);
    const officeId = await insertPerson(stack.env.db.url, {
      displayName: 'Office',
      email: 'o@example.org',
      role: 'OFFICE',
    });
    shared = await seedShared(stack.db, officeId);
  }, 60000);

  afterAll(async () => {
    for (const w of workers) await w.kill('SIGKILL');
    await stack?.close();
  });

  /** The test's own connection, holding a row lock inside an open transaction. */
  async function lockRows(statement: string, values: unknown[]): Promise<Client> {
    const holder = new Client({ connectionString: stack.env.db.url });
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query(statement, values);
    return holder;
  }

  /** Until a backend other than the holder waits for a lock in a statement matching `like`. */
  const waitForBlocked = (like: string) =>
    waitUntil(
      `a worker statement blocked on ${like}`,
      async () => {
        const { rows } = await stack.db.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query ILIKE $1`,
          [`%${like}%`],
        );
        return rows[0].n > 0;
      },
      60000,
    );

  it('an export killed after its ZIP was stored is mailed once after the restart, and its link works', async () => {
    const { db, api, smtp, env } = stack;
    const a = await seedPerson(db, storage, shared, 'A');
    const asA = await sessionCookie(api, a.id);
    const asked = await api.gql<{ requestDataExport: { id: string } }>(
      `mutation { requestDataExport { id } }`,
      {},
      asA,
    );
    expect(asked.errors).toBeUndefined();
    const requestId = asked.data!.requestDataExport.id;

    // The job builds and stores the ZIP, then waits for this lock to note it: killed there.
    const holder = await lockRows(`SELECT id FROM data_requests WHERE id = $1 FOR UPDATE`, [requestId]);
    const first = await startWorkerProcess(envOf(env.config));
    workers.push(first);
    await waitForBlocked('data_requests');
    expect(await storage.exists(`privacy/exports/${requestId}.zip`)).toBe(true);
    await first.kill('SIGKILL');
    await holder.query('ROLLBACK');
    await holder.end();
    expect(smtp.messages).toHaveLength(0);

    // The restarted worker takes the stalled job up again (after BullMQ's lock lapses).
    workers.push(await startWorkerProcess(envOf(env.config)));
    const [mail] = await smtp.waitFor(1, 90000);
    expect(mail.envelope.to).toEqual([a.email]);
    const link = /https?:\/\/[^\s"<>]+\/my-data\/[^\s"<>]+\.zip/.exec(mail.text ?? '')![0];
    const res = await fetch(`${api.url}${new URL(link).pathname}`);
    expect(res.status).toBe(200);
    const zip = await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()));
    expect(JSON.parse(await zip.file('identity.json')!.async('string')).profile.email).toBe(a.email);
    const { rows } = await db.query(
      `SELECT outcome, mailed_at IS NOT NULL AS mailed FROM data_requests WHERE id = $1`,
      [requestId],
    );
    expect(rows).toEqual([{ outcome: 'DONE', mailed: true }]);
    // Give a second run every chance to mail again: it must not.
    await new Promise((r) => setTimeout(r, 2000));
    expect(smtp.messages.filter((m) => m.envelope.to.includes(a.email))).toHaveLength(1);
    const deliveries = await db.query(`SELECT count(*)::int AS n FROM mail_deliveries WHERE key = $1`, [
      `privacy-export:${requestId}`,
    ]);
    expect(deliveries.rows[0].n).toBe(1);
    await workers.pop()!.kill('SIGTERM');
  }, 200000);

  it('an erasure killed halfway leaves everything as it was, and the restarted worker erases once', async () => {
    const { db, api, env } = stack;
    const b = await seedPerson(db, storage, shared, 'B');
    const asB = await sessionCookie(api, b.id);
    const asked = await api.gql(
      `mutation ($e: String!) { requestAccountErasure(confirmEmail: $e) { erasesAt } }`,
      { e: b.email },
      asB,
    );
    expect(asked.errors).toBeUndefined();
    // The grace period is over (the worker process runs on real time).
    await db.query(
      `UPDATE people SET erasure_requested_at = erasure_requested_at - interval '8 days' WHERE id = $1;`,
      [b.id],
    );
    await db.query(
      `UPDATE data_requests SET requested_at = requested_at - interval '8 days' WHERE person_id = $1 AND kind = 'ERASURE'`,
      [b.id],
    );
    const countsOf = async () =>
      (
        await db.query(
          `SELECT (SELECT count(*) FROM memberships WHERE person_id = $1)::int AS seats,
                  (SELECT count(*) FROM attendance WHERE person_id = $1)::int AS rsvps,
                  (SELECT count(*) FROM use_case_experts WHERE person_id = $1)::int AS expert,
                  (SELECT count(*) FROM newsletter_subscribers WHERE person_id = $1)::int AS subscriptions,
                  (SELECT display_name FROM people WHERE id = $1) AS name`,
          [b.id],
        )
      ).rows[0];
    const before = await countsOf();
    expect(before).toEqual({ seats: 1, rsvps: 1, expert: 1, subscriptions: 1, name: b.name });

    // Reports erase after community, meetings, newsletter and the rest: the kill lands with those done, uncommitted.
    const holder = await lockRows(`SELECT 1 FROM report_editors WHERE person_id = $1 FOR UPDATE`, [b.id]);
    const first = await startWorkerProcess(envOf(env.config));
    workers.push(first);
    await db.query(`INSERT INTO outbox (job_name, payload) VALUES ('privacy.erasure-due', '{}')`);
    await waitForBlocked('report_editors');
    await first.kill('SIGKILL');
    await holder.query('ROLLBACK');
    await holder.end();
    // The killed worker's transaction never commits: nothing of the erasure is left half done.
    await waitUntil(
      'the killed worker’s backend gone',
      async () =>
        (
          await db.query(
            `SELECT count(*)::int AS n FROM pg_stat_activity WHERE query ILIKE '%report_editors%' AND pid <> pg_backend_pid()`,
          )
        ).rows[0].n === 0,
      30000,
    );
    expect(await countsOf()).toEqual(before);

    workers.push(await startWorkerProcess(envOf(env.config)));
    await db.query(`INSERT INTO outbox (job_name, payload) VALUES ('privacy.erasure-due', '{}')`);
    await waitUntil(
      'the erasure DONE',
      async () =>
        (
          await db.query(
            `SELECT count(*)::int AS n FROM data_requests WHERE kind = 'ERASURE' AND outcome = 'DONE'`,
          )
        ).rows[0].n === 1,
      90000,
    );
    expect(await countsOf()).toEqual({
      seats: 0,
      rsvps: 0,
      expert: 0,
      subscriptions: 0,
      name: 'former member',
    });
    // The stalled job of the killed worker runs again once its lock lapses: it finds nothing to do.
    await db.query(`INSERT INTO outbox (job_name, payload) VALUES ('privacy.erasure-due', '{}')`);
    await new Promise((r) => setTimeout(r, 3000));
    const { rows: records } = await db.query(
      `SELECT kind, outcome, person_id FROM data_requests WHERE kind = 'ERASURE' ORDER BY requested_at`,
    );
    expect(records).toEqual([{ kind: 'ERASURE', outcome: 'DONE', person_id: null }]);
    for (const needle of [b.name, b.email]) expect(await scanDatabase(db, needle)).toEqual([]);
  }, 200000);
});
