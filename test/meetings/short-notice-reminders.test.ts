import { Queue } from 'bullmq';
import { DateTime } from 'luxon';
import { Clock, bullJobId } from '@cop/platform';
import { reminderJobId } from '@cop/meetings';
import { type MailStack, startMailStack } from '@cop/testing';
import { type Fixture, GROUP, SCHEDULE, seedFixture } from './fixture';

/**
 * Reminders follow changes without waiting for the quarter-hourly scheduler (not running here):
 * short notice is reminded at once, and delayed reminders of moved or cancelled occurrences are
 * removed from the queue. Real PostgreSQL, Redis, worker and SMTP, on both queue drivers (issue 25):
 * BullMQ, and in-process (the delayed reminder is a row of queue_jobs).
 */
describe.each(['bullmq', 'in-process'])('short-notice and withdrawn reminders (%s)', (queueDriver) => {
  let stack: MailStack;
  let fx: Fixture;
  let mailQueue: Queue;

  beforeAll(async () => {
    stack = await startMailStack({ env: { QUEUE_DRIVER: queueDriver } });
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
  /** The reminder job's state and due instant, as either driver keeps them ('delayed' while not due). */
  const reminderJob = async (id: string, original: DateTime, start: DateTime) => {
    const jobId = reminderJobId(id, original.toJSDate(), start.toJSDate());
    if (queueDriver === 'bullmq') {
      const job = await mailQueue.getJob(bullJobId(jobId));
      return job ? { state: await job.getState(), dueAt: job.timestamp + job.opts.delay!, job } : undefined;
    }
    const { rows } = await stack.db.query(`SELECT state, run_at FROM queue_jobs WHERE id = $1`, [jobId]);
    if (!rows[0]) return undefined;
    const dueAt = new Date(rows[0].run_at).getTime();
    const waiting = dueAt > stack.worker!.app.get(Clock).now().getTime() ? 'delayed' : 'waiting';
    return { state: rows[0].state === 'waiting' ? waiting : String(rows[0].state), dueAt, job: undefined };
  };
  const jobState = async (id: string, original: DateTime, start: DateTime) =>
    (await reminderJob(id, original, start))?.state ?? 'absent';
  const mailsAbout = (title: string) => stack.smtp.messages.filter((m) => m.subject?.includes(title));
  const recipients = (mails: { envelope: { to: string[] } }[]) => mails.flatMap((m) => m.envelope.to).sort();
  const soon = (minutes: number) => DateTime.now().plus({ minutes }).startOf('minute');

  it('reminds at once of a meeting scheduled after its reminder time, without the scheduler', async () => {
    await schedule('Called at short notice', soon(30));
    const mails = await waitFor(
      'the reminders',
      async () => mailsAbout('Called at short notice'),
      (m) => m.length >= 2,
    );
    expect(recipients(mails)).toEqual(['chair@example.org', 'member@example.org']);
    expect(mails.every((m) => m.subject?.startsWith('Reminder:'))).toBe(true);
  });

  it('mails a delayed reminder once it is due, once', async () => {
    const first = soon(100); // its reminder is due in 40 minutes
    const id = await schedule('Due later', first);
    await waitFor(
      'the delayed reminder',
      () => jobState(id, first, first),
      (s) => s === 'delayed',
    );
    await new Promise((r) => setTimeout(r, 1000));
    expect(mailsAbout('Due later')).toEqual([]);
    // Forty minutes pass: BullMQ's delay is real time (promoted here); the in-process driver reads the Clock.
    const clock = stack.worker!.app.get(Clock);
    if (queueDriver === 'bullmq') await (await reminderJob(id, first, first))!.job!.promote();
    else clock.advance(41 * 60_000);
    try {
      const mails = await waitFor(
        'the reminders',
        async () => mailsAbout('Due later'),
        (m) => m.length >= 2,
      );
      await waitFor(
        'the job completed',
        () => jobState(id, first, first),
        (s) => s === 'completed',
      );
      await new Promise((r) => setTimeout(r, 500));
      expect(mailsAbout('Due later')).toHaveLength(mails.length);
      expect(recipients(mails)).toEqual(['chair@example.org', 'member@example.org']);
    } finally {
      if (queueDriver !== 'bullmq') clock.advance(-41 * 60_000);
    }
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
    const { dueAt } = (await reminderJob(id, first, moved))!;
    // Due an hour before the new start.
    expect(dueAt).toBeGreaterThan(moved.minus({ minutes: 61 }).toMillis());
    expect(dueAt).toBeLessThan(moved.minus({ minutes: 59 }).toMillis());

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
    expect(mailsAbout('Daily stand-up')).toEqual([]);
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
