import { Injectable } from '@nestjs/common';
import { TransactionContext, sql } from '@cop/platform';
import type { Scope } from '@cop/identity';
import { expertSuggestionsSql, type ExpertMatchRow } from '@cop/expertise';
import { useCaseVisibleSql, type UseCaseScope } from './use-case-visibility';

/** The use cases' side of people (issue 26): where a person is an expert, and who could be one. */
@Injectable()
export class UseCasePeopleRepository {
  constructor(private readonly tx: TransactionContext) {}

  /**
   * (person, use case) expert links of these people, in use cases the scope may see, newest
   * updated use case first: one statement.
   */
  expertLinksOf(
    personIds: readonly string[],
    scope: UseCaseScope,
  ): Promise<{ personId: string; useCaseId: string }[]> {
    if (!personIds.length) return Promise.resolve([]);
    return this.tx.query(sql`SELECT e.person_id AS "personId", e.use_case_id AS "useCaseId"
        FROM use_case_experts e JOIN use_cases u ON u.id = e.use_case_id
       WHERE e.person_id = ANY(${personIds}::uuid[]) AND ${useCaseVisibleSql(scope, 'u')}
       ORDER BY e.person_id, u.updated_at DESC, u.id DESC`);
  }

  /**
   * UseCase.expertSuggestions in ONE statement: the expertise match (its visibility rule for the
   * scope: a PRIVATE person never matches) on the use case's domains and title words, less its
   * experts and anyone whose role is not MEMBER or OFFICE (a GUEST is never suggested), in the
   * match's order. The match leaves them out before its limit, so the list is full.
   */
  expertSuggestions(
    scope: Scope,
    useCase: { id: string; domains: readonly string[]; title: string },
    first: number,
  ): Promise<ExpertMatchRow[]> {
    return this.tx.query<ExpertMatchRow>(
      expertSuggestionsSql(scope, {
        domains: useCase.domains,
        words: useCase.title,
        excludeSql: sql`SELECT se.person_id FROM use_case_experts se WHERE se.use_case_id = ${useCase.id}::uuid`,
        roles: ['MEMBER', 'OFFICE'],
        limit: first,
      }),
    );
  }
}
