import { Injectable } from '@nestjs/common';
import {
  ProvidesPersonalData,
  sql,
  type PersonalDataExport,
  type PersonalDataProvider,
  type PersonalDataSubject,
  type TransactionContext,
} from '@cop/platform';

/**
 * Use cases' part of one's own data: the use cases they created (with the parts' text) and
 * those they are an expert on. Erasure removes them as an expert; the use cases and their parts
 * stay for the community, created by "former member" (the tombstone person).
 */
@Injectable()
@ProvidesPersonalData()
export class UseCasesPersonalData implements PersonalDataProvider {
  readonly name = 'use-cases';

  async export({ personId }: PersonalDataSubject, tx: TransactionContext): Promise<PersonalDataExport> {
    const created = await tx.query(
      sql`SELECT id, title, summary, status, domains, scientific_challenge AS "scientificChallenge", storage,
                 data_transport AS "dataTransport", compute, workflow_management AS "workflowManagement",
                 access_and_analysis AS "accessAndAnalysis", gap_analysis AS "gapAnalysis",
                 non_technical_challenges AS "nonTechnicalChallenges", created_at AS "createdAt", updated_at AS "updatedAt"
          FROM use_cases WHERE created_by = ${personId} ORDER BY created_at, id`,
    );
    const expertOn = await tx.query(
      sql`SELECT u.id, u.title FROM use_case_experts e JOIN use_cases u ON u.id = e.use_case_id
          WHERE e.person_id = ${personId} ORDER BY u.title, u.id`,
    );
    return { data: { created, expertOn } };
  }

  async erase({ personId }: PersonalDataSubject, tx: TransactionContext): Promise<void> {
    await tx.query(sql`DELETE FROM use_case_experts WHERE person_id = ${personId}`);
  }
}
