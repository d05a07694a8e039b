import {
  type MailStack,
  draftAndSend,
  insertConfirmedSubscribers,
  officeSession,
  startMailStack,
  type TestApi,
} from '@cop/testing';

/**
 * NewsletterIssue.delivery as the office console's progress view reads it while the worker
 * sends: the recipients are known as soon as sendNewsletter answers, and every reading adds up
 * (sent + failed + pending = recipients), only ever moving forward. Paced at 5 messages a
 * second so the worker is still sending while the readings are taken.
 */
describe('newsletter delivery while sending', () => {
  let stack: MailStack;
  let api: TestApi;
  let office: Record<string, string>;

  beforeAll(async () => {
    stack = await startMailStack({ env: { NEWSLETTER_RATE_PER_SECOND: '5' } });
    api = stack.api;
    office = await officeSession(api, stack.env.db.url);
  }, 60000);

  afterAll(() => stack?.close());

  type Reading = {
    status: string;
    delivery: { recipients: number; sent: number; failed: number; pending: number };
  };
  const read = async (id: string): Promise<Reading> => {
    const res = await api.gql<{ newsletterIssue: Reading }>(
      `query($id: ID!) { newsletterIssue(id: $id) { status delivery { recipients sent failed pending } } }`,
      { id },
      office,
    );
    expect(res.errors).toBeUndefined();
    return res.data!.newsletterIssue;
  };

  it('knows the recipients from the start and counts consistently until all are sent', async () => {
    await insertConfirmedSubscribers(stack.db, 15, 'progress');
    stack.smtp.failNext(1, 550);
    const id = await draftAndSend(api, office, 'Progress');
    const first = await read(id);
    expect(first.status).toBe('SENDING');
    expect(first.delivery.recipients).toBe(15);

    const readings: Reading[] = [first];
    const end = Date.now() + 60000;
    while (readings.at(-1)!.status !== 'SENT') {
      if (Date.now() > end) throw new Error('the issue was not sent within 60 s');
      await new Promise((r) => setTimeout(r, 150));
      readings.push(await read(id));
    }
    for (const [i, { delivery: d }] of readings.entries()) {
      expect(d.recipients).toBe(15);
      expect(d.sent + d.failed + d.pending).toBe(15);
      if (i > 0)
        expect(d.sent + d.failed).toBeGreaterThanOrEqual(
          readings[i - 1].delivery.sent + readings[i - 1].delivery.failed,
        );
    }
    // Read part-way through at least once (the limiter spreads 15 messages over about 3 s).
    expect(readings.some((r) => r.delivery.pending > 0 && r.delivery.pending < 15)).toBe(true);
    expect(readings.at(-1)!.delivery).toEqual({ recipients: 15, sent: 14, failed: 1, pending: 0 });
  }, 90000);
});
