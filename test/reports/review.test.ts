import { Client } from 'pg';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { type JobPayloads, PlatformModule } from '@cop/platform';
import { ReportsJobsModule, ReviewRoundOpenedJob } from '@cop/reports';
import {
  createTestEnvironment,
  insertPerson,
  recordSql,
  sessionCookie,
  startSmtpServer,
  startTestApi,
  type TestApi,
  type TestEnvironment,
  type TestSmtpServer,
} from '@cop/testing';

const COMMENT_FIELDS = `id body bodyHtml parentId resolved resolvedAt author { id } resolvedBy { id }
  section { id number title } recommendation { id number statement } replies { id body parentId author { id } }`;
const ADD = `mutation($input: ReportCommentInput!) { addReportComment(input: $input) { ${COMMENT_FIELDS} } }`;
const RESOLVE = `mutation($id: ID!) { resolveReportComment(id: $id) { id resolved resolvedAt resolvedBy { id } } }`;
const REOPEN = `mutation($id: ID!) { reopenReportComment(id: $id) { id resolved resolvedAt resolvedBy { id } } }`;
const OPEN_ROUND = `mutation($r: ID!, $ids: [ID!]!, $note: String) {
  openReviewRound(reportId: $r, reviewerIds: $ids, note: $note) { id number note openedAt closedAt openedBy { id } reviewers { id } }
}`;
const REPORT = `query($id: ID!, $all: Boolean) { report(id: $id) { id status openComments
  comments(includeResolved: $all) { ${COMMENT_FIELDS} }
  reviewRounds { id number note closedAt openedBy { id } reviewers { id } } } }`;

interface Comment {
  id: string;
  body: string;
  bodyHtml: string;
  parentId: string | null;
  resolved: boolean;
  resolvedAt: string | null;
  author: { id: string };
  resolvedBy: { id: string } | null;
  section: { id: string; number: number; title: string } | null;
  recommendation: { id: string; number: string; statement: string } | null;
  replies: { id: string; body: string; parentId: string; author: { id: string } }[];
}

/** Review of a report: threaded comments, resolving them, and review rounds that mail the reviewers. */
describe('report review', () => {
  let smtp: TestSmtpServer;
  let env: TestEnvironment;
  let api: TestApi;
  let db: Client;
  const ids: Record<string, string> = {};
  const as: Record<string, Record<string, string>> = {};
  let report: string;
  let other: string;
  let section2: string;
  let recommendation21: string;
  let otherSection: string;
  let otherRecommendation: string;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    env = await createTestEnvironment({ SMTP_URL: smtp.url });
    api = await startTestApi(env.config);
    db = new Client({ connectionString: env.db.url });
    await db.connect();
    for (const [name, role] of [
      ['chair', 'MEMBER'],
      ['editor', 'MEMBER'],
      ['member', 'MEMBER'],
      ['reader', 'MEMBER'],
      ['guest', 'GUEST'],
      ['office', 'OFFICE'],
    ] as const) {
      ids[name] = await insertPerson(env.db.url, {
        displayName: `Test ${name}`,
        email: `${name}@example.org`,
        role,
      });
      as[name] = await sessionCookie(api, ids[name]);
    }
    const { rows: groups } = await db.query<{ id: string }>(
      `INSERT INTO working_groups (code, name) VALUES ('WG1', 'Data') RETURNING id`,
    );
    await db.query(
      `INSERT INTO memberships (person_id, working_group_id, role, status, joined_at)
       VALUES ($1, $3, 'CHAIR', 'ACTIVE', now()), ($2, $3, 'MEMBER', 'ACTIVE', now())`,
      [ids.chair, ids.member, groups[0].id],
    );
    const insertReport = async (title: string) => {
      const { rows } = await db.query<{ id: string }>(
        `INSERT INTO reports (title, kind, created_by) VALUES ($1, 'SRIDA input', $2) RETURNING id`,
        [title, ids.chair],
      );
      await db.query(
        `INSERT INTO report_working_groups (report_id, working_group_id, position) VALUES ($1, $2, 1)`,
        [rows[0].id, groups[0].id],
      );
      const sections: string[] = [];
      for (const [i, t] of ['Introduction', 'Storage'].entries()) {
        const s = await db.query<{ id: string }>(
          `INSERT INTO report_sections (report_id, position, title, body) VALUES ($1, $2, $3, 'Text.') RETURNING id`,
          [rows[0].id, i + 1, t],
        );
        sections.push(s.rows[0].id);
      }
      const r = await db.query<{ id: string }>(
        `INSERT INTO report_recommendations (report_id, section_id, position, statement, created_by)
         VALUES ($1, $2, 1, 'Fund more disk.', $3) RETURNING id`,
        [rows[0].id, sections[1], ids.chair],
      );
      return { id: rows[0].id, section: sections[1], recommendation: r.rows[0].id };
    };
    const main = await insertReport('Storage needs');
    report = main.id;
    section2 = main.section;
    recommendation21 = main.recommendation;
    await db.query(`INSERT INTO report_editors (report_id, person_id) VALUES ($1, $2)`, [report, ids.editor]);
    const second = await insertReport('Another report');
    other = second.id;
    otherSection = second.section;
    otherRecommendation = second.recommendation;
  });
  afterAll(async () => {
    await db?.end();
    await api?.close();
    await env?.cleanup();
    await smtp?.stop();
  });

  const counts = async () => {
    const { rows } = await db.query(
      `SELECT (SELECT count(*) FROM report_comments)::int AS comments,
              (SELECT count(*) FROM report_comments WHERE resolved_at IS NOT NULL)::int AS resolved,
              (SELECT count(*) FROM report_review_rounds)::int AS rounds,
              (SELECT count(*) FROM report_reviewers)::int AS reviewers,
              (SELECT count(*) FROM outbox)::int AS outbox,
              (SELECT string_agg(status, ',' ORDER BY id) FROM reports) AS statuses`,
    );
    return rows[0] as Record<string, unknown>;
  };
  const add = async (input: Record<string, unknown>, who = 'member') => {
    const res = await api.gql<{ addReportComment: Comment }>(ADD, { input }, as[who]);
    expect(res.errors).toBeUndefined();
    return res.data!.addReportComment;
  };

  it('adds comments on the report, a section and a recommendation, and threads replies one level deep', async () => {
    const general = await add({ reportId: report, body: 'Looks **good**.' });
    expect(general).toMatchObject({
      body: 'Looks **good**.',
      parentId: null,
      resolved: false,
      author: { id: ids.member },
      section: null,
      recommendation: null,
      replies: [],
    });
    expect(general.bodyHtml).toContain('<strong>good</strong>');

    const onSection = await add({ reportId: report, sectionId: section2, body: 'Say more.' }, 'reader');
    expect(onSection.section).toEqual({ id: section2, number: 2, title: 'Storage' });

    // The recommendation names its section on its own.
    const onRec = await add({ reportId: report, recommendationId: recommendation21, body: 'How much?' });
    expect(onRec.section?.id).toBe(section2);
    expect(onRec.recommendation).toEqual({
      id: recommendation21,
      number: '2.1',
      statement: 'Fund more disk.',
    });

    const reply = await add({ reportId: report, parentId: onRec.id, body: '10 PB.' }, 'chair');
    expect(reply.parentId).toBe(onRec.id);
    expect(reply.recommendation?.id).toBe(recommendation21);
    // A reply to a reply joins the thread's root.
    const second = await add({ reportId: report, parentId: reply.id, body: 'Thanks.' }, 'member');
    expect(second.parentId).toBe(onRec.id);

    const read = await api.gql<{ report: { openComments: number; comments: Comment[] } }>(
      REPORT,
      { id: report },
      as.reader,
    );
    expect(read.errors).toBeUndefined();
    expect(read.data!.report.openComments).toBe(3);
    expect(read.data!.report.comments.map((c) => c.id)).toEqual([general.id, onSection.id, onRec.id]);
    const thread = read.data!.report.comments[2];
    expect(thread.replies.map((r) => [r.body, r.author.id])).toEqual([
      ['10 PB.', ids.chair],
      ['Thanks.', ids.member],
    ]);
  });

  it('lets the author, an editor or the office resolve and reopen a thread, nobody else', async () => {
    const mine = await add({ reportId: report, body: 'Typo in 1.' }, 'reader');
    const refused = await api.gql(RESOLVE, { id: mine.id }, as.member);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const byAuthor = await api.gql<{ resolveReportComment: Comment }>(RESOLVE, { id: mine.id }, as.reader);
    expect(byAuthor.errors).toBeUndefined();
    expect(byAuthor.data!.resolveReportComment).toMatchObject({
      resolved: true,
      resolvedBy: { id: ids.reader },
    });

    const reopened = await api.gql<{ reopenReportComment: Comment }>(REOPEN, { id: mine.id }, as.office);
    expect(reopened.errors).toBeUndefined();
    expect(reopened.data!.reopenReportComment).toMatchObject({
      resolved: false,
      resolvedAt: null,
      resolvedBy: null,
    });

    for (const who of ['chair', 'editor']) {
      const res = await api.gql<{ resolveReportComment: Comment }>(RESOLVE, { id: mine.id }, as[who]);
      expect(res.errors).toBeUndefined();
      expect(res.data!.resolveReportComment.resolvedBy).toEqual({ id: ids[who] });
      await api.gql(REOPEN, { id: mine.id }, as[who]);
    }
    await api.gql(RESOLVE, { id: mine.id }, as.chair);

    const open = await api.gql<{ report: { openComments: number; comments: Comment[] } }>(
      REPORT,
      { id: report, all: false },
      as.member,
    );
    expect(open.data!.report.comments.map((c) => c.id)).not.toContain(mine.id);
    const all = await api.gql<{ report: { openComments: number; comments: Comment[] } }>(
      REPORT,
      { id: report },
      as.member,
    );
    expect(all.data!.report.comments.map((c) => c.id)).toContain(mine.id);
    expect(all.data!.report.openComments).toBe(open.data!.report.comments.length);

    // A reply is resolved with its thread, never alone.
    const root = await add({ reportId: report, body: 'Root.' }, 'reader');
    const reply = await add({ reportId: report, parentId: root.id, body: 'Reply.' }, 'reader');
    const onReply = await api.gql(RESOLVE, { id: reply.id }, as.reader);
    expect(onReply.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { id: expect.any(String) },
    });
  });

  it('refuses guests and anonymous callers, and unknown comments', async () => {
    const before = await counts();
    const guest = await api.gql(ADD, { input: { reportId: report, body: 'Hi' } }, as.guest);
    expect(guest.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await api.gql(ADD, { input: { reportId: report, body: 'Hi' } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const unknown = await api.gql(RESOLVE, { id: '00000000-0000-4000-a000-0000000000ff' }, as.office);
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const noReport = await api.gql(
      ADD,
      { input: { reportId: '00000000-0000-4000-a000-0000000000ff', body: 'Hi' } },
      as.member,
    );
    expect(noReport.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await counts()).toEqual(before);
  });

  it.each([
    ['input.body', { body: '   ' }],
    ['input.body', { body: 'x'.repeat(10_001) }],
    ['input.sectionId', { sectionId: '__OTHER_SECTION__', body: 'Hi' }],
    ['input.sectionId', { sectionId: 'not-an-id', body: 'Hi' }],
    ['input.recommendationId', { recommendationId: '__OTHER_REC__', body: 'Hi' }],
    ['input.parentId', { parentId: '__OTHER_COMMENT__', body: 'Hi' }],
  ])('refuses a comment whose %s is wrong, and changes nothing', async (field, input) => {
    const foreign = await add({ reportId: other, body: 'Elsewhere.' });
    const resolved = Object.fromEntries(
      Object.entries(input).map(([k, v]) => [
        k,
        v === '__OTHER_SECTION__'
          ? otherSection
          : v === '__OTHER_REC__'
            ? otherRecommendation
            : v === '__OTHER_COMMENT__'
              ? foreign.id
              : v,
      ]),
    );
    const before = await counts();
    const res = await api.gql(ADD, { input: { reportId: report, ...resolved } }, as.member);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(res.errors![0].extensions!.fields as object)).toEqual([field]);
    expect(await counts()).toEqual(before);
  });

  it('refuses a recommendation of another section than the one named', async () => {
    const { rows } = await db.query<{ id: string }>(
      `SELECT id FROM report_sections WHERE report_id = $1 AND id <> $2`,
      [report, section2],
    );
    const before = await counts();
    const res = await api.gql(
      ADD,
      { input: { reportId: report, sectionId: rows[0].id, recommendationId: recommendation21, body: 'Hi' } },
      as.member,
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { 'input.recommendationId': expect.any(String) },
    });
    expect(await counts()).toEqual(before);
  });

  it('opens review rounds for editors only, and refuses reviewers who are not members, changing nothing', async () => {
    const before = await counts();
    const byMember = await api.gql(OPEN_ROUND, { r: report, ids: [ids.reader] }, as.member);
    expect(byMember.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const byGuest = await api.gql(OPEN_ROUND, { r: report, ids: [ids.reader] }, as.guest);
    expect(byGuest.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const withGuest = await api.gql(OPEN_ROUND, { r: report, ids: [ids.reader, ids.guest] }, as.chair);
    expect(withGuest.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { 'reviewerIds.1': expect.any(String) },
    });
    const unknown = await api.gql(
      OPEN_ROUND,
      { r: report, ids: ['00000000-0000-4000-a000-0000000000ff', 'nope'] },
      as.chair,
    );
    expect(Object.keys(unknown.errors![0].extensions!.fields as object)).toEqual([
      'reviewerIds.0',
      'reviewerIds.1',
    ]);
    const none = await api.gql(OPEN_ROUND, { r: report, ids: [] }, as.chair);
    expect(none.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { reviewerIds: expect.any(String) },
    });
    const longNote = await api.gql(
      OPEN_ROUND,
      { r: report, ids: [ids.reader], note: 'x'.repeat(2001) },
      as.chair,
    );
    expect(longNote.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { note: expect.any(String) },
    });
    expect(await counts()).toEqual(before);
  });

  it('opens a round: IN_REVIEW, the previous round closed, each reviewer mailed once with a link to the report', async () => {
    const first = await api.gql<{ openReviewRound: { id: string; number: number } }>(
      OPEN_ROUND,
      { r: report, ids: [ids.reader] },
      as.editor,
    );
    expect(first.errors).toBeUndefined();
    expect(first.data!.openReviewRound.number).toBe(1);

    const second = await api.gql<{
      openReviewRound: {
        id: string;
        number: number;
        note: string;
        closedAt: null;
        openedBy: { id: string };
        reviewers: { id: string }[];
      };
    }>(
      OPEN_ROUND,
      { r: report, ids: [ids.reader, ids.office, ids.reader], note: 'Please read **section 2**.' },
      as.chair,
    );
    expect(second.errors).toBeUndefined();
    expect(second.data!.openReviewRound).toMatchObject({
      number: 2,
      note: 'Please read **section 2**.',
      closedAt: null,
      openedBy: { id: ids.chair },
    });
    expect(second.data!.openReviewRound.reviewers.map((r) => r.id).sort()).toEqual(
      [ids.office, ids.reader].sort(),
    );

    const read = await api.gql<{
      report: { status: string; reviewRounds: { number: number; closedAt: string | null }[] };
    }>(REPORT, { id: report }, as.member);
    expect(read.data!.report.status).toBe('IN_REVIEW');
    expect(read.data!.report.reviewRounds.map((r) => [r.number, r.closedAt !== null])).toEqual([
      [1, true],
      [2, false],
    ]);

    const { rows } = await db.query<{ payload: JobPayloads['reports.review-round-opened']; job_id: string }>(
      `SELECT payload, job_id FROM outbox WHERE job_name = 'reports.review-round-opened' ORDER BY created_at`,
    );
    expect(rows.map((r) => r.job_id)).toEqual([
      `reports.review-round-opened:${first.data!.openReviewRound.id}`,
      `reports.review-round-opened:${second.data!.openReviewRound.id}`,
    ]);

    // The worker's side: the round's job, run twice (a retry), mails each reviewer once.
    const config = env.configWith({ SMTP_URL: smtp.url, WEB_URL: 'https://web.example.org' });
    @Module({ imports: [PlatformModule.forRoot(config), ReportsJobsModule] })
    class JobsModule {}
    const app = await NestFactory.createApplicationContext(JobsModule, { logger: ['error'] });
    smtp.clear();
    try {
      const handler = app.get(ReviewRoundOpenedJob);
      await handler.handle(rows[1].payload);
      await handler.handle(rows[1].payload);
    } finally {
      await app.close();
    }
    const mails = await smtp.waitFor(2, 10000);
    await new Promise((r) => setTimeout(r, 200));
    expect(smtp.messages).toHaveLength(2);
    expect(mails.map((m) => m.envelope.to[0]).sort()).toEqual(['office@example.org', 'reader@example.org']);
    for (const mail of mails) {
      expect(mail.subject).toBe('Review requested: Storage needs');
      expect(mail.text).toContain(`https://web.example.org/reports/${report}`);
      expect(mail.text).toContain('Test chair');
      expect(mail.html).toContain('<strong>section 2</strong>');
    }
    const deliveries = await db.query(
      `SELECT recipient, status FROM mail_deliveries WHERE key LIKE 'report-review:%' ORDER BY recipient`,
    );
    expect(deliveries.rows).toEqual([
      { recipient: 'office@example.org', status: 'SENT' },
      { recipient: 'reader@example.org', status: 'SENT' },
    ]);
  });

  it('reads threads, replies, anchors, people and rounds in the same number of queries for 2 as for 8 threads', async () => {
    const sql = recordSql(api);
    const READ_ALL = `query($id: ID!) { report(id: $id) { openComments
      comments { bodyHtml author { id } resolvedBy { id } section { number } recommendation { number }
        replies { body author { id } resolvedBy { id } } }
      reviewRounds { number openedBy { id } reviewers { id } } } }`;
    const seed = async (n: number) => {
      await db.query('DELETE FROM report_comments WHERE report_id = $1', [other]);
      await db.query('DELETE FROM report_review_rounds WHERE report_id = $1', [other]);
      const people = [ids.member, ids.reader, ids.chair, ids.editor];
      await db.query(
        `INSERT INTO report_comments (report_id, section_id, recommendation_id, author_id, body, created_at, resolved_at, resolved_by)
         SELECT $1, $2, CASE WHEN i % 2 = 0 THEN $3::uuid END, ($4::uuid[])[1 + i % 4], 'Thread ' || i,
                now() - i * interval '1 minute', CASE WHEN i % 3 = 0 THEN now() END, CASE WHEN i % 3 = 0 THEN ($4::uuid[])[1 + (i + 1) % 4] END
           FROM generate_series(1, $5::int) i`,
        [other, otherSection, otherRecommendation, people, n],
      );
      await db.query(
        `INSERT INTO report_comments (report_id, section_id, parent_id, author_id, body)
         SELECT c.report_id, c.section_id, c.id, ($2::uuid[])[1 + k], 'Reply' FROM report_comments c, generate_series(0, 1) k
          WHERE c.report_id = $1 AND c.parent_id IS NULL`,
        [other, people],
      );
      await db.query(
        `INSERT INTO report_review_rounds (report_id, number, opened_by) SELECT $1, i, ($2::uuid[])[1 + i % 4] FROM generate_series(1, $3::int) i`,
        [other, people, n],
      );
      await db.query(
        `INSERT INTO report_reviewers (round_id, person_id) SELECT r.id, p FROM report_review_rounds r, unnest($2::uuid[]) p WHERE r.report_id = $1`,
        [other, people.slice(0, 3)],
      );
    };
    const measure = () =>
      sql.measure(() =>
        api.gql<{ report: { comments: { replies: unknown[] }[]; reviewRounds: unknown[] } }>(
          READ_ALL,
          { id: other },
          as.member,
        ),
      );
    await seed(2);
    await measure();
    const two = await measure();
    await seed(8);
    const eight = await measure();
    expect(eight.result.errors).toBeUndefined();
    expect(eight.result.data!.report.comments).toHaveLength(8);
    expect(eight.result.data!.report.comments[0].replies).toHaveLength(2);
    expect(eight.result.data!.report.reviewRounds).toHaveLength(8);
    expect({ n: eight.queries, log: eight.log.sort() }).toEqual({ n: two.queries, log: two.log.sort() });
  });
});
