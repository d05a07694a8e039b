import { sql, type Sql } from '@cop/platform';

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
