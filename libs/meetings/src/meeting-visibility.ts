import type { Viewer } from '@cop/identity';
import { ident, sql, type Sql } from '@cop/platform';

/**
 * Who may see which meeting (DESIGN rule 4), decided here once. PUBLIC: anyone. COMMUNITY:
 * MEMBER and OFFICE. WORKING_GROUP: MEMBERs with an ACTIVE seat in the meeting's group, and
 * OFFICE. A GUEST sees what the public sees, seat or no seat (as for documents): a member demoted
 * on a lost entitlement keeps their seats but not their access.
 * Every list, the calendar and the feeds compose `meetingVisibleSql`; single meetings use
 * `meetingVisible` with the viewer's active groups.
 */
export type MeetingScope = { kind: 'public' } | { kind: 'all' } | { kind: 'member'; personId: string };

export function meetingScope(viewer: Viewer | null): MeetingScope {
  if (!viewer || viewer.role === 'GUEST') return { kind: 'public' };
  if (viewer.role === 'OFFICE') return { kind: 'all' };
  return { kind: 'member', personId: viewer.personId };
}

/**
 * The MEMBER rule on meetings alias `m` for the person `person` names: a bound id, or a column
 * for statements that decide for many people at once (the digests: sql`p.id`).
 */
export function meetingVisibleToMemberSql(m: string, person: Sql): Sql {
  const a = ident(m);
  return sql`(${a}.visibility IN ('PUBLIC', 'COMMUNITY')
    OR (${a}.visibility = 'WORKING_GROUP' AND EXISTS (SELECT 1 FROM memberships vs
      WHERE vs.working_group_id = ${a}.working_group_id AND vs.person_id = ${person} AND vs.status = 'ACTIVE')))`;
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
