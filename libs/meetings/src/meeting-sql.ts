import { ident, sql, type Sql } from '@cop/platform';

/**
 * Meetings as SQL statements for other domains (issue 24), in the style of community's seat-sql.ts:
 * the reports' evidence runs these instead of reading the meetings table itself. Who may see a
 * meeting is the caller's choice of condition from meeting-visibility.ts (`visible` builds it on
 * the alias given: meetingVisibleSql for a person, meetingVisibleToAudienceSql for an audience).
 * `pattern`: a LIKE pattern, escaped by the caller.
 */

const MEETING_SOURCE = sql`m.id, m.title, m.starts_at AS "startsAt", m.minutes, m.updated_at AS "updatedAt"`;

/**
 * A statement: the meetings of these ids, each with whether it is visible (rows id, title,
 * "startsAt", minutes, "updatedAt", visible).
 */
export function meetingSourcesSql(ids: readonly string[], visible: (m: string) => Sql): Sql {
  return sql`SELECT ${MEETING_SOURCE}, (${visible('m')}) AS visible
      FROM meetings m WHERE m.id = ANY(${ids}::uuid[])`;
}

/**
 * A statement: the visible meetings with minutes whose title or minutes match, title matches and
 * the latest first (rows as meetingSourcesSql, visible TRUE).
 */
export function meetingCandidatesSql(pattern: string, visible: (m: string) => Sql, limit: number): Sql {
  return sql`SELECT ${MEETING_SOURCE}, TRUE AS visible
      FROM meetings m
      WHERE ${visible('m')} AND m.minutes IS NOT NULL AND btrim(m.minutes) <> ''
        AND (m.title ILIKE ${pattern} OR m.minutes ILIKE ${pattern})
      ORDER BY (m.title ILIKE ${pattern}) DESC, m.starts_at DESC, m.id
      LIMIT ${limit}`;
}

/**
 * A derived table for the digests (`JOIN LATERAL (…) m ON TRUE`): the SCHEDULED meetings that may
 * start in [`from`, `to`) (a series: not ended before `from`; expanded by the caller) that
 * `visible` lets the outer statement's viewer see (rows id, title, starts_at, ends_at, time_zone,
 * rrule, working_group_id). `alias` names the meetings row inside.
 */
export function meetingsUpcomingSql(from: Sql, to: Sql, visible: (m: string) => Sql, alias = 'mup'): Sql {
  const m = ident(alias);
  return sql`SELECT ${m}.id, ${m}.title, ${m}.starts_at, ${m}.ends_at, ${m}.time_zone, ${m}.rrule, ${m}.working_group_id
      FROM meetings ${m}
      WHERE ${m}.status = 'SCHEDULED' AND ${m}.starts_at < ${to}
        AND ((${m}.rrule IS NULL AND ${m}.starts_at >= ${from}) OR (${m}.rrule IS NOT NULL AND (${m}.series_ends_at IS NULL OR ${m}.series_ends_at >= ${from})))
        AND ${visible(alias)}`;
}

/**
 * A statement: the exceptions of these meetings' series (rows "meetingId", "originalStartsAt",
 * cancelled, "startsAt", "endsAt").
 */
export function meetingExceptionsSql(meetingIds: readonly string[]): Sql {
  return sql`SELECT meeting_id AS "meetingId", original_starts_at AS "originalStartsAt", cancelled,
              starts_at AS "startsAt", ends_at AS "endsAt"
         FROM meeting_exceptions WHERE meeting_id = ANY(${meetingIds}::uuid[])`;
}
