import { Client } from 'pg';
import type { QueryRunner } from 'typeorm';
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
import { NewsletterMemberSubscribers1764600000000 } from '../../migrations/1764600000000-newsletter-member-subscribers';
import { type RunningWorker, startWorker } from '../../apps/worker/src/bootstrap';

/**
 * The office console's newsletter parts: newsletterPreview against the mail the worker really
 * sends, and the migration that gives members with the setting on their subscription.
 */
describe('newsletter for the office', () => {
  let smtp: TestSmtpServer;
  let env: TestEnvironment;
  let api: TestApi;
  let worker: RunningWorker;
  let db: Client;
  let office: Record<string, string>;
  let member: Record<string, string>;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    env = await createTestEnvironment({ SMTP_URL: smtp.url });
    api = await startTestApi(env.config);
    worker = await startWorker(env.config, { logger: false, relayIntervalMs: 50, schedulers: false });
    db = new Client({ connectionString: env.db.url });
    await db.connect();
    const officeId = await insertPerson(env.db.url, {
      displayName: 'Office',
      email: 'office@example.org',
      role: 'OFFICE',
    });
    const memberId = await insertPerson(env.db.url, { displayName: 'Member', email: 'member@example.org' });
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

  async function waitUntil<T>(
    what: string,
    fn: () => Promise<T | undefined | false>,
    ms = 30000,
  ): Promise<T> {
    const end = Date.now() + ms;
    for (;;) {
      const v = await fn();
      if (v) return v;
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  const PREVIEW = `query($i: NewsletterInput!) { newsletterPreview(input: $i) { subject html text } }`;
  type Preview = { newsletterPreview: { subject: string; html: string; text: string } };
  const migration = () =>
    new NewsletterMemberSubscribers1764600000000().up({
      query: (s: string) => db.query(s),
    } as unknown as QueryRunner);
  const subscriberRows = async (email: string) =>
    (
      await db.query<{ status: string }>(`SELECT status FROM newsletter_subscribers WHERE email = $1`, [
        email,
      ])
    ).rows;

  it('refuses the preview to a member and to nobody signed in', async () => {
    const input = { i: { subject: 'S', body: 'B' } };
    expect((await api.gql(PREVIEW, input, member)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await api.gql(PREVIEW, input)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('checks the preview input as draftNewsletter does, naming the field', async () => {
    for (const subject of ['', '   ', 'x'.repeat(301)]) {
      const preview = await api.gql(PREVIEW, { i: { subject, body: 'B' } }, office);
      const draft = await api.gql(
        `mutation($i: NewsletterInput!) { draftNewsletter(input: $i) { id } }`,
        { i: { subject, body: 'B' } },
        office,
      );
      expect(preview.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(preview.errors?.[0].extensions?.fields).toEqual(draft.errors?.[0].extensions?.fields);
      expect(Object.keys(preview.errors?.[0].extensions?.fields as object)).toEqual(['input.subject']);
    }
    const { rows } = await db.query(`SELECT count(*)::int AS n FROM newsletter_issues`);
    expect(rows[0].n).toBe(0);
  });

  it('previews exactly the text a subscriber then receives, with a placeholder unsubscribe token', async () => {
    // A member whose setting predates the module: the migration subscribes them.
    await insertPerson(env.db.url, { displayName: 'Reader', email: 'reader@example.org' });
    await db.query(`UPDATE people SET newsletter = true WHERE email = 'reader@example.org'`);
    await migration();
    const issue = {
      subject: ' Autumn news ',
      body: 'Hello **all**.\n\n- one\n- two\n\n[Site](https://example.org/s)',
    };
    const res = await api.gql<Preview>(PREVIEW, { i: issue }, office);
    expect(res.errors).toBeUndefined();
    const preview = res.data!.newsletterPreview;
    expect(preview.subject).toBe('Autumn news');
    expect(preview.html).toContain('<strong>all</strong>');
    expect(preview.text).toContain('/newsletter/unsubscribe?token=NEWSLETTER_UNSUBSCRIBE_TOKEN');

    const drafted = await api.gql<{ draftNewsletter: { id: string } }>(
      `mutation($i: NewsletterInput!) { draftNewsletter(input: $i) { id } }`,
      { i: issue },
      office,
    );
    const id = drafted.data!.draftNewsletter.id;
    const sent = await api.gql<{ sendNewsletter: { status: string } }>(
      `mutation($id: ID!) { sendNewsletter(id: $id) { status } }`,
      { id },
      office,
    );
    expect(sent.data?.sendNewsletter.status).toBe('SENDING');
    const mail = await waitUntil('the issue to the migrated member', async () =>
      smtp.messages.find((m) => m.envelope.to.includes('reader@example.org') && m.subject === 'Autumn news'),
    );
    const token = /nlu_[A-Za-z0-9_-]{43}/.exec(mail.text ?? '')?.[0];
    expect(token).toBeDefined();
    expect((mail.text ?? '').split(token!).join('NEWSLETTER_UNSUBSCRIBE_TOKEN').trim()).toBe(
      preview.text.trim(),
    );
    // The migrated row's placeholder was replaced before sending: its link unsubscribes.
    const unsubscribed = await fetch(`${api.url}/newsletter/unsubscribe?token=${token}`, { method: 'POST' });
    expect(unsubscribed.status).toBe(200);
    expect(await subscriberRows('reader@example.org')).toEqual([{ status: 'UNSUBSCRIBED' }]);
  }, 60000);

  it('migrates members with the setting on once, and never resubscribes who unsubscribed', async () => {
    const add = async (email: string, role: 'MEMBER' | 'OFFICE' | 'GUEST', newsletter: boolean) => {
      await insertPerson(env.db.url, { displayName: email, email, role });
      await db.query(`UPDATE people SET newsletter = $2 WHERE email = $1`, [email, newsletter]);
    };
    await add('on@example.org', 'MEMBER', true);
    await add('office-on@example.org', 'OFFICE', true);
    await add('off@example.org', 'MEMBER', false);
    await add('guest-on@example.org', 'GUEST', true);
    await add('left@example.org', 'MEMBER', true);
    await add('waiting@example.org', 'MEMBER', true);
    await db.query(`INSERT INTO newsletter_subscribers (email, status, unsubscribe_token_hash, unsubscribed_at)
      VALUES ('left@example.org', 'UNSUBSCRIBED', 'h-left', now()), ('waiting@example.org', 'PENDING', 'h-waiting', null)`);

    await migration();
    await migration();

    expect(await subscriberRows('on@example.org')).toEqual([{ status: 'CONFIRMED' }]);
    expect(await subscriberRows('office-on@example.org')).toEqual([{ status: 'CONFIRMED' }]);
    expect(await subscriberRows('off@example.org')).toEqual([]);
    expect(await subscriberRows('guest-on@example.org')).toEqual([]);
    expect(await subscriberRows('left@example.org')).toEqual([{ status: 'UNSUBSCRIBED' }]);
    expect(await subscriberRows('waiting@example.org')).toEqual([{ status: 'PENDING' }]);
    // The reader of the previous test unsubscribed: still so, no second row.
    expect(await subscriberRows('reader@example.org')).toEqual([{ status: 'UNSUBSCRIBED' }]);
    const { rows } = await db.query(
      `SELECT s.person_id = p.id AS linked FROM newsletter_subscribers s JOIN people p ON p.email = s.email WHERE s.email = 'on@example.org'`,
    );
    expect(rows).toEqual([{ linked: true }]);
  });
});
