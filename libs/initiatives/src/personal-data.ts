import { Injectable } from '@nestjs/common';
import {
  ProvidesPersonalData,
  sql,
  type PersonalDataExport,
  type PersonalDataProvider,
  type PersonalDataSubject,
  type TransactionContext,
} from '@cop/platform';

/** Initiatives' part of one's own data: the initiative groups they are marked in. Erasure removes the marks. */
@Injectable()
@ProvidesPersonalData()
export class InitiativesPersonalData implements PersonalDataProvider {
  readonly name = 'initiatives';

  async export({ personId }: PersonalDataSubject, tx: TransactionContext): Promise<PersonalDataExport> {
    const markedIn = await tx.query(
      sql`SELECT i.name AS initiative, g.name AS "group", m.marked_at AS "markedAt"
          FROM initiative_group_members m JOIN initiative_groups g ON g.id = m.initiative_group_id
          JOIN initiatives i ON i.id = g.initiative_id
          WHERE m.person_id = ${personId} ORDER BY i.name, g.position`,
    );
    return { data: { markedIn } };
  }

  async erase({ personId }: PersonalDataSubject, tx: TransactionContext): Promise<void> {
    await tx.query(sql`UPDATE initiative_group_members SET marked_by = NULL WHERE marked_by = ${personId}`);
    await tx.query(sql`UPDATE initiative_group_links SET linked_by = NULL WHERE linked_by = ${personId}`);
    await tx.query(sql`DELETE FROM initiative_group_members WHERE person_id = ${personId}`);
  }
}
