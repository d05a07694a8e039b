import type { Scope } from '@cop/identity';
import { sql, type Sql } from '@cop/platform';

export type ExpertiseVisibilityValue = 'MEMBERS' | 'PRIVATE';

/**
 * Who may see a person's expertise (DESIGN rule 4), decided here once: the person themself
 * always; MEMBERs and the OFFICE when the person chose MEMBERS; a GUEST or an anonymous caller
 * never (a GUEST sees only their own). A person who never chose is PRIVATE (no row): privacy by
 * default. Person.expertise, ExpertiseTerm.peopleCount, expertiseTerms' ordering, the directory's
 * filters and search, and the suggestions (expertise-match.ts) all compose `expertiseVisibleSql`.
 */
export function expertiseVisibleSql(scope: Scope, personId: Sql): Sql {
  if (scope.personId === null || scope.role === 'ANONYMOUS') return sql`FALSE`;
  if (scope.role === 'MEMBER' || scope.role === 'OFFICE') {
    return sql`(${personId} = ${scope.personId}::uuid OR EXISTS (SELECT 1 FROM expertise_visibility ev
      WHERE ev.person_id = ${personId} AND ev.visibility = 'MEMBERS'))`;
  }
  return sql`(${personId} = ${scope.personId}::uuid)`;
}

/** The same rule for one person whose visibility is known (null: never chosen, PRIVATE). */
export function expertiseVisible(
  scope: Scope,
  personId: string,
  visibility: ExpertiseVisibilityValue | null,
): boolean {
  if (scope.personId === null || scope.role === 'ANONYMOUS') return false;
  if (scope.personId === personId) return true;
  return (scope.role === 'MEMBER' || scope.role === 'OFFICE') && visibility === 'MEMBERS';
}
