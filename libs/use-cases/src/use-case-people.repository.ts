import { Injectable } from '@nestjs/common';
import { TransactionContext, sql } from '@cop/platform';

/** The use cases' side of people (issue 26): where a person is an expert. */
@Injectable()
export class UseCasePeopleRepository {
  constructor(private readonly tx: TransactionContext) {}

  /** (person, use case) expert links of these people, newest updated use case first: one statement. */
  expertLinksOf(personIds: readonly string[]): Promise<{ personId: string; useCaseId: string }[]> {
    if (!personIds.length) return Promise.resolve([]);
    return this.tx.query(sql`SELECT e.person_id AS "personId", e.use_case_id AS "useCaseId"
        FROM use_case_experts e JOIN use_cases u ON u.id = e.use_case_id
       WHERE e.person_id = ANY(${personIds}::uuid[])
       ORDER BY e.person_id, u.updated_at DESC, u.id DESC`);
  }
}
