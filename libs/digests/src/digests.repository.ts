import { Injectable } from '@nestjs/common';
import { TransactionContext, empty, mailDeliveredSql, sql, type Sql } from '@cop/platform';
import {
  groupCodeSql,
  holdsActiveSeatSql,
  membershipVisibleSql,
  membershipVisibleToMemberSql,
  pendingRequestsChairedBySql,
} from '@cop/community';
import { digestPeopleSql, displayNameSql, stopDigestsSql } from '@cop/identity';
import { documentVisibleSql, documentVisibleToMemberSql, documentsChangedSql } from '@cop/knowledge';
import {
  meetingExceptionsSql,
  meetingVisibleSql,
  meetingVisibleToMemberSql,
  meetingsUpcomingSql,
} from '@cop/meetings';
import { newsPublishedSql } from '@cop/news';
import { surveysAnswerableBySql } from '@cop/surveys';
import { reportCommentsForEditorSql } from '@cop/reports';
import type { DigestFrequencyValue } from './digest-period';

export type { DigestFrequencyValue };
export type RunStatusValue = 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED';

export interface DigestRunRow {
  id: string;
  frequency: DigestFrequencyValue;
  periodLabel: string;
  periodStart: Date;
  periodEnd: Date;
  status: RunStatusValue;
  members: number;
  startedAt: Date;
  finishedAt: Date | null;
}

/** One zone of a run: its members, composed for the zone's own local period. */
export interface DigestZoneRunRow {
  id: string;
  runId: string;
  frequency: DigestFrequencyValue;
  zone: string;
  periodStart: Date;
  periodEnd: Date;
  status: RunStatusValue;
  members: number;
  batches: number | null;
  startedAt: Date;
}

/** People with a digest of that frequency, by the zone column as stored (null: none set). */
export interface ZoneInUseRow {
  frequency: DigestFrequencyValue;
  zone: string | null;
}

export interface DigestPerson {
  id: string;
  email: string;
  displayName: string;
  timeZone: string | null;
  role: string;
}

export interface DigestDocumentRow {
  personId: string;
  id: string;
  title: string;
  isNew: boolean;
}
export interface DigestNewsRow {
  personId: string;
  id: string;
  title: string;
}
export interface DigestMeetingRow {
  personId: string;
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  rrule: string | null;
  groupCode: string | null;
  /** Occurrences up to this instant were in an earlier digest of the person. */
  meetingsFrom: Date;
}
export interface MeetingExceptionRow {
  meetingId: string;
  originalStartsAt: Date;
  cancelled: boolean;
  startsAt: Date | null;
  endsAt: Date | null;
}
export interface DigestRequestRow {
  personId: string;
  id: string;
  groupId: string;
  groupCode: string;
  requesterName: string;
}
export interface DigestSurveyRow {
  personId: string;
  id: string;
  slug: string;
  title: string;
  closesAt: Date | null;
  isNew: boolean;
  closingSoon: boolean;
}

/** A review comment on a report the person edits (its own text only: never evidence details). */
export interface DigestReportCommentRow {
  personId: string;
  id: string;
  reportId: string;
  reportTitle: string;
  authorName: string;
  body: string;
}

/** What a zone run's digests are composed for: the zone's period and the instant it started. */
export interface DigestWindow {
  /** Content (documents, news, requests) up to the period's end; since the period's start by default. */
  periodStart: Date;
  periodEnd: Date;
  /** The zone run's start: meetings and surveys are seen from here. */
  at: Date;
  meetingsTo: Date;
  closingTo: Date;
}

/** What a person's digest covered: the watermark moves to it (forward only). */
export interface WatermarkAdvance {
  personId: string;
  contentUntil: Date;
  meetingsUntil: Date;
  surveysUntil: Date;
  surveysClosingUntil: Date;
}

const RUN_COLUMNS = sql`id, frequency, to_char(period_label, 'YYYY-MM-DD') AS "periodLabel", period_start AS "periodStart",
  period_end AS "periodEnd", status, members, started_at AS "startedAt", finished_at AS "finishedAt"`;
const ZONE_COLUMNS = sql`z.id, z.run_id AS "runId", r.frequency, z.zone, z.period_start AS "periodStart",
  z.period_end AS "periodEnd", z.status, z.members, z.batches, z.started_at AS "startedAt"`;
/**
 * People as identity exports them for the digests (people-sql.ts): "recipient" says who gets
 * digests at all (members and the office with an address).
 */
const PEOPLE = digestPeopleSql();

// Each domain's own visibility rule, composed with the batch's people (p.id is the viewer).
const MEMBER_DOCUMENTS = (d: string) => documentVisibleToMemberSql(d, sql`CAST(p.id AS uuid)`);
const OFFICE_DOCUMENTS = (d: string) => documentVisibleSql({ kind: 'office' }, d);
const MEMBER_MEETINGS = (m: string) => meetingVisibleToMemberSql(m, sql`p.id`);
const OFFICE_MEETINGS = (m: string) => meetingVisibleSql({ kind: 'all' }, m);
const MEMBER_SEATS = (seat: string) => membershipVisibleToMemberSql(seat, sql`p.id::uuid`);
const OFFICE_SEATS = (seat: string) => membershipVisibleSql({ kind: 'all' }, seat);

/** By role: members compose the member rule, the office the office rule, in one statement. */
const byRole = <V>(select: (role: Sql, visible: V) => Sql, member: V, office: V) =>
  sql`${select(sql`'MEMBER'`, member)} UNION ALL ${select(sql`'OFFICE'`, office)}`;

/** The only file that touches the digest tables; composes the content of a batch in a few queries. */
@Injectable()
export class DigestsRepository {
  constructor(private readonly tx: TransactionContext) {}

  /** The run of that local period, created when there is none yet (its period: in the reference zone). */
  async createRun(
    frequency: DigestFrequencyValue,
    period: { label: string; start: Date; end: Date },
    at: Date,
  ): Promise<DigestRunRow> {
    const inserted = await this.tx
      .query<DigestRunRow>(sql`INSERT INTO digest_runs (frequency, period_label, period_start, period_end, started_at) VALUES (${frequency}, ${period.label}, ${period.start}, ${period.end}, ${at})
       ON CONFLICT (frequency, period_label) DO NOTHING RETURNING ${RUN_COLUMNS}`);
    if (inserted.length) return inserted[0];
    const [run] = await this.tx.query<DigestRunRow>(
      sql`SELECT ${RUN_COLUMNS} FROM digest_runs WHERE frequency = ${frequency} AND period_label = ${period.label}`,
    );
    return run;
  }

  async findRun(id: string): Promise<DigestRunRow | null> {
    const [row] = await this.tx.query<DigestRunRow>(
      sql`SELECT ${RUN_COLUMNS} FROM digest_runs WHERE id = ${id}`,
    );
    return row ?? null;
  }

  async findRunOf(frequency: DigestFrequencyValue, label: string): Promise<DigestRunRow | null> {
    const [row] = await this.tx.query<DigestRunRow>(
      sql`SELECT ${RUN_COLUMNS} FROM digest_runs WHERE frequency = ${frequency} AND period_label = ${label}`,
    );
    return row ?? null;
  }

  async listRuns(limit: number): Promise<DigestRunRow[]> {
    return this.tx.query<DigestRunRow>(
      sql`SELECT ${RUN_COLUMNS} FROM digest_runs ORDER BY period_label DESC, frequency, id DESC LIMIT ${limit}`,
    );
  }

  /** The zones (as stored) of everyone who gets a digest, one row per frequency and zone. */
  async zonesInUse(): Promise<ZoneInUseRow[]> {
    return this.tx
      .query<ZoneInUseRow>(sql`SELECT DISTINCT p.digest AS frequency, NULLIF(p."timeZone", '') AS zone FROM (${PEOPLE}) p
        WHERE p.digest IN ('DAILY', 'WEEKLY') AND p.recipient`);
  }

  /**
   * Starts the run's zone at `at` unless it was started already (the unique key makes the
   * scheduler and runDigest start each zone of a period once); true when this call started it.
   */
  async startZone(
    runId: string,
    zone: string,
    period: { start: Date; end: Date },
    at: Date,
  ): Promise<string | null> {
    const rows = await this.tx.query<{
      id: string;
    }>(sql`INSERT INTO digest_run_zones (run_id, zone, period_start, period_end, started_at) VALUES (${runId}, ${zone}, ${period.start}, ${period.end}, ${at})
       ON CONFLICT (run_id, zone) DO NOTHING RETURNING id`);
    return rows[0]?.id ?? null;
  }

  async findZoneRun(id: string, lock = false): Promise<DigestZoneRunRow | null> {
    const [row] = await this.tx
      .query<DigestZoneRunRow>(sql`SELECT ${ZONE_COLUMNS} FROM digest_run_zones z JOIN digest_runs r ON r.id = z.run_id
        WHERE z.id = ${id}${lock ? sql` FOR UPDATE OF z` : empty}`);
    return row ?? null;
  }

  /**
   * The members of the frequency whose stored zone is one of `zones` (null: none set), less
   * those this run has mailed already (in another zone, before they moved).
   */
  async zoneMembers(
    frequency: DigestFrequencyValue,
    zones: (string | null)[],
    runId: string,
  ): Promise<string[]> {
    const rows = await this.tx.query<{ id: string }>(sql`SELECT p.id FROM (${PEOPLE}) p
        WHERE p.digest = ${frequency} AND p.recipient
          AND (NULLIF(p."timeZone", '') = ANY(${zones.filter((z) => z !== null)}::text[]) OR (${zones.includes(null)} AND NULLIF(p."timeZone", '') IS NULL))
          AND NOT ${mailDeliveredSql(sql`'digest:' || ${runId} || ':' || p.id`)}
        ORDER BY p.id`);
    return rows.map((r) => r.id);
  }

  async startZoneRun(id: string, members: number, batches: number, at: Date): Promise<void> {
    await this.tx
      .query(sql`UPDATE digest_run_zones SET status = CASE WHEN ${batches} = 0 THEN 'DONE' ELSE 'RUNNING' END, members = ${members}, batches = ${batches},
         finished_at = CASE WHEN ${batches} = 0 THEN ${at}::timestamptz END WHERE id = ${id}`);
  }

  /** Records a finished batch (once) and closes the zone run when it was the last. */
  async finishBatch(zone: DigestZoneRunRow, batch: number, skipped: number, at: Date): Promise<void> {
    await this.tx.query(
      sql`INSERT INTO digest_run_batches (run_id, zone_run_id, batch, skipped) VALUES (${zone.runId}, ${zone.id}, ${batch}, ${skipped}) ON CONFLICT DO NOTHING`,
    );
    await this.tx.query(sql`UPDATE digest_run_zones z SET status = 'DONE', finished_at = ${at}
        WHERE z.id = ${zone.id} AND z.status = 'RUNNING'
          AND (SELECT count(*) FROM digest_run_batches b WHERE b.zone_run_id = z.id) >= z.batches`);
  }

  /** The run's status and counts follow its zones: DONE when every zone started is. */
  async refreshRun(runId: string, at: Date): Promise<void> {
    await this.tx.query(sql`UPDATE digest_runs r SET
         members = s.members,
         status = CASE WHEN s.open = 0 THEN 'DONE' WHEN s.started = 0 THEN 'QUEUED' ELSE 'RUNNING' END,
         finished_at = CASE WHEN s.open = 0 THEN COALESCE(r.finished_at, ${at}) END
       FROM (SELECT COALESCE(sum(members), 0)::int AS members,
                    count(*) FILTER (WHERE status NOT IN ('DONE', 'FAILED')) AS open,
                    count(*) FILTER (WHERE status <> 'QUEUED') AS started
               FROM digest_run_zones WHERE run_id = ${runId}) s
       WHERE r.id = ${runId}`);
  }

  async skippedOf(runId: string): Promise<number> {
    const [row] = await this.tx.query<{ n: number }>(
      sql`SELECT COALESCE(sum(skipped), 0)::int AS n FROM digest_run_batches WHERE run_id = ${runId}`,
    );
    return row.n;
  }

  /** The batch's members still on this frequency and still recipients. */
  async people(ids: string[], frequency: DigestFrequencyValue): Promise<DigestPerson[]> {
    return this.tx.query<DigestPerson>(sql`SELECT p.id, p.email, p."displayName", p."timeZone", p.role
         FROM (${PEOPLE}) p
        WHERE p.id = ANY(${ids}::uuid[]) AND p.digest = ${frequency} AND p.recipient
        ORDER BY p.id`);
  }

  /** One person as the digests see them, whatever their setting (the office's preview). */
  async person(id: string): Promise<(DigestPerson & { digest: string; recipient: boolean }) | null> {
    const [row] = await this.tx.query<DigestPerson & { digest: string; recipient: boolean }>(
      sql`SELECT p.id, p.email, p."displayName", p."timeZone", p.role, p.digest, p.recipient
            FROM (${PEOPLE}) p WHERE p.id = ${id}`,
    );
    return row ?? null;
  }

  /** Documents posted or updated after each person's watermark, that the person may see. */
  async documents(ids: string[], w: DigestWindow): Promise<DigestDocumentRow[]> {
    const select = (role: Sql, visible: (d: string) => Sql) => sql`
      SELECT p.id AS "personId", d.id, d.title, d.created_at > COALESCE(w.content_until, ${w.periodStart}) AS "isNew", d.updated_at
        FROM (${PEOPLE}) p LEFT JOIN digest_watermarks w ON w.person_id = p.id
        JOIN LATERAL (${documentsChangedSql(sql`COALESCE(w.content_until, ${w.periodStart})`, sql`${w.periodEnd}`, visible)}) d ON TRUE
       WHERE p.id = ANY(${ids}::uuid[]) AND p.role = ${role}`;
    return this.tx.query<DigestDocumentRow>(
      sql`${byRole(select, MEMBER_DOCUMENTS, OFFICE_DOCUMENTS)} ORDER BY "personId", updated_at DESC`,
    );
  }

  /** News published after each person's watermark (news are public). */
  async news(ids: string[], w: DigestWindow): Promise<DigestNewsRow[]> {
    return this.tx.query<DigestNewsRow>(sql`SELECT p.id AS "personId", n.id, n.title
         FROM (${PEOPLE}) p LEFT JOIN digest_watermarks w ON w.person_id = p.id
         JOIN LATERAL (${newsPublishedSql(sql`COALESCE(w.content_until, ${w.periodStart})`, sql`${w.periodEnd}`)}) n ON TRUE
        WHERE p.id = ANY(${ids}::uuid[])
        ORDER BY p.id, n.published_at DESC`);
  }

  /**
   * Meetings of the person's groups (and community-wide ones) that may start in
   * [at, meetingsTo) and that the person may see; series are expanded by the caller.
   */
  async meetings(ids: string[], w: DigestWindow): Promise<DigestMeetingRow[]> {
    const select = (role: Sql, visible: (m: string) => Sql) => sql`
      SELECT p.id AS "personId", m.id, m.title, m.starts_at AS "startsAt", m.ends_at AS "endsAt",
             m.time_zone AS "timeZone", m.rrule, ${groupCodeSql(sql`m.working_group_id`)} AS "groupCode",
             GREATEST(COALESCE(w.meetings_until, ${w.at}), ${w.at}) AS "meetingsFrom"
        FROM (${PEOPLE}) p
        LEFT JOIN digest_watermarks w ON w.person_id = p.id
        JOIN LATERAL (${meetingsUpcomingSql(sql`${w.at}`, sql`${w.meetingsTo}`, visible)}) m ON TRUE
       WHERE p.id = ANY(${ids}::uuid[]) AND p.role = ${role}
         AND (m.working_group_id IS NULL OR ${holdsActiveSeatSql(sql`m.working_group_id`, sql`p.id`, 's')})`;
    return this.tx.query<DigestMeetingRow>(byRole(select, MEMBER_MEETINGS, OFFICE_MEETINGS));
  }

  async meetingExceptions(meetingIds: string[]): Promise<MeetingExceptionRow[]> {
    if (meetingIds.length === 0) return [];
    return this.tx.query<MeetingExceptionRow>(meetingExceptionsSql(meetingIds));
  }

  /**
   * Join requests still PENDING, made after each person's watermark, in the groups the person
   * chairs (an ACTIVE CHAIR seat), as the seats' visibility rule lets the person see them.
   */
  async pendingRequests(ids: string[], w: DigestWindow): Promise<DigestRequestRow[]> {
    const select = (role: Sql, visible: (seat: string) => Sql) => sql`
      SELECT p.id AS "personId", rq.id, rq."groupId", rq."groupCode",
             ${displayNameSql(sql`rq."requesterId"`)} AS "requesterName", rq."requestedAt" AS requested_at
        FROM (${PEOPLE}) p LEFT JOIN digest_watermarks w ON w.person_id = p.id
        JOIN LATERAL (${pendingRequestsChairedBySql(sql`p.id`, visible)}) rq
          ON rq."requestedAt" > COALESCE(w.content_until, ${w.periodStart}) AND rq."requestedAt" <= ${w.periodEnd}
       WHERE p.id = ANY(${ids}::uuid[]) AND p.role = ${role}`;
    return this.tx.query<DigestRequestRow>(
      sql`${byRole(select, MEMBER_SEATS, OFFICE_SEATS)} ORDER BY "personId", "groupCode", requested_at`,
    );
  }

  /** Each person's content watermark (absent: none yet), for what is filtered outside SQL. */
  async contentWatermarks(ids: string[]): Promise<Map<string, Date>> {
    const rows = await this.tx.query<{ personId: string; until: Date }>(
      sql`SELECT person_id AS "personId", content_until AS until FROM digest_watermarks
           WHERE person_id = ANY(${ids}::uuid[]) AND content_until IS NOT NULL`,
    );
    return new Map(rows.map((r) => [r.personId, r.until]));
  }

  /**
   * Comments written after each person's watermark on the reports the person edits (an active
   * chair of an owning group or a named editor), by others.
   */
  async reportComments(ids: string[], w: DigestWindow): Promise<DigestReportCommentRow[]> {
    return this.tx.query<DigestReportCommentRow>(sql`
      SELECT p.id AS "personId", c.id, c.report_id AS "reportId", c.report_title AS "reportTitle",
             ${displayNameSql(sql`c.author_id`)} AS "authorName", c.body
        FROM (${PEOPLE}) p LEFT JOIN digest_watermarks w ON w.person_id = p.id
        JOIN LATERAL (${reportCommentsForEditorSql(sql`p.id`, sql`COALESCE(w.content_until, ${w.periodStart})`, sql`${w.periodEnd}`)}) c ON TRUE
       WHERE p.id = ANY(${ids}::uuid[]) AND p.role IN ('MEMBER', 'OFFICE')
       ORDER BY p.id, c.report_title, c.created_at, c.id`);
  }

  /**
   * Surveys the person may answer at the zone run's start and has not answered: opened since
   * their watermark (new), or closing before `closingTo` and not announced as closing yet.
   */
  async surveys(ids: string[], w: DigestWindow): Promise<DigestSurveyRow[]> {
    const at = sql`${w.at}`;
    return this.tx.query<DigestSurveyRow>(sql`SELECT * FROM (
         SELECT p.id AS "personId", s.id, s.slug, s.title, s.closes_at AS "closesAt",
                (s.opened_at > COALESCE(w.surveys_until, w.content_until, ${w.periodStart})
                  AND s.opened_at <= ${at}) AS "isNew",
                (s.closes_at IS NOT NULL AND s.closes_at <= ${w.closingTo}
                  AND s.closes_at > COALESCE(w.surveys_closing_until, ${at})) AS "closingSoon"
           FROM (${PEOPLE}) p LEFT JOIN digest_watermarks w ON w.person_id = p.id
           JOIN LATERAL (${surveysAnswerableBySql(at, sql`p.id`)}) s ON TRUE
          WHERE p.id = ANY(${ids}::uuid[])
       ) x WHERE "isNew" OR "closingSoon"
       ORDER BY "personId", "closesAt" NULLS LAST, title`);
  }

  /** Moves the watermarks forward only (a late retry never moves them back), in one statement. */
  async advanceWatermarks(rows: WatermarkAdvance[]): Promise<void> {
    if (rows.length === 0) return;
    await this.tx
      .query(sql`INSERT INTO digest_watermarks (person_id, content_until, meetings_until, surveys_until, surveys_closing_until)
       SELECT * FROM unnest(${rows.map((r) => r.personId)}::uuid[], ${rows.map((r) => r.contentUntil)}::timestamptz[], ${rows.map((r) => r.meetingsUntil)}::timestamptz[], ${rows.map((r) => r.surveysUntil)}::timestamptz[], ${rows.map((r) => r.surveysClosingUntil)}::timestamptz[])
       ON CONFLICT (person_id) DO UPDATE SET
         content_until = GREATEST(digest_watermarks.content_until, EXCLUDED.content_until),
         meetings_until = GREATEST(digest_watermarks.meetings_until, EXCLUDED.meetings_until),
         surveys_until = GREATEST(digest_watermarks.surveys_until, EXCLUDED.surveys_until),
         surveys_closing_until = GREATEST(digest_watermarks.surveys_closing_until, EXCLUDED.surveys_closing_until),
         updated_at = now()`);
  }

  async stopDigests(personId: string): Promise<boolean> {
    const rows = await this.tx.query<{ id: string }>(stopDigestsSql(personId));
    return rows.length > 0;
  }
}
