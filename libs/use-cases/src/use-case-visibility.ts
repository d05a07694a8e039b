import { Injectable } from '@nestjs/common';
import type { Scope, Viewer } from '@cop/identity';
import { TransactionContext, Visibility, ident, isUuid, sql, type Sql } from '@cop/platform';

/**
 * Who may see which use case (DESIGN rule 4), decided here once: the compendium is the
 * community's, so every MEMBER and the OFFICE see every use case; GUESTs and anonymous callers
 * none (the resolvers' @Access('MEMBER') says the same at the door). The contract of issue 24:
 * the SQL condition, the predicate for one use case, and `visibleIdsAmong` in one statement.
 */
export type UseCaseScope = { kind: 'none' } | { kind: 'community' };

/** The caller as the rules read them: a request's Scope, or a Viewer (both have role and personId). */
type Caller = Pick<Scope, 'role' | 'personId'> | Viewer | null | undefined;

export function useCaseScope(viewer: Caller): UseCaseScope {
  if (!viewer || viewer.personId === null) return { kind: 'none' };
  return viewer.role === 'MEMBER' || viewer.role === 'OFFICE' ? { kind: 'community' } : { kind: 'none' };
}

/** The SQL condition on use_cases alias `u`. */
export function useCaseVisibleSql(scope: UseCaseScope, u: string): Sql {
  ident(u); // an alias that is not an identifier is refused, as by the other domains' builders
  return scope.kind === 'community' ? sql`TRUE` : sql`FALSE`;
}

/** The same rule for one use case. */
export function useCaseVisible(scope: UseCaseScope): boolean {
  return scope.kind === 'community';
}

/**
 * An audience: every reader of something published at a visibility (a report's published notes).
 * The compendium is the community's: a COMMUNITY or WORKING_GROUP audience (members all) sees
 * every use case, the PUBLIC one none.
 */
export function useCasesVisibleToAudience(audience: Visibility): boolean {
  return audience !== Visibility.PUBLIC;
}

@Injectable()
export class UseCaseVisibility {
  constructor(private readonly tx: TransactionContext) {}

  /** The condition on use_cases alias `u` for this caller. */
  sql(scope: Caller, u: string): Sql {
    return useCaseVisibleSql(useCaseScope(scope), u);
  }

  /** The same rule for one use case. */
  visible(scope: Caller): boolean {
    return useCaseVisible(useCaseScope(scope));
  }

  /** The ids among `ids` of use cases the caller may see (unknown ids and non-UUIDs left out). */
  async visibleIdsAmong(scope: Caller, ids: readonly string[]): Promise<Set<string>> {
    const wanted = [...new Set(ids.filter(isUuid))];
    const s = useCaseScope(scope);
    if (!wanted.length || s.kind === 'none') return new Set();
    const rows = await this.tx.query<{ id: string }>(
      sql`SELECT u.id FROM use_cases u WHERE u.id = ANY(${wanted}::uuid[]) AND ${useCaseVisibleSql(s, 'u')}`,
    );
    return new Set(rows.map((r) => r.id));
  }
}
