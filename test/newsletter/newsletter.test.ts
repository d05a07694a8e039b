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
import { type RunningWorker, startWorker } from '../../apps/worker/src/bootstrap';

/**
 * The newsletter end to end: real PostgreSQL, Redis, worker and an in-process SMTP server.
 * Every message is parsed back with mailparser.
 */
/** Both queue drivers (issue 25): BullMQ on Redis, and in-process on PostgreSQL. */
describe.each(['bullmq', 'in-process'])('newsletter (queue: %s)', (queueDriver) => {
  let smtp: TestSmtpServer;
  let env: TestEnvironment;
  let api: TestApi;
  let worker: RunningWorker;
  let db: Client;
  let office: Record<string, string>;
  let member: Record<string, string>;
  let memberId: string;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    env = await createTestEnvironment({ SMTP_URL: smtp.url, QUEUE_DRIVER: queueDriver });
    api = await startTestApi(env.config);
    worker = await startWorker(env.config, { logger: false, relayIntervalMs: 50, schedulers: false });
    db = new Client({ connectionString: env.db.url });
    await db.connect();
    const officeId = await insertPerson(env.db.url, {
      displayName: 'Office',
      email: 'office@example.org',
      role: 'OFFICE',
    });
    memberId = await insertPerson(env.db.url, { displayName: 'Member', email: 'member@example.org' });
    office = await sessionCookie(api, officeId);
    member = await sessionCookie(api, memberId);
  }, 60000);

  afterAll(async () => {
    await worker?.stop();
    await db?.end();
    await api?.close();
    await env?.cleanup();
    await smtp?.stop();
  });

  /** PUBLIC_URL is the test's http://localhost:3000: links are followed on the test API. */
  const local = (link: string) => {
    const u = new URL(link);
    return `${api.url}${u.pathname}${u.search}`;
  };
  const to = (m: ReceivedMail) => m.envelope.to.join(',');
  const header = (m: ReceivedMail, name: string) =>
    m.headerLines.find((h) => h.key === name.toLowerCase())?.line.replace(/^[^:]+:\s*/, '');
  const mailsTo = (address: string, subject?: string) =>
    smtp.messages.filter((m) => to(m) === address && (subject === undefined || m.subject === subject));

  async function waitUntil<T>(
    what: string,
    fn: () => Promise<T | undefined | false>,
    ms = 20000,
  ): Promise<T> {
    const end = Date.now() + ms;
    for (;;) {
      const v = await fn();
      if (v) return v;
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async function subscribe(email: string) {
    return api.gql<{ subscribeToNewsletter: boolean }>(
      `mutation($e: EmailAddress!) { subscribeToNewsletter(email: $e) }`,
      { e: email },
    );
  }

  async function confirmationLink(email: string): Promise<string> {
    const mail = await waitUntil('confirmation mail', async () =>
      mailsTo(email, 'Confirm your subscription to the newsletter').at(-1),
    );
    const link = /https?:\/\/\S+\/newsletter\/confirm\?token=[\w%-]+/.exec(mail.text ?? '')?.[0];
    expect(link).toBeDefined();
    return link!;
  }

  async function subscribeConfirmed(email: string): Promise<void> {
    expect((await subscribe(email)).data).toEqual({ subscribeToNewsletter: true });
    const res = await fetch(local(await confirmationLink(email)));
    expect(res.status).toBe(200);
  }

  async function draft(subject: string, body = 'Hello **everyone**.\n\n[The site](https://example.org/x)') {
    const res = await api.gql<{ draftNewsletter: { id: string; status: string } }>(
      `mutation($i: NewsletterInput!) { draftNewsletter(input: $i) { id status } }`,
      { i: { subject, body } },
      office,
    );
    expect(res.errors).toBeUndefined();
    return res.data!.draftNewsletter.id;
  }

  const SEND = `mutation($id: ID!, $at: DateTime) { sendNewsletter(id: $id, at: $at) { id status scheduledFor } }`;
  const ISSUE = `query($id: ID!) { newsletterIssue(id: $id) { id status sentAt createdBy { displayName }
      delivery { recipients sent failed pending } } }`;

  type IssueView = {
    status: string;
    sentAt: string | null;
    createdBy: { displayName: string };
    delivery: { recipients: number; sent: number; failed: number; pending: number };
  };
  async function issue(id: string): Promise<IssueView> {
    const res = await api.gql<{ newsletterIssue: IssueView }>(ISSUE, { id }, office);
    expect(res.errors).toBeUndefined();
    return res.data!.newsletterIssue;
  }
  const untilSent = (id: string) =>
    waitUntil('issue SENT', async () => {
      const i = await issue(id);
      return i.status === 'SENT' && i;
    });

  it('double opt-in end to end: confirm, one copy with both parts and one-click unsubscribe, then nothing more', async () => {
    expect((await subscribe('Alice@Example.org')).data).toEqual({ subscribeToNewsletter: true });
    // Asked again within the hour: the same answer and no second confirmation mail.
    expect((await subscribe('alice@example.org')).data).toEqual({ subscribeToNewsletter: true });
    const link = await confirmationLink('alice@example.org');
    const confirmation = mailsTo('alice@example.org')[0];
    expect(confirmation.text).toContain('/newsletter/confirm?token=');
    expect(confirmation.html).toContain('/newsletter/confirm?token=');
    expect(confirmation.messageId).toMatch(/^<[0-9a-f]{64}@localhost>$/);
    expect(link.startsWith('http://localhost:3000/newsletter/confirm?token=nlc_')).toBe(true);
    await new Promise((r) => setTimeout(r, 300));
    expect(mailsTo('alice@example.org')).toHaveLength(1);

    const page = await fetch(local(link));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    const confirmed = await page.text();
    expect(confirmed).toContain('alice@example.org now receives the newsletter');
    // Dressed like the web app; no community yet, so the platform's own name, linking home.
    expect(confirmed).toContain('<a href="http://localhost:3000/">CoP platform</a>');
    expect(confirmed).toMatch(/<html lang="en">.*<meta name="viewport"/);
    // Used: the link is no longer valid.
    expect((await fetch(local(link))).status).toBe(404);

    const id = await draft('Update one');
    const sent = await api.gql<{ sendNewsletter: { status: string } }>(SEND, { id }, office);
    expect(sent.errors).toBeUndefined();
    expect(sent.data!.sendNewsletter.status).toBe('SENDING');
    const done = await untilSent(id);
    expect(done.delivery).toEqual({ recipients: 1, sent: 1, failed: 0, pending: 0 });
    expect(done.createdBy.displayName).toBe('Office');
    expect(done.sentAt).not.toBeNull();

    const [copy] = mailsTo('alice@example.org', 'Update one');
    expect(mailsTo('alice@example.org', 'Update one')).toHaveLength(1);
    expect(copy.text).toContain('Hello everyone.');
    expect(copy.text).toContain('Manage your e-mail settings: http://localhost:3000/settings/email');
    expect(copy.html).toContain('<strong>everyone</strong>');
    expect(copy.html).toContain('href="http://localhost:3000/settings/email"');
    expect(copy.messageId).toBeTruthy();
    const listUnsubscribe = header(copy, 'List-Unsubscribe');
    expect(listUnsubscribe).toMatch(
      /^<http:\/\/localhost:3000\/newsletter\/unsubscribe\?token=nlu_[\w-]{43}>$/,
    );
    expect(header(copy, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    const unsubscribeUrl = listUnsubscribe!.slice(1, -1);
    expect(copy.text).toContain(`Unsubscribe: ${unsubscribeUrl}`);

    // The page has one button posting to the same URL.
    const form = await fetch(local(unsubscribeUrl));
    expect(form.status).toBe(200);
    const html = await form.text();
    expect(html.match(/<button/g)).toHaveLength(1);
    expect(html).toContain('method="post"');

    // RFC 8058 one-click: a POST without cookie, answered without redirect or cookie.
    const oneClick = await fetch(local(unsubscribeUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
      redirect: 'manual',
    });
    expect(oneClick.status).toBe(200);
    expect(oneClick.headers.get('location')).toBeNull();
    expect(oneClick.headers.get('set-cookie')).toBeNull();
    expect(await oneClick.text()).toContain('will receive no more newsletters');

    const stats = await api.gql(`{ newsletterSubscribers { pending confirmed unsubscribed } }`, {}, office);
    expect(stats.data).toEqual({ newsletterSubscribers: { pending: 0, confirmed: 0, unsubscribed: 1 } });

    const second = await draft('Update two');
    expect((await api.gql(SEND, { id: second }, office)).errors).toBeUndefined();
    const secondDone = await untilSent(second);
    expect(secondDone.delivery).toEqual({ recipients: 0, sent: 0, failed: 0, pending: 0 });
    await new Promise((r) => setTimeout(r, 300));
    expect(mailsTo('alice@example.org', 'Update two')).toHaveLength(0);
  }, 60000);

  it('sendNewsletter twice and concurrently mails each confirmed subscriber exactly once', async () => {
    for (const e of ['bob@example.org', 'carol@example.org', 'dave@example.org']) await subscribeConfirmed(e);
    const id = await draft('Concurrent');
    const results = await Promise.all([1, 2, 3].map(() => api.gql(SEND, { id }, office)));
    for (const r of results) expect(r.errors).toBeUndefined();
    const again = await api.gql<{ sendNewsletter: { status: string } }>(SEND, { id }, office);
    expect(again.errors).toBeUndefined();
    expect(['SENDING', 'SENT']).toContain(again.data!.sendNewsletter.status);
    const done = await untilSent(id);
    expect(done.delivery).toEqual({ recipients: 3, sent: 3, failed: 0, pending: 0 });
    // After SENT, a further call changes nothing either.
    const after = await api.gql<{ sendNewsletter: { status: string } }>(SEND, { id }, office);
    expect(after.data!.sendNewsletter.status).toBe('SENT');
    await new Promise((r) => setTimeout(r, 500));
    for (const e of ['bob@example.org', 'carol@example.org', 'dave@example.org'])
      expect(mailsTo(e, 'Concurrent')).toHaveLength(1);
    const { rows } = await db.query(
      `SELECT count(*)::int AS n FROM outbox WHERE job_name = 'newsletter.fan-out'
      AND payload->>'issueId' = $1`,
      [id],
    );
    expect(rows[0].n).toBe(1);
  }, 60000);

  it('a transient SMTP failure is retried and every recipient still gets exactly one copy', async () => {
    const id = await draft('Transient');
    smtp.failNext(2, 421);
    expect((await api.gql(SEND, { id }, office)).errors).toBeUndefined();
    const done = await untilSent(id);
    expect(done.delivery).toEqual({ recipients: 3, sent: 3, failed: 0, pending: 0 });
    await new Promise((r) => setTimeout(r, 300));
    for (const e of ['bob@example.org', 'carol@example.org', 'dave@example.org'])
      expect(mailsTo(e, 'Transient')).toHaveLength(1);
    const { rows } = await db.query<{ attempts: number }>(
      `SELECT max(attempts)::int AS attempts FROM mail_deliveries WHERE key LIKE $1`,
      [`newsletter:${id}:%`],
    );
    expect(rows[0].attempts).toBeGreaterThan(1);
  }, 60000);

  it('refuses forged tokens and tokens used for the other purpose, with a clear page', async () => {
    expect((await subscribe('erin@example.org')).errors).toBeUndefined();
    const confirm = await confirmationLink('erin@example.org');
    const confirmToken = new URL(confirm).searchParams.get('token')!;
    const [anyCopy] = mailsTo('bob@example.org', 'Concurrent');
    const unsubscribeToken = new URL(header(anyCopy, 'List-Unsubscribe')!.slice(1, -1)).searchParams.get(
      'token',
    )!;

    const get = (path: string) => fetch(`${api.url}${path}`);
    const post = (path: string) => fetch(`${api.url}${path}`, { method: 'POST', redirect: 'manual' });
    // The other purpose.
    let res = await get(`/newsletter/confirm?token=${unsubscribeToken}`);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('not a confirmation link');
    res = await post(`/newsletter/unsubscribe?token=${confirmToken}`);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('not an unsubscribe link');
    expect((await get(`/newsletter/unsubscribe?token=${confirmToken}`)).status).toBe(400);
    // Forged in the right shape, malformed, missing.
    const forged = `nlu_${'A'.repeat(43)}`;
    expect((await get(`/newsletter/unsubscribe?token=${forged}`)).status).toBe(404);
    expect((await post(`/newsletter/unsubscribe?token=${forged}`)).status).toBe(404);
    expect((await get(`/newsletter/confirm?token=nlc_${'B'.repeat(43)}`)).status).toBe(404);
    expect((await get(`/newsletter/confirm?token=<script>`)).status).toBe(400);
    expect((await post(`/newsletter/unsubscribe`)).status).toBe(400);
    // Nothing changed: bob is still subscribed, erin still pending and can confirm.
    const stats = await api.gql(`{ newsletterSubscribers { pending confirmed unsubscribed } }`, {}, office);
    expect(stats.data).toEqual({ newsletterSubscribers: { pending: 1, confirmed: 3, unsubscribed: 1 } });
    expect((await fetch(local(confirm))).status).toBe(200);
  }, 30000);

  it('refuses bad input: malformed and overlong addresses, empty bodies, the past, editing what was sent', async () => {
    const code = (r: { errors?: { extensions?: Record<string, unknown> }[] }) =>
      r.errors?.[0]?.extensions?.code;
    expect(code(await subscribe('not-an-address'))).toBe('BAD_USER_INPUT');
    expect(code(await subscribe(`${'a'.repeat(288)}@example.org`))).toBe('BAD_USER_INPUT');
    const empty = await draft('Empty', '   ');
    expect(code(await api.gql(SEND, { id: empty }, office))).toBe('BAD_USER_INPUT');
    const later = await draft('Later');
    expect(code(await api.gql(SEND, { id: later, at: '2020-01-01T00:00:00Z' }, office))).toBe(
      'BAD_USER_INPUT',
    );
    const at = new Date(Date.now() + 3600 * 1000).toISOString();
    const scheduled = await api.gql<{ sendNewsletter: { status: string; scheduledFor: string } }>(
      SEND,
      { id: later, at },
      office,
    );
    expect(scheduled.data!.sendNewsletter).toMatchObject({ status: 'SCHEDULED' });
    expect(new Date(scheduled.data!.sendNewsletter.scheduledFor).toISOString()).toBe(at);
    const edit = `mutation($id: ID!) { updateNewsletter(id: $id, input: { subject: "Edited", body: "New" }) { subject status } }`;
    expect((await api.gql(edit, { id: later }, office)).data).toEqual({
      updateNewsletter: { subject: 'Edited', status: 'SCHEDULED' },
    });
    const sentId = (await db.query(`SELECT id FROM newsletter_issues WHERE subject = 'Concurrent'`)).rows[0]
      .id;
    expect(code(await api.gql(edit, { id: sentId }, office))).toBe('BAD_USER_INPUT');
    const { rows } = await db.query(
      `SELECT count(*)::int AS n FROM newsletter_recipients WHERE issue_id = $1`,
      [empty],
    );
    expect(rows[0].n).toBe(0);
  }, 30000);

  it('lets anyone subscribe and only the office manage issues', async () => {
    const id = await draft('Authz');
    const ops: [string, Record<string, unknown>][] = [
      [`{ newsletterIssues { totalCount edges { node { id } } } }`, {}],
      [`query($id: ID!) { newsletterIssue(id: $id) { id } }`, { id }],
      [`{ newsletterSubscribers { confirmed } }`, {}],
      [`mutation { draftNewsletter(input: { subject: "x", body: "y" }) { id } }`, {}],
      [`mutation($id: ID!) { updateNewsletter(id: $id, input: { subject: "x", body: "y" }) { id } }`, { id }],
      [`mutation($id: ID!) { sendTestNewsletter(id: $id, to: "t@example.org") }`, { id }],
      [`mutation($id: ID!) { sendNewsletter(id: $id, at: "2099-01-01T00:00:00Z") { id } }`, { id }],
    ];
    for (const [query, vars] of ops) {
      expect((await api.gql(query, vars)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect((await api.gql(query, vars, member)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const ok = await api.gql(query, vars, office);
      expect(ok.errors).toBeUndefined();
    }
    // The nested fields of an issue follow the same rule.
    const list = await api.gql<{ newsletterIssues: { totalCount: number } }>(
      `{ newsletterIssues(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { node { id delivery { sent } } } } }`,
      {},
      office,
    );
    expect(list.data!.newsletterIssues.totalCount).toBeGreaterThan(2);
    const test = await waitUntil('test copy', async () => mailsTo('t@example.org', '[Test] x').at(0));
    expect(test.text).toBeTruthy();
    expect(test.html).toBeTruthy();
    // The job carried the request's id, not the address; the request is gone once sent.
    const jobs = await db.query<{ payload: unknown; job_id: string }>(
      `SELECT payload, job_id FROM outbox WHERE job_name = 'newsletter.test'`,
    );
    expect(jobs.rows.length).toBeGreaterThan(0);
    for (const job of jobs.rows) {
      expect(Object.keys(job.payload as object)).toEqual(['testSendId']);
      expect(job.job_id).toBe(`newsletter-test:${(job.payload as { testSendId: string }).testSendId}`);
    }
    await waitUntil('test request deleted', async () =>
      Number((await db.query(`SELECT count(*) AS n FROM newsletter_test_sends`)).rows[0].n) === 0
        ? true
        : undefined,
    );
    // Anyone may subscribe, signed in or not.
    expect((await subscribe('frank@example.org')).data).toEqual({ subscribeToNewsletter: true });
    expect(
      (await api.gql(`mutation { subscribeToNewsletter(email: "gina@example.org") }`, {}, member)).data,
    ).toEqual({ subscribeToNewsletter: true });
  }, 30000);

  it("a member's NotificationSettings.newsletter is the same subscription", async () => {
    const set = (value: boolean) =>
      api.gql<{ updateNotificationSettings: { newsletter: boolean } }>(
        `mutation($v: Boolean!) { updateNotificationSettings(input: { newsletter: $v }) { newsletter } }`,
        { v: value },
        member,
      );
    expect((await set(true)).data).toEqual({ updateNotificationSettings: { newsletter: true } });
    let row = await db.query(
      `SELECT status, person_id FROM newsletter_subscribers WHERE email = 'member@example.org'`,
    );
    expect(row.rows).toEqual([{ status: 'CONFIRMED', person_id: memberId }]);
    expect((await set(false)).data).toEqual({ updateNotificationSettings: { newsletter: false } });
    row = await db.query(`SELECT status FROM newsletter_subscribers WHERE email = 'member@example.org'`);
    expect(row.rows).toEqual([{ status: 'UNSUBSCRIBED' }]);
    // Unsubscribing through the link turns the setting off as well.
    await set(true);
    const id = (await db.query(`SELECT id FROM newsletter_subscribers WHERE email = 'member@example.org'`))
      .rows[0].id;
    const issueId = await draft('For the member');
    await api.gql(SEND, { id: issueId }, office);
    await untilSent(issueId);
    const [copy] = mailsTo('member@example.org', 'For the member');
    const url = header(copy, 'List-Unsubscribe')!.slice(1, -1);
    expect(url).toContain('token=nlu_');
    expect((await fetch(local(url), { method: 'POST' })).status).toBe(200);
    const settings = await api.gql(`{ viewer { notificationSettings { newsletter } } }`, {}, member);
    expect(settings.data).toEqual({ viewer: { notificationSettings: { newsletter: false } } });
    expect(id).toBeTruthy();
  }, 30000);

  it('refuses a subscription flood from one client address', async () => {
    let limited: unknown;
    for (let i = 0; i < 25 && !limited; i++) {
      const r = await subscribe(`flood${i}@example.org`);
      limited = r.errors?.find((e) => e.extensions?.code === 'RATE_LIMITED');
    }
    expect(limited).toBeDefined();
  }, 30000);
});
