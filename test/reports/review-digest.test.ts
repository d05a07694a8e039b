import { lastEndedPeriod } from '@cop/digests';
import { type DigestStack, recipientOf, startDigestStack } from '../digests/digest-fixture';

const DAY = 24 * 3600 * 1000;
// A Tuesday: the last week (Monday to Monday, UTC) ended yesterday.
const NOW = '2027-02-09T03:00:00Z';

const PREVIEW = `query($p: ID!) {
  digestPreview(personId: $p, frequency: WEEKLY) { empty mail { subject html text } }
}`;

/**
 * A member's digest tells the new comments on the reports they edit (chair of an owning group or
 * named editor), never those of other reports, never evidence details; and report targets once, as
 * they come within 30 days of their due date.
 */
describe('digests: report comments and targets', () => {
  let s: DigestStack;
  const ids: Record<string, string> = {};
  const weekly = lastEndedPeriod('WEEKLY', 'UTC', new Date(NOW), 1);
  const inPeriod = new Date(weekly.end.getTime() - DAY);
  const beforePeriod = new Date(weekly.start.getTime() - DAY);

  beforeAll(async () => {
    s = await startDigestStack();
    await s.setClock(NOW);
    for (const name of ['Chair', 'Editor', 'Member', 'Writer', 'Chairb'])
      ids[name] = await s.person(name, { digest: 'WEEKLY' });
    const groups = await s.db.query<{ id: string; code: string }>(
      `INSERT INTO working_groups (code, name) VALUES ('WGA', 'Group A'), ('WGB', 'Group B') RETURNING id, code`,
    );
    const groupA = groups.rows.find((g) => g.code === 'WGA')!.id;
    const groupB = groups.rows.find((g) => g.code === 'WGB')!.id;
    await s.db.query(
      `INSERT INTO memberships (person_id, working_group_id, role, status, joined_at) VALUES
         ($1, $3, 'CHAIR', 'ACTIVE', now()), ($2, $3, 'MEMBER', 'ACTIVE', now()), ($4, $5, 'CHAIR', 'ACTIVE', now())`,
      [ids.Chair, ids.Member, groupA, ids.Chairb, groupB],
    );
    const report = async (title: string, group: string) => {
      const { rows } = await s.db.query<{ id: string }>(
        `INSERT INTO reports (title, kind, created_by) VALUES ($1, 'Input', $2) RETURNING id`,
        [title, ids.Chair],
      );
      await s.db.query(
        `INSERT INTO report_working_groups (report_id, working_group_id, position) VALUES ($1, $2, 1)`,
        [rows[0].id, group],
      );
      return rows[0].id;
    };
    const reportA = await report('Storage report', groupA);
    const reportB = await report('Network report', groupB);
    await s.db.query(`INSERT INTO report_editors (report_id, person_id) VALUES ($1, $2)`, [
      reportA,
      ids.Editor,
    ]);
    const { rows: sections } = await s.db.query<{ id: string }>(
      `INSERT INTO report_sections (report_id, position, title) VALUES ($1, 1, 'Findings') RETURNING id`,
      [reportA],
    );
    const { rows: recs } = await s.db.query<{ id: string }>(
      `INSERT INTO report_recommendations (report_id, section_id, position, statement, created_by)
       VALUES ($1, $2, 1, 'Buy tape.', $3) RETURNING id`,
      [reportA, sections[0].id, ids.Chair],
    );
    // Evidence on the commented recommendation: a digest never tells any of it.
    await s.db.query(
      `INSERT INTO report_evidence (report_id, recommendation_id, position, kind, note, snapshot, snapshot_at)
       VALUES ($1, $2, 1, 'MEETING_MINUTES', 'qzxevidencenote', '{"summary": "qzxevidencefigures"}', now())`,
      [reportA, recs[0].id],
    );
    const comment = (reportId: string, author: string, body: string, at: Date, recommendationId?: string) =>
      s.db.query(
        `INSERT INTO report_comments (report_id, recommendation_id, author_id, body, created_at) VALUES ($1, $2, $3, $4, $5)`,
        [reportId, recommendationId ?? null, author, body, at],
      );
    await comment(reportA, ids.Writer, 'Check the **tape** figures.\n\nMore below.', inPeriod, recs[0].id);
    await comment(reportA, ids.Chair, 'Chair says qzxownchair', inPeriod);
    await comment(reportA, ids.Writer, 'Old qzxoldcomment', beforePeriod);
    await comment(reportB, ids.Writer, 'Elsewhere qzxotherreport', inPeriod);

    const now = new Date(NOW).getTime();
    const target = (name: string, dueInDays: number, createdAt: Date) =>
      s.db.query(`INSERT INTO report_targets (name, due_date, created_at) VALUES ($1, $2, $3)`, [
        name,
        new Date(now + dueInDays * DAY).toISOString().slice(0, 10),
        createdAt,
      ]);
    await target('SRIDA draft qzxnewtarget', 10, inPeriod); // new in the period, due soon
    await target('Strategy input qzxentered', 27, beforePeriod); // came within 30 days during the period
    await target('Landscape qzxfar', 90, inPeriod); // too far
    await target('Old qzxtoldbefore', 12, new Date(now - 60 * DAY)); // within 30 days already last week
    await target('Past qzxpast', -2, inPeriod); // due already
  }, 60000);

  afterAll(() => s?.close());

  const preview = async (p: string) => {
    const res = await s.api.gql<{
      digestPreview: { empty: boolean; mail: { text: string; html: string } | null };
    }>(PREVIEW, { p }, s.office);
    expect(res.errors).toBeUndefined();
    return res.data!.digestPreview;
  };

  it("tells the chair and the named editor the others' new comments on their report, and nobody else", async () => {
    const editor = await preview(ids.Editor);
    for (const part of [editor.mail!.text, editor.mail!.html]) {
      expect(part).toContain('Comments on reports you edit');
      expect(part).toContain('Storage report');
      expect(part).toContain('Check the tape figures.');
      expect(part).toContain('qzxownchair');
      expect(part).not.toContain('qzxoldcomment');
      expect(part).not.toContain('qzxotherreport');
      expect(part).not.toContain('qzxevidence');
    }
    expect(editor.mail!.text).toContain('Writer on Storage report');

    const chair = await preview(ids.Chair);
    expect(chair.mail!.text).toContain('Check the tape figures.');
    expect(chair.mail!.text).not.toContain('qzxownchair');
    expect(chair.mail!.text).not.toContain('qzxotherreport');

    const chairB = await preview(ids.Chairb);
    expect(chairB.mail!.text).toContain('qzxotherreport');
    expect(chairB.mail!.text).not.toContain('Storage report');

    for (const p of [ids.Member, ids.Writer]) {
      const text = (await preview(p)).mail!.text;
      expect(text).not.toContain('Comments on reports you edit');
      expect(text).not.toContain('Check the tape');
    }
  });

  it('tells every member the targets that came within 30 days of their due date in the period, once', async () => {
    const text = (await preview(ids.Member)).mail!.text;
    expect(text).toContain('Report targets due soon');
    expect(text).toContain('qzxnewtarget');
    expect(text).toContain('qzxentered');
    for (const absent of ['qzxfar', 'qzxtoldbefore', 'qzxpast']) expect(text).not.toContain(absent);
  });

  it('sends the same in the real run', async () => {
    const run = await s.api.gql(`mutation { runDigest(frequency: WEEKLY) { id } }`, {}, s.office);
    expect(run.errors).toBeUndefined();
    await s.settle();
    const sent = s.smtp.messages.filter((m) => recipientOf(m) === 'editor@example.org');
    expect(sent).toHaveLength(1);
    expect(sent[0].text).toContain('Check the tape figures.');
    expect(sent[0].text).not.toContain('qzxotherreport');
    expect(await preview(ids.Editor)).toMatchObject({ empty: true, mail: null });
  });
});
