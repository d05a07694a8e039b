import { Injectable } from '@nestjs/common';
import type { Scope, Viewer } from '@cop/identity';
import { TransactionContext, ident, isUuid, sql, type Sql } from '@cop/platform';
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

/** The caller as the rules read them: a request's Scope, or a Viewer (both have role and personId). */
type Caller = Pick<Scope, 'role' | 'personId'> | Viewer | null | undefined;

export function seatScope(viewer: Caller): SeatScope {
  if (!viewer || viewer.personId === null) return { kind: 'none' };
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

/**
 * The seats' visibility contract (issue 24): the SQL condition, the predicate for one seat, and
 * which of many seats a caller may see, in one statement.
 */
@Injectable()
export class MembershipVisibility {
  constructor(private readonly tx: TransactionContext) {}

  /** The condition on memberships alias `m` for this caller. */
  sql(scope: Caller, m: string): Sql {
    return membershipVisibleSql(seatScope(scope), m);
  }

  /** The same rule for one seat (`viewerChairs`: the caller chairs the seat's group). */
  visible(
    scope: Caller,
    seat: Pick<MembershipEntity, 'personId' | 'status'>,
    viewerChairs: boolean,
  ): boolean {
    return membershipVisible(seatScope(scope), seat, viewerChairs);
  }

  /** The ids among `ids` of seats the caller may see (unknown ids and non-UUIDs left out). */
  async visibleIdsAmong(scope: Caller, ids: readonly string[]): Promise<Set<string>> {
    const wanted = [...new Set(ids.filter(isUuid))];
    const seats = seatScope(scope);
    if (!wanted.length || seats.kind === 'none') return new Set();
    const rows = await this.tx.query<{ id: string }>(
      sql`SELECT m.id FROM memberships m WHERE m.id = ANY(${wanted}::uuid[]) AND ${membershipVisibleSql(seats, 'm')}`,
    );
    return new Set(rows.map((r) => r.id));
  }
}
