import type { Viewer } from '@cop/identity';

/**
 * Who may see which meeting (DESIGN rule 4), decided here once. PUBLIC: anyone. COMMUNITY:
 * MEMBER and OFFICE. WORKING_GROUP: ACTIVE seat holders of the meeting's group, and OFFICE.
 * Every list, the calendar and the feeds compose `meetingVisibleSql`; single meetings use
 * `meetingVisible` with the viewer's active groups.
 */
export type MeetingScope =
  { kind: 'public' } | { kind: 'all' } | { kind: 'seated'; personId: string; member: boolean };

export function meetingScope(viewer: Viewer | null): MeetingScope {
  if (!viewer) return { kind: 'public' };
  if (viewer.role === 'OFFICE') return { kind: 'all' };
  return { kind: 'seated', personId: viewer.personId, member: viewer.role === 'MEMBER' };
}

/** The SQL condition on meetings alias `m`; `param` is the placeholder bound to scopeParam(scope). */
export function meetingVisibleSql(scope: MeetingScope, m: string, param: string): string {
  switch (scope.kind) {
    case 'public':
      return `(${m}.visibility = 'PUBLIC' AND ${param}::uuid IS NULL)`;
    case 'all':
      return `(TRUE OR ${param}::uuid IS NULL)`;
    case 'seated':
      return `(${m}.visibility = 'PUBLIC'${scope.member ? ` OR ${m}.visibility = 'COMMUNITY'` : ''}
        OR (${m}.visibility = 'WORKING_GROUP' AND EXISTS (SELECT 1 FROM memberships vs
          WHERE vs.working_group_id = ${m}.working_group_id AND vs.person_id = ${param}::uuid AND vs.status = 'ACTIVE')))`;
  }
}

export function scopeParam(scope: MeetingScope): string | null {
  return scope.kind === 'seated' ? scope.personId : null;
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
    case 'seated':
      if (meeting.visibility === 'PUBLIC') return true;
      if (meeting.visibility === 'COMMUNITY') return scope.member;
      return meeting.workingGroupId !== null && activeGroupIds.has(meeting.workingGroupId);
  }
}
