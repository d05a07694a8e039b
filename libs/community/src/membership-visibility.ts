import type { Viewer } from '@cop/identity';
import type { MembershipEntity } from './membership.entity';

/**
 * Who may see which seats (DESIGN rule 4), decided here once: the office sees every seat;
 * members see ACTIVE seats, their own, and the PENDING requests of the groups they chair; a
 * GUEST sees only their own seats; anonymous callers none. Member lists, their counts and
 * Person.memberships all compose `membershipVisibleSql`.
 */
export type SeatScope =
  | { kind: 'none' }
  | { kind: 'all' }
  | { kind: 'own'; personId: string }
  | { kind: 'member'; personId: string };

export function seatScope(viewer: Viewer | null): SeatScope {
  if (!viewer) return { kind: 'none' };
  // Role checks spelled out: isOffice/isMember are type guards and would narrow viewer to never.
  if (viewer.role === 'OFFICE') return { kind: 'all' };
  if (viewer.role === 'MEMBER') return { kind: 'member', personId: viewer.personId };
  return { kind: 'own', personId: viewer.personId };
}

/** The SQL condition on memberships alias `m`; `param` is the placeholder bound to scopeParam(scope). */
export function membershipVisibleSql(scope: SeatScope, m: string, param: string): string {
  switch (scope.kind) {
    case 'none':
      return `(FALSE AND ${param}::uuid IS NULL)`;
    case 'all':
      return `(TRUE OR ${param}::uuid IS NULL)`;
    case 'own':
      return `(${m}.person_id = ${param}::uuid)`;
    case 'member':
      return `(${m}.status = 'ACTIVE' OR ${m}.person_id = ${param}::uuid OR EXISTS (
        SELECT 1 FROM memberships c WHERE c.working_group_id = ${m}.working_group_id
          AND c.person_id = ${param}::uuid AND c.role = 'CHAIR' AND c.status = 'ACTIVE'))`;
  }
}

/** The value bound to the condition's placeholder. */
export function scopeParam(scope: SeatScope): string | null {
  return scope.kind === 'own' || scope.kind === 'member' ? scope.personId : null;
}

/** The same rule for one seat; `viewerChairs` says whether the viewer chairs the seat's group. */
export function membershipVisible(
  scope: SeatScope,
  seat: Pick<MembershipEntity, 'personId' | 'status'>,
  viewerChairs: boolean,
): boolean {
  switch (scope.kind) {
    case 'none':
      return false;
    case 'all':
      return true;
    case 'own':
      return seat.personId === scope.personId;
    case 'member':
      return seat.status === 'ACTIVE' || seat.personId === scope.personId || viewerChairs;
  }
}
