import { QueueService } from '@cop/platform';
import { type DigestStack, expectWellFormedDigest, recipientOf, startDigestStack } from './digest-fixture';

/**
 * Digests made by the scheduler's tick at 07:00 in each member's own zone (DIGEST_LOCAL_TIME,
 * DIGEST_WEEKDAY), through the real worker, BullMQ and an SMTP server; the clock is the
 * platform's, moved by the test. One story in time order: each step builds on the last.
 */
describe('digest schedule', () => {
  let s: DigestStack;
  const ids: Record<string, string> = {};
  const mailsTo = (name: string) => s.smtp.messages.filter((m) => recipientOf(m) === `${name}@example.org`);
  const lastTextTo = (name: string) => mailsTo(name).at(-1)?.text ?? '';
  const at = async (iso: string) => {
    await s.setClock(iso);
    await s.tick();
    await s.settle();
  };
  const doc = async (title: string, iso: string) => {
    await s.db.query(
      `INSERT INTO documents (title, kind, visibility, author_id, created_at, updated_at)
       VALUES ($1, 'NOTE', 'COMMUNITY', $2, $3, $3)`,
      [title, s.officeId, iso],
    );
  };
  const request = async (personId: string, groupId: string, iso: string) => {
    await s.db.query(
      `INSERT INTO memberships (person_id, working_group_id, role, status, requested_at) VALUES ($1, $2, 'MEMBER', 'PENDING', $3)`,
      [personId, groupId, iso],
    );
  };
  const survey = async (
    slug: string,
    status: string,
    opensAt: string | null,
    closesAt: string | null,
    updatedAt: string,
  ) => {
    const { rows } = await s.db.query<{ id: string }>(
      `INSERT INTO surveys (slug, title, status, opens_at, closes_at, definition, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, '{"sections": []}', $6, $6) RETURNING id`,
      [slug, `Survey ${slug}`, status, opensAt, closesAt, updatedAt],
    );
    return rows[0].id;
  };

  beforeAll(async () => {
    // The web app on a host of its own: the digests' pages link there, their unsubscribe to the API.
    s = await startDigestStack({
      DIGEST_LOCAL_TIME: '07:00',
      DIGEST_WEEKDAY: 'monday',
      WEB_URL: 'https://web.example.org',
    });
    ids.rita = await s.person('Rita', { zone: 'Europe/Rome' });
    ids.carl = await s.person('Carl', { zone: 'America/Chicago' });
    ids.ugo = await s.person('Ugo', { zone: null }); // the default zone: UTC
    ids.wendy = await s.person('Wendy', { zone: 'Europe/Rome', digest: 'WEEKLY' });
    for (const name of ['Pete', 'Quinn', 'Sam'])
      ids[name.toLowerCase()] = await s.person(name, { digest: 'NEVER' });
    const groups = await s.db.query<{ id: string; code: string }>(
      `INSERT INTO working_groups (code, name) VALUES ('WG1', 'One'), ('WG2', 'Two') RETURNING id, code`,
    );
    ids.g1 = groups.rows.find((g) => g.code === 'WG1')!.id;
    ids.g2 = groups.rows.find((g) => g.code === 'WG2')!.id;
    await s.db.query(
      `INSERT INTO memberships (person_id, working_group_id, role, status, joined_at) VALUES
         ($1, $5, 'CHAIR', 'ACTIVE', now()), ($2, $5, 'MEMBER', 'ACTIVE', now()),
         ($3, $6, 'CHAIR', 'ACTIVE', now()), ($4, $5, 'MEMBER', 'ACTIVE', now())`,
      [ids.rita, ids.carl, ids.ugo, ids.wendy, ids.g1, ids.g2],
    );
    // Monday 11 January 2027: what the first daily digests hold.
    await doc('Rome note', '2027-01-11T12:00:00Z');
    await request(ids.pete, ids.g1, '2027-01-11T12:00:00Z');
    await request(ids.quinn, ids.g2, '2027-01-11T12:00:00Z');
    await survey('s-new', 'OPEN', '2027-01-11T10:00:00Z', '2027-02-28T00:00:00Z', '2027-01-01T00:00:00Z');
    await survey('s-closing', 'OPEN', null, '2027-01-14T08:00:00Z', '2026-12-01T00:00:00Z');
    const answered = await survey('s-answered', 'OPEN', '2027-01-11T11:00:00Z', null, '2027-01-01T00:00:00Z');
    await survey('s-draft', 'DRAFT', '2027-01-11T10:00:00Z', null, '2027-01-11T10:00:00Z');
    await survey('s-closed', 'CLOSED', '2027-01-11T10:00:00Z', null, '2027-01-11T10:00:00Z');
    await s.db.query(
      `INSERT INTO survey_responses (survey_id, person_id, submitted_at, ordinal) VALUES ($1, $2, '2027-01-11T12:00:00Z', 0)`,
      [answered, ids.rita],
    );
    await s.db.query(`UPDATE surveys SET next_response_ordinal = 1 WHERE id = $1`, [answered]);
  }, 60000);

  afterAll(() => s?.close());

  it('registers the tick as a BullMQ job scheduler every quarter hour', async () => {
    const queues = s.worker.app.get(QueueService);
    await queues.upsertSchedulers();
    const maintenance = queues.queue('maintenance');
    const scheduler = await maintenance.getJobScheduler('digests.tick');
    expect(scheduler?.pattern).toBe('*/15 * * * *');
    // Removed again: the test moves the clock and runs the ticks itself.
    for (const scheduled of await maintenance.getJobSchedulers())
      await maintenance.removeJobScheduler(scheduled.key);
  });

  it('does nothing at 06:59 local; at 07:00 sends once; each zone at its own 07:00', async () => {
    await at('2027-01-12T05:59:00Z'); // 06:59 in Rome
    expect((await s.db.query(`SELECT * FROM digest_run_zones`)).rows).toEqual([]);
    expect(s.smtp.messages).toHaveLength(0);

    await at('2027-01-12T06:00:00Z'); // 07:00 in Rome
    expect(mailsTo('rita')).toHaveLength(1);
    expect(s.smtp.messages).toHaveLength(1);
    await at('2027-01-12T06:15:00Z'); // the next tick sends nothing again
    expect(s.smtp.messages).toHaveLength(1);

    await at('2027-01-12T07:00:00Z'); // 07:00 UTC, the default zone
    expect(mailsTo('ugo')).toHaveLength(1);
    await at('2027-01-12T12:59:00Z'); // 06:59 in Chicago
    expect(mailsTo('carl')).toHaveLength(0);
    await at('2027-01-12T13:00:00Z');
    expect(mailsTo('carl')).toHaveLength(1);
    expect(s.smtp.messages).toHaveLength(3);
    expect(mailsTo('wendy')).toHaveLength(0); // Tuesday: no weekly digest

    // One run for the local day 11 January, one zone run per zone, each over its own local day.
    const zones = await s.db.query(
      `SELECT z.zone, z.period_start, z.period_end, r.period_label::text AS label FROM digest_run_zones z
         JOIN digest_runs r ON r.id = z.run_id ORDER BY z.zone`,
    );
    expect(zones.rows).toEqual([
      {
        zone: 'America/Chicago',
        period_start: new Date('2027-01-11T06:00:00Z'),
        period_end: new Date('2027-01-12T06:00:00Z'),
        label: '2027-01-11',
      },
      {
        zone: 'Europe/Rome',
        period_start: new Date('2027-01-10T23:00:00Z'),
        period_end: new Date('2027-01-11T23:00:00Z'),
        label: '2027-01-11',
      },
      {
        zone: 'UTC',
        period_start: new Date('2027-01-11T00:00:00Z'),
        period_end: new Date('2027-01-12T00:00:00Z'),
        label: '2027-01-11',
      },
    ]);
    const res = await s.api.gql<{ digestRuns: Record<string, unknown>[] }>(
      `{ digestRuns { frequency periodStart periodEnd status delivery { recipients sent failed pending } } }`,
      {},
      s.office,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.digestRuns).toEqual([
      {
        frequency: 'DAILY',
        periodStart: '2027-01-11T00:00:00.000Z',
        periodEnd: '2027-01-12T00:00:00.000Z',
        status: 'DONE',
        delivery: { recipients: 3, sent: 3, failed: 0, pending: 0 },
      },
    ]);
  }, 60000);

  it('shows a chair the pending requests of their own group only', () => {
    // Linked to the group's page in the web app, by its code.
    expect(lastTextTo('rita')).toContain(
      'Pete asks to join WG1 (https://web.example.org/working-groups/WG1)',
    );
    expect(lastTextTo('rita')).not.toContain('Quinn');
    expect(lastTextTo('ugo')).toContain('Quinn asks to join WG2');
    expect(lastTextTo('ugo')).not.toContain('Pete');
    expect(lastTextTo('carl')).not.toMatch(/Pete|Quinn|asks to join/);
    expect(lastTextTo('carl')).toContain('Rome note');
  });

  it('lists surveys newly open and closing soon that the member may answer and has not', () => {
    const rita = lastTextTo('rita');
    expect(rita).toMatch(
      /Surveys open for you[\s\S]*Survey s-new \(https:\/\/web\.example\.org\/surveys\/s-new\)/,
    );
    expect(rita).toContain('https://web.example.org/settings/email');
    expect(mailsTo('rita').at(-1)!.html).toContain('href="https://web.example.org/settings/email"');
    expect(rita).toMatch(/Surveys closing soon[\s\S]*Survey s-closing/);
    for (const hidden of ['s-answered', 's-draft', 's-closed'])
      expect(rita).not.toContain(`Survey ${hidden}`);
    const carl = lastTextTo('carl');
    for (const shown of ['s-new', 's-closing', 's-answered']) expect(carl).toContain(`Survey ${shown}`);
    for (const hidden of ['s-draft', 's-closed']) expect(carl).not.toContain(`Survey ${hidden}`);
  });

  it('never repeats an item in the next digest, and never loses one posted before the send', async () => {
    await doc('Tuesday note', '2027-01-12T10:00:00Z');
    await doc('Late night', '2027-01-12T22:30:00Z'); // 23:30 in Rome: still Tuesday there
    await doc('Early bird', '2027-01-12T23:30:00Z'); // 00:30 Wednesday in Rome, before 07:00
    await request(ids.sam, ids.g1, '2027-01-12T09:00:00Z');
    await at('2027-01-13T06:00:00Z');
    expect(mailsTo('rita')).toHaveLength(2);
    const second = lastTextTo('rita');
    for (const item of ['Tuesday note', 'Late night', 'Sam asks to join WG1']) expect(second).toContain(item);
    for (const item of ['Rome note', 'Pete', 'Survey s-new', 'Survey s-closing', 'Early bird'])
      expect(second).not.toContain(item);

    await at('2027-01-14T06:00:00Z');
    expect(mailsTo('rita')).toHaveLength(3);
    const third = lastTextTo('rita');
    expect(third).toContain('Early bird');
    for (const item of ['Tuesday note', 'Late night', 'Sam', 'Survey']) expect(third).not.toContain(item);
  }, 60000);

  it('sends WEEKLY digests only on the weekday, from 07:00 local, once', async () => {
    await at('2027-01-17T06:00:00Z'); // Sunday
    expect(mailsTo('wendy')).toHaveLength(0);
    await at('2027-01-18T05:59:00Z'); // Monday 06:59 in Rome
    expect(mailsTo('wendy')).toHaveLength(0);
    await at('2027-01-18T06:00:00Z');
    expect(mailsTo('wendy')).toHaveLength(1);
    const weekly = lastTextTo('wendy');
    for (const item of ['Rome note', 'Tuesday note', 'Late night', 'Early bird', 'Survey s-new'])
      expect(weekly).toContain(item);
    expect(weekly).not.toContain('asks to join'); // not a chair
    expect(mailsTo('wendy')[0].subject).toBe('Your weekly digest');
    await at('2027-01-18T09:00:00Z');
    await at('2027-01-19T06:00:00Z');
    expect(mailsTo('wendy')).toHaveLength(1);
  }, 60000);

  it('keeps 07:00 local on the day Rome moves to summer time', async () => {
    await doc('Spring note', '2027-03-27T12:00:00Z');
    const before = mailsTo('rita').length;
    await at('2027-03-28T04:59:00Z'); // 06:59 CEST: summer time began at 02:00
    expect(mailsTo('rita')).toHaveLength(before);
    await at('2027-03-28T05:00:00Z'); // 07:00 CEST (06:00 CET the day before)
    expect(mailsTo('rita')).toHaveLength(before + 1);
    expect(lastTextTo('rita')).toContain('Spring note');

    await doc('Short day note', '2027-03-28T12:00:00Z');
    await at('2027-03-29T05:00:00Z');
    expect(lastTextTo('rita')).toContain('Short day note');
    const { rows } = await s.db.query(
      `SELECT z.period_end - z.period_start AS length FROM digest_run_zones z JOIN digest_runs r ON r.id = z.run_id
        WHERE r.frequency = 'DAILY' AND r.period_label = '2027-03-28' AND z.zone = 'Europe/Rome'`,
    );
    expect(rows[0].length).toEqual({ hours: 23 });
  }, 60000);

  it('runDigest starts the zones whose period ended; the scheduler starts the rest, once each', async () => {
    await doc('April note', '2027-04-05T12:00:00Z');
    const counts = () => ['rita', 'ugo', 'carl'].map((n) => mailsTo(n).length);
    const start = counts();
    await s.setClock('2027-04-06T03:00:00Z');
    const RUN = `mutation { runDigest(frequency: DAILY) { id status periodStart } }`;
    const first = await s.api.gql<{ runDigest: { id: string; periodStart: string } }>(RUN, {}, s.office);
    expect(first.errors).toBeUndefined();
    expect(first.data!.runDigest.periodStart).toBe('2027-04-05T00:00:00.000Z');
    const again = await s.api.gql<{ runDigest: { id: string } }>(RUN, {}, s.office);
    expect(again.data!.runDigest.id).toBe(first.data!.runDigest.id);
    await s.settle();
    // Rome and UTC have ended 5 April; Chicago (05:00 UTC) has not.
    expect(counts()).toEqual([start[0] + 1, start[1] + 1, start[2]]);
    await at('2027-04-06T05:00:00Z'); // 07:00 in Rome: started already
    await at('2027-04-06T07:00:00Z');
    expect(counts()).toEqual([start[0] + 1, start[1] + 1, start[2]]);
    await at('2027-04-06T12:00:00Z'); // 07:00 CDT
    expect(counts()).toEqual([start[0] + 1, start[1] + 1, start[2] + 1]);
    expect(lastTextTo('carl')).toContain('April note');
    const runs = await s.api.gql<{
      digestRuns: { id: string; status: string; delivery: { sent: number } }[];
    }>(`{ digestRuns { id status delivery { sent } } }`, {}, s.office);
    const run = runs.data!.digestRuns.find((r) => r.id === first.data!.runDigest.id)!;
    expect(run).toMatchObject({ status: 'DONE', delivery: { sent: 3 } });
  }, 60000);

  it('every digest sent has both parts and the one-click unsubscribe headers', () => {
    expect(s.smtp.messages.length).toBeGreaterThan(10);
    for (const m of s.smtp.messages) expectWellFormedDigest(m);
    const keys = s.smtp.messages.map((m) => m.messageId);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
