import { Injectable } from '@nestjs/common';
import { TransactionContext } from '@cop/platform';
import { membershipVisibleSql } from '@cop/community';
import { documentVisibleSql } from '@cop/knowledge';
import { meetingVisibleSql, meetingVisibleToMemberSql } from '@cop/meetings';
import { surveyAnswerableSql, surveyAnsweredBySql, surveyOpenedAtSql } from '@cop/surveys';
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

const RUN_COLUMNS = `id, frequency, to_char(period_label, 'YYYY-MM-DD') AS "periodLabel", period_start AS "periodStart",
  period_end AS "periodEnd", status, members, started_at AS "startedAt", finished_at AS "finishedAt"`;
const ZONE_COLUMNS = `z.id, z.run_id AS "runId", r.frequency, z.zone, z.period_start AS "periodStart",
  z.period_end AS "periodEnd", z.status, z.members, z.batches, z.started_at AS "startedAt"`;
/** Who gets digests at all: members and the office with an address. */
const recipient = (p: string) => `${p}.role IN ('MEMBER', 'OFFICE') AND ${p}.email IS NOT NULL`;

// Each domain's own visibility rule, composed with the batch's people (p.id is the viewer).
const MEMBER_DOCUMENTS = documentVisibleSql({ kind: 'member', personId: '' }, 'd', 'p.id');
const OFFICE_DOCUMENTS = documentVisibleSql({ kind: 'office' }, 'd', 'p.id');
const MEMBER_MEETINGS = meetingVisibleToMemberSql('m', 'p.id');
const OFFICE_MEETINGS = meetingVisibleSql({ kind: 'all' }, 'm', 'p.id');
const MEMBER_SEATS = membershipVisibleSql({ kind: 'member', personId: '' }, 'rq', 'p.id');
const OFFICE_SEATS = membershipVisibleSql({ kind: 'all' }, 'rq', 'p.id');

/** By role: members compose the member rule, the office the office rule, in one statement. */
const byRole = (select: (role: string, visible: string) => string, member: string, office: string) =>
  `${select('MEMBER', member)} UNION ALL ${select('OFFICE', office)}`;

/** The only file that touches the digest tables; composes the content of a batch in a few queries. */
@Injectable()
export class DigestsRepository {
  constructor(private readonly tx: TransactionContext) {}

  private query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    return this.tx.rows<T>(sql, params);
  }

  /** The run of that local period, created when there is none yet (its period: in the reference zone). */
  async createRun(
    frequency: DigestFrequencyValue,
    period: { label: string; start: Date; end: Date },
    at: Date,
  ): Promise<DigestRunRow> {
    const inserted = await this.query<DigestRunRow>(
      `INSERT INTO digest_runs (frequency, period_label, period_start, period_end, started_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (frequency, period_label) DO NOTHING RETURNING ${RUN_COLUMNS}`,
      [frequency, period.label, period.start, period.end, at],
    );
    if (inserted.length) return inserted[0];
    const [run] = await this.query<DigestRunRow>(
      `SELECT ${RUN_COLUMNS} FROM digest_runs WHERE frequency = $1 AND period_label = $2`,
      [frequency, period.label],
    );
    return run;
  }

  async findRun(id: string): Promise<DigestRunRow | null> {
    const [row] = await this.query<DigestRunRow>(`SELECT ${RUN_COLUMNS} FROM digest_runs WHERE id = $1`, [
      id,
    ]);
    return row ?? null;
  }

  async listRuns(limit: number): Promise<DigestRunRow[]> {
    return this.query<DigestRunRow>(
      `SELECT ${RUN_COLUMNS} FROM digest_runs ORDER BY period_label DESC, frequency, id DESC LIMIT $1`,
      [limit],
    );
  }

  /** The zones (as stored) of everyone who gets a digest, one row per frequency and zone. */
  async zonesInUse(): Promise<ZoneInUseRow[]> {
    return this.query<ZoneInUseRow>(
      `SELECT DISTINCT p.digest AS frequency, NULLIF(p.time_zone, '') AS zone FROM people p
        WHERE p.digest IN ('DAILY', 'WEEKLY') AND ${recipient('p')}`,
    );
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
    const rows = await this.query<{ id: string }>(
      `INSERT INTO digest_run_zones (run_id, zone, period_start, period_end, started_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (run_id, zone) DO NOTHING RETURNING id`,
      [runId, zone, period.start, period.end, at],
    );
    return rows[0]?.id ?? null;
  }

  async findZoneRun(id: string, lock = false): Promise<DigestZoneRunRow | null> {
    const [row] = await this.query<DigestZoneRunRow>(
      `SELECT ${ZONE_COLUMNS} FROM digest_run_zones z JOIN digest_runs r ON r.id = z.run_id
        WHERE z.id = $1${lock ? ' FOR UPDATE OF z' : ''}`,
      [id],
    );
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
    const rows = await this.query<{ id: string }>(
      `SELECT p.id FROM people p
        WHERE p.digest = $1 AND ${recipient('p')}
          AND (NULLIF(p.time_zone, '') = ANY($2::text[]) OR ($3 AND NULLIF(p.time_zone, '') IS NULL))
          AND NOT EXISTS (SELECT 1 FROM mail_deliveries md WHERE md.key = 'digest:' || $4 || ':' || p.id)
        ORDER BY p.id`,
      [frequency, zones.filter((z) => z !== null), zones.includes(null), runId],
    );
    return rows.map((r) => r.id);
  }

  async startZoneRun(id: string, members: number, batches: number, at: Date): Promise<void> {
    await this.query(
      `UPDATE digest_run_zones SET status = CASE WHEN $3 = 0 THEN 'DONE' ELSE 'RUNNING' END, members = $2, batches = $3,
         finished_at = CASE WHEN $3 = 0 THEN $4::timestamptz END WHERE id = $1`,
      [id, members, batches, at],
    );
  }

  /** Records a finished batch (once) and closes the zone run when it was the last. */
  async finishBatch(zone: DigestZoneRunRow, batch: number, skipped: number, at: Date): Promise<void> {
    await this.query(
      `INSERT INTO digest_run_batches (run_id, zone_run_id, batch, skipped) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
      [zone.runId, zone.id, batch, skipped],
    );
    await this.query(
      `UPDATE digest_run_zones z SET status = 'DONE', finished_at = $2
        WHERE z.id = $1 AND z.status = 'RUNNING'
          AND (SELECT count(*) FROM digest_run_batches b WHERE b.zone_run_id = z.id) >= z.batches`,
      [zone.id, at],
    );
  }

  /** The run's status and counts follow its zones: DONE when every zone started is. */
  async refreshRun(runId: string, at: Date): Promise<void> {
    await this.query(
      `UPDATE digest_runs r SET
         members = s.members,
         status = CASE WHEN s.open = 0 THEN 'DONE' WHEN s.started = 0 THEN 'QUEUED' ELSE 'RUNNING' END,
         finished_at = CASE WHEN s.open = 0 THEN COALESCE(r.finished_at, $2) END
       FROM (SELECT COALESCE(sum(members), 0)::int AS members,
                    count(*) FILTER (WHERE status NOT IN ('DONE', 'FAILED')) AS open,
                    count(*) FILTER (WHERE status <> 'QUEUED') AS started
               FROM digest_run_zones WHERE run_id = $1) s
       WHERE r.id = $1`,
      [runId, at],
    );
  }

  async skippedOf(runId: string): Promise<number> {
    const [row] = await this.query<{ n: number }>(
      `SELECT COALESCE(sum(skipped), 0)::int AS n FROM digest_run_batches WHERE run_id = $1`,
      [runId],
    );
    return row.n;
  }

  /** The batch's members still on this frequency and still recipients. */
  async people(ids: string[], frequency: DigestFrequencyValue): Promise<DigestPerson[]> {
    return this.query<DigestPerson>(
      `SELECT p.id, p.email, p.display_name AS "displayName", p.time_zone AS "timeZone", p.role
         FROM people p
        WHERE p.id = ANY($1::uuid[]) AND p.digest = $2 AND ${recipient('p')}
        ORDER BY p.id`,
      [ids, frequency],
    );
  }

  /** Documents posted or updated after each person's watermark, that the person may see. */
  async documents(ids: string[], w: DigestWindow): Promise<DigestDocumentRow[]> {
    const select = (role: string, visible: string) => `
      SELECT p.id AS "personId", d.id, d.title, d.created_at > COALESCE(w.content_until, $3) AS "isNew", d.updated_at
        FROM people p LEFT JOIN digest_watermarks w ON w.person_id = p.id
        JOIN documents d ON d.updated_at > COALESCE(w.content_until, $3) AND d.updated_at <= $2
       WHERE p.id = ANY($1::uuid[]) AND p.role = '${role}' AND ${visible}`;
    return this.query<DigestDocumentRow>(
      `${byRole(select, MEMBER_DOCUMENTS, OFFICE_DOCUMENTS)} ORDER BY "personId", updated_at DESC`,
      [ids, w.periodEnd, w.periodStart],
    );
  }

  /** News published after each person's watermark (news are public). */
  async news(ids: string[], w: DigestWindow): Promise<DigestNewsRow[]> {
    return this.query<DigestNewsRow>(
      `SELECT p.id AS "personId", n.id, n.title
         FROM people p LEFT JOIN digest_watermarks w ON w.person_id = p.id
         JOIN news_items n ON n.published_at > COALESCE(w.content_until, $3) AND n.published_at <= $2
        WHERE p.id = ANY($1::uuid[])
        ORDER BY p.id, n.published_at DESC`,
      [ids, w.periodEnd, w.periodStart],
    );
  }

  /**
   * Meetings of the person's groups (and community-wide ones) that may start in
   * [at, meetingsTo) and that the person may see; series are expanded by the caller.
   */
  async meetings(ids: string[], w: DigestWindow): Promise<DigestMeetingRow[]> {
    const select = (role: string, visible: string) => `
      SELECT p.id AS "personId", m.id, m.title, m.starts_at AS "startsAt", m.ends_at AS "endsAt",
             m.time_zone AS "timeZone", m.rrule, g.code AS "groupCode",
             GREATEST(COALESCE(w.meetings_until, $2), $2) AS "meetingsFrom"
        FROM people p
        LEFT JOIN digest_watermarks w ON w.person_id = p.id
        JOIN meetings m ON m.status = 'SCHEDULED' AND m.starts_at < $3
             AND ((m.rrule IS NULL AND m.starts_at >= $2) OR (m.rrule IS NOT NULL AND (m.series_ends_at IS NULL OR m.series_ends_at >= $2)))
        LEFT JOIN working_groups g ON g.id = m.working_group_id
       WHERE p.id = ANY($1::uuid[]) AND p.role = '${role}' AND ${visible}
         AND (m.working_group_id IS NULL OR EXISTS (SELECT 1 FROM memberships s
              WHERE s.person_id = p.id AND s.working_group_id = m.working_group_id AND s.status = 'ACTIVE'))`;
    return this.query<DigestMeetingRow>(byRole(select, MEMBER_MEETINGS, OFFICE_MEETINGS), [
      ids,
      w.at,
      w.meetingsTo,
    ]);
  }

  async meetingExceptions(meetingIds: string[]): Promise<MeetingExceptionRow[]> {
    if (meetingIds.length === 0) return [];
    return this.query<MeetingExceptionRow>(
      `SELECT meeting_id AS "meetingId", original_starts_at AS "originalStartsAt", cancelled,
              starts_at AS "startsAt", ends_at AS "endsAt"
         FROM meeting_exceptions WHERE meeting_id = ANY($1::uuid[])`,
      [meetingIds],
    );
  }

  /**
   * Join requests still PENDING, made after each person's watermark, in the groups the person
   * chairs (an ACTIVE CHAIR seat), as the seats' visibility rule lets the person see them.
   */
  async pendingRequests(ids: string[], w: DigestWindow): Promise<DigestRequestRow[]> {
    const select = (role: string, visible: string) => `
      SELECT p.id AS "personId", rq.id, g.id AS "groupId", g.code AS "groupCode",
             rp.display_name AS "requesterName", rq.requested_at
        FROM people p LEFT JOIN digest_watermarks w ON w.person_id = p.id
        JOIN memberships ch ON ch.person_id = p.id AND ch.role = 'CHAIR' AND ch.status = 'ACTIVE'
        JOIN memberships rq ON rq.working_group_id = ch.working_group_id AND rq.status = 'PENDING'
             AND rq.requested_at > COALESCE(w.content_until, $3) AND rq.requested_at <= $2
        JOIN working_groups g ON g.id = rq.working_group_id
        JOIN people rp ON rp.id = rq.person_id
       WHERE p.id = ANY($1::uuid[]) AND p.role = '${role}' AND ${visible}`;
    return this.query<DigestRequestRow>(
      `${byRole(select, MEMBER_SEATS, OFFICE_SEATS)} ORDER BY "personId", "groupCode", requested_at`,
      [ids, w.periodEnd, w.periodStart],
    );
  }

  /**
   * Surveys the person may answer at the zone run's start and has not answered: opened since
   * their watermark (new), or closing before `closingTo` and not announced as closing yet.
   */
  async surveys(ids: string[], w: DigestWindow): Promise<DigestSurveyRow[]> {
    return this.query<DigestSurveyRow>(
      `SELECT * FROM (
         SELECT p.id AS "personId", s.id, s.slug, s.title, s.closes_at AS "closesAt",
                (${surveyOpenedAtSql('s')} > COALESCE(w.surveys_until, w.content_until, $3)
                  AND ${surveyOpenedAtSql('s')} <= $2) AS "isNew",
                (s.closes_at IS NOT NULL AND s.closes_at <= $4
                  AND s.closes_at > COALESCE(w.surveys_closing_until, $2)) AS "closingSoon"
           FROM people p LEFT JOIN digest_watermarks w ON w.person_id = p.id
           JOIN surveys s ON ${surveyAnswerableSql('s', '$2')}
          WHERE p.id = ANY($1::uuid[]) AND NOT ${surveyAnsweredBySql('s', 'p.id')}
       ) x WHERE "isNew" OR "closingSoon"
       ORDER BY "personId", "closesAt" NULLS LAST, title`,
      [ids, w.at, w.periodStart, w.closingTo],
    );
  }

  /** Moves the watermarks forward only (a late retry never moves them back), in one statement. */
  async advanceWatermarks(rows: WatermarkAdvance[]): Promise<void> {
    if (rows.length === 0) return;
    await this.query(
      `INSERT INTO digest_watermarks (person_id, content_until, meetings_until, surveys_until, surveys_closing_until)
       SELECT * FROM unnest($1::uuid[], $2::timestamptz[], $3::timestamptz[], $4::timestamptz[], $5::timestamptz[])
       ON CONFLICT (person_id) DO UPDATE SET
         content_until = GREATEST(digest_watermarks.content_until, EXCLUDED.content_until),
         meetings_until = GREATEST(digest_watermarks.meetings_until, EXCLUDED.meetings_until),
         surveys_until = GREATEST(digest_watermarks.surveys_until, EXCLUDED.surveys_until),
         surveys_closing_until = GREATEST(digest_watermarks.surveys_closing_until, EXCLUDED.surveys_closing_until),
         updated_at = now()`,
      [
        rows.map((r) => r.personId),
        rows.map((r) => r.contentUntil),
        rows.map((r) => r.meetingsUntil),
        rows.map((r) => r.surveysUntil),
        rows.map((r) => r.surveysClosingUntil),
      ],
    );
  }

  async stopDigests(personId: string): Promise<boolean> {
    const rows = await this.query<{ id: string }>(
      `UPDATE people SET digest = 'NEVER' WHERE id = $1 RETURNING id`,
      [personId],
    );
    return rows.length > 0;
  }
}
