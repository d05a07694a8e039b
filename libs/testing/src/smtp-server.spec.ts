import { createTransport } from 'nodemailer';
import { startSmtpServer, type TestSmtpServer } from './smtp-server';

describe('startSmtpServer', () => {
  let smtp: TestSmtpServer;
  const transport = () =>
    createTransport({ host: '127.0.0.1', port: smtp.port, secure: false, ignoreTLS: true });

  beforeAll(async () => {
    smtp = await startSmtpServer();
  });
  afterAll(() => smtp.stop());
  beforeEach(() => smtp.clear());

  it('records parsed messages with their envelope', async () => {
    const t = transport();
    await t.sendMail({
      from: 'a@example.org',
      to: 'b@example.org',
      bcc: 'c@example.org',
      subject: 'Hi',
      text: 'Hello',
    });
    t.close();
    const [received] = await smtp.waitFor(1);
    expect(smtp.url).toBe(`smtp://127.0.0.1:${smtp.port}`);
    expect(received.subject).toBe('Hi');
    expect(received.text?.trim()).toBe('Hello');
    expect(received.envelope).toEqual({ from: 'a@example.org', to: ['b@example.org', 'c@example.org'] });
  });

  it('fails the next n answers with the given code', async () => {
    const t = transport();
    smtp.failNext(1, 550);
    await expect(t.sendMail({ from: 'a@example.org', to: 'b@example.org', text: 'x' })).rejects.toMatchObject(
      { responseCode: 550 },
    );
    smtp.failNext(1, 452, 'data');
    await expect(t.sendMail({ from: 'a@example.org', to: 'b@example.org', text: 'x' })).rejects.toMatchObject(
      { responseCode: 452 },
    );
    await t.sendMail({ from: 'a@example.org', to: 'b@example.org', text: 'x' });
    t.close();
    expect(smtp.messages).toHaveLength(1);
  });

  it('waitFor rejects when too few messages arrive in time', async () => {
    await expect(smtp.waitFor(1, 50)).rejects.toThrow(/Expected 1 message/);
  });

  it('waitWhileArriving waits past its bound while messages keep coming, and rejects on a stall', async () => {
    const t = transport();
    const waiting = smtp.waitWhileArriving(4, 1000);
    for (let i = 0; i < 4; i++) {
      await new Promise((r) => setTimeout(r, 400)); // 1,600 ms in all, never 1,000 without one
      await t.sendMail({ from: 'a@example.org', to: 'b@example.org', text: String(i) });
    }
    await expect(waiting).resolves.toHaveLength(4);
    await expect(smtp.waitWhileArriving(5, 100)).rejects.toThrow(/no new one for 100 ms: got 4/);
    t.close();
  });
});
