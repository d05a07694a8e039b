import { Client } from 'pg';
import { insertPerson, sessionCookie, type TestApi, type TestEnvironment } from '@cop/testing';
import { ROLES, type Role } from './operation-rules';

/** The roles of the operation table, plus OUTSIDER: a member seated in another group (B) only. */
export type Caller = Role | 'OUTSIDER';
export const CALLERS: Caller[] = [...ROLES, 'OUTSIDER'];

/**
 * The one seeded community the security suites attack: groups A and B, a person for every role
 * of the operation table, and items of every visibility carrying unique marker words, so that a
 * leak shows up as the marker anywhere in a response or a mail.
 */

/** Marker words: lower-case, one token each (searchable), none a substring of another. */
export const MARK = {
  groupDocument: 'qzxgroupdoc',
  communityDocument: 'qzxcommunitydoc',
  attachment: 'qzxattachfile',
  groupMeeting: 'qzxgroupmeet',
  communityMeeting: 'qzxcommunitymeet',
  publicVideo: 'qzxpublicvideo',
  email: 'qzxmail',
  openAnswer: 'qzxopenanswer',
  closedAnswer: 'qzxclosedanswer',
  draftSurvey: 'qzxdraftsurvey',
  useCase: 'qzxusecase',
  newsletter: 'qzxnewsletter',
  report: 'qzxreport',
  subscriber: 'qzxsubscriber',
} as const;

/** Who each signed-in role is. MEMBER and AUTHOR sit in A (the group concerned); OUTSIDER and EXPERT in B. */
const PEOPLE: Record<Exclude<Caller, 'ANYONE'>, { role: 'GUEST' | 'MEMBER' | 'OFFICE'; email: string }> = {
  GUEST: { role: 'GUEST', email: 'guest@example.org' }, // no marker: a guest sees their own address
  MEMBER: { role: 'MEMBER', email: `member.${MARK.email}@example.org` },
  CHAIR: { role: 'MEMBER', email: `chair.${MARK.email}@example.org` },
  OTHER_CHAIR: { role: 'MEMBER', email: `otherchair.${MARK.email}@example.org` },
  OUTSIDER: { role: 'MEMBER', email: `outsider.${MARK.email}@example.org` },
  AUTHOR: { role: 'MEMBER', email: `author.${MARK.email}@example.org` },
  EXPERT: { role: 'MEMBER', email: `expert.${MARK.email}@example.org` },
  OFFICE: { role: 'OFFICE', email: `office.${MARK.email}@example.org` },
};

export const GROUP_A = '00000000-0000-4000-a000-00000000000a'; // APPROVAL; CHAIR chairs it
export const GROUP_B = '00000000-0000-4000-a000-00000000000b'; // OPEN; OTHER_CHAIR chairs it
export const TOPIC_A = '00000000-0000-4000-b000-00000000000a';
/** Free expertise tags (issue 26): B is merged into A, A renamed, by the office. */
export const TAG_A = '00000000-0000-4000-b300-00000000000a';
export const TAG_B = '00000000-0000-4000-b300-00000000000b';
export const INITIATIVE = '00000000-0000-4000-b100-00000000000a';
export const INITIATIVE_GROUP = '00000000-0000-4000-b100-00000000000b';
export const REPORT_TARGET = '00000000-0000-4000-b100-00000000000c';
// A report of A (issue 22): CHAIR chairs A, AUTHOR is a named editor; one section, one recommendation.
export const REPORT = '00000000-0000-4000-b200-00000000000a';
export const REPORT_SECTION = '00000000-0000-4000-b200-00000000000b';
export const REPORT_RECOMMENDATION = '00000000-0000-4000-b200-00000000000c';
export const REPORT_COMMENT = '00000000-0000-4000-b200-0000000000c1';
export const REPORT_COMMENT_RESOLVED = '00000000-0000-4000-b200-0000000000c2';
export const REPORT_EVIDENCE = '00000000-0000-4000-b200-00000000000d';

export interface SecurityIds {
  people: Record<Exclude<Caller, 'ANYONE'>, string>;
  /** Not callers: targets of seat and role operations. */
  pending: string;
  seated: string;
  free: string;
  newcomer: string;
  office2: string;
  pendingSeat: string;
  seatedSeat: string;
  memberSeat: string;
  groupDocument: string;
  communityDocument: string;
  publicDocument: string;
  groupAttachment: string;
  /** Another attachment of the group document (deleteAttachment removes its bytes). */
  spareAttachment: string;
  /** A WORKING_GROUP document of A by AUTHOR, deleted (restoreDocument's target). */
  deletedDocument: string;
  groupMeeting: string;
  publicMeeting: string;
  communityMeeting: string;
  groupMeetingFirst: Date;
  groupNews: string;
  openSurvey: string;
  draftSurvey: string;
  closedSurvey: string;
  anonymousSurvey: string;
  useCase: string;
  newsletterDraft: string;
  memberToken: string;
}

export const SURVEY_SLUG = {
  open: 'open-survey',
  draft: 'draft-survey',
  closed: 'closed-survey',
  anonymous: 'anonymous-survey',
};

export interface SecurityFixture {
  db: Client;
  ids: SecurityIds;
  /** Request headers of each role (a cookie session; none for ANYONE). */
  headers: Record<Caller, Record<string, string>>;
  /** Each signed-in caller's secret calendar feed, on this test server. */
  feedUrls: Record<Exclude<Caller, 'ANYONE'>, string>;
  /** A fresh session of the role's person (for calls that end their session). */
  freshHeaders(role: Caller): Promise<Record<string, string>>;
  /** Puts every table but the sessions back as seeded. */
  restore(): Promise<void>;
  /** One md5 per table of its rows: what a refused call must leave unchanged. */
  digest(): Promise<Record<string, string>>;
  close(): Promise<void>;
}

/** Tables that change on reads (sessions seen, login attempts) or are bookkeeping; the outbox compares its jobs only. */
const NOT_RESTORED = new Set(['sessions', 'migrations', 'login_attempts']);
const COLUMNS_COMPARED: Record<string, string> = { outbox: 'id, job_name, payload, job_id, run_at' };

type Gql = <T = Record<string, unknown>>(
  query: string,
  vars: Record<string, unknown>,
  as: Caller,
) => Promise<T>;

export async function seedSecurityFixture(api: TestApi, env: TestEnvironment): Promise<SecurityFixture> {
  const db = new Client({ connectionString: env.db.url });
  await db.connect();
  const people = {} as SecurityIds['people'];
  const headers = { ANYONE: {} } as Record<Caller, Record<string, string>>;
  for (const role of CALLERS) {
    if (role === 'ANYONE') continue;
    people[role] = await insertPerson(env.db.url, {
      displayName: `Test ${role}`,
      email: PEOPLE[role].email,
      role: PEOPLE[role].role,
    });
    headers[role] = await sessionCookie(api, people[role]);
  }
  const extra = async (name: string, role: 'GUEST' | 'MEMBER' | 'OFFICE' = 'MEMBER') =>
    insertPerson(env.db.url, {
      displayName: `Person ${name}`,
      email: `${name}.${MARK.email}@example.org`,
      role,
    });
  const ids = {
    people,
    pending: await extra('pending'),
    seated: await extra('seated'),
    free: await extra('free'),
    newcomer: await extra('newcomer', 'GUEST'),
    office2: await extra('office2', 'OFFICE'),
  } as SecurityIds;
  await db.query(`INSERT INTO community (id, name, mission, phases) VALUES (1, 'CoP', 'Mission', '[]')`);
  await db.query(
    `INSERT INTO working_groups (id, code, name, join_policy) VALUES ($1, 'A', 'Group A', 'APPROVAL'), ($2, 'B', 'Group B', 'OPEN');
     `.trim(),
    [GROUP_A, GROUP_B],
  );
  await db.query(`INSERT INTO topics (id, working_group_id, name) VALUES ($1, $2, 'Topic A')`, [
    TOPIC_A,
    GROUP_A,
  ]);
  await db.query(
    `INSERT INTO expertise_terms (id, kind, label) VALUES ($1, 'TAG', 'Tag A'), ($2, 'TAG', 'Tag B')`,
    [TAG_A, TAG_B],
  );
  const seat = async (person: string, group: string, role = 'MEMBER', status = 'ACTIVE') =>
    (
      await db.query<{ id: string }>(
        `INSERT INTO memberships (person_id, working_group_id, role, status, joined_at)
         VALUES ($1, $2, $3, $4, CASE WHEN $4 = 'ACTIVE' THEN now() END) RETURNING id`,
        [person, group, role, status],
      )
    ).rows[0].id;
  await seat(people.CHAIR, GROUP_A, 'CHAIR');
  ids.memberSeat = await seat(people.MEMBER, GROUP_A);
  await seat(people.AUTHOR, GROUP_A);
  ids.seatedSeat = await seat(ids.seated, GROUP_A);
  ids.pendingSeat = await seat(ids.pending, GROUP_A, 'MEMBER', 'PENDING');
  await seat(people.OTHER_CHAIR, GROUP_B, 'CHAIR');
  await seat(people.OUTSIDER, GROUP_B);
  await seat(people.EXPERT, GROUP_B);
  // Seated in both: meetings of A and of B share a person, so conflict checks find each other's.
  await seat(ids.seated, GROUP_B);

  const gql: Gql = async (query, vars, as) => {
    const res = await api.gql(query, vars, headers[as]);
    if (res.errors) throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(res.errors)}`);
    return res.data as never;
  };

  // Documents by AUTHOR, one of each visibility, all in A.
  const post = async (title: string, visibility: string) =>
    (
      await gql<{ postDocument: { id: string } }>(
        `mutation($i: DocumentInput!) { postDocument(input: $i) { id } }`,
        {
          i: {
            kind: 'NOTE',
            title,
            summary: `Summary ${title}`,
            body: `Body about ${title}.`,
            tags: [title],
            visibility,
            workingGroupIds: [GROUP_A],
            topicIds: [TOPIC_A],
          },
        },
        'AUTHOR',
      )
    ).postDocument.id;
  ids.groupDocument = await post(`Notes ${MARK.groupDocument}`, 'WORKING_GROUP');
  ids.communityDocument = await post(`Notes ${MARK.communityDocument}`, 'COMMUNITY');
  ids.publicDocument = await post('Public notes', 'PUBLIC');
  const form = new FormData();
  form.append(
    'file',
    new Blob([`bytes ${MARK.attachment}`], { type: 'text/plain' }),
    `${MARK.attachment}.txt`,
  );
  const upload = await fetch(`${api.url}/documents/${ids.groupDocument}/attachments`, {
    method: 'POST',
    body: form,
    headers: headers.AUTHOR,
  });
  if (upload.status !== 201) throw new Error(`upload: ${upload.status} ${await upload.text()}`);
  ids.groupAttachment = ((await upload.json()) as { id: string }).id;
  const spare = new FormData();
  spare.append('file', new Blob(['spare bytes'], { type: 'text/plain' }), 'spare.txt');
  const spareUpload = await fetch(`${api.url}/documents/${ids.groupDocument}/attachments`, {
    method: 'POST',
    body: spare,
    headers: headers.AUTHOR,
  });
  if (spareUpload.status !== 201) throw new Error(`upload: ${spareUpload.status}`);
  ids.spareAttachment = ((await spareUpload.json()) as { id: string }).id;
  ids.deletedDocument = await post('Removed notes', 'WORKING_GROUP');
  await gql(`mutation($id: ID!) { deleteDocument(id: $id) }`, { id: ids.deletedDocument }, 'AUTHOR');

  // Meetings: a weekly WORKING_GROUP series of A whose next occurrence is 90 minutes away
  // (due for a reminder), a PUBLIC one of A whose agenda names the group document, a COMMUNITY one.
  const first = new Date(Math.ceil((Date.now() + 90 * 60_000) / 60_000) * 60_000);
  ids.groupMeetingFirst = first;
  const hour = (d: Date, h: number) => new Date(d.getTime() + h * 3600_000).toISOString();
  const schedule = async (input: Record<string, unknown>, as: Caller) =>
    (
      await gql<{ scheduleMeeting: { id: string } }>(
        `mutation($i: MeetingInput!) { scheduleMeeting(input: $i) { id } }`,
        { i: { startsAt: hour(first, 0), endsAt: hour(first, 1), timeZone: 'Europe/Rome', ...input } },
        as,
      )
    ).scheduleMeeting.id;
  ids.groupMeeting = await schedule(
    {
      title: `Weekly ${MARK.groupMeeting}`,
      description: `About ${MARK.groupMeeting}`,
      location: `Room ${MARK.groupMeeting}`,
      videoConferenceUrl: `https://video.example.org/${MARK.groupMeeting}`,
      recurrence: 'FREQ=WEEKLY;COUNT=6',
      visibility: 'WORKING_GROUP',
      workingGroupId: GROUP_A,
    },
    'CHAIR',
  );
  ids.publicMeeting = await schedule(
    {
      title: 'Open day',
      startsAt: hour(first, 48),
      endsAt: hour(first, 49),
      videoConferenceUrl: `https://video.example.org/${MARK.publicVideo}`,
      visibility: 'PUBLIC',
      workingGroupId: GROUP_A,
    },
    'CHAIR',
  );
  ids.communityMeeting = await schedule(
    {
      title: `Assembly ${MARK.communityMeeting}`,
      startsAt: hour(first, 72),
      endsAt: hour(first, 73),
      visibility: 'COMMUNITY',
    },
    'OFFICE',
  );
  const agenda = `mutation($m: ID!, $items: [AgendaItemInput!]!) { setAgenda(meetingId: $m, items: $items) { id } }`;
  await gql(agenda, { m: ids.groupMeeting, items: [{ title: `Item ${MARK.groupMeeting}` }] }, 'CHAIR');
  await gql(
    agenda,
    {
      m: ids.publicMeeting,
      items: [{ title: 'Papers', documentIds: [ids.groupDocument, ids.publicDocument] }],
    },
    'CHAIR',
  );
  await gql(
    `mutation($m: ID!) { recordMinutes(meetingId: $m, minutes: "Minutes ${MARK.groupMeeting}") { id } }`,
    { m: ids.groupMeeting },
    'CHAIR',
  );
  await gql(
    `mutation($m: ID!) { respondToMeeting(meetingId: $m, response: YES) { response } }`,
    { m: ids.groupMeeting },
    'MEMBER',
  );

  // News (public by the contract: no visibility of their own).
  ids.groupNews = (
    await gql<{ publishNews: { id: string } }>(
      `mutation { publishNews(input: { title: "A news", body: "Hello", workingGroupId: "${GROUP_A}" }) { id } }`,
      {},
      'CHAIR',
    )
  ).publishNews.id;
  await gql(`mutation { publishNews(input: { title: "All news", body: "Hi" }) { id } }`, {}, 'OFFICE');
  await gql(
    `mutation { setFaq(entries: [{ question: "Why?", answer: "Because." }]) { position } }`,
    {},
    'OFFICE',
  );

  // Surveys: open (a member's answer in it), anonymous open, closed (answered), draft.
  const survey = async (slug: string, title: string, anonymous = false) =>
    (
      await gql<{ createSurvey: { id: string } }>(
        `mutation($i: SurveyInput!) { createSurvey(input: $i) { id } }`,
        {
          i: {
            slug,
            title,
            anonymous,
            sections: [
              { key: 's', title: 'All', questions: [{ key: 'q', text: 'Thoughts?', kind: 'TEXT' }] },
            ],
          },
        },
        'OFFICE',
      )
    ).createSurvey.id;
  const open = (id: string) => gql(`mutation($id: ID!) { openSurvey(id: $id) { id } }`, { id }, 'OFFICE');
  const answer = (slug: string, text: string, as: Caller) =>
    gql(
      `mutation($s: String!, $a: [AnswerInput!]!) { submitSurveyResponse(slug: $s, answers: $a) { id } }`,
      { s: slug, a: [{ questionKey: 'q', text }] },
      as,
    );
  ids.openSurvey = await survey(SURVEY_SLUG.open, 'Open survey');
  await open(ids.openSurvey);
  await answer(SURVEY_SLUG.open, `I think ${MARK.openAnswer}`, 'MEMBER');
  ids.anonymousSurvey = await survey(SURVEY_SLUG.anonymous, 'Anonymous survey', true);
  await open(ids.anonymousSurvey);
  ids.closedSurvey = await survey(SURVEY_SLUG.closed, 'Closed survey');
  await open(ids.closedSurvey);
  await answer(SURVEY_SLUG.closed, `I said ${MARK.closedAnswer}`, 'MEMBER');
  await gql(`mutation($id: ID!) { closeSurvey(id: $id) { id } }`, { id: ids.closedSurvey }, 'OFFICE');
  ids.draftSurvey = await survey(SURVEY_SLUG.draft, `Draft ${MARK.draftSurvey}`);

  // A use case by AUTHOR with EXPERT as expert.
  ids.useCase = (
    await gql<{ proposeUseCase: { id: string } }>(
      `mutation($i: UseCaseInput!) { proposeUseCase(input: $i) { id } }`,
      {
        i: {
          title: `Case ${MARK.useCase}`,
          storage: `Tape ${MARK.useCase}`,
          workingGroupIds: [GROUP_A],
          expertIds: [people.EXPERT],
        },
      },
      'AUTHOR',
    )
  ).proposeUseCase.id;
  await gql(
    `mutation($id: ID!) { setUseCaseRequirements(id: $id, requirements: [{ category: STORAGE, metric: "disk ${MARK.useCase}", value: 2, unit: PB, year: 2030 }]) { id } }`,
    { id: ids.useCase },
    'AUTHOR',
  );

  // The newsletter: a draft and a confirmed subscriber.
  ids.newsletterDraft = (
    await gql<{ draftNewsletter: { id: string } }>(
      `mutation { draftNewsletter(input: { subject: "Issue ${MARK.newsletter}", body: "Body ${MARK.newsletter}" }) { id } }`,
      {},
      'OFFICE',
    )
  ).draftNewsletter.id;
  await db.query(
    `INSERT INTO newsletter_subscribers (email, status, confirmed_at, unsubscribe_token_hash)
     VALUES ($1, 'CONFIRMED', now(), md5(random()::text))`,
    [`${MARK.subscriber}@example.org`],
  );

  ids.memberToken = (
    await gql<{ createAccessToken: { token: { id: string } } }>(
      `mutation { createAccessToken(name: "script") { token { id } } }`,
      {},
      'MEMBER',
    )
  ).createAccessToken.token.id;

  // Personal feed URLs are made on first ask: ask before the snapshot, so restore() keeps them.
  const feedUrls = {} as SecurityFixture['feedUrls'];
  for (const caller of CALLERS) {
    if (caller === 'ANYONE') continue;
    const { viewer } = await gql<{ viewer: { calendarFeedUrl: string } }>(
      '{ viewer { calendarFeedUrl } }',
      {},
      caller,
    );
    feedUrls[caller] = viewer.calendarFeedUrl.replace(env.config.publicUrl, api.url);
  }

  // Initiatives (issue 22): a group linked to A with MEMBER marked in it, and a report target.
  await db.query(`INSERT INTO initiatives (id, slug, name) VALUES ('${INITIATIVE}', 'initiative', 'Initiative');
    INSERT INTO initiative_groups (id, initiative_id, name, position) VALUES ('${INITIATIVE_GROUP}', '${INITIATIVE}', 'Group', 0);
    INSERT INTO initiative_group_links (initiative_group_id, working_group_id) VALUES ('${INITIATIVE_GROUP}', '${GROUP_A}');
    INSERT INTO initiative_group_members (initiative_group_id, person_id) VALUES ('${INITIATIVE_GROUP}', '${people.MEMBER}');
    INSERT INTO report_targets (id, name, due_date, initiative_id) VALUES ('${REPORT_TARGET}', 'Target', '2030-01-01', '${INITIATIVE}');`);

  // A report of A (issue 22), with AUTHOR as a named editor.
  await db.query(`INSERT INTO reports (id, title, kind, created_by) VALUES ('${REPORT}', 'Report ${MARK.report}', 'Input', '${people.CHAIR}');
    INSERT INTO report_working_groups (report_id, working_group_id, position) VALUES ('${REPORT}', '${GROUP_A}', 0);
    INSERT INTO report_editors (report_id, person_id) VALUES ('${REPORT}', '${people.AUTHOR}');
    INSERT INTO report_sections (id, report_id, position, title, body) VALUES ('${REPORT_SECTION}', '${REPORT}', 0, 'Findings', 'Body ${MARK.report}');
    INSERT INTO report_recommendations (id, report_id, section_id, position, statement, created_by)
      VALUES ('${REPORT_RECOMMENDATION}', '${REPORT}', '${REPORT_SECTION}', 0, 'Do ${MARK.report}', '${people.CHAIR}');
    INSERT INTO report_evidence (id, report_id, recommendation_id, position, kind, use_case_id, use_case_part, snapshot, snapshot_at)
      VALUES ('${REPORT_EVIDENCE}', '${REPORT}', '${REPORT_RECOMMENDATION}', 1, 'USE_CASE', '${ids.useCase}', 'storage',
        '{"takenAt": "2026-01-01T00:00:00Z", "summary": "Storage", "cites": "part", "hash": "x"}', '2026-01-01T00:00:00Z');`);

  // Review comments on the report of A by MEMBER (issue 22), one open, one resolved.
  await db.query(`INSERT INTO report_comments (id, report_id, author_id, body, resolved_at, resolved_by) VALUES
    ('${REPORT_COMMENT}', '${REPORT}', '${people.MEMBER}', 'A review comment', NULL, NULL),
    ('${REPORT_COMMENT_RESOLVED}', '${REPORT}', '${people.MEMBER}', 'A resolved comment', now(), '${people.CHAIR}')`);

  // One's own data (issue 26): GUEST has a pending account erasure (cancelAccountErasure's target).
  await db.query(`UPDATE people SET erasure_requested_at = now() WHERE id = '${people.GUEST}';
    INSERT INTO data_requests (kind, person_id, requested_at) SELECT 'ERASURE', id, erasure_requested_at FROM people WHERE id = '${people.GUEST}'`);

  const snapshot = await takeSnapshot(db);
  return {
    db,
    ids,
    headers,
    feedUrls,
    freshHeaders: async (role) => (role === 'ANYONE' ? {} : sessionCookie(api, people[role])),
    restore: () => snapshot.restore(),
    digest: () => snapshot.digest(),
    close: () => db.end(),
  };
}

/** Copies every table into schema snap; restore() puts them back in one round trip. */
async function takeSnapshot(db: Client) {
  const { rows } = await db.query<{ table: string; columns: string }>(
    `SELECT table_name AS table, string_agg(quote_ident(column_name), ', ' ORDER BY ordinal_position) AS columns
       FROM information_schema.columns JOIN information_schema.tables USING (table_schema, table_name)
      WHERE table_schema = 'public' AND is_generated = 'NEVER' AND table_type = 'BASE TABLE'
      GROUP BY table_name ORDER BY table_name`,
  );
  const tables = rows.filter((r) => !NOT_RESTORED.has(r.table));
  await db.query(
    `DROP SCHEMA IF EXISTS snap CASCADE; CREATE SCHEMA snap; ` +
      tables
        .map((t) => `CREATE TABLE snap.${t.table} AS SELECT ${t.columns} FROM public.${t.table};`)
        .join(' '),
  );
  // Triggers (foreign keys among them) off while the rows go back: any order will do.
  const restoreSql =
    `SET session_replication_role = replica; ` +
    tables.map((t) => `DELETE FROM public.${t.table};`).join(' ') +
    tables
      .map((t) => `INSERT INTO public.${t.table} (${t.columns}) SELECT ${t.columns} FROM snap.${t.table};`)
      .join(' ') +
    ` SET session_replication_role = DEFAULT;`;
  const digestSql = tables
    .map(
      (t) =>
        `SELECT '${t.table}' AS table, md5(COALESCE(string_agg(x::text, '|' ORDER BY x::text), '')) AS md5
           FROM (SELECT ${COLUMNS_COMPARED[t.table] ?? t.columns} FROM public.${t.table}) x`,
    )
    .join(' UNION ALL ');
  return {
    restore: async () => {
      await db.query(restoreSql);
    },
    digest: async () => {
      const res = await db.query<{ table: string; md5: string }>(digestSql);
      return Object.fromEntries(res.rows.map((r) => [r.table, r.md5]));
    },
  };
}
