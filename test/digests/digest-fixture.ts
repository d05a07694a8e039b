import { Client } from 'pg';
import { Clock, QueueService } from '@cop/platform';
import {
  createTestEnvironment,
  insertPerson,
  sessionCookie,
  startSmtpServer,
  startTestApi,
  type ReceivedMail,
  type TestApi,
  type TestEnvironment,
  type TestSmtpServer,
} from '@cop/testing';
import { type RunningWorker, startWorker } from '../../apps/worker/src/bootstrap';

/** The real API and worker on one test database, an in-process SMTP server, and a movable clock. */
export interface DigestStack {
  smtp: TestSmtpServer;
  env: TestEnvironment;
  api: TestApi;
  worker: RunningWorker;
  db: Client;
  officeId: string;
  office: Record<string, string>;
  /** Moves the API's and the worker's platform clock to the instant. */
  /** Moves the API's and the worker's clock; the office signs in again in the moved world. */
  setClock(iso: string): Promise<void>;
  /** Runs the scheduler's tick job through BullMQ, as its job scheduler would, and waits for it. */
  tick(): Promise<void>;
  /** Waits until every zone run started is DONE and every mail the database recorded as sent arrived. */
  settle(): Promise<void>;
  person(
    name: string,
    opts: { zone?: string | null; digest?: string; role?: 'MEMBER' | 'OFFICE' },
  ): Promise<string>;
  close(): Promise<void>;
}

export async function startDigestStack(extraEnv: Record<string, string> = {}): Promise<DigestStack> {
  const smtp = await startSmtpServer();
  const env = await createTestEnvironment({ SMTP_URL: smtp.url, ...extraEnv });
  const api = await startTestApi(env.config);
  const worker = await startWorker(env.config, { logger: false, relayIntervalMs: 50, schedulers: false });
  const db = new Client({ connectionString: env.db.url });
  await db.connect();
  const officeId = await insertPerson(env.db.url, {
    displayName: 'Office',
    email: 'office@example.org',
    role: 'OFFICE',
  });
  await db.query(`UPDATE people SET digest = 'NEVER' WHERE id = $1`, [officeId]);
  const office = await sessionCookie(api, officeId);
  let ticks = 0;

  const until = async (what: string, done: () => Promise<boolean>) => {
    const end = Date.now() + 30000;
    while (!(await done())) {
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };

  return {
    smtp,
    env,
    api,
    worker,
    db,
    officeId,
    office,
    async setClock(iso) {
      api.app.get(Clock).set(new Date(iso));
      worker.app.get(Clock).set(new Date(iso));
      Object.assign(office, await sessionCookie(api, officeId));
    },
    async tick() {
      const queues = worker.app.get(QueueService);
      const jobId = `digests-tick-test-${++ticks}`; // no ':' (BullMQ ids)
      await queues.addJobs([{ name: 'digests.tick', payload: {}, jobId, delayMs: 0 }]);
      const queue = queues.queue('maintenance');
      await until('the tick', async () => {
        const state = await (await queue.getJob(jobId))?.getState();
        if (state === 'failed') throw new Error('the digest tick failed');
        return state === 'completed';
      });
    },
    async settle() {
      await until('the digest runs', async () => {
        const { rows } = await db.query(
          `SELECT (SELECT count(*) FROM digest_run_zones WHERE status <> 'DONE')::int AS open,
                  (SELECT count(*) FROM outbox WHERE relayed_at IS NULL)::int AS outbox`,
        );
        return rows[0].open === 0 && rows[0].outbox === 0;
      });
      const { rows } = await db.query(`SELECT count(*)::int AS n FROM mail_deliveries WHERE status = 'SENT'`);
      await smtp.waitFor(rows[0].n, 10000);
    },
    async person(name, opts) {
      const id = await insertPerson(env.db.url, {
        displayName: name,
        email: `${name.toLowerCase()}@example.org`,
        role: opts.role ?? 'MEMBER',
      });
      await db.query(`UPDATE people SET time_zone = $2, digest = $3 WHERE id = $1`, [
        id,
        opts.zone ?? null,
        opts.digest ?? 'DAILY',
      ]);
      return id;
    },
    async close() {
      await worker?.stop();
      await db?.end();
      await api?.close();
      await env?.cleanup();
      await smtp?.stop();
    },
  };
}

export const recipientOf = (m: ReceivedMail) => m.envelope.to.join(',');
export const headerOf = (m: ReceivedMail, name: string) =>
  m.headerLines.find((h) => h.key === name.toLowerCase())?.line.replace(/^[^:]+:\s*/, '');

/** What every digest must be: both parts, the one-click unsubscribe headers. */
export function expectWellFormedDigest(m: ReceivedMail): void {
  expect(m.text?.length).toBeGreaterThan(0);
  expect(typeof m.html === 'string' && m.html.length > 0).toBe(true);
  expect(headerOf(m, 'List-Unsubscribe')).toMatch(
    /^<http:\/\/localhost:3000\/digests\/unsubscribe\?token=[^>]+>$/,
  );
  expect(headerOf(m, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
  expect(m.messageId).toBeTruthy();
}
