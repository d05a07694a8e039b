import { Injectable } from '@nestjs/common';
import { Clock, TransactionContext } from '@cop/platform';
import { meetingVisibleSql, scopeParam, type MeetingScope } from './meeting-visibility';
import type { SeriesException } from './recurrence';

/** A meeting row as stored (storage only; the service maps it to the GraphQL model). */
export interface MeetingRow {
  id: string;
  title: string;
  description: string | null;
  workingGroupId: string | null;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  rrule: string | null;
  seriesEndsAt: Date | null;
  location: string | null;
  videoUrl: string | null;
  visibility: 'PUBLIC' | 'COMMUNITY' | 'WORKING_GROUP';
  status: 'SCHEDULED' | 'CANCELLED';
  organizerId: string;
  minutes: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** A meeting with its exceptions, as the calendar and the feeds expand it. */
export interface MeetingWithExceptions extends MeetingRow {
  exceptions: (SeriesException & { updatedAt: Date })[];
}

export type MeetingFields = Omit<MeetingRow, 'id' | 'createdAt' | 'updatedAt' | 'minutes' | 'status'>;

export interface AgendaItemRow {
  id: string;
  meetingId: string;
  position: number;
  title: string;
  presenter: string | null;
  durationMinutes: number | null;
  documentIds: string[];
}

export interface AttendanceRow {
  meetingId: string;
  personId: string;
  occurrenceStartsAt: Date | null;
  response: 'YES' | 'NO' | 'MAYBE';
  respondedAt: Date;
}

export interface Recipient {
  id: string;
  displayName: string;
  email: string;
  timeZone: string | null;
  role: string;
}

/** Which meetings a window query wants besides visibility. */
export interface MeetingFilter {
  groupIds?: readonly string[] | null;
  /** Meetings of the groups this person holds an ACTIVE seat in, and community-wide ones. */
  minePersonId?: string | null;
  publicOnly?: boolean;
}

const MEETING_COLUMNS = `m.id, m.title, m.description, m.working_group_id AS "workingGroupId",
  m.starts_at AS "startsAt", m.ends_at AS "endsAt", m.time_zone AS "timeZone", m.rrule,
  m.series_ends_at AS "seriesEndsAt", m.location, m.video_url AS "videoUrl", m.visibility, m.status,
  m.organizer_id AS "organizerId", m.minutes, m.created_at AS "createdAt", m.updated_at AS "updatedAt"`;

const EXCEPTIONS_JSON = `COALESCE((SELECT json_agg(json_build_object(
    'originalStartsAt', e.original_starts_at, 'cancelled', e.cancelled,
    'startsAt', e.starts_at, 'endsAt', e.ends_at, 'updatedAt', e.updated_at))
  FROM meeting_exceptions e WHERE e.meeting_id = m.id), '[]'::json) AS exceptions`;

interface RawException {
  originalStartsAt: string;
  cancelled: boolean;
  startsAt: string | null;
  endsAt: string | null;
  updatedAt: string;
}

function withExceptions(row: MeetingRow & { exceptions: RawException[] }): MeetingWithExceptions {
  return {
    ...row,
    exceptions: row.exceptions.map((e) => ({
      originalStartsAt: new Date(e.originalStartsAt),
      cancelled: e.cancelled,
      startsAt: e.startsAt ? new Date(e.startsAt) : null,
      endsAt: e.endsAt ? new Date(e.endsAt) : null,
      updatedAt: new Date(e.updatedAt),
    })),
  };
}

@Injectable()
export class MeetingRepository {
  constructor(
    private readonly tx: TransactionContext,
    private readonly clock: Clock,
  ) {}

  private query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    return this.tx.manager().query(sql, params);
  }

  async insert(f: MeetingFields): Promise<MeetingRow> {
    const [row] = await this.query<{ id: string }>(
      `INSERT INTO meetings (title, description, working_group_id, starts_at, ends_at, time_zone, rrule,
         series_ends_at, location, video_url, visibility, organizer_id, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13) RETURNING id`,
      [
        f.title,
        f.description,
        f.workingGroupId,
        f.startsAt,
        f.endsAt,
        f.timeZone,
        f.rrule,
        f.seriesEndsAt,
        f.location,
        f.videoUrl,
        f.visibility,
        f.organizerId,
        this.clock.now(),
      ],
    );
    return (await this.findById(row.id))!;
  }

  async update(id: string, f: Omit<MeetingFields, 'organizerId'>): Promise<void> {
    await this.query(
      `UPDATE meetings SET title = $2, description = $3, working_group_id = $4, starts_at = $5, ends_at = $6,
         time_zone = $7, rrule = $8, series_ends_at = $9, location = $10, video_url = $11, visibility = $12,
         updated_at = $13
       WHERE id = $1`,
      [
        id,
        f.title,
        f.description,
        f.workingGroupId,
        f.startsAt,
        f.endsAt,
        f.timeZone,
        f.rrule,
        f.seriesEndsAt,
        f.location,
        f.videoUrl,
        f.visibility,
        this.clock.now(),
      ],
    );
  }

  async setStatus(id: string, status: MeetingRow['status']): Promise<void> {
    await this.query(`UPDATE meetings SET status = $2, updated_at = $3 WHERE id = $1`, [
      id,
      status,
      this.clock.now(),
    ]);
  }

  async setMinutes(id: string, minutes: string): Promise<void> {
    await this.query(`UPDATE meetings SET minutes = $2, updated_at = $3 WHERE id = $1`, [
      id,
      minutes,
      this.clock.now(),
    ]);
  }

  async touch(id: string): Promise<void> {
    await this.query(`UPDATE meetings SET updated_at = $2 WHERE id = $1`, [id, this.clock.now()]);
  }

  async findById(id: string): Promise<MeetingRow | null> {
    const rows = await this.query<MeetingRow>(`SELECT ${MEETING_COLUMNS} FROM meetings m WHERE m.id = $1`, [
      id,
    ]);
    return rows[0] ?? null;
  }

  findByIds(ids: readonly string[]): Promise<MeetingRow[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.query<MeetingRow>(`SELECT ${MEETING_COLUMNS} FROM meetings m WHERE m.id = ANY($1::uuid[])`, [
      ids,
    ]);
  }

  /** By title within a group (null: community-wide): the demo seed's natural key. */
  async findByTitle(title: string, workingGroupId: string | null): Promise<MeetingRow | null> {
    const rows = await this.query<MeetingRow>(
      `SELECT ${MEETING_COLUMNS} FROM meetings m
        WHERE m.title = $1 AND m.working_group_id IS NOT DISTINCT FROM $2::uuid LIMIT 1`,
      [title, workingGroupId],
    );
    return rows[0] ?? null;
  }

  /** Locks the meeting's row until the transaction ends (changes to a series are serialized). */
  async lockById(id: string): Promise<MeetingRow | null> {
    const rows = await this.query<MeetingRow>(
      `SELECT ${MEETING_COLUMNS} FROM meetings m WHERE m.id = $1 FOR UPDATE`,
      [id],
    );
    return rows[0] ?? null;
  }

  /**
   * The meetings the scope may see that may have occurrences in [from, to), with their
   * exceptions, in one query: the calendar, upcomingMeetings and the feeds expand them in memory.
   */
  async visibleInWindow(
    scope: MeetingScope,
    from: Date,
    to: Date,
    filter: MeetingFilter = {},
  ): Promise<MeetingWithExceptions[]> {
    const rows = await this.query<MeetingRow & { exceptions: RawException[] }>(
      `SELECT ${MEETING_COLUMNS}, ${EXCEPTIONS_JSON}
         FROM meetings m
        WHERE ${meetingVisibleSql(scope, 'm', '$1')}
          AND ((m.starts_at < $3 AND (m.series_ends_at IS NULL OR m.series_ends_at > $2))
            OR EXISTS (SELECT 1 FROM meeting_exceptions x
                        WHERE x.meeting_id = m.id AND x.starts_at < $3 AND x.ends_at > $2))
          AND ($4::uuid[] IS NULL OR m.working_group_id = ANY($4::uuid[]))
          AND ($5::uuid IS NULL OR m.working_group_id IS NULL OR EXISTS (SELECT 1 FROM memberships ms
                WHERE ms.working_group_id = m.working_group_id AND ms.person_id = $5::uuid AND ms.status = 'ACTIVE'))
          AND (NOT $6::boolean OR m.visibility = 'PUBLIC')
        ORDER BY m.starts_at, m.id`,
      [
        scopeParam(scope),
        from,
        to,
        filter.groupIds ?? null,
        filter.minePersonId ?? null,
        filter.publicOnly ?? false,
      ],
    );
    return rows.map(withExceptions);
  }

  async exceptionsOf(meetingIds: readonly string[]): Promise<(SeriesException & { meetingId: string })[]> {
    if (!meetingIds.length) return [];
    return this.query(
      `SELECT meeting_id AS "meetingId", original_starts_at AS "originalStartsAt", cancelled,
              starts_at AS "startsAt", ends_at AS "endsAt"
         FROM meeting_exceptions WHERE meeting_id = ANY($1::uuid[])`,
      [meetingIds],
    );
  }

  async cancelOccurrence(meetingId: string, originalStartsAt: Date): Promise<void> {
    await this.query(
      `INSERT INTO meeting_exceptions (meeting_id, original_starts_at, cancelled, updated_at) VALUES ($1, $2, true, $3)
       ON CONFLICT (meeting_id, original_starts_at) DO UPDATE SET cancelled = true, updated_at = $3`,
      [meetingId, originalStartsAt, this.clock.now()],
    );
  }

  async moveOccurrence(
    meetingId: string,
    originalStartsAt: Date,
    startsAt: Date,
    endsAt: Date,
  ): Promise<void> {
    await this.query(
      `INSERT INTO meeting_exceptions (meeting_id, original_starts_at, cancelled, starts_at, ends_at, updated_at)
       VALUES ($1, $2, false, $3, $4, $5)
       ON CONFLICT (meeting_id, original_starts_at)
       DO UPDATE SET cancelled = false, starts_at = $3, ends_at = $4, updated_at = $5`,
      [meetingId, originalStartsAt, startsAt, endsAt, this.clock.now()],
    );
  }

  /** Drops the exceptions of these original starts (a re-timed series no longer has them). */
  async deleteExceptionsAt(meetingId: string, originalStarts: readonly Date[]): Promise<void> {
    if (!originalStarts.length) return;
    await this.query(
      `DELETE FROM meeting_exceptions WHERE meeting_id = $1 AND original_starts_at = ANY($2::timestamptz[])`,
      [meetingId, originalStarts.map((d) => d.toISOString())],
    );
  }

  agendaOf(meetingIds: readonly string[]): Promise<AgendaItemRow[]> {
    if (!meetingIds.length) return Promise.resolve([]);
    return this.query(
      `SELECT id, meeting_id AS "meetingId", position, title, presenter, duration_minutes AS "durationMinutes",
              document_ids AS "documentIds"
         FROM agenda_items WHERE meeting_id = ANY($1::uuid[]) ORDER BY meeting_id, position`,
      [meetingIds],
    );
  }

  /**
   * The agenda items naming any of these documents, in meetings the scope may see, with the
   * document each names (an item naming two of them comes twice); newest meeting first. One
   * statement for a whole list of documents, through the GIN index on document_ids.
   */
  agendaLinksOf(
    documentIds: readonly string[],
    scope: MeetingScope,
  ): Promise<(AgendaItemRow & { documentId: string })[]> {
    if (!documentIds.length) return Promise.resolve([]);
    return this.query(
      `SELECT a.id, a.meeting_id AS "meetingId", a.position, a.title, a.presenter,
              a.duration_minutes AS "durationMinutes", a.document_ids AS "documentIds", l.document_id AS "documentId"
         FROM agenda_items a
         JOIN meetings m ON m.id = a.meeting_id
         CROSS JOIN LATERAL unnest(a.document_ids) AS l(document_id)
        WHERE a.document_ids && $1::uuid[] AND l.document_id = ANY($1::uuid[])
          AND ${meetingVisibleSql(scope, 'm', '$2')}
        ORDER BY m.starts_at DESC, m.id, a.position`,
      [documentIds, scopeParam(scope)],
    );
  }

  async replaceAgenda(meetingId: string, items: Omit<AgendaItemRow, 'id' | 'meetingId'>[]): Promise<void> {
    await this.query(`DELETE FROM agenda_items WHERE meeting_id = $1`, [meetingId]);
    if (!items.length) return;
    await this.query(
      `INSERT INTO agenda_items (meeting_id, position, title, presenter, duration_minutes, document_ids)
       SELECT $1, i.position, i.title, i.presenter, i.duration_minutes, ARRAY(SELECT json_array_elements_text(i.document_ids))::uuid[]
         FROM json_to_recordset($2::json) AS i(position int, title text, presenter text, duration_minutes int, document_ids json)`,
      [
        meetingId,
        JSON.stringify(
          items.map((i) => ({
            position: i.position,
            title: i.title,
            presenter: i.presenter,
            duration_minutes: i.durationMinutes,
            document_ids: i.documentIds,
          })),
        ),
      ],
    );
  }

  async upsertAttendance(a: Omit<AttendanceRow, 'respondedAt'>): Promise<AttendanceRow> {
    const rows = await this.query<AttendanceRow>(
      `INSERT INTO attendance (meeting_id, person_id, occurrence_starts_at, response, responded_at)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (meeting_id, person_id, COALESCE(occurrence_starts_at, '-infinity'::timestamptz))
       DO UPDATE SET response = EXCLUDED.response, responded_at = EXCLUDED.responded_at
       RETURNING meeting_id AS "meetingId", person_id AS "personId", occurrence_starts_at AS "occurrenceStartsAt",
                 response, responded_at AS "respondedAt"`,
      [a.meetingId, a.personId, a.occurrenceStartsAt, a.response, this.clock.now()],
    );
    return rows[0];
  }

  attendanceOf(meetingIds: readonly string[]): Promise<AttendanceRow[]> {
    if (!meetingIds.length) return Promise.resolve([]);
    return this.query(
      `SELECT meeting_id AS "meetingId", person_id AS "personId", occurrence_starts_at AS "occurrenceStartsAt",
              response, responded_at AS "respondedAt"
         FROM attendance WHERE meeting_id = ANY($1::uuid[])
        ORDER BY meeting_id, occurrence_starts_at NULLS FIRST, responded_at`,
      [meetingIds],
    );
  }

  /** ACTIVE seat holders of the groups, as (group, person) pairs. */
  async activeSeatHolders(groupIds: readonly string[]): Promise<{ groupId: string; personId: string }[]> {
    if (!groupIds.length) return [];
    return this.query(
      `SELECT working_group_id AS "groupId", person_id AS "personId" FROM memberships
        WHERE working_group_id = ANY($1::uuid[]) AND status = 'ACTIVE'`,
      [groupIds],
    );
  }

  /** Everyone with role MEMBER or OFFICE (who community-wide meetings are for). */
  async memberIds(): Promise<string[]> {
    const rows = await this.query<{ id: string }>(`SELECT id FROM people WHERE role IN ('MEMBER', 'OFFICE')`);
    return rows.map((r) => r.id);
  }

  /** The groups a person holds an ACTIVE seat in. */
  async activeGroupIdsOf(personId: string): Promise<string[]> {
    const rows = await this.query<{ id: string }>(
      `SELECT working_group_id AS id FROM memberships WHERE person_id = $1 AND status = 'ACTIVE'`,
      [personId],
    );
    return rows.map((r) => r.id);
  }

  /** The groups a person holds an ACTIVE CHAIR seat in. */
  async chairedGroupIdsOf(personId: string): Promise<string[]> {
    const rows = await this.query<{ id: string }>(
      `SELECT working_group_id AS id FROM memberships WHERE person_id = $1 AND status = 'ACTIVE' AND role = 'CHAIR'`,
      [personId],
    );
    return rows.map((r) => r.id);
  }

  async isActiveChair(personId: string, groupId: string): Promise<boolean> {
    const rows = await this.query(
      `SELECT 1 FROM memberships WHERE person_id = $1 AND working_group_id = $2 AND status = 'ACTIVE' AND role = 'CHAIR'`,
      [personId, groupId],
    );
    return rows.length > 0;
  }

  async groupById(id: string): Promise<{ id: string; code: string; name: string } | null> {
    const rows = await this.query<{ id: string; code: string; name: string }>(
      `SELECT id, code, name FROM working_groups WHERE id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  async groupIdsByCodes(codes: readonly string[]): Promise<Map<string, string>> {
    const rows = await this.query<{ id: string; code: string }>(
      `SELECT id, code FROM working_groups WHERE code = ANY($1::text[])`,
      [codes],
    );
    return new Map(rows.map((r) => [r.code, r.id]));
  }

  /**
   * Who receives the minutes of a meeting: people with an e-mail who may see it, among the
   * group's ACTIVE seat holders (community-wide meetings: every MEMBER and OFFICE). A GUEST
   * who keeps a seat sees what the public sees, so is mailed nothing.
   */
  minutesRecipients(
    meeting: Pick<MeetingRow, 'workingGroupId' | 'visibility'>,
    opts: { wantsReminders?: boolean } = {},
  ): Promise<Recipient[]> {
    const reminders = opts.wantsReminders ? 'AND p.meeting_reminders' : '';
    if (!meeting.workingGroupId) {
      return this.query(
        `SELECT p.id, p.display_name AS "displayName", p.email, p.time_zone AS "timeZone", p.role FROM people p
          WHERE p.email IS NOT NULL AND p.role IN ('MEMBER', 'OFFICE') ${reminders} ORDER BY p.id`,
      );
    }
    return this.query(
      `SELECT p.id, p.display_name AS "displayName", p.email, p.time_zone AS "timeZone", p.role
         FROM memberships s JOIN people p ON p.id = s.person_id
        WHERE s.working_group_id = $1 AND s.status = 'ACTIVE' AND p.email IS NOT NULL
          AND p.role IN ('MEMBER', 'OFFICE') ${reminders}
        ORDER BY p.id`,
      [meeting.workingGroupId],
    );
  }

  /** One meeting with its exceptions (reminders re-read the occurrence). */
  async findWithExceptions(id: string): Promise<MeetingWithExceptions | null> {
    const rows = await this.query<MeetingRow & { exceptions: RawException[] }>(
      `SELECT ${MEETING_COLUMNS}, ${EXCEPTIONS_JSON} FROM meetings m WHERE m.id = $1`,
      [id],
    );
    return rows[0] ? withExceptions(rows[0]) : null;
  }

  // ---------------------------------------------------------------- personal feeds

  async feedOf(personId: string): Promise<{ generation: number; tokenHash: string } | null> {
    const rows = await this.query<{ generation: number; tokenHash: string }>(
      `SELECT generation, token_hash AS "tokenHash" FROM calendar_feeds WHERE person_id = $1`,
      [personId],
    );
    return rows[0] ?? null;
  }

  /** Creates the person's feed unless it exists; returns the current one. */
  async ensureFeed(personId: string, tokenHashOf: (generation: number) => string): Promise<number> {
    await this.query(
      // Any conflict: two requests making the same first feed at once collide on token_hash
      // (the same hash for the same person) as well as on person_id.
      `INSERT INTO calendar_feeds (person_id, token_hash, generation) VALUES ($1, $2, 1)
       ON CONFLICT DO NOTHING`,
      [personId, tokenHashOf(1)],
    );
    return (await this.feedOf(personId))!.generation;
  }

  /** Moves the feed to the next generation: the old URL stops working at once. */
  async rotateFeed(personId: string, tokenHashOf: (generation: number) => string): Promise<number> {
    const current = await this.query<{ generation: number }>(
      `SELECT generation FROM calendar_feeds WHERE person_id = $1 FOR UPDATE`,
      [personId],
    );
    const next = (current[0]?.generation ?? 0) + 1;
    await this.query(
      `INSERT INTO calendar_feeds (person_id, token_hash, generation, rotated_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (person_id) DO UPDATE SET token_hash = $2, generation = $3, rotated_at = $4`,
      [personId, tokenHashOf(next), next, this.clock.now()],
    );
    return next;
  }

  async feedOwnerByHash(tokenHash: string): Promise<{ personId: string; role: string } | null> {
    const rows = await this.query<{ personId: string; role: string }>(
      `SELECT f.person_id AS "personId", p.role FROM calendar_feeds f JOIN people p ON p.id = f.person_id
        WHERE f.token_hash = $1`,
      [tokenHash],
    );
    return rows[0] ?? null;
  }
}
