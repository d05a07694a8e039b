import { Injectable } from '@nestjs/common';
import { holdsActiveSeatSql } from '@cop/community';
import type { Scope, Viewer } from '@cop/identity';
import { TransactionContext, Visibility, ident, isUuid, sql, type Sql } from '@cop/platform';

/**
 * Who may see which meeting (DESIGN rule 4), decided here once. PUBLIC: anyone. COMMUNITY:
 * MEMBER and OFFICE. WORKING_GROUP: MEMBERs with an ACTIVE seat in the meeting's group, and
 * OFFICE. A GUEST sees what the public sees, seat or no seat (as for documents): a member demoted
 * on a lost entitlement keeps their seats but not their access.
 * Every list, the calendar and the feeds compose `meetingVisibleSql`; single meetings use
 * `meetingVisible` with the viewer's active groups.
 */
export type MeetingScope = { kind: 'public' } | { kind: 'all' } | { kind: 'member'; personId: string };

/** The caller as the rules read them: a request's Scope, or a Viewer (both have role and personId). */
type Caller = Pick<Scope, 'role' | 'personId'> | Viewer | null | undefined;

export function meetingScope(viewer: Caller): MeetingScope {
  if (!viewer || viewer.personId === null) return { kind: 'public' };
  if (viewer.role === 'OFFICE') return { kind: 'all' };
  if (viewer.role === 'MEMBER') return { kind: 'member', personId: viewer.personId };
  return { kind: 'public' };
}

/**
 * Every meeting, for the system's own reads that decide nothing about a viewer (the reminder
 * scheduler plans every occurrence; who is mailed is decided per person by `meetingAudienceSql`).
 * Not a viewer: no one is invented.
 */
export const EVERY_MEETING: MeetingScope = Object.freeze({ kind: 'all' });

/**
 * The MEMBER rule on meetings alias `m` for the person `person` names: a bound id, or a column
 * for statements that decide for many people at once (the digests: sql`p.id`).
 */
export function meetingVisibleToMemberSql(m: string, person: Sql): Sql {
  const a = ident(m);
  return sql`(${a}.visibility IN ('PUBLIC', 'COMMUNITY')
    OR (${a}.visibility = 'WORKING_GROUP' AND ${holdsActiveSeatSql(sql`${a}.working_group_id`, person)}))`;
}

/**
 * The whole rule on meetings alias `m` for every person of people alias `p` at once, their role
 * read from the row (recipients, digests): OFFICE all, MEMBER the member rule, GUEST the public's.
 */
export function meetingVisibleToPeopleSql(m: string, p: string): Sql {
  const a = ident(m);
  const person = ident(p);
  return sql`(${person}.role = 'OFFICE'
    OR (${person}.role = 'MEMBER' AND ${meetingVisibleToMemberSql(m, sql`${person}.id`)})
    OR ${a}.visibility = 'PUBLIC')`;
}

/**
 * Who may have a meeting's video link, wherever it is shown (the page, feeds, reminders): MEMBER
 * and OFFICE, for any meeting they may see. Anonymous callers and GUESTs never.
 */
export function mayJoinVideo(role: string | null | undefined): boolean {
  return role === 'MEMBER' || role === 'OFFICE';
}

/** The SQL condition on meetings alias `m`, the viewer's id bound in it. */
export function meetingVisibleSql(scope: MeetingScope, m: string): Sql {
  switch (scope.kind) {
    case 'public':
      return sql`(${ident(m)}.visibility = 'PUBLIC')`;
    case 'all':
      return sql`TRUE`;
    case 'member':
      return meetingVisibleToMemberSql(m, sql`${scope.personId}::uuid`);
  }
}

/**
 * An audience: every reader of something published at a visibility (a report's published notes),
 * not one person; what each of them may see. PUBLIC: PUBLIC meetings. COMMUNITY: what every member
 * sees (PUBLIC and COMMUNITY). WORKING_GROUP the same: a seated reader of one owning group need not
 * sit in the group of a cited meeting.
 */
export function meetingVisibleToAudienceSql(audience: Visibility, m: string): Sql {
  const a = ident(m);
  return audience === Visibility.PUBLIC
    ? sql`(${a}.visibility = 'PUBLIC')`
    : sql`(${a}.visibility IN ('PUBLIC', 'COMMUNITY'))`;
}

/** The same audience rule for one meeting. */
export function meetingVisibleToAudience(audience: Visibility, meeting: { visibility: string }): boolean {
  return audience === Visibility.PUBLIC
    ? meeting.visibility === 'PUBLIC'
    : meeting.visibility === 'PUBLIC' || meeting.visibility === 'COMMUNITY';
}

/** The same rule for one meeting; `activeGroupIds` are the groups the viewer holds an ACTIVE seat in. */
export function meetingVisible(
  scope: MeetingScope,
  meeting: { visibility: string; workingGroupId: string | null },
  activeGroupIds: ReadonlySet<string>,
): boolean {
  switch (scope.kind) {
    case 'public':
      return meeting.visibility === 'PUBLIC';
    case 'all':
      return true;
    case 'member':
      if (meeting.visibility === 'PUBLIC' || meeting.visibility === 'COMMUNITY') return true;
      return meeting.workingGroupId !== null && activeGroupIds.has(meeting.workingGroupId);
  }
}

/**
 * The meetings' visibility contract (issue 24): the SQL condition, the predicate for one meeting,
 * and which of many meetings a caller may see, in one statement. Recipients (minutes, reminders)
 * compose `meetingVisibleToPeopleSql`, the same rule for many people.
 */
@Injectable()
export class MeetingVisibility {
  constructor(private readonly tx: TransactionContext) {}

  /** The condition on meetings alias `m` for this caller. */
  sql(scope: Caller, m: string): Sql {
    return meetingVisibleSql(meetingScope(scope), m);
  }

  /** The same rule for one meeting; `activeGroupIds`: the caller's ACTIVE seats. */
  visible(
    scope: Caller,
    meeting: { visibility: string; workingGroupId: string | null },
    activeGroupIds: ReadonlySet<string>,
  ): boolean {
    return meetingVisible(meetingScope(scope), meeting, activeGroupIds);
  }

  /** The ids among `ids` of meetings the caller may see (unknown ids and non-UUIDs left out). */
  async visibleIdsAmong(scope: Caller, ids: readonly string[]): Promise<Set<string>> {
    const wanted = [...new Set(ids.filter(isUuid))];
    if (!wanted.length) return new Set();
    const rows = await this.tx.query<{ id: string }>(
      sql`SELECT m.id FROM meetings m WHERE m.id = ANY(${wanted}::uuid[]) AND ${meetingVisibleSql(meetingScope(scope), 'm')}`,
    );
    return new Set(rows.map((r) => r.id));
  }
}
