import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { PlatformModule } from '@cop/platform';
import { MeetingsJobsModule, MinutesRecordedJob } from '@cop/meetings';
import { createTestEnvironment, startTestApi, type TestApi, type TestEnvironment } from '@cop/testing';
import { type Fixture, GROUP, seedFixture } from './fixture';

/** Minutes go to the group's members who may see the meeting, once each, even when the job re-runs. */
describe('meetings.minutes-recorded job', () => {
  let env: TestEnvironment;
  let api: TestApi;
  let fx: Fixture;

  beforeAll(async () => {
    env = await createTestEnvironment();
    api = await startTestApi(env.config);
    fx = await seedFixture(env, api);
  });
  afterAll(async () => {
    await fx.db.end();
    await api.close();
    await env.cleanup();
  });

  it('mails the seat holders of the group, never outsiders, and only once per revision', async () => {
    const scheduled = await api.gql<{ scheduleMeeting: { id: string } }>(
      `mutation($g: ID!) { scheduleMeeting(input: { title: "A members", workingGroupId: $g, visibility: WORKING_GROUP,
          startsAt: "2026-05-04T08:00:00Z", endsAt: "2026-05-04T09:00:00Z", timeZone: "Europe/Rome" }) { id } }`,
      { g: GROUP.A },
      fx.headers.CHAIR,
    );
    expect(scheduled.errors).toBeUndefined();
    const meetingId = scheduled.data!.scheduleMeeting.id;
    const recorded = await api.gql(
      `mutation($id: ID!) { recordMinutes(meetingId: $id, minutes: "## Decisions\\n\\n- ship it") { id } }`,
      { id: meetingId },
      fx.headers.CHAIR,
    );
    expect(recorded.errors).toBeUndefined();
    const { rows } = await fx.db.query<{ payload: { meetingId: string; revision: number } }>(
      `SELECT payload FROM outbox WHERE job_name = 'meetings.minutes-recorded'`,
    );
    expect(rows).toHaveLength(1);

    // The web app on a host of its own (WEB_URL): the mail links to the meeting's page there.
    const config = env.configWith({ WEB_URL: 'https://web.example.org' });
    @Module({ imports: [PlatformModule.forRoot(config), MeetingsJobsModule] })
    class JobsModule {}
    const app = await NestFactory.createApplicationContext(JobsModule, { logger: ['error'] });
    try {
      const handler = app.get(MinutesRecordedJob);
      await handler.handle(rows[0].payload);
      await handler.handle(rows[0].payload);
    } finally {
      await app.close();
    }
    const mails = await fx.db.query(
      `SELECT recipient, subject, status FROM mail_deliveries ORDER BY recipient`,
    );
    expect(mails.rows).toEqual([
      { recipient: 'chair@example.org', subject: 'Minutes: A members', status: 'SENT' },
      { recipient: 'member@example.org', subject: 'Minutes: A members', status: 'SENT' },
    ]);
    const dir = join(config.dataDir, 'mail');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.eml'))) {
      const mail = await simpleParser(readFileSync(join(dir, file)));
      expect(mail.text).toContain(`https://web.example.org/meetings/${meetingId}`);
    }
  });
});
