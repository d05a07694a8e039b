import { Client } from 'pg';
import { Clock, OutboxRepository } from '@cop/platform';
import {
  createTestEnvironment,
  insertPerson,
  sessionCookie,
  startTestApi,
  type TestApi,
  type TestEnvironment,
} from '@cop/testing';

const DAY = 24 * 3600_000;

/**
 * The platform's Clock is the only "now" of services, repositories and jobs: moving it moves
 * sessions, access tokens, what is upcoming and the instants changes are stamped with.
 */
describe('one clock', () => {
  let env: TestEnvironment;
  let api: TestApi;
  let clock: Clock;

  beforeAll(async () => {
    env = await createTestEnvironment();
    api = await startTestApi(env.config);
    clock = api.app.get(Clock);
  });

  afterAll(async () => {
    await api?.close();
    await env?.cleanup();
  });

  const viewerName = async (headers: Record<string, string>) =>
    (
      await api.gql<{ viewer: { person: { displayName: string } } | null }>(
        `{ viewer { person { displayName } } }`,
        {},
        headers,
      )
    ).data?.viewer?.person.displayName ?? null;

  it('moves sessions, access tokens, upcoming occurrences and the stamps of changes', async () => {
    const office = await sessionCookie(
      api,
      await insertPerson(env.db.url, { displayName: 'Clock Office', role: 'OFFICE' }),
    );
    const memberId = await insertPerson(env.db.url, { displayName: 'Clock Member', role: 'MEMBER' });
    const member = await sessionCookie(api, memberId);

    // A token that expires in two days, by the platform's clock.
    const created = await api.gql<{ createAccessToken: { secret: string } }>(
      `mutation($at: DateTime!) { createAccessToken(name: "two days", expiresAt: $at) { secret } }`,
      { at: new Date(clock.now().getTime() + 2 * DAY).toISOString() },
      member,
    );
    expect(created.errors).toBeUndefined();
    const bearer = { authorization: `Bearer ${created.data!.createAccessToken.secret}` };
    expect(await viewerName(bearer)).toBe('Clock Member');

    // A weekly meeting from tomorrow: its first occurrence is upcoming.
    const start = new Date(clock.now().getTime() + DAY);
    const input = {
      title: 'Clock weekly',
      startsAt: start.toISOString(),
      endsAt: new Date(start.getTime() + 3600_000).toISOString(),
      timeZone: 'Europe/Rome',
      recurrence: 'FREQ=WEEKLY;COUNT=3',
      visibility: 'PUBLIC',
    };
    const scheduled = await api.gql<{ scheduleMeeting: { id: string } }>(
      `mutation($input: MeetingInput!) { scheduleMeeting(input: $input) { id } }`,
      { input },
      office,
    );
    expect(scheduled.errors).toBeUndefined();
    const id = scheduled.data!.scheduleMeeting.id;
    const firstUpcoming = async () => {
      const now = clock.now();
      const res = await api.gql<{ meeting: { occurrences: { startsAt: string }[] } }>(
        `query($id: ID!, $from: DateTime!, $to: DateTime!) { meeting(id: $id) { occurrences(from: $from, to: $to) { startsAt } } }`,
        { id, from: now.toISOString(), to: new Date(now.getTime() + 30 * DAY).toISOString() },
      );
      expect(res.errors).toBeUndefined();
      return res.data!.meeting.occurrences[0]?.startsAt;
    };
    expect(await firstUpcoming()).toBe(start.toISOString());

    // Three days on: the token has expired, the session (idle for three days) lives, the first
    // occurrence is past, and an edit is stamped with the moved clock.
    clock.advance(3 * DAY);
    expect(await viewerName(bearer)).toBeNull();
    expect(await viewerName(member)).toBe('Clock Member');
    expect(await firstUpcoming()).toBe(new Date(start.getTime() + 7 * DAY).toISOString());
    const edited = await api.gql(
      `mutation($id: ID!, $input: MeetingInput!) { updateMeeting(id: $id, input: $input) { id } }`,
      { id, input: { ...input, title: 'Clock weekly, renamed' } },
      office,
    );
    expect(edited.errors).toBeUndefined();
    const db = new Client({ connectionString: env.db.url });
    await db.connect();
    try {
      const { rows } = await db.query<{ updated_at: Date }>(`SELECT updated_at FROM meetings WHERE id = $1`, [
        id,
      ]);
      expect(Math.abs(rows[0].updated_at.getTime() - clock.now().getTime())).toBeLessThan(60_000);
    } finally {
      await db.end();
    }

    // Eight more days without use: the session has been idle too long.
    clock.advance(8 * DAY);
    expect(await viewerName(member)).toBeNull();
  });

  it('moves the outbox: when a job is due, how long its lease holds and when it was relayed', async () => {
    const outbox = api.app.get(OutboxRepository);
    clock.set(new Date(Date.now() + 40 * DAY));
    await outbox.insert([
      { jobName: 'platform.purge-outbox', payload: { olderThanDays: 7 }, jobId: 'clock-outbox' },
    ]);
    const db = new Client({ connectionString: env.db.url });
    await db.connect();
    const row = async () =>
      (
        await db.query<{ run_at: Date; lease_until: Date | null; relayed_at: Date | null }>(
          `SELECT run_at, lease_until, relayed_at FROM outbox WHERE job_id = 'clock-outbox'`,
        )
      ).rows[0];
    const near = (at: Date | null, expected: number) => Math.abs((at?.getTime() ?? 0) - expected) < 60_000;
    try {
      // Due now by the moved clock (40 days from the real now), not by the database's time.
      expect(near((await row()).run_at, clock.now().getTime())).toBe(true);
      const leasedAt = clock.now().getTime();
      expect((await outbox.lease(1000, 30)).map((r) => r.jobId)).toContain('clock-outbox');
      expect(near((await row()).lease_until, leasedAt + 30_000)).toBe(true);
      // Leased for 30 s of the clock's time: not again before, again after.
      expect((await outbox.lease(1000, 30)).map((r) => r.jobId)).not.toContain('clock-outbox');
      clock.advance(31_000);
      const again = await outbox.lease(1000, 30);
      expect(again.map((r) => r.jobId)).toContain('clock-outbox');
      await outbox.markRelayed(again.filter((r) => r.jobId === 'clock-outbox').map((r) => r.id));
      expect(near((await row()).relayed_at, clock.now().getTime())).toBe(true);
      // Relayed "now" by the clock: the purge of rows relayed over a week ago keeps it.
      await outbox.purgeRelayedBefore(new Date(clock.now().getTime() - 7 * DAY));
      expect(await row()).toBeDefined();
    } finally {
      await db.end();
    }
  });
});
