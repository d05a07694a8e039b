import { Injectable } from '@nestjs/common';
import {
  activeSeatHolderIdsSql,
  activeSeatsOfGroupsSql,
  chairsGroupSql,
  holdsActiveSeatSql,
  seatGroupIdsSql,
  workingGroupByIdSql,
  workingGroupIdsByCodesSql,
} from '@cop/community';
import { mailablePeopleSql, memberOrOfficeIdsSql, personRoleSql } from '@cop/identity';
import { Clock, TransactionContext, sql } from '@cop/platform';
import { meetingVisibleSql, meetingVisibleToPeopleSql, type MeetingScope } from './meeting-visibility';
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
  /** The presenter as a person of the platform (issue 26); `presenter` keeps the name shown. */
  presenterPersonId: string | null;
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
  /** Only the meetings of no working group (the community's own). */
  communityWide?: boolean;
}

export const MEETING_COLUMNS = sql`m.id, m.title, m.description, m.working_group_id AS "workingGroupId",
  m.starts_at AS "startsAt", m.ends_at AS "endsAt", m.time_zone AS "timeZone", m.rrule,
  m.series_ends_at AS "seriesEndsAt", m.location, m.video_url AS "videoUrl", m.visibility, m.status,
  m.organizer_id AS "organizerId", m.minutes, m.created_at AS "createdAt", m.updated_at AS "updatedAt"`;

const EXCEPTIONS_JSON = sql`COALESCE((SELECT json_agg(json_build_object(
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

  async insert(f: MeetingFields): Promise<MeetingRow> {
    const now = this.clock.now();
    const [row] = await this.tx.query<{
      id: string;
    }>(sql`INSERT INTO meetings (title, description, working_group_id, starts_at, ends_at, time_zone, rrule,
         series_ends_at, location, video_url, visibility, organizer_id, created_at, updated_at)
       VALUES (${f.title}, ${f.description}, ${f.workingGroupId}, ${f.startsAt}, ${f.endsAt}, ${f.timeZone}, ${f.rrule}, ${f.seriesEndsAt}, ${f.location}, ${f.videoUrl}, ${f.visibility}, ${f.organizerId}, ${now}, ${now}) RETURNING id`);
    return (await this.findById(row.id))!;
  }

  async update(id: string, f: Omit<MeetingFields, 'organizerId'>): Promise<void> {
    await this.tx
      .query(sql`UPDATE meetings SET title = ${f.title}, description = ${f.description}, working_group_id = ${f.workingGroupId}, starts_at = ${f.startsAt}, ends_at = ${f.endsAt},
         time_zone = ${f.timeZone}, rrule = ${f.rrule}, series_ends_at = ${f.seriesEndsAt}, location = ${f.location}, video_url = ${f.videoUrl}, visibility = ${f.visibility},
         updated_at = ${this.clock.now()}
       WHERE id = ${id}`);
  }

  async setStatus(id: string, status: MeetingRow['status']): Promise<void> {
    await this.tx.query(
      sql`UPDATE meetings SET status = ${status}, updated_at = ${this.clock.now()} WHERE id = ${id}`,
    );
  }

  async setMinutes(id: string, minutes: string): Promise<void> {
    await this.tx.query(
      sql`UPDATE meetings SET minutes = ${minutes}, updated_at = ${this.clock.now()} WHERE id = ${id}`,
    );
  }

  async touch(id: string): Promise<void> {
    await this.tx.query(sql`UPDATE meetings SET updated_at = ${this.clock.now()} WHERE id = ${id}`);
  }

  async findById(id: string): Promise<MeetingRow | null> {
    const rows = await this.tx.query<MeetingRow>(
      sql`SELECT ${MEETING_COLUMNS} FROM meetings m WHERE m.id = ${id}`,
    );
    return rows[0] ?? null;
  }

  findByIds(ids: readonly string[]): Promise<MeetingRow[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.tx.query<MeetingRow>(
      sql`SELECT ${MEETING_COLUMNS} FROM meetings m WHERE m.id = ANY(${ids}::uuid[])`,
    );
  }

  /** By title within a group (null: community-wide): the demo seed's natural key. */
  async findByTitle(title: string, workingGroupId: string | null): Promise<MeetingRow | null> {
    const rows = await this.tx.query<MeetingRow>(sql`SELECT ${MEETING_COLUMNS} FROM meetings m
        WHERE m.title = ${title} AND m.working_group_id IS NOT DISTINCT FROM ${workingGroupId}::uuid LIMIT 1`);
    return rows[0] ?? null;
  }

  /** Locks the meeting's row until the transaction ends (changes to a series are serialized). */
  async lockById(id: string): Promise<MeetingRow | null> {
    const rows = await this.tx.query<MeetingRow>(
      sql`SELECT ${MEETING_COLUMNS} FROM meetings m WHERE m.id = ${id} FOR UPDATE`,
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
    const groupIds = filter.groupIds ?? null;
    const mine = filter.minePersonId ?? null;
    const rows = await this.tx.query<
      MeetingRow & { exceptions: RawException[] }
    >(sql`SELECT ${MEETING_COLUMNS}, ${EXCEPTIONS_JSON}
         FROM meetings m
        WHERE ${meetingVisibleSql(scope, 'm')}
          AND ((m.starts_at < ${to} AND (m.series_ends_at IS NULL OR m.series_ends_at > ${from}))
            OR EXISTS (SELECT 1 FROM meeting_exceptions x
                        WHERE x.meeting_id = m.id AND x.starts_at < ${to} AND x.ends_at > ${from}))
          AND (${groupIds}::uuid[] IS NULL OR m.working_group_id = ANY(${groupIds}::uuid[]))
          AND (${mine}::uuid IS NULL OR m.working_group_id IS NULL
            OR ${holdsActiveSeatSql(sql`m.working_group_id`, sql`${mine}::uuid`, 'ms')})
          AND (NOT ${filter.publicOnly ?? false}::boolean OR m.visibility = 'PUBLIC')
          AND (NOT ${filter.communityWide ?? false}::boolean OR m.working_group_id IS NULL)
        ORDER BY m.starts_at, m.id`);
    return rows.map(withExceptions);
  }

  async exceptionsOf(meetingIds: readonly string[]): Promise<(SeriesException & { meetingId: string })[]> {
    if (!meetingIds.length) return [];
    return this.tx
      .query(sql`SELECT meeting_id AS "meetingId", original_starts_at AS "originalStartsAt", cancelled,
              starts_at AS "startsAt", ends_at AS "endsAt"
         FROM meeting_exceptions WHERE meeting_id = ANY(${meetingIds}::uuid[])`);
  }

  async cancelOccurrence(meetingId: string, originalStartsAt: Date): Promise<void> {
    const now = this.clock.now();
    await this.tx
      .query(sql`INSERT INTO meeting_exceptions (meeting_id, original_starts_at, cancelled, updated_at) VALUES (${meetingId}, ${originalStartsAt}, true, ${now})
       ON CONFLICT (meeting_id, original_starts_at) DO UPDATE SET cancelled = true, updated_at = ${now}`);
  }

  async moveOccurrence(
    meetingId: string,
    originalStartsAt: Date,
    startsAt: Date,
    endsAt: Date,
  ): Promise<void> {
    const now = this.clock.now();
    await this.tx
      .query(sql`INSERT INTO meeting_exceptions (meeting_id, original_starts_at, cancelled, starts_at, ends_at, updated_at)
       VALUES (${meetingId}, ${originalStartsAt}, false, ${startsAt}, ${endsAt}, ${now})
       ON CONFLICT (meeting_id, original_starts_at)
       DO UPDATE SET cancelled = false, starts_at = ${startsAt}, ends_at = ${endsAt}, updated_at = ${now}`);
  }

  /** Drops the exceptions of these original starts (a re-timed series no longer has them). */
  async deleteExceptionsAt(meetingId: string, originalStarts: readonly Date[]): Promise<void> {
    if (!originalStarts.length) return;
    await this.tx.query(
      sql`DELETE FROM meeting_exceptions WHERE meeting_id = ${meetingId} AND original_starts_at = ANY(${originalStarts.map((d) => d.toISOString())}::timestamptz[])`,
    );
  }

  agendaOf(meetingIds: readonly string[]): Promise<AgendaItemRow[]> {
    if (!meetingIds.length) return Promise.resolve([]);
    return this.tx
      .query(sql`SELECT id, meeting_id AS "meetingId", position, title, presenter, presenter_person_id AS "presenterPersonId",
              duration_minutes AS "durationMinutes", document_ids AS "documentIds"
         FROM agenda_items WHERE meeting_id = ANY(${meetingIds}::uuid[]) ORDER BY meeting_id, position`);
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
    return this.tx.query(sql`SELECT a.id, a.meeting_id AS "meetingId", a.position, a.title, a.presenter,
              a.presenter_person_id AS "presenterPersonId", a.duration_minutes AS "durationMinutes", a.document_ids AS "documentIds", l.document_id AS "documentId"
         FROM agenda_items a
         JOIN meetings m ON m.id = a.meeting_id
         CROSS JOIN LATERAL unnest(a.document_ids) AS l(document_id)
        WHERE a.document_ids && ${documentIds}::uuid[] AND l.document_id = ANY(${documentIds}::uuid[])
          AND ${meetingVisibleSql(scope, 'm')}
        ORDER BY m.starts_at DESC, m.id, a.position`);
  }

  async replaceAgenda(meetingId: string, items: Omit<AgendaItemRow, 'id' | 'meetingId'>[]): Promise<void> {
    await this.tx.query(sql`DELETE FROM agenda_items WHERE meeting_id = ${meetingId}`);
    if (!items.length) return;
    await this.tx
      .query(sql`INSERT INTO agenda_items (meeting_id, position, title, presenter, presenter_person_id, duration_minutes, document_ids)
       SELECT ${meetingId}, i.position, i.title, i.presenter, i.presenter_person_id, i.duration_minutes, ARRAY(SELECT json_array_elements_text(i.document_ids))::uuid[]
         FROM json_to_recordset(${JSON.stringify(
           items.map((i) => ({
             position: i.position,
             title: i.title,
             presenter: i.presenter,
             presenter_person_id: i.presenterPersonId ?? null,
             duration_minutes: i.durationMinutes,
             document_ids: i.documentIds,
           })),
         )}::json) AS i(position int, title text, presenter text, presenter_person_id uuid, duration_minutes int, document_ids json)`);
  }

  async upsertAttendance(a: Omit<AttendanceRow, 'respondedAt'>): Promise<AttendanceRow> {
    const rows = await this.tx
      .query<AttendanceRow>(sql`INSERT INTO attendance (meeting_id, person_id, occurrence_starts_at, response, responded_at)
       VALUES (${a.meetingId}, ${a.personId}, ${a.occurrenceStartsAt}, ${a.response}, ${this.clock.now()})
       ON CONFLICT (meeting_id, person_id, COALESCE(occurrence_starts_at, '-infinity'::timestamptz))
       DO UPDATE SET response = EXCLUDED.response, responded_at = EXCLUDED.responded_at
       RETURNING meeting_id AS "meetingId", person_id AS "personId", occurrence_starts_at AS "occurrenceStartsAt",
                 response, responded_at AS "respondedAt"`);
    return rows[0];
  }

  attendanceOf(meetingIds: readonly string[]): Promise<AttendanceRow[]> {
    if (!meetingIds.length) return Promise.resolve([]);
    return this.tx
      .query(sql`SELECT meeting_id AS "meetingId", person_id AS "personId", occurrence_starts_at AS "occurrenceStartsAt",
              response, responded_at AS "respondedAt"
         FROM attendance WHERE meeting_id = ANY(${meetingIds}::uuid[])
        ORDER BY meeting_id, occurrence_starts_at NULLS FIRST, responded_at`);
  }

  // Seats and groups are community's: the statements below compose its SQL (@cop/community's
  // seat-sql.ts) rather than reading memberships and working_groups here (issue 24).

  /** ACTIVE seat holders of the groups, as (group, person) pairs. */
  async activeSeatHolders(groupIds: readonly string[]): Promise<{ groupId: string; personId: string }[]> {
    if (!groupIds.length) return [];
    return this.tx.query(activeSeatsOfGroupsSql(groupIds));
  }

  /** Everyone with role MEMBER or OFFICE (who community-wide meetings are for). */
  async memberIds(): Promise<string[]> {
    const rows = await this.tx.query<{ id: string }>(memberOrOfficeIdsSql());
    return rows.map((r) => r.id);
  }

  /** The groups a person holds an ACTIVE seat in. */
  async activeGroupIdsOf(personId: string): Promise<string[]> {
    const rows = await this.tx.query<{ id: string }>(seatGroupIdsSql(personId));
    return rows.map((r) => r.id);
  }

  /** The groups a person holds an ACTIVE CHAIR seat in. */
  async chairedGroupIdsOf(personId: string): Promise<string[]> {
    const rows = await this.tx.query<{ id: string }>(seatGroupIdsSql(personId, { chair: true }));
    return rows.map((r) => r.id);
  }

  async isActiveChair(personId: string, groupId: string): Promise<boolean> {
    const rows = await this.tx.query(
      sql`SELECT 1 AS chairs WHERE ${chairsGroupSql(sql`${groupId}::uuid`, sql`${personId}::uuid`)}`,
    );
    return rows.length > 0;
  }

  async groupById(id: string): Promise<{ id: string; code: string; name: string } | null> {
    const rows = await this.tx.query<{ id: string; code: string; name: string }>(workingGroupByIdSql(id));
    return rows[0] ?? null;
  }

  async groupIdsByCodes(codes: readonly string[]): Promise<Map<string, string>> {
    const rows = await this.tx.query<{ id: string; code: string }>(workingGroupIdsByCodesSql(codes));
    return new Map(rows.map((r) => [r.code, r.id]));
  }

  /**
   * Who is mailed a meeting's minutes and reminders: its audience (the group's ACTIVE seat holders;
   * for a community-wide meeting everyone) with role MEMBER or OFFICE and an address, kept only
   * where the meetings' visibility contract lets them see it (meetingVisibleToPeopleSql, the rule
   * for many people at once). A GUEST who keeps a seat sees what the public sees: mailed nothing.
   */
  minutesRecipients(
    meeting: Pick<MeetingRow, 'id'>,
    opts: { wantsReminders?: boolean } = {},
  ): Promise<Recipient[]> {
    const people = mailablePeopleSql({ meetingReminders: opts.wantsReminders });
    return this.tx.query(sql`SELECT p.id, p."displayName", p.email, p."timeZone", p.role
         FROM meetings m JOIN (${people}) p ON ${meetingVisibleToPeopleSql('m', 'p')}
        WHERE m.id = ${meeting.id}
          AND (m.working_group_id IS NULL OR p.id IN (${activeSeatHolderIdsSql(sql`m.working_group_id`)}))
        ORDER BY p.id`);
  }

  /** One meeting with its exceptions (reminders re-read the occurrence). */
  async findWithExceptions(id: string): Promise<MeetingWithExceptions | null> {
    const rows = await this.tx.query<MeetingRow & { exceptions: RawException[] }>(
      sql`SELECT ${MEETING_COLUMNS}, ${EXCEPTIONS_JSON} FROM meetings m WHERE m.id = ${id}`,
    );
    return rows[0] ? withExceptions(rows[0]) : null;
  }

  // ---------------------------------------------------------------- personal feeds

  async feedOf(personId: string): Promise<{ generation: number; tokenHash: string } | null> {
    const rows = await this.tx.query<{ generation: number; tokenHash: string }>(
      sql`SELECT generation, token_hash AS "tokenHash" FROM calendar_feeds WHERE person_id = ${personId}`,
    );
    return rows[0] ?? null;
  }

  /** Creates the person's feed unless it exists; returns the current one. */
  async ensureFeed(personId: string, tokenHashOf: (generation: number) => string): Promise<number> {
    // Any conflict: two requests making the same first feed at once collide on token_hash
    // (the same hash for the same person) as well as on person_id.
    await this.tx.query(
      sql`INSERT INTO calendar_feeds (person_id, token_hash, generation) VALUES (${personId}, ${tokenHashOf(1)}, 1)
       ON CONFLICT DO NOTHING`,
    );
    return (await this.feedOf(personId))!.generation;
  }

  /** Moves the feed to the next generation: the old URL stops working at once. */
  async rotateFeed(personId: string, tokenHashOf: (generation: number) => string): Promise<number> {
    const current = await this.tx.query<{ generation: number }>(
      sql`SELECT generation FROM calendar_feeds WHERE person_id = ${personId} FOR UPDATE`,
    );
    const next = (current[0]?.generation ?? 0) + 1;
    const tokenHash = tokenHashOf(next);
    const now = this.clock.now();
    await this.tx
      .query(sql`INSERT INTO calendar_feeds (person_id, token_hash, generation, rotated_at) VALUES (${personId}, ${tokenHash}, ${next}, ${now})
       ON CONFLICT (person_id) DO UPDATE SET token_hash = ${tokenHash}, generation = ${next}, rotated_at = ${now}`);
    return next;
  }

  async feedOwnerByHash(tokenHash: string): Promise<{ personId: string; role: string } | null> {
    const rows = await this.tx.query<{
      personId: string;
      role: string;
    }>(sql`SELECT f.person_id AS "personId", ${personRoleSql(sql`f.person_id`)} AS role FROM calendar_feeds f
        WHERE f.token_hash = ${tokenHash}`);
    return rows[0] ?? null;
  }
}
