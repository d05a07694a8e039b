import { Client } from 'pg';
import type { ReceivedMail } from '@cop/testing';
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
import { Clock } from '@cop/platform';
import { lastEndedPeriod } from '@cop/digests';
import { type RunningWorker, startWorker } from '../../apps/worker/src/bootstrap';

const HOUR = 3600 * 1000;
// A Tuesday: the last week (Monday to Monday, UTC by default) ended yesterday.
const NOW = new Date('2027-02-09T03:00:00Z');

/** Digests: what each member may see, once, through the real worker and an SMTP server. */
/** Both queue drivers (issue 25): BullMQ on Redis, and in-process on PostgreSQL. */
describe.each(['bullmq', 'in-process'])('digests (queue: %s)', (queueDriver) => {
  let smtp: TestSmtpServer;
  let env: TestEnvironment;
  let api: TestApi;
  let worker: RunningWorker;
  let db: Client;
  let office: Record<string, string>;
  let memberHeaders: Record<string, string>;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    smtp = await startSmtpServer();
    env = await createTestEnvironment({ SMTP_URL: smtp.url, QUEUE_DRIVER: queueDriver });
    api = await startTestApi(env.config);
    worker = await startWorker(env.config, { logger: false, relayIntervalMs: 50, schedulers: false });
    for (const app of [api.app, worker.app]) app.get(Clock).set(NOW);
    db = new Client({ connectionString: env.db.url });
    await db.connect();
    ids.office = await insertPerson(env.db.url, {
      displayName: 'Office',
      email: 'office@example.org',
      role: 'OFFICE',
    });
    ids.a = await insertPerson(env.db.url, { displayName: 'Anna', email: 'anna@example.org' });
    ids.b = await insertPerson(env.db.url, { displayName: 'Bruno', email: 'bruno@example.org' });
    ids.never = await insertPerson(env.db.url, { displayName: 'Nora', email: 'nora@example.org' });
    await db.query(`UPDATE people SET time_zone = 'Europe/Rome' WHERE id = $1`, [ids.a]);
    await db.query(`UPDATE people SET digest = 'NEVER' WHERE id = ANY($1::uuid[])`, [
      [ids.never, ids.office],
    ]);
    const groups = await db.query<{ id: string; code: string }>(
      `INSERT INTO working_groups (code, name) VALUES ('WGA', 'Group A'), ('WGB', 'Group B') RETURNING id, code`,
    );
    ids.groupA = groups.rows.find((g) => g.code === 'WGA')!.id;
    ids.groupB = groups.rows.find((g) => g.code === 'WGB')!.id;
    await db.query(
      `INSERT INTO memberships (person_id, working_group_id, status, joined_at) VALUES
         ($1, $3, 'ACTIVE', now()), ($2, $4, 'ACTIVE', now()), ($5, $3, 'ACTIVE', now())`,
      [ids.a, ids.b, ids.groupA, ids.groupB, ids.never],
    );
    office = await sessionCookie(api, ids.office);
    memberHeaders = await sessionCookie(api, ids.a);
  }, 60000);

  afterAll(async () => {
    await worker?.stop();
    await db?.end();
    await api?.close();
    await env?.cleanup();
    await smtp?.stop();
  });

  async function document(title: string, visibility: string, at: Date, groupId?: string): Promise<string> {
    const { rows } = await db.query<{ id: string }>(
      `INSERT INTO documents (title, kind, visibility, author_id, created_at, updated_at)
       VALUES ($1, 'NOTE', $2, $3, $4, $4) RETURNING id`,
      [title, visibility, ids.office, at],
    );
    if (groupId)
      await db.query(`INSERT INTO document_working_groups (document_id, working_group_id) VALUES ($1, $2)`, [
        rows[0].id,
        groupId,
      ]);
    return rows[0].id;
  }

  async function waitDone(runId: string) {
    const end = Date.now() + 20000;
    for (;;) {
      const res = await api.gql<{
        digestRuns: { id: string; status: string; delivery: Record<string, number> }[];
      }>(
        `{ digestRuns { id status periodStart periodEnd startedAt finishedAt delivery { recipients sent failed pending } } }`,
        {},
        office,
      );
      expect(res.errors).toBeUndefined();
      const run = res.data!.digestRuns.find((r) => r.id === runId);
      if (run?.status === 'DONE') return run;
      if (Date.now() > end) throw new Error(`run ${runId} not done: ${JSON.stringify(run)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const to = (m: ReceivedMail) => m.envelope.to.join(',');
  const header = (m: ReceivedMail, name: string) =>
    m.headerLines.find((h) => h.key === name.toLowerCase())?.line.replace(/^[^:]+:\s*/, '');
  const RUN = `mutation($f: DigestFrequency!) { runDigest(frequency: $f) { id status frequency periodStart periodEnd } }`;

  it('sends each member what they may see, once per period; the next run repeats nothing', async () => {
    const weekly = lastEndedPeriod('WEEKLY', 'UTC', NOW, 1);
    const inPeriod = new Date(weekly.end.getTime() - 24 * HOUR);
    await document('A secret', 'WORKING_GROUP', inPeriod, ids.groupA);
    await document('Community note', 'COMMUNITY', inPeriod);
    await document('Too old', 'COMMUNITY', new Date(weekly.start.getTime() - 3 * HOUR));
    await db.query(
      `INSERT INTO news_items (title, body, author_id, published_at) VALUES ('Big news', 'x', $1, $2)`,
      [ids.office, inPeriod],
    );
    const meetingStart = new Date(weekly.end.getTime() + 3 * 24 * HOUR + 9 * HOUR);
    await db.query(
      `INSERT INTO meetings (title, working_group_id, starts_at, ends_at, time_zone, visibility, organizer_id)
       VALUES ('A meeting', $1, $2, $3, 'Europe/Rome', 'WORKING_GROUP', $4)`,
      [ids.groupA, meetingStart, new Date(meetingStart.getTime() + HOUR), ids.office],
    );

    const first = await api.gql<{ runDigest: { id: string; periodEnd: string; status: string } }>(
      RUN,
      { f: 'WEEKLY' },
      office,
    );
    expect(first.errors).toBeUndefined();
    expect(new Date(first.data!.runDigest.periodEnd).getTime()).toBe(weekly.end.getTime());
    const again = await api.gql<{ runDigest: { id: string } }>(RUN, { f: 'WEEKLY' }, office);
    expect(again.data!.runDigest.id).toBe(first.data!.runDigest.id);
    const run = await waitDone(first.data!.runDigest.id);
    expect(run.delivery).toEqual({ recipients: 2, sent: 2, failed: 0, pending: 0 });

    const anna = smtp.messages.filter((m) => to(m) === 'anna@example.org');
    const bruno = smtp.messages.filter((m) => to(m) === 'bruno@example.org');
    expect(anna).toHaveLength(1);
    expect(bruno).toHaveLength(1);
    expect(smtp.messages.filter((m) => to(m) === 'nora@example.org')).toHaveLength(0);
    expect(smtp.messages.filter((m) => to(m) === 'office@example.org')).toHaveLength(0);

    const annaText = anna[0].text!;
    expect(annaText).toContain('A secret');
    expect(annaText).toContain('Community note');
    expect(annaText).toContain('Big news');
    expect(annaText).toMatch(/A meeting \(http:\/\/localhost:3000\/meetings\/[0-9a-f-]{36}\)/);
    expect(annaText).toContain('Europe/Rome');
    const rome = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Rome',
      hour: '2-digit',
      minute: '2-digit',
    });
    expect(annaText).toContain(rome.format(meetingStart));
    expect(annaText).not.toContain('Too old');
    expect(anna[0].html).toContain('A secret');
    expect(header(anna[0], 'List-Unsubscribe')).toMatch(
      /^<http:\/\/localhost:3000\/digests\/unsubscribe\?token=/,
    );
    expect(header(anna[0], 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');

    const brunoText = bruno[0].text!;
    expect(brunoText).toContain('Community note');
    expect(brunoText).not.toContain('A secret');
    expect(brunoText).not.toContain('A meeting');

    // The next period (Anna now daily): only what came after, nothing repeated.
    const daily = lastEndedPeriod('DAILY', 'UTC', NOW, 1);
    await db.query(`UPDATE people SET digest = 'DAILY' WHERE id = $1`, [ids.a]);
    await document('Fresh note', 'COMMUNITY', new Date(daily.end.getTime() - 3 * HOUR));
    const second = await api.gql<{ runDigest: { id: string } }>(RUN, { f: 'DAILY' }, office);
    expect(second.errors).toBeUndefined();
    expect(second.data!.runDigest.id).not.toBe(first.data!.runDigest.id);
    await waitDone(second.data!.runDigest.id);
    const annaAll = smtp.messages.filter((m) => to(m) === 'anna@example.org');
    expect(annaAll).toHaveLength(2);
    const next = annaAll[1].text!;
    expect(next).toContain('Fresh note');
    for (const old of ['A secret', 'Community note', 'Big news', 'A meeting'])
      expect(next).not.toContain(old);
    expect(smtp.messages.filter((m) => to(m) === 'nora@example.org')).toHaveLength(0);

    // One-click unsubscribe from digests.
    const url = new URL(header(anna[0], 'List-Unsubscribe')!.slice(1, -1));
    const res = await fetch(`${api.url}${url.pathname}${url.search}`, { method: 'POST', redirect: 'manual' });
    expect(res.status).toBe(200);
    const { rows } = await db.query(`SELECT digest FROM people WHERE id = $1`, [ids.a]);
    expect(rows[0].digest).toBe('NEVER');
    expect((await fetch(`${api.url}/digests/unsubscribe?token=forged`, { method: 'POST' })).status).toBe(400);

    // The page looks like the web app: the community's name in a top bar linking to its home.
    await db.query(
      `INSERT INTO community (id, name, mission, phases) VALUES (1, 'Digest <CoP>', 'To test', '[]')`,
    );
    const form = await fetch(`${api.url}${url.pathname}${url.search}`);
    expect(form.status).toBe(200);
    expect(form.headers.get('content-type')).toMatch(/^text\/html/);
    // The URL holds a token: no Referer to wherever the page's links lead.
    expect(form.headers.get('referrer-policy')).toBe('no-referrer');
    expect(form.headers.get('cache-control')).toBe('no-store');
    expect(form.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    const page = await form.text();
    expect(page).toContain('<a href="http://localhost:3000/">Digest &lt;CoP&gt;</a>');
    expect(page).toContain('<h1>Stop the digests</h1>');
    expect(page).toMatch(
      /<form method="post" action="\?token=[^"]+"><button type="submit">Unsubscribe<\/button>/,
    );
    const bad = await fetch(`${api.url}/digests/unsubscribe?token=forged`);
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('This unsubscribe link is not valid.');
  }, 60000);

  it('only the office runs and lists digests; NEVER is no frequency to run', async () => {
    for (const [query, vars] of [
      [RUN, { f: 'DAILY' }],
      [`{ digestRuns { id } }`, {}],
    ] as const) {
      expect((await api.gql(query, vars)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect((await api.gql(query, vars, memberHeaders)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await api.gql(query, vars, office)).errors).toBeUndefined();
    }
    expect((await api.gql(RUN, { f: 'NEVER' }, office)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  }, 30000);
});
