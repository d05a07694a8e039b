import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DateTime } from 'luxon';
import { simpleParser } from 'mailparser';
import { PlatformModule } from '@cop/platform';
import {
  MeetingReminderJob,
  MeetingsJobsModule,
  REMINDER_LEAD_MINUTES,
  ScheduleRemindersJob,
} from '@cop/meetings';
import { createTestEnvironment, startTestApi, type TestApi, type TestEnvironment } from '@cop/testing';
import { type Fixture, GROUP, SCHEDULE, seedFixture } from './fixture';

/** Reminders: who gets them, and each occurrence at most once, whatever happens to the meeting. */
describe('meeting reminders', () => {
  let env: TestEnvironment;
  let api: TestApi;
  let fx: Fixture;
  let seriesId: string;
  // The next occurrence starts 90 minutes from now: its reminder is due in half an hour.
  const first = DateTime.now().setZone('Europe/Rome').plus({ minutes: 90 }).startOf('minute');
  const occ = (days: number) => first.plus({ days }).toUTC().toJSDate();

  beforeAll(async () => {
    env = await createTestEnvironment();
    api = await startTestApi(env.config);
    fx = await seedFixture(env, api);
    const res = await api.gql<{ scheduleMeeting: { id: string } }>(
      SCHEDULE,
      {
        input: {
          title: 'A daily',
          workingGroupId: GROUP.A,
          visibility: 'WORKING_GROUP',
          startsAt: first.toUTC().toISO(),
          endsAt: first.plus({ hours: 1 }).toUTC().toISO(),
          timeZone: 'Europe/Rome',
          recurrence: 'FREQ=DAILY;COUNT=5',
          videoConferenceUrl: 'https://video.example.org/daily',
        },
      },
      fx.headers.CHAIR,
    );
    expect(res.errors).toBeUndefined();
    seriesId = res.data!.scheduleMeeting.id;
    // A third seat holder of A who wants no reminders.
    await fx.db.query(
      `INSERT INTO memberships (person_id, working_group_id, role, status, joined_at) VALUES ($1, $2, 'MEMBER', 'ACTIVE', now())`,
      [fx.ids.OTHER_CHAIR, GROUP.A],
    );
    await fx.db.query(`UPDATE people SET meeting_reminders = false WHERE id = $1`, [fx.ids.OTHER_CHAIR]);
  });
  afterAll(async () => {
    await fx.db.end();
    await api.close();
    await env.cleanup();
  });

  const withJobs = async (
    fn: (jobs: { schedule: ScheduleRemindersJob; remind: MeetingReminderJob }) => Promise<void>,
  ) => {
    // The web app on a host of its own (WEB_URL): reminders link to the meeting's page there.
    @Module({
      imports: [
        PlatformModule.forRoot(env.configWith({ WEB_URL: 'https://web.example.org' })),
        MeetingsJobsModule,
      ],
    })
    class JobsModule {}
    const app = await NestFactory.createApplicationContext(JobsModule, { logger: ['error'] });
    try {
      await fn({ schedule: app.get(ScheduleRemindersJob), remind: app.get(MeetingReminderJob) });
    } finally {
      await app.close();
    }
  };
  const mails = async () =>
    (
      await fx.db.query(
        `SELECT key, recipient FROM mail_deliveries WHERE key LIKE 'meeting-reminder:%' ORDER BY key, recipient`,
      )
    ).rows as { key: string; recipient: string }[];
  const payload = (days: number, startsAt = occ(days)) => ({
    meetingId: seriesId,
    originalStartsAt: occ(days).toISOString(),
    startsAt: startsAt.toISOString(),
  });

  it('enqueues each due reminder as a delayed job, keyed by meeting and occurrence, also when run twice', async () => {
    await withJobs(async ({ schedule }) => {
      await schedule.handle({ horizonMinutes: 120 });
      await schedule.handle({ horizonMinutes: 120 });
    });
    const { rows } = await fx.db.query<{ job_id: string; run_at: Date; payload: object }>(
      `SELECT DISTINCT job_id, run_at, payload FROM outbox WHERE job_name = 'meetings.reminder'`,
    );
    expect(rows).toEqual([
      {
        job_id: `meetings.reminder:${seriesId}:${occ(0).getTime()}:${occ(0).getTime()}`,
        run_at: new Date(occ(0).getTime() - REMINDER_LEAD_MINUTES * 60_000),
        payload: payload(0),
      },
    ]);
  });

  it('mails the seat holders who want reminders, once, with the time in their zone and an .ics', async () => {
    await fx.db.query(`UPDATE people SET time_zone = 'America/Chicago' WHERE id = $1`, [fx.ids.MEMBER]);
    await withJobs(async ({ remind }) => {
      await remind.handle(payload(0));
      await remind.handle(payload(0)); // a retry, or a worker restarted mid-way
    });
    expect(await mails()).toEqual(
      [
        {
          key: `meeting-reminder:${seriesId}:${occ(0).getTime()}:${fx.ids.CHAIR}`,
          recipient: 'chair@example.org',
        },
        {
          key: `meeting-reminder:${seriesId}:${occ(0).getTime()}:${fx.ids.MEMBER}`,
          recipient: 'member@example.org',
        },
      ].sort((a, b) => a.key.localeCompare(b.key)),
    );
    const dir = join(env.config.dataDir, 'mail');
    const toMember = readdirSync(dir)
      .map((f) => readFileSync(join(dir, f), 'utf8'))
      .find((eml) => /^To: member@example\.org/m.test(eml))!;
    expect(toMember).toContain('text/calendar');
    expect(toMember).toContain('America/Chicago');
    expect(toMember).toContain(DateTime.fromJSDate(occ(0), { zone: 'America/Chicago' }).toFormat('HH:mm'));
    const parsed = await simpleParser(toMember);
    // The series' page, opened on this occurrence (by its original start).
    const page = `https://web.example.org/meetings/${seriesId}?occurrence=${encodeURIComponent(occ(0).toISOString())}`;
    expect(parsed.text).toContain(page);
    const ics = parsed.attachments.find((a) => a.contentType.startsWith('text/calendar'))!;
    expect(ics.content.toString('utf8').replace(/\r\n[ \t]/g, '')).toContain(`URL;VALUE=URI:${page}`);
  });

  it('skips cancelled occurrences and stale jobs of moved ones, and reminds of the moved one once', async () => {
    const before = (await mails()).length;
    const cancel = await api.gql(
      `mutation($id: ID!, $at: DateTime!) { cancelMeeting(id: $id, occurrenceStartsAt: $at) { id } }`,
      { id: seriesId, at: occ(1).toISOString() },
      fx.headers.CHAIR,
    );
    expect(cancel.errors).toBeUndefined();
    const moved = new Date(occ(2).getTime() + 3 * 3600_000);
    const move = await api.gql(
      `mutation($id: ID!, $at: DateTime!, $s: DateTime!, $e: DateTime!) { rescheduleOccurrence(id: $id, occurrenceStartsAt: $at, startsAt: $s, endsAt: $e) { id } }`,
      {
        id: seriesId,
        at: occ(2).toISOString(),
        s: moved.toISOString(),
        e: new Date(moved.getTime() + 3600_000).toISOString(),
      },
      fx.headers.CHAIR,
    );
    expect(move.errors).toBeUndefined();
    await withJobs(async ({ remind }) => {
      await remind.handle(payload(1)); // cancelled
      await remind.handle(payload(2)); // planned before the move: stale
    });
    expect(await mails()).toHaveLength(before);
    await withJobs(async ({ remind }) => {
      await remind.handle(payload(2, moved));
      await remind.handle(payload(2, moved));
    });
    expect((await mails()).filter((m) => m.key.includes(`:${occ(2).getTime()}:`))).toHaveLength(2);
    // The whole series cancelled: nothing more.
    await api.gql(`mutation($id: ID!) { cancelMeeting(id: $id) { id } }`, { id: seriesId }, fx.headers.CHAIR);
    const count = (await mails()).length;
    await withJobs(async ({ remind }) => remind.handle(payload(3)));
    expect(await mails()).toHaveLength(count);
  });

  it('reminds at once of a meeting scheduled after its reminder was due, and not of older ones again', async () => {
    const soon = DateTime.now().plus({ minutes: 30 }).startOf('minute');
    const scheduleSoon = async (title: string) => {
      const res = await api.gql<{ scheduleMeeting: { id: string } }>(
        SCHEDULE,
        {
          input: {
            title,
            workingGroupId: GROUP.A,
            visibility: 'WORKING_GROUP',
            startsAt: soon.toUTC().toISO(),
            endsAt: soon.plus({ hours: 1 }).toUTC().toISO(),
            timeZone: 'Europe/Rome',
          },
        },
        fx.headers.CHAIR,
      );
      expect(res.errors).toBeUndefined();
      return res.data!.scheduleMeeting.id;
    };
    const lateId = await scheduleSoon('Called at short notice');
    // Another meeting as soon, but scheduled long ago: its reminder went out at the time.
    const oldId = await scheduleSoon('Planned weeks ago');
    await fx.db.query(`UPDATE meetings SET updated_at = now() - interval '3 weeks' WHERE id = $1`, [oldId]);
    // The scheduler alone here: scheduleMeeting's own short-notice reminders (and those it
    // enqueued for these two just now) are the subject of short-notice-reminders.test.ts.
    await fx.db.query(`DELETE FROM outbox WHERE payload->>'meetingId' = ANY($1::text[])`, [[lateId, oldId]]);
    const before = Date.now();
    await withJobs(async ({ schedule }) => schedule.handle({ horizonMinutes: 120 }));
    const { rows } = await fx.db.query<{ job_id: string; run_at: Date; meeting: string }>(
      `SELECT DISTINCT job_id, run_at, payload->>'meetingId' AS meeting FROM outbox
        WHERE job_name = 'meetings.reminder' AND payload->>'meetingId' = ANY($1::text[])`,
      [[lateId, oldId]],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].meeting).toBe(lateId);
    expect(rows[0].job_id).toBe(`meetings.reminder:${lateId}:${soon.toMillis()}:${soon.toMillis()}`);
    // Due now rather than half an hour ago.
    expect(rows[0].run_at.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(rows[0].run_at.getTime()).toBeLessThan(soon.toMillis());
  });

  it('a move deletes the old reminder still waiting in the outbox and asks for it to be withdrawn', async () => {
    const start = DateTime.now().plus({ minutes: 100 }).startOf('minute');
    const res = await api.gql<{ scheduleMeeting: { id: string } }>(
      SCHEDULE,
      {
        input: {
          title: 'Moved before relayed',
          workingGroupId: GROUP.A,
          visibility: 'WORKING_GROUP',
          startsAt: start.toUTC().toISO(),
          endsAt: start.plus({ hours: 1 }).toUTC().toISO(),
          timeZone: 'UTC',
        },
      },
      fx.headers.CHAIR,
    );
    const id = res.data!.scheduleMeeting.id;
    const rows = async () =>
      (
        await fx.db.query<{ job_name: string; job_id: string; payload: object }>(
          `SELECT job_name, job_id, payload FROM outbox WHERE relayed_at IS NULL AND payload->>'meetingId' = $1
            ORDER BY job_name, job_id`,
          [id],
        )
      ).rows;
    const at = (d: DateTime) => d.toMillis();
    expect((await rows()).map((r) => r.job_id)).toEqual([
      `meetings.reminder:${id}:${at(start)}:${at(start)}`,
    ]);
    const moved = start.plus({ minutes: 30 });
    const move = await api.gql(
      `mutation($id: ID!, $at: DateTime!, $s: DateTime!, $e: DateTime!) { rescheduleOccurrence(id: $id, occurrenceStartsAt: $at, startsAt: $s, endsAt: $e) { id } }`,
      {
        id,
        at: start.toUTC().toISO(),
        s: moved.toUTC().toISO(),
        e: moved.plus({ hours: 1 }).toUTC().toISO(),
      },
      fx.headers.CHAIR,
    );
    expect(move.errors).toBeUndefined();
    const old = `meetings.reminder:${id}:${at(start)}:${at(start)}`;
    expect(
      (await rows()).map((r) => [r.job_name, r.job_name === 'meetings.reminder' ? r.job_id : r.payload]),
    ).toEqual([
      ['meetings.reminder', `meetings.reminder:${id}:${at(start)}:${at(moved)}`],
      ['meetings.withdraw-reminders', { meetingId: id, jobIds: [old] }],
    ]);
  });
});
