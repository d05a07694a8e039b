import { Readable } from 'node:stream';
import type { Client } from 'pg';
import type { Storage } from '@cop/platform';

/** What one seeded person holds in every domain (ids and the texts only they wrote). */
export interface SeededPerson {
  id: string;
  name: string;
  email: string;
  documentId: string;
  documentTitle: string;
  versionBody: string;
  attachmentFilename: string;
  attachmentBytes: string;
  useCaseId: string;
  useCaseTitle: string;
  commentBody: string;
  surveyAnswerText: string;
  anonymousAnswerText: string;
  meetingTitle: string;
}

export interface SharedFixture {
  groupId: string;
  otherGroupId: string;
  meetingId: string;
  surveyId: string;
  anonymousSurveyId: string;
  reportId: string;
  initiativeGroupId: string;
  issueId: string;
  expertiseTermId: string | null;
}

/** Objects the seeded people share: a group, a meeting, two surveys (one anonymous), a report, an initiative, an issue. */
export async function seedShared(db: Client, officeId: string): Promise<SharedFixture> {
  const one = async (text: string, values: unknown[] = []) =>
    (await db.query<{ id: string }>(text, values)).rows[0].id;
  const groupId = await one(
    `INSERT INTO working_groups (code, name) VALUES ('WGP', 'Privacy group') RETURNING id`,
  );
  const otherGroupId = await one(
    `INSERT INTO working_groups (code, name) VALUES ('WGQ', 'Quiet group') RETURNING id`,
  );
  const meetingId = await one(
    `INSERT INTO meetings (title, working_group_id, starts_at, ends_at, time_zone, organizer_id, visibility)
     VALUES ('Shared meeting', $1, now() + interval '2 days', now() + interval '2 days 1 hour', 'UTC', $2, 'COMMUNITY') RETURNING id`,
    [groupId, officeId],
  );
  const surveyId = await one(
    `INSERT INTO surveys (slug, title, status, anonymous, definition) VALUES ('named', 'Named survey', 'OPEN', false, '{"sections": []}') RETURNING id`,
  );
  const anonymousSurveyId = await one(
    `INSERT INTO surveys (slug, title, status, anonymous, definition) VALUES ('anon', 'Anonymous survey', 'OPEN', true, '{"sections": []}') RETURNING id`,
  );
  const reportId = await one(
    `INSERT INTO reports (title, kind, created_by) VALUES ('Shared report', 'Report', $1) RETURNING id`,
    [officeId],
  );
  const initiativeId = await one(
    `INSERT INTO initiatives (slug, name) VALUES ('init', 'An initiative') RETURNING id`,
  );
  const initiativeGroupId = await one(
    `INSERT INTO initiative_groups (initiative_id, name, position) VALUES ($1, 'Its group', 0) RETURNING id`,
    [initiativeId],
  );
  const issueId = await one(
    `INSERT INTO newsletter_issues (subject, body, status, created_by, sent_at) VALUES ('Issue one', 'Body', 'SENT', $1, now()) RETURNING id`,
    [officeId],
  );
  const hasExpertise = (
    await db.query(`SELECT 1 FROM information_schema.tables WHERE table_name = 'expertise_terms'`)
  ).rowCount;
  const expertiseTermId = hasExpertise
    ? await one(
        `INSERT INTO expertise_terms (kind, label) VALUES ('TAG', 'Privacy engineering') RETURNING id`,
      )
    : null;
  return {
    groupId,
    otherGroupId,
    meetingId,
    surveyId,
    anonymousSurveyId,
    reportId,
    initiativeGroupId,
    issueId,
    expertiseTermId,
  };
}

/**
 * A person with data in every domain, through SQL (the shape each domain stores). Their name
 * and address appear where the platform itself puts them (profile, identity, mail records,
 * subscriptions, an agenda item's presenter text), never in texts that stay after an erasure.
 */
export async function seedPerson(
  db: Client,
  storage: Storage,
  shared: SharedFixture,
  tag: string,
  opts: { chair?: boolean } = {},
): Promise<SeededPerson> {
  const name = `Person ${tag} Uniquename${tag}`;
  const email = `person.${tag.toLowerCase()}@privacy-${tag.toLowerCase()}.example`;
  const one = async (text: string, values: unknown[] = []) =>
    (await db.query<{ id: string }>(text, values)).rows[0].id;
  const id = await one(
    `INSERT INTO people (display_name, email, email_verified, role, affiliation, bio, orcid)
     VALUES ($1, $2, true, 'MEMBER', $3, $4, $5) RETURNING id`,
    [name, email, `Institute of ${tag}`, `Bio of ${name}`, `0000-0000-0000-000${tag.length}`],
  );
  await db.query(
    `INSERT INTO identities (person_id, provider, subject, email, email_verified) VALUES ($1, 'test', $2, $3, true)`,
    [id, `subject-${tag}`, email],
  );
  await db.query(
    `INSERT INTO sessions (token_hash, person_id, provider, expires_at, user_agent, ip)
     VALUES ($1, $2, 'test', now() + interval '1 day', $3, '10.0.0.1')`,
    [`hash-session-${tag}`, id, `Browser of ${name}`],
  );
  await db.query(`INSERT INTO access_tokens (token_hash, person_id, name) VALUES ($1, $2, $3)`, [
    `hash-token-${tag}`,
    id,
    `token ${tag}`,
  ]);
  await db.query(`INSERT INTO calendar_feeds (person_id, token_hash) VALUES ($1, $2)`, [
    id,
    `hash-feed-${tag}`,
  ]);
  await db.query(
    `INSERT INTO digest_watermarks (person_id, content_until, meetings_until) VALUES ($1, now(), now())`,
    [id],
  );

  // Community: a seat and its history.
  const membershipId = await one(
    `INSERT INTO memberships (person_id, working_group_id, role, status, joined_at) VALUES ($1, $2, $3, 'ACTIVE', now()) RETURNING id`,
    [id, shared.groupId, opts.chair ? 'CHAIR' : 'MEMBER'],
  );
  await db.query(
    `INSERT INTO membership_events (membership_id, person_id, working_group_id, event, role, actor_id) VALUES ($1, $2, $3, 'JOINED', 'MEMBER', $2)`,
    [membershipId, id, shared.groupId],
  );

  // Meetings: an RSVP, a meeting they organise, an agenda item they present (linked and by name).
  await db.query(`INSERT INTO attendance (meeting_id, person_id, response) VALUES ($1, $2, 'YES')`, [
    shared.meetingId,
    id,
  ]);
  const meetingTitle = `Meeting organised by ${tag}`;
  await one(
    `INSERT INTO meetings (title, starts_at, ends_at, time_zone, organizer_id) VALUES ($1, now(), now() + interval '1 hour', 'UTC', $2) RETURNING id`,
    [meetingTitle, id],
  );
  await db.query(
    `INSERT INTO agenda_items (meeting_id, position, title, presenter, presenter_person_id) VALUES ($1, $2, $3, $4, $5)`,
    [shared.meetingId, tag.charCodeAt(0), `Talk ${tag}`, name, id],
  );

  // Knowledge: a document, a version, an attachment with bytes.
  const documentTitle = `Document of ${tag}`;
  const versionBody = `The body ${tag} wrote.`;
  const documentId = await one(
    `INSERT INTO documents (title, body, kind, visibility, author_id) VALUES ($1, $2, 'NOTE', 'COMMUNITY', $3) RETURNING id`,
    [documentTitle, versionBody, id],
  );
  await db.query(
    `INSERT INTO document_versions (document_id, version, title, body, edited_by) VALUES ($1, 1, $2, $3, $4)`,
    [documentId, documentTitle, versionBody, id],
  );
  const attachmentBytes = `bytes of the attachment of ${tag}`;
  const storageKey = `attachments/${documentId}/file-${tag}`;
  const stored = await storage.put(storageKey, Readable.from([Buffer.from(attachmentBytes)]));
  const attachmentFilename = `notes-${tag}.txt`;
  await db.query(
    `INSERT INTO attachments (document_id, filename, content_type, size, sha256, storage_key, uploaded_by)
     VALUES ($1, $2, 'text/plain', $3, $4, $5, $6)`,
    [documentId, attachmentFilename, stored.size, stored.sha256, storageKey, id],
  );

  // Surveys: a response to the named survey and one to the anonymous one.
  const surveyAnswerText = `Named answer of ${tag}`;
  const anonymousAnswerText = `Anonymous answer of ${tag}`;
  for (const [surveyId, text] of [
    [shared.surveyId, surveyAnswerText],
    [shared.anonymousSurveyId, anonymousAnswerText],
  ]) {
    const ordinal = Number((await db.query(`SELECT count(*) AS n FROM survey_responses`)).rows[0].n) + 1;
    const responseId = await one(
      `INSERT INTO survey_responses (survey_id, person_id, submitted_at, ordinal) VALUES ($1, $2, now(), $3) RETURNING id`,
      [surveyId, id, ordinal],
    );
    await db.query(
      `INSERT INTO survey_answers (response_id, survey_id, question_key, text, response_ordinal, submitted_at) VALUES ($1, $2, 'q1', $3, $4, now())`,
      [responseId, surveyId, text, ordinal],
    );
  }

  // Use cases: one they created and are an expert on.
  const useCaseTitle = `Use case of ${tag}`;
  const useCaseId = await one(`INSERT INTO use_cases (title, created_by) VALUES ($1, $2) RETURNING id`, [
    useCaseTitle,
    id,
  ]);
  await db.query(`INSERT INTO use_case_experts (use_case_id, person_id, position) VALUES ($1, $2, 0)`, [
    useCaseId,
    id,
  ]);

  // Newsletter: a subscription by address, an issue received; mails sent to them.
  const subscriberId = await one(
    `INSERT INTO newsletter_subscribers (email, status, person_id, unsubscribe_token_hash) VALUES ($1, 'CONFIRMED', $2, $3) RETURNING id`,
    [email, id, `hash-unsub-${tag}`],
  );
  await db.query(`INSERT INTO newsletter_recipients (issue_id, subscriber_id, email) VALUES ($1, $2, $3)`, [
    shared.issueId,
    subscriberId,
    email,
  ]);
  await db.query(
    `INSERT INTO mail_deliveries (key, recipient, subject, status, sent_at) VALUES ($1, $2, $3, 'SENT', now())`,
    [`test-mail:${tag}`, email, `Welcome, ${name}`],
  );

  // Reports: a comment, editing the shared report. Initiatives: marked in a group.
  const commentBody = `Comment ${tag} made.`;
  await db.query(`INSERT INTO report_comments (report_id, author_id, body) VALUES ($1, $2, $3)`, [
    shared.reportId,
    id,
    commentBody,
  ]);
  await db.query(`INSERT INTO report_editors (report_id, person_id) VALUES ($1, $2)`, [shared.reportId, id]);
  await db.query(`INSERT INTO initiative_group_members (initiative_group_id, person_id) VALUES ($1, $2)`, [
    shared.initiativeGroupId,
    id,
  ]);
  if (shared.expertiseTermId) {
    await db.query(
      `INSERT INTO person_expertise (person_id, term_id, level, position) VALUES ($1, $2, 'KNOWS', 0)`,
      [id, shared.expertiseTermId],
    );
  }

  return {
    id,
    name,
    email,
    documentId,
    documentTitle,
    versionBody,
    attachmentFilename,
    attachmentBytes,
    useCaseId,
    useCaseTitle,
    commentBody,
    surveyAnswerText,
    anonymousAnswerText,
    meetingTitle,
  };
}

/**
 * Every text, varchar, jsonb, text[] and tsvector value of every table that contains `needle`
 * (case-insensitive): "table.column" for each hit.
 */
export async function scanDatabase(db: Client, needle: string): Promise<string[]> {
  const { rows: columns } = await db.query<{ table_name: string; column_name: string; data_type: string }>(
    `SELECT c.table_name, c.column_name, c.data_type FROM information_schema.columns c
     JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
     WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
       AND (c.data_type IN ('text', 'character varying', 'jsonb', 'json', 'tsvector', 'character')
            OR (c.data_type = 'ARRAY' AND c.udt_name IN ('_text', '_varchar')))`,
  );
  const hits: string[] = [];
  const lowered = needle.toLowerCase();
  // A tsvector holds stems: each word of the needle (3+ letters) is looked for as a lexeme too.
  const words = lowered.split(/[^a-z0-9]+/).filter((w) => w.length >= 3);
  for (const c of columns) {
    const col = `"${c.column_name}"`;
    const table = `"${c.table_name}"`;
    const condition =
      c.data_type === 'tsvector'
        ? `${col} @@ to_tsquery('simple', $2) OR strpos(lower(${col}::text), $1) > 0`
        : `strpos(lower(${col}::text), $1) > 0`;
    const tsquery = words.length ? words.map((w) => `${w}:*`).join(' & ') : 'zzzzzz';
    const { rows } = await db.query<{ n: string }>(`SELECT count(*) AS n FROM ${table} WHERE ${condition}`, [
      lowered,
      ...(c.data_type === 'tsvector' ? [tsquery] : []),
    ]);
    if (Number(rows[0].n) > 0) hits.push(`${c.table_name}.${c.column_name}`);
  }
  return hits;
}
