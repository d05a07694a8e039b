import { sessionCookie } from '@cop/testing';
import { lastEndedPeriod } from '@cop/digests';
import { type DigestStack, recipientOf, startDigestStack } from './digest-fixture';

const HOUR = 3600 * 1000;
// A Tuesday: the last week (Monday to Monday, UTC by default) ended yesterday.
const NOW = '2027-02-09T03:00:00Z';

const PREVIEW = `query($p: ID!, $f: DigestFrequency!) {
  digestPreview(personId: $p, frequency: $f) { periodStart periodEnd subscribed empty mail { subject html text } }
}`;
const RUN = `mutation($f: DigestFrequency!) { runDigest(frequency: $f) { id periodStart periodEnd } }`;

interface Preview {
  periodStart: string;
  periodEnd: string;
  subscribed: boolean;
  empty: boolean;
  mail: { subject: string; html: string; text: string } | null;
}

/** The office's preview of one member's digest: the real run's composition, sent to nobody. */
describe('digestPreview', () => {
  let s: DigestStack;
  const ids: Record<string, string> = {};
  const weekly = lastEndedPeriod('WEEKLY', 'UTC', new Date(NOW), 1);
  const inPeriod = new Date(weekly.end.getTime() - 24 * HOUR);

  beforeAll(async () => {
    s = await startDigestStack();
    await s.setClock(NOW);
    ids.anna = await s.person('Anna', { digest: 'WEEKLY' });
    ids.bruno = await s.person('Bruno', { digest: 'WEEKLY' });
    ids.nora = await s.person('Nora', { digest: 'NEVER' });
    const groups = await s.db.query<{ id: string; code: string }>(
      `INSERT INTO working_groups (code, name) VALUES ('WGA', 'Group A'), ('WGB', 'Group B') RETURNING id, code`,
    );
    const groupA = groups.rows.find((g) => g.code === 'WGA')!.id;
    const groupB = groups.rows.find((g) => g.code === 'WGB')!.id;
    await s.db.query(
      `INSERT INTO memberships (person_id, working_group_id, status, joined_at) VALUES
         ($1, $3, 'ACTIVE', now()), ($2, $4, 'ACTIVE', now()), ($5, $3, 'ACTIVE', now())`,
      [ids.anna, ids.bruno, groupA, groupB, ids.nora],
    );
    for (const [title, visibility, group] of [
      ['Group A minutes', 'WORKING_GROUP', groupA],
      ['Group B minutes', 'WORKING_GROUP', groupB],
      ['Community note', 'COMMUNITY', null],
    ] as const) {
      const { rows } = await s.db.query<{ id: string }>(
        `INSERT INTO documents (title, kind, visibility, author_id, created_at, updated_at)
         VALUES ($1, 'NOTE', $2, $3, $4, $4) RETURNING id`,
        [title, visibility, s.officeId, inPeriod],
      );
      if (group)
        await s.db.query(
          `INSERT INTO document_working_groups (document_id, working_group_id) VALUES ($1, $2)`,
          [rows[0].id, group],
        );
    }
  }, 60000);

  afterAll(() => s?.close());

  const preview = async (p: string, f = 'WEEKLY') => {
    const res = await s.api.gql<{ digestPreview: Preview }>(PREVIEW, { p, f }, s.office);
    expect(res.errors).toBeUndefined();
    return res.data!.digestPreview;
  };

  it("shows a member their own group's document and not another group's, for the period that ended last", async () => {
    const anna = await preview(ids.anna);
    expect(new Date(anna.periodStart).getTime()).toBe(weekly.start.getTime());
    expect(new Date(anna.periodEnd).getTime()).toBe(weekly.end.getTime());
    expect(anna).toMatchObject({ subscribed: true, empty: false });
    expect(anna.mail!.subject).toBe('Your weekly digest');
    for (const part of [anna.mail!.text, anna.mail!.html]) {
      expect(part).toContain('Group A minutes');
      expect(part).toContain('Community note');
      expect(part).not.toContain('Group B minutes');
    }
    const bruno = await preview(ids.bruno);
    expect(bruno.mail!.text).toContain('Group B minutes');
    expect(bruno.mail!.text).not.toContain('Group A minutes');
  });

  it('previews a person who opted out of that digest, and says they are not subscribed', async () => {
    const nora = await preview(ids.nora);
    expect(nora).toMatchObject({ subscribed: false, empty: false });
    expect(nora.mail!.text).toContain('Group A minutes');
    const daily = await preview(ids.anna, 'DAILY');
    expect(daily.subscribed).toBe(false);
  });

  it('refuses anyone but the office, and names personId when there is no such person', async () => {
    const member = await sessionCookie(s.api, ids.anna);
    const vars = { p: ids.anna, f: 'WEEKLY' };
    expect((await s.api.gql(PREVIEW, vars)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await s.api.gql(PREVIEW, vars, member)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    for (const p of ['not-an-id', '00000000-0000-4000-8000-000000000000']) {
      const res = await s.api.gql(PREVIEW, { p, f: 'WEEKLY' }, s.office);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.extensions?.fields).toHaveProperty('personId');
    }
    expect(
      (await s.api.gql(PREVIEW, { p: ids.anna, f: 'NEVER' }, s.office)).errors?.[0]?.extensions?.code,
    ).toBe('BAD_USER_INPUT');
  });

  it('is what the real run then sends the member, and empty once it went out', async () => {
    const before = await preview(ids.anna);
    const period = await s.api.gql<{ digestPeriod: { periodEnd: string; run: { id: string } | null } }>(
      `{ digestPeriod(frequency: WEEKLY) { periodEnd run { id } } }`,
      {},
      s.office,
    );
    expect(period.data!.digestPeriod).toEqual({ periodEnd: before.periodEnd, run: null });
    const run = await s.api.gql<{ runDigest: { id: string; periodEnd: string } }>(
      RUN,
      { f: 'WEEKLY' },
      s.office,
    );
    expect(run.errors).toBeUndefined();
    expect(run.data!.runDigest.periodEnd).toBe(before.periodEnd);
    await s.settle();
    const sent = s.smtp.messages.filter((m) => recipientOf(m) === 'anna@example.org');
    expect(sent).toHaveLength(1);
    expect(sent[0].subject).toBe(before.mail!.subject);
    const norm = (t: string) => t.replace(/\r\n/g, '\n').trim();
    expect(norm(sent[0].text!)).toBe(norm(before.mail!.text));
    expect(s.smtp.messages.some((m) => recipientOf(m) === 'nora@example.org')).toBe(false);

    expect(await preview(ids.anna)).toMatchObject({ empty: true, mail: null });
    const again = await s.api.gql<{ digestPeriod: { run: { id: string } | null } }>(
      `{ digestPeriod(frequency: WEEKLY) { run { id } } }`,
      {},
      s.office,
    );
    expect(again.data!.digestPeriod.run?.id).toBe(run.data!.runDigest.id);
  });
});
