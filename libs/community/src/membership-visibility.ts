import type { Viewer } from '@cop/identity';
import { ident, sql, type Sql } from '@cop/platform';
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

/** The SQL condition on memberships alias `m`, the viewer's id bound in it. */
export function membershipVisibleSql(scope: SeatScope, m: string): Sql {
  switch (scope.kind) {
    case 'none':
      return sql`FALSE`;
    case 'all':
      return sql`TRUE`;
    case 'own':
      return sql`(${ident(m)}.person_id = ${scope.personId}::uuid)`;
    case 'member':
      return membershipVisibleToMemberSql(m, sql`${scope.personId}::uuid`);
  }
}

/**
 * The MEMBER rule on memberships alias `m` for the person `person` names: a bound id, or a
 * column for statements that decide for many people at once (the digests: sql`p.id`).
 */
export function membershipVisibleToMemberSql(m: string, person: Sql): Sql {
  const a = ident(m);
  return sql`(${a}.status = 'ACTIVE' OR ${a}.person_id = ${person} OR EXISTS (
        SELECT 1 FROM memberships c WHERE c.working_group_id = ${a}.working_group_id
          AND c.person_id = ${person} AND c.role = 'CHAIR' AND c.status = 'ACTIVE'))`;
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
