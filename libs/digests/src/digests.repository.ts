import { Injectable } from '@nestjs/common';
import { TransactionContext } from '@cop/platform';
import { documentVisibleSql } from '@cop/knowledge';
import { meetingVisibleSql } from '@cop/meetings';

export type DigestFrequencyValue = 'DAILY' | 'WEEKLY';
export type RunStatusValue = 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED';

export interface DigestRunRow {
  id: string;
  frequency: DigestFrequencyValue;
  periodStart: Date;
  periodEnd: Date;
  status: RunStatusValue;
  members: number;
  batches: number | null;
  startedAt: Date;
  finishedAt: Date | null;
}

export interface DigestPerson {
  id: string;
  email: string;
  displayName: string;
  timeZone: string | null;
  role: string;
  contentSince: Date;
  meetingsFrom: Date;
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
}
export interface MeetingExceptionRow {
  meetingId: string;
  originalStartsAt: Date;
  cancelled: boolean;
  startsAt: Date | null;
  endsAt: Date | null;
}

const RUN_COLUMNS = `id, frequency, period_start AS "periodStart", period_end AS "periodEnd", status, members,
  batches, started_at AS "startedAt", finished_at AS "finishedAt"`;

// Each domain's own visibility rule, composed with the batch's people (p.id is the viewer).
const MEMBER_DOCUMENTS = documentVisibleSql({ kind: 'member', personId: '' }, 'd', 'p.id');
const OFFICE_DOCUMENTS = documentVisibleSql({ kind: 'office' }, 'd', 'p.id');
const MEMBER_MEETINGS = meetingVisibleSql({ kind: 'seated', personId: '', member: true }, 'm', 'p.id');
const OFFICE_MEETINGS = meetingVisibleSql({ kind: 'all' }, 'm', 'p.id');

/** The only file that touches the digest tables; composes the content of a batch in a few queries. */
@Injectable()
export class DigestsRepository {
  constructor(private readonly tx: TransactionContext) {}

  private query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    return this.tx
      .manager()
      .query(sql, params)
      .then((r: unknown) => {
        if (Array.isArray(r) && r.length === 2 && Array.isArray(r[0]) && typeof r[1] === 'number')
          return r[0] as T[];
        return r as T[];
      });
  }

  /** The run of that period, created when there is none yet; created tells which. */
  async createRun(
    frequency: DigestFrequencyValue,
    periodStart: Date,
    periodEnd: Date,
  ): Promise<{ run: DigestRunRow; created: boolean }> {
    const inserted = await this.query<DigestRunRow>(
      `INSERT INTO digest_runs (frequency, period_start, period_end) VALUES ($1, $2, $3)
       ON CONFLICT (frequency, period_start) DO NOTHING RETURNING ${RUN_COLUMNS}`,
      [frequency, periodStart, periodEnd],
    );
    if (inserted.length) return { run: inserted[0], created: true };
    const [run] = await this.query<DigestRunRow>(
      `SELECT ${RUN_COLUMNS} FROM digest_runs WHERE frequency = $1 AND period_start = $2`,
      [frequency, periodStart],
    );
    return { run, created: false };
  }

  async findRun(id: string, lock = false): Promise<DigestRunRow | null> {
    const [row] = await this.query<DigestRunRow>(
      `SELECT ${RUN_COLUMNS} FROM digest_runs WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
      [id],
    );
    return row ?? null;
  }

  async listRuns(limit: number): Promise<DigestRunRow[]> {
    return this.query<DigestRunRow>(
      `SELECT ${RUN_COLUMNS} FROM digest_runs ORDER BY started_at DESC, id DESC LIMIT $1`,
      [limit],
    );
  }

  async subscriberIds(frequency: DigestFrequencyValue): Promise<string[]> {
    const rows = await this.query<{ id: string }>(
      `SELECT id FROM people WHERE digest = $1 AND role IN ('MEMBER', 'OFFICE') AND email IS NOT NULL ORDER BY id`,
      [frequency],
    );
    return rows.map((r) => r.id);
  }

  async startRun(id: string, members: number, batches: number): Promise<void> {
    await this.query(
      `UPDATE digest_runs SET status = CASE WHEN $3 = 0 THEN 'DONE' ELSE 'RUNNING' END, members = $2, batches = $3,
         finished_at = CASE WHEN $3 = 0 THEN now() END WHERE id = $1`,
      [id, members, batches],
    );
  }

  /** Records a finished batch (once) and closes the run when it was the last. */
  async finishBatch(runId: string, batch: number, skipped: number): Promise<void> {
    await this.query(
      `INSERT INTO digest_run_batches (run_id, batch, skipped) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
      [runId, batch, skipped],
    );
    await this.query(
      `UPDATE digest_runs r SET status = 'DONE', finished_at = now()
        WHERE r.id = $1 AND r.status = 'RUNNING'
          AND (SELECT count(*) FROM digest_run_batches b WHERE b.run_id = r.id) >= r.batches`,
      [runId],
    );
  }

  async skippedOf(runId: string): Promise<number> {
    const [row] = await this.query<{ n: number }>(
      `SELECT COALESCE(sum(skipped), 0)::int AS n FROM digest_run_batches WHERE run_id = $1`,
      [runId],
    );
    return row.n;
  }

  /** The batch's members still on this frequency, with what their watermark says is new. */
  async people(ids: string[], frequency: DigestFrequencyValue, run: DigestRunRow): Promise<DigestPerson[]> {
    return this.query<DigestPerson>(
      `SELECT p.id, p.email, p.display_name AS "displayName", p.time_zone AS "timeZone", p.role,
              COALESCE(w.content_until, $3) AS "contentSince",
              GREATEST(COALESCE(w.meetings_until, $4), $4) AS "meetingsFrom"
         FROM people p LEFT JOIN digest_watermarks w ON w.person_id = p.id
        WHERE p.id = ANY($1::uuid[]) AND p.digest = $2 AND p.role IN ('MEMBER', 'OFFICE') AND p.email IS NOT NULL
        ORDER BY p.id`,
      [ids, frequency, run.periodStart, run.periodEnd],
    );
  }

  /** Documents posted or updated after each person's watermark, that the person may see. */
  async documents(ids: string[], until: Date, defaultSince: Date): Promise<DigestDocumentRow[]> {
    const select = (roleCondition: string, visible: string) => `
      SELECT p.id AS "personId", d.id, d.title, d.created_at > COALESCE(w.content_until, $3) AS "isNew", d.updated_at
        FROM people p LEFT JOIN digest_watermarks w ON w.person_id = p.id
        JOIN documents d ON d.updated_at > COALESCE(w.content_until, $3) AND d.updated_at <= $2
       WHERE p.id = ANY($1::uuid[]) AND ${roleCondition} AND ${visible}`;
    return this.query<DigestDocumentRow>(
      `${select(`p.role = 'MEMBER'`, MEMBER_DOCUMENTS)} UNION ALL ${select(`p.role = 'OFFICE'`, OFFICE_DOCUMENTS)}
       ORDER BY "personId", updated_at DESC`,
      [ids, until, defaultSince],
    );
  }

  /** News published after each person's watermark (news are public). */
  async news(ids: string[], until: Date, defaultSince: Date): Promise<DigestNewsRow[]> {
    return this.query<DigestNewsRow>(
      `SELECT p.id AS "personId", n.id, n.title
         FROM people p LEFT JOIN digest_watermarks w ON w.person_id = p.id
         JOIN news_items n ON n.published_at > COALESCE(w.content_until, $3) AND n.published_at <= $2
        WHERE p.id = ANY($1::uuid[])
        ORDER BY p.id, n.published_at DESC`,
      [ids, until, defaultSince],
    );
  }

  /**
   * Meetings of the person's groups (and community-wide ones) that may start in [from, to) and
   * that the person may see; series are expanded by the caller.
   */
  async meetings(ids: string[], from: Date, to: Date): Promise<DigestMeetingRow[]> {
    const select = (roleCondition: string, visible: string) => `
      SELECT p.id AS "personId", m.id, m.title, m.starts_at AS "startsAt", m.ends_at AS "endsAt",
             m.time_zone AS "timeZone", m.rrule, g.code AS "groupCode"
        FROM people p
        JOIN meetings m ON m.status = 'SCHEDULED' AND m.starts_at < $3
             AND ((m.rrule IS NULL AND m.starts_at >= $2) OR (m.rrule IS NOT NULL AND (m.series_ends_at IS NULL OR m.series_ends_at >= $2)))
        LEFT JOIN working_groups g ON g.id = m.working_group_id
       WHERE p.id = ANY($1::uuid[]) AND ${roleCondition} AND ${visible}
         AND (m.working_group_id IS NULL OR EXISTS (SELECT 1 FROM memberships s
              WHERE s.person_id = p.id AND s.working_group_id = m.working_group_id AND s.status = 'ACTIVE'))`;
    return this.query<DigestMeetingRow>(
      `${select(`p.role = 'MEMBER'`, MEMBER_MEETINGS)} UNION ALL ${select(`p.role = 'OFFICE'`, OFFICE_MEETINGS)}`,
      [ids, from, to],
    );
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

  /** Moves the watermark forward only (a late retry never moves it back). */
  async advanceWatermark(personId: string, contentUntil: Date, meetingsUntil: Date): Promise<void> {
    await this.query(
      `INSERT INTO digest_watermarks (person_id, content_until, meetings_until) VALUES ($1, $2, $3)
       ON CONFLICT (person_id) DO UPDATE SET
         content_until = GREATEST(digest_watermarks.content_until, EXCLUDED.content_until),
         meetings_until = GREATEST(digest_watermarks.meetings_until, EXCLUDED.meetings_until),
         updated_at = now()`,
      [personId, contentUntil, meetingsUntil],
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
