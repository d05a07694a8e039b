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
 * Digests' part of one's own data: how far their digests have reached (the mails themselves are
 * in the platform's mail records). Erasure removes the watermarks.
 */
@Injectable()
@ProvidesPersonalData()
export class DigestsPersonalData implements PersonalDataProvider {
  readonly name = 'digests';

  async export({ personId }: PersonalDataSubject, tx: TransactionContext): Promise<PersonalDataExport> {
    const [watermarks] = await tx.query(
      sql`SELECT content_until AS "contentUntil", meetings_until AS "meetingsUntil", surveys_until AS "surveysUntil",
                 updated_at AS "updatedAt"
          FROM digest_watermarks WHERE person_id = ${personId}`,
    );
    return { data: { watermarks: watermarks ?? null } };
  }

  async erase({ personId }: PersonalDataSubject, tx: TransactionContext): Promise<void> {
    await tx.query(sql`DELETE FROM digest_watermarks WHERE person_id = ${personId}`);
  }
}
