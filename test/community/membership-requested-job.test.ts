import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { Client } from 'pg';
import { NestFactory } from '@nestjs/core';
import { JobRegistry } from '@cop/platform';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { createTestEnvironment, insertPerson, TestEnvironment } from '@cop/testing';

/** The join-request e-mail: chairs of the group and the office, once each, even when re-run. */
describe('community.membership-requested job', () => {
  let env: TestEnvironment;
  let db: Client;

  beforeAll(async () => {
    env = await createTestEnvironment();
    db = new Client({ connectionString: env.db.url });
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await env.cleanup();
  });

  it('mails the chairs and the office, never the requester or other members, and only once', async () => {
    const chair = await insertPerson(env.db.url, { displayName: 'Chair', email: 'chair@example.org' });
    await insertPerson(env.db.url, { displayName: 'Office', email: 'office@example.org', role: 'OFFICE' });
    const other = await insertPerson(env.db.url, { displayName: 'Other', email: 'other@example.org' });
    const requester = await insertPerson(env.db.url, { displayName: 'Requester', email: 'req@example.org' });
    const { rows } = await db.query<{ id: string }>(
      `INSERT INTO working_groups (code, name, join_policy) VALUES ('WG9', 'Nine', 'APPROVAL') RETURNING id`,
    );
    const group = rows[0].id;
    await db.query(
      `INSERT INTO memberships (person_id, working_group_id, role, status, joined_at) VALUES
        ($1, $3, 'CHAIR', 'ACTIVE', now()), ($2, $3, 'MEMBER', 'ACTIVE', now())`,
      [chair, other, group],
    );
    const seat = await db.query<{ id: string }>(
      `INSERT INTO memberships (person_id, working_group_id, status) VALUES ($1, $2, 'PENDING') RETURNING id`,
      [requester, group],
    );
    const membershipId = seat.rows[0].id;

    // The worker's own module: every catalogued job has its handler there. The web app on a
    // host of its own (WEB_URL): the mail links to the group's page there.
    const config = env.configWith({ WEB_URL: 'https://web.example.org' });
    const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
      logger: ['error'],
    });
    try {
      // The worker would refuse to start without exactly one handler per catalogued job.
      const handler = app.get(JobRegistry).build().get('community.membership-requested')!;
      const job = { id: 'j1', attemptsMade: 0, progress: async () => undefined };
      await handler.handle({ membershipId }, job);
      await handler.handle({ membershipId }, job);
    } finally {
      await app.close();
    }
    const mails = await db.query(`SELECT recipient, subject, status FROM mail_deliveries ORDER BY recipient`);
    expect(mails.rows).toEqual([
      { recipient: 'chair@example.org', subject: 'Requester asks to join WG9 Nine', status: 'SENT' },
      { recipient: 'office@example.org', subject: 'Requester asks to join WG9 Nine', status: 'SENT' },
    ]);
    const dir = join(config.dataDir, 'mail');
    const sent = await Promise.all(
      readdirSync(dir)
        .filter((f) => f.endsWith('.eml'))
        .map((f) => simpleParser(readFileSync(join(dir, f)))),
    );
    expect(sent).toHaveLength(2);
    for (const mail of sent) {
      expect(mail.text).toContain('https://web.example.org/working-groups/WG9');
      expect(mail.html).toContain('href="https://web.example.org/working-groups/WG9"');
    }
  });
});
