import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { embeddedDatabaseUrl } from '@cop/platform';
import { Browser } from '@cop/testing';
import { freePort, waitUntil } from './support/free-port';
import {
  type QuickstartProcess,
  linksIn,
  spawnQuickstart,
  untilRunning,
  waitForEml,
} from './support/quickstart-process';

const MEMBER = 'stefano.bagnasco@example.org';
const OFFICE = 'office@example.org';
const SUBSCRIBER = 'first.look@example.org';
const MEETING = 'SPECTRUM CoP regular meeting';

/** The environment of `npm start` on a machine with only Node.js: no DATABASE_URL, no REDIS_URL, no SMTP_URL. */
function quickstartEnv(dataDir: string, port: number): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? tmpdir(),
    TZ: 'UTC',
    NODE_ENV: 'development',
    DATA_DIR: dataDir,
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    // Redis runs on this machine (auto would pick it): the driver a machine without Redis gets.
    QUEUE_DRIVER: 'in-process',
    // The reminder is due an hour before the meeting: the test moves the platform's clock there.
    DEV_CLOCK: 'true',
  };
}

/**
 * Issue 25: `npm start` on the embedded database with no Redis. A person subscribes to the
 * newsletter and confirms through the link of the .eml file; a demo member answers a meeting
 * and receives its reminder; the log stays quiet. A second `npm start` on the same DATA_DIR
 * refuses in one line.
 */
describe('quick start: the embedded database and no Redis', () => {
  let dataDir: string;
  let url: string;
  let platform: QuickstartProcess;
  const mailDir = () => join(dataDir, 'mail');

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'cop-quickstart-'));
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    platform = spawnQuickstart(quickstartEnv(dataDir, port));
    await untilRunning(platform, 150000);
  }, 160000);

  afterAll(async () => {
    await platform?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }, 30000);

  async function gql<T>(
    query: string,
    variables: Record<string, unknown> = {},
    browser?: Browser,
  ): Promise<T> {
    const init = {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
    };
    const res = browser ? await browser.fetch(`${url}/graphql`, init) : await fetch(`${url}/graphql`, init);
    const body = (await res.json()) as { data?: T; errors?: unknown[] };
    if (body.errors || !body.data) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
    return body.data;
  }

  /** Signs in through the development identity provider, picking the person by e-mail, as the page's buttons do. */
  async function signIn(email: string): Promise<Browser> {
    const browser = new Browser();
    const page = await browser.navigate(`${url}/auth/dev/login`);
    const pick = browser.forms(page).find((f) => f.fields.email === email);
    if (!pick) throw new Error(`${email} is not offered on the development sign-in page`);
    await browser.submit(pick);
    expect(browser.jar.get('cop_session', url)).toBeDefined();
    const { viewer } = await gql<{ viewer: { person: { email: string } } | null }>(
      `{ viewer { person { email } } }`,
      {},
      browser,
    );
    expect(viewer?.person.email).toBe(email);
    return browser;
  }

  it('says in its banner: the embedded database, the in-process queue, mail as .eml files', () => {
    const out = platform.output();
    expect(out).toContain(`Database:         embedded PostgreSQL in ${dataDir}`);
    expect(out).toContain(`written as .eml files to ${dataDir}/mail`);
    // The queue: the in-process driver, jobs kept in the embedded database (no BullMQ, no Redis).
    expect(out).toMatch(/^ {2}Queue: +in-process /m);
  });

  it('subscribes to the newsletter and confirms through the link in the .eml file', async () => {
    const office = await signIn(OFFICE);
    const stats = async () =>
      (
        await gql<{ newsletterSubscribers: { pending: number; confirmed: number } }>(
          `{ newsletterSubscribers { pending confirmed } }`,
          {},
          office,
        )
      ).newsletterSubscribers;
    const before = await stats();

    const { subscribeToNewsletter } = await gql<{ subscribeToNewsletter: boolean }>(
      `mutation ($email: EmailAddress!) { subscribeToNewsletter(email: $email) }`,
      { email: SUBSCRIBER },
    );
    expect(subscribeToNewsletter).toBe(true);

    const mail = await waitForEml(
      mailDir(),
      'the confirmation mail',
      (m) => m.to.includes(SUBSCRIBER) && m.subject === 'Confirm your subscription to the newsletter',
      60000,
    );
    const link = linksIn(mail.text).find((l) => l.pathname === '/newsletter/confirm');
    expect(link?.origin).toBe(url);
    expect((await stats()).pending).toBe(before.pending + 1);

    const page = await new Browser().navigate(link!);
    expect(page.status).toBe(200);
    expect(page.body).toContain('Subscription confirmed');
    expect(page.body).toContain(`${SUBSCRIBER} now receives the newsletter.`);
    expect(await stats()).toEqual({ pending: before.pending, confirmed: before.confirmed + 1 });
  }, 90000);

  it("reminds a demo member of the meeting they answered, an hour before it, by the platform's clock", async () => {
    const member = await signIn(MEMBER);
    const clock = (await (await fetch(`${url}/dev/clock`)).json()) as { now: string };
    const now = new Date(clock.now);
    const { calendar } = await gql<{
      calendar: {
        startsAt: string;
        originalStartsAt: string;
        cancelled: boolean;
        meeting: { id: string; title: string };
      }[];
    }>(
      `query ($from: DateTime!, $to: DateTime!) {
         calendar(from: $from, to: $to) { startsAt originalStartsAt cancelled meeting { id title } }
       }`,
      // A weekly meeting: its next occurrence more than two hours ahead (its reminder not yet due).
      {
        from: new Date(now.getTime() + 2 * 3600_000).toISOString(),
        to: new Date(now.getTime() + 9 * 86400_000).toISOString(),
      },
      member,
    );
    const next = calendar.find((o) => o.meeting.title === MEETING && !o.cancelled);
    expect(next).toBeDefined();

    const { respondToMeeting } = await gql<{ respondToMeeting: { response: string } }>(
      `mutation ($id: ID!, $at: DateTime) {
         respondToMeeting(meetingId: $id, occurrenceStartsAt: $at, response: YES) { response }
       }`,
      { id: next!.meeting.id, at: next!.originalStartsAt },
      member,
    );
    expect(respondToMeeting.response).toBe('YES');
    const isReminder = (m: { to: string[]; subject: string }) =>
      m.to.includes(MEMBER) && m.subject.startsWith(`Reminder: ${MEETING}`);

    // Fifty minutes before the meeting: its reminder (an hour ahead) is due; the periodic
    // scheduler runs now, as it would every quarter hour.
    const startsAt = new Date(next!.startsAt).getTime();
    const moved = await fetch(`${url}/dev/clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ at: new Date(startsAt - 50 * 60_000).toISOString() }),
    });
    expect(moved.status).toBe(200);
    const run = await fetch(`${url}/dev/jobs/meetings.schedule-reminders`, { method: 'POST' });
    expect(run.status).toBe(202);

    const reminder = await waitForEml(mailDir(), 'the meeting reminder', isReminder, 60000);
    expect(reminder.text).toContain(`/meetings/${next!.meeting.id}`);

    // Both mails went through the in-process queue: their jobs are rows of the embedded database
    // (the reminder's completes once every member wanting reminders has theirs).
    const db = new Client({ connectionString: embeddedDatabaseUrl(dataDir) });
    await db.connect();
    try {
      await waitUntil(
        'both jobs completed in queue_jobs',
        async () => {
          const { rows } = await db.query<{ name: string }>(
            `SELECT DISTINCT name FROM queue_jobs WHERE state = 'completed' AND name = ANY($1)`,
            [['meetings.reminder', 'newsletter.confirmation']],
          );
          return rows.length === 2;
        },
        30000,
      );
    } finally {
      await db.end();
    }
  }, 90000);

  it('refuses a second npm start on the same DATA_DIR in one line, and the first keeps serving', async () => {
    const second = spawnQuickstart(quickstartEnv(dataDir, await freePort()));
    const code = await second.exited;
    expect(code).toBe(1);
    const lines = second.output().trim().split('\n');
    expect(lines).toEqual([
      `The data directory ${dataDir} is in use by another process (pid ${platform.pid}, its embedded database): stop it first, or set DATA_DIR to another folder.`,
    ]);
    const health = await fetch(`${url}/health`);
    expect(health.status).toBe(200);
  }, 60000);

  it('keeps its log quiet: nothing about Redis, no line twice, a few lines at most after the banner', () => {
    const lines = platform
      .output()
      .split('\n')
      .filter((l) => l.trim() !== '');
    const banner = lines.findIndex((l) => l.includes('CoP platform running at'));
    // The banner's own lines are indented; what follows it is the log of the whole run above.
    const after = lines.slice(banner + 1).filter((l) => !/^\s{2}\S/.test(l));
    expect(lines.filter((l) => /redis|ECONNREFUSED/i.test(l) && !/^\s{2}\S/.test(l))).toEqual([]);
    expect(lines.filter((l, i) => lines.indexOf(l) !== i)).toEqual([]);
    expect(after.length).toBeLessThanOrEqual(3);
    // No warning or error from the start either (pino's JSON lines: level 40 and above).
    const warnings = lines.filter((l) => {
      try {
        return (JSON.parse(l) as { level?: number }).level! >= 40;
      } catch {
        return false;
      }
    });
    expect(warnings).toEqual([]);
  });
});
