import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { startSmtpServer, type ReceivedMail, type TestSmtpServer } from '../../../testing/src/smtp-server';
import { loadConfig, type AppConfig } from '../config/config';
import { TransactionContext } from '../database/transaction-context';
import { renderEmail } from './email-layout';
import { MailDeliveryEntity } from './mail-delivery.entity';
import { MailDeliveryRepository } from './mail-delivery.repository';
import { createMailTransport, type MailTransport } from './mail-transport';
import { MailService, TransientMailError, type OutgoingMail } from './mail.service';

// A throwaway database of its own until the shared test harness exists.
const ADMIN_URL = process.env.TEST_POSTGRES_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const CREATE_TABLE = `
  CREATE TABLE mail_deliveries (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    key text NOT NULL UNIQUE,
    recipient text NOT NULL,
    subject text NOT NULL,
    status text NOT NULL CHECK (status IN ('PENDING','SENT','FAILED')),
    attempts int NOT NULL DEFAULT 0,
    message_id text,
    last_error text,
    created_at timestamptz NOT NULL DEFAULT now(),
    sent_at timestamptz
  )`;

function configFor(env: Record<string, string>): AppConfig {
  return loadConfig({
    NODE_ENV: 'test',
    PUBLIC_URL: 'https://cop.example.org',
    MAIL_FROM: 'CoP platform <no-reply@cop.example.org>',
    SESSION_SECRET: 'x'.repeat(32),
    ...env,
  });
}

/** A port nothing listens on, for a refused connection. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('MailService', () => {
  const dbName = `mail_spec_${randomBytes(6).toString('hex')}`;
  let admin: Client;
  let dataSource: DataSource;
  let tx: TransactionContext;
  let deliveries: MailDeliveryRepository;
  let smtp: TestSmtpServer;
  let config: AppConfig;
  let dataDir: string;
  let transport: MailTransport;
  let mail: MailService;
  const extraTransports: MailTransport[] = [];

  const withTransport = (t: MailTransport) => {
    extraTransports.push(t);
    return new MailService(config, t, deliveries, tx);
  };

  const message = (key: string, overrides: Partial<OutgoingMail> = {}): OutgoingMail => ({
    key,
    to: 'ada@example.org',
    subject: `Subject of ${key}`,
    text: `Text of ${key}`,
    html: `<p>HTML of ${key}</p>`,
    ...overrides,
  });

  const receivedWithKey = (key: string): ReceivedMail[] =>
    smtp.messages.filter((m) => m.messageId === mail.messageIdOf(key));

  beforeAll(async () => {
    admin = new Client({ connectionString: ADMIN_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${dbName}`);
    const url = new URL(ADMIN_URL);
    url.pathname = `/${dbName}`;
    dataSource = new DataSource({
      type: 'postgres',
      url: url.toString(),
      entities: [MailDeliveryEntity],
      synchronize: false,
      logging: false,
      extra: { max: 4, options: '-c TimeZone=UTC' },
    });
    await dataSource.initialize();
    await dataSource.query(CREATE_TABLE);
    tx = new TransactionContext(dataSource);
    deliveries = new MailDeliveryRepository(tx);

    smtp = await startSmtpServer();
    dataDir = await mkdtemp(join(tmpdir(), 'mail-spec-'));
    config = configFor({ SMTP_URL: smtp.url, DATA_DIR: dataDir });
    transport = createMailTransport(config);
    mail = new MailService(config, transport, deliveries, tx);
  });

  afterAll(async () => {
    transport?.close();
    for (const t of extraTransports) t.close();
    await smtp?.stop();
    await dataSource?.destroy();
    if (admin) {
      await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
      await admin.end();
    }
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  beforeEach(() => smtp.clear());

  it('sends a text and an HTML part with a deterministic Message-ID from MAIL_FROM', async () => {
    const rendered = await renderEmail({
      subject: 'Welcome',
      heading: 'Welcome to the CoP',
      paragraphs: ['You joined WG 3.'],
      actions: [{ label: 'Open your profile', url: 'https://cop.example.org/me' }],
      footer: { reason: 'You receive this because you signed in.' },
    });
    const result = await mail.send(message('welcome:1', { subject: 'Welcome', ...rendered }));

    expect(result).toBe('sent');
    const [received] = smtp.messages;
    expect(smtp.messages).toHaveLength(1);
    expect(received.subject).toBe('Welcome');
    expect(received.text).toContain('Open your profile: https://cop.example.org/me');
    expect(received.html).toContain('href="https://cop.example.org/me"');
    expect(received.html).toContain('Welcome to the CoP');
    expect(received.messageId).toMatch(/^<[0-9a-f]{64}@cop\.example\.org>$/);
    expect(received.messageId).toBe(mail.messageIdOf('welcome:1'));
    expect(received.from?.value[0]).toEqual({ address: 'no-reply@cop.example.org', name: 'CoP platform' });
    expect(received.envelope).toEqual({ from: 'no-reply@cop.example.org', to: ['ada@example.org'] });
    expect(received.headers.has('list-unsubscribe')).toBe(false);

    const row = await deliveries.findByKey('welcome:1');
    expect(row).toMatchObject({
      status: 'SENT',
      attempts: 1,
      recipient: 'ada@example.org',
      messageId: received.messageId,
    });
    expect(row?.sentAt).toBeInstanceOf(Date);
  });

  it('adds one-click List-Unsubscribe headers (RFC 8058) when asked', async () => {
    const url = 'https://cop.example.org/newsletter/unsubscribe/4f2a9c0d1e?x=1&y=2';
    await mail.send(message('newsletter:1:a', { listUnsubscribeUrl: url }));

    const [received] = smtp.messages;
    // Unfolded (RFC 5322 2.2.3): a long value may be folded onto a continuation line.
    const raw = (name: string) =>
      received.headerLines.find((h) => h.key === name)?.line.replace(/\r?\n(?=[ \t])/g, '');
    expect(raw('list-unsubscribe')).toBe(`List-Unsubscribe: <${url}>`);
    expect(raw('list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
  });

  it('carries extra headers and attachments, and refuses header injection', async () => {
    await mail.send(
      message('meeting:1:ada', {
        headers: { 'X-CoP-Kind': 'meeting-invitation' },
        attachments: [
          {
            filename: 'invite.ics',
            content: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n',
            contentType: 'text/calendar',
          },
        ],
      }),
    );
    const [received] = smtp.messages;
    expect(received.headers.get('x-cop-kind')).toBe('meeting-invitation');
    expect(received.attachments.map((a) => [a.filename, a.contentType])).toEqual([
      ['invite.ics', 'text/calendar'],
    ]);

    await expect(
      mail.send(message('bad:1', { headers: { 'X-A': 'a\r\nBcc: eve@example.org' } })),
    ).rejects.toThrow(/line break/);
    await expect(mail.send(message('bad:2', { headers: { 'Message-ID': '<x@y>' } }))).rejects.toThrow(
      /set by MailService/,
    );
    await expect(
      mail.send(message('bad:3', { listUnsubscribeUrl: 'javascript:alert(1)' })),
    ).rejects.toThrow();
    expect(await deliveries.findByKey('bad:1')).toBeNull();
  });

  it('mails a key once, however often it is sent', async () => {
    expect(await mail.send(message('digest:2026-11-23:ada'))).toBe('sent');
    expect(await mail.send(message('digest:2026-11-23:ada'))).toBe('already-sent');
    expect(await mail.send(message('digest:2026-11-23:ada', { subject: 'changed' }))).toBe('already-sent');
    expect(receivedWithKey('digest:2026-11-23:ada')).toHaveLength(1);
  });

  it('sends a key once when two workers race for it', async () => {
    const results = await Promise.allSettled(Array.from({ length: 4 }, () => mail.send(message('race:1'))));
    const sent = results.filter((r) => r.status === 'fulfilled' && r.value === 'sent');
    expect(sent).toHaveLength(1);
    for (const r of results) {
      if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(TransientMailError);
      else expect(['sent', 'already-sent']).toContain(r.value);
    }
    expect(receivedWithKey('race:1')).toHaveLength(1);

    // Retries of a PENDING delivery race on its row lock instead of the insert.
    smtp.failNext(1, 451);
    await expect(mail.send(message('race:2'))).rejects.toBeInstanceOf(TransientMailError);
    const retries = await Promise.allSettled(Array.from({ length: 4 }, () => mail.send(message('race:2'))));
    expect(retries.filter((r) => r.status === 'fulfilled' && r.value === 'sent')).toHaveLength(1);
    expect(receivedWithKey('race:2')).toHaveLength(1);
  });

  it('throws TransientMailError on a 4xx refusal and delivers one copy on retry', async () => {
    smtp.failNext(1, 451);
    const error = await mail.send(message('reminder:1')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransientMailError);
    expect(await deliveries.findByKey('reminder:1')).toMatchObject({ status: 'PENDING', attempts: 1 });
    expect((await deliveries.findByKey('reminder:1'))?.lastError).toContain('451');

    expect(await mail.send(message('reminder:1'))).toBe('sent');
    expect(await mail.send(message('reminder:1'))).toBe('already-sent');
    expect(receivedWithKey('reminder:1')).toHaveLength(1);
    expect(await deliveries.findByKey('reminder:1')).toMatchObject({ status: 'SENT', attempts: 2 });
  });

  it('throws TransientMailError when the server answers 421 and closes, then succeeds on retry', async () => {
    // A fresh pool: on a reused connection nodemailer itself requeues a message refused with 421.
    const fresh = withTransport(createMailTransport(config));
    smtp.failNext(1, 421);
    await expect(fresh.send(message('reminder:2'))).rejects.toBeInstanceOf(TransientMailError);
    expect((await deliveries.findByKey('reminder:2'))?.lastError).toContain('421');

    expect(await fresh.send(message('reminder:2'))).toBe('sent');
    expect(receivedWithKey('reminder:2')).toHaveLength(1);
  });

  it('throws TransientMailError when the server cannot be reached', async () => {
    const port = await closedPort();
    const unreachable = withTransport(
      createMailTransport(configFor({ SMTP_URL: `smtp://127.0.0.1:${port}`, DATA_DIR: dataDir })),
    );
    await expect(unreachable.send(message('reminder:3'))).rejects.toBeInstanceOf(TransientMailError);
    expect(await deliveries.findByKey('reminder:3')).toMatchObject({ status: 'PENDING', attempts: 1 });
    expect((await deliveries.findByKey('reminder:3'))?.lastError).toMatch(/ECONNECTION|ECONNREFUSED/);
  });

  it('marks a 5xx refusal FAILED and never tries that key again', async () => {
    smtp.failNext(1, 550);
    expect(await mail.send(message('invite:1', { to: 'nobody@example.org' }))).toBe('failed');
    const row = await deliveries.findByKey('invite:1');
    expect(row).toMatchObject({ status: 'FAILED', attempts: 1, sentAt: null });
    expect(row?.lastError).toContain('550');

    expect(await mail.send(message('invite:1', { to: 'nobody@example.org' }))).toBe('failed');
    expect(smtp.messages).toHaveLength(0);
    expect(await deliveries.findByKey('invite:1')).toMatchObject({ attempts: 1 });

    // The connection stays usable for the next message.
    expect(await mail.send(message('invite:2'))).toBe('sent');
  });

  it('treats a 5xx answer to DATA as permanent too', async () => {
    smtp.failNext(1, 554, 'data');
    expect(await mail.send(message('invite:3'))).toBe('failed');
    expect(await deliveries.findByKey('invite:3')).toMatchObject({ status: 'FAILED' });
  });

  it('counts the deliveries of a campaign by key prefix', async () => {
    await mail.send(message('campaign:c_1:a'));
    await mail.send(message('campaign:c_1:b'));
    smtp.failNext(1, 550);
    await mail.send(message('campaign:c_1:c'));
    smtp.failNext(1, 451);
    await mail.send(message('campaign:c_1:d')).catch(() => undefined);
    await mail.send(message('campaign:cx1:e')); // "_" must not act as a LIKE wildcard

    expect(await deliveries.countByKeyPrefix('campaign:c_1:')).toEqual({ sent: 2, failed: 1, pending: 1 });
    expect(await deliveries.countByKeyPrefix('campaign:none:')).toEqual({ sent: 0, failed: 0, pending: 0 });
  });

  it('refuses to record a delivery inside a transaction', async () => {
    await expect(tx.run(() => mail.send(message('tx:1')))).rejects.toThrow(/outside transactions/);
    expect(await deliveries.findByKey('tx:1')).toBeNull();
    expect(smtp.messages).toHaveLength(0);
  });

  it('writes a parseable .eml file under DATA_DIR/mail when SMTP_URL is unset', async () => {
    const emlDir = await mkdtemp(join(tmpdir(), 'mail-eml-'));
    try {
      const emlConfig = configFor({ DATA_DIR: emlDir });
      expect(emlConfig.smtpUrl).toBeNull();
      const files = withTransport(createMailTransport(emlConfig));
      const rendered = await renderEmail({
        subject: 'Minutes',
        heading: 'Minutes of WG 2',
        bodyMarkdown: 'See the [agenda](https://cop.example.org/a).',
        footer: { reason: 'You are a member of WG 2.', unsubscribeUrl: 'https://cop.example.org/u/t' },
      });
      expect(
        await files.send(
          message('eml:1', {
            subject: 'Minutes',
            ...rendered,
            listUnsubscribeUrl: 'https://cop.example.org/u/t',
          }),
        ),
      ).toBe('sent');
      expect(await files.send(message('eml:2'))).toBe('sent');

      const names = (await readdir(join(emlDir, 'mail'))).sort();
      expect(names).toHaveLength(2);
      for (const name of names) expect(name).toMatch(/^\d{8}T\d{9}Z-[0-9a-f]{64}@cop\.example\.org\.eml$/);
      const parsed = await simpleParser(
        await readFile(
          join(
            emlDir,
            'mail',
            names.find((n) => n.includes(mail.messageIdOf('eml:1').slice(1, 65)))!,
          ),
        ),
      );
      expect(parsed.subject).toBe('Minutes');
      expect(parsed.messageId).toBe(mail.messageIdOf('eml:1'));
      expect(parsed.text).toContain('agenda (https://cop.example.org/a)');
      expect(parsed.html).toContain('href="https://cop.example.org/a"');
      expect(parsed.to && !Array.isArray(parsed.to) ? parsed.to.text : '').toBe('ada@example.org');
      expect(parsed.headerLines.find((h) => h.key === 'list-unsubscribe-post')?.line).toBe(
        'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
      );
      expect(await deliveries.findByKey('eml:1')).toMatchObject({ status: 'SENT' });
    } finally {
      await rm(emlDir, { recursive: true, force: true });
    }
  });
});
