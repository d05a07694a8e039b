import { Queue } from 'bullmq';
import { DateTime } from 'luxon';
import { bullJobId } from '@cop/platform';
import { reminderJobId } from '@cop/meetings';
import { type MailStack, startMailStack } from '@cop/testing';
import { type Fixture, GROUP, SCHEDULE, seedFixture } from './fixture';

/**
 * Reminders follow changes without waiting for the quarter-hourly scheduler (not running here):
 * short notice is reminded at once, and delayed reminders of moved or cancelled occurrences are
 * removed from BullMQ. Real PostgreSQL, Redis, worker and SMTP.
 */
describe('reminders on short notice and withdrawn reminders', () => {
  let stack: MailStack;
  let fx: Fixture;
  let mailQueue: Queue;

  beforeAll(async () => {
    stack = await startMailStack();
    fx = await seedFixture(stack.env, stack.api);
    mailQueue = new Queue('mail', {
      connection: { url: stack.env.config.redisUrl },
      prefix: stack.env.config.queuePrefix,
    });
  }, 60_000);
  afterAll(async () => {
    await mailQueue?.close();
    await fx?.db.end();
    await stack?.close();
  });

  async function waitFor<T>(what: string, fn: () => Promise<T>, ok: (v: T) => boolean, ms = 15_000) {
    const end = Date.now() + ms;
    for (;;) {
      const v = await fn();
      if (ok(v)) return v;
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(v)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const gql = async <T>(query: string, variables: Record<string, unknown>) => {
    const res = await stack.api.gql<T>(query, variables, fx.headers.CHAIR);
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  const schedule = async (title: string, startsAt: DateTime, extra: object = {}) =>
    (
      await gql<{ scheduleMeeting: { id: string } }>(SCHEDULE, {
        input: {
          title,
          workingGroupId: GROUP.A,
          visibility: 'WORKING_GROUP',
          startsAt: startsAt.toUTC().toISO(),
          endsAt: startsAt.plus({ hours: 1 }).toUTC().toISO(),
          timeZone: 'Europe/Rome',
          ...extra,
        },
      })
    ).scheduleMeeting.id;
  const jobState = async (id: string, original: DateTime, start: DateTime) => {
    const job = await mailQueue.getJob(bullJobId(reminderJobId(id, original.toJSDate(), start.toJSDate())));
    return job ? await job.getState() : 'absent';
  };
  const soon = (minutes: number) => DateTime.now().plus({ minutes }).startOf('minute');

  it('reminds at once of a meeting scheduled after its reminder time, without the scheduler', async () => {
    await schedule('Called at short notice', soon(30));
    const mails = await waitFor(
      'the reminders',
      async () => stack.smtp.messages.filter((m) => m.subject?.includes('Called at short notice')),
      (m) => m.length >= 2,
    );
    expect(
      mails
        .map((m) => m.envelope.to)
        .flat()
        .sort(),
    ).toEqual(['chair@example.org', 'member@example.org']);
    expect(mails.every((m) => m.subject?.startsWith('Reminder:'))).toBe(true);
  });

  it('replaces the delayed reminder of a moved occurrence, and removes it when the series is cancelled', async () => {
    // A daily series whose first reminder is due in 40 minutes: delayed, not yet sent.
    const first = soon(100);
    const id = await schedule('Daily stand-up', first, { recurrence: 'FREQ=DAILY;COUNT=5' });
    await waitFor(
      'the delayed reminder',
      () => jobState(id, first, first),
      (s) => s === 'delayed',
    );

    const moved = first.plus({ minutes: 20 });
    await gql(
      `mutation($id: ID!, $at: DateTime!, $s: DateTime!, $e: DateTime!) {
         rescheduleOccurrence(id: $id, occurrenceStartsAt: $at, startsAt: $s, endsAt: $e) { id } }`,
      {
        id,
        at: first.toUTC().toISO(),
        s: moved.toUTC().toISO(),
        e: moved.plus({ hours: 1 }).toUTC().toISO(),
      },
    );
    await waitFor(
      'the old reminder gone and the new one delayed',
      async () => [await jobState(id, first, first), await jobState(id, first, moved)],
      ([old, now]) => old === 'absent' && now === 'delayed',
    );
    const job = await mailQueue.getJob(bullJobId(reminderJobId(id, first.toJSDate(), moved.toJSDate())));
    // Due an hour before the new start.
    expect(job!.timestamp + job!.opts.delay!).toBeGreaterThan(moved.minus({ minutes: 61 }).toMillis());
    expect(job!.timestamp + job!.opts.delay!).toBeLessThan(moved.minus({ minutes: 59 }).toMillis());

    await gql(`mutation($id: ID!) { cancelMeeting(id: $id) { status } }`, { id });
    await waitFor(
      'the reminder removed',
      () => jobState(id, first, moved),
      (s) => s === 'absent',
    );
    // Nothing of this series is left to relay, and no reminder of it was mailed.
    const pending = await fx.db.query(
      `SELECT job_id FROM outbox WHERE relayed_at IS NULL AND payload->>'meetingId' = $1`,
      [id],
    );
    expect(pending.rows).toEqual([]);
    expect(stack.smtp.messages.filter((m) => m.subject?.includes('Daily stand-up'))).toEqual([]);
  });

  it('withdraws the reminders an edit of the series or a cancelled occurrence leaves behind', async () => {
    const first = soon(100);
    const id = await schedule('Daily check', first, { recurrence: 'FREQ=DAILY;COUNT=3' });
    await waitFor(
      'the delayed reminder',
      () => jobState(id, first, first),
      (s) => s === 'delayed',
    );

    // The series re-timed by ten minutes: its first occurrence is another one.
    const later = first.plus({ minutes: 10 });
    await gql(`mutation($id: ID!, $input: MeetingInput!) { updateMeeting(id: $id, input: $input) { id } }`, {
      id,
      input: {
        title: 'Daily check',
        workingGroupId: GROUP.A,
        visibility: 'WORKING_GROUP',
        startsAt: later.toUTC().toISO(),
        endsAt: later.plus({ hours: 1 }).toUTC().toISO(),
        timeZone: 'Europe/Rome',
        recurrence: 'FREQ=DAILY;COUNT=3',
      },
    });
    await waitFor(
      'the old reminder gone and the re-timed one delayed',
      async () => [await jobState(id, first, first), await jobState(id, later, later)],
      ([old, now]) => old === 'absent' && now === 'delayed',
    );
    // Tomorrow's is beyond the scheduler's reach yet: left to it.
    expect(await jobState(id, later.plus({ days: 1 }), later.plus({ days: 1 }))).toBe('absent');

    await gql(
      `mutation($id: ID!, $at: DateTime!) { cancelMeeting(id: $id, occurrenceStartsAt: $at) { id } }`,
      { id, at: later.toUTC().toISO() },
    );
    await waitFor(
      'the cancelled occurrence’s reminder removed',
      () => jobState(id, later, later),
      (s) => s === 'absent',
    );
  });
});
