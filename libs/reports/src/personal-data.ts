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
 * Reports' part of one's own data: the comments they wrote, the reports they edit or review.
 * Erasure removes them as editor and reviewer; comments, sections and recommendations they wrote
 * stay for the community, by "former member" (the tombstone person).
 */
@Injectable()
@ProvidesPersonalData()
export class ReportsPersonalData implements PersonalDataProvider {
  readonly name = 'reports';

  async export({ personId }: PersonalDataSubject, tx: TransactionContext): Promise<PersonalDataExport> {
    const comments = await tx.query(
      sql`SELECT c.report_id AS "reportId", r.title AS "reportTitle", c.body, c.created_at AS "createdAt",
                 c.edited_at AS "editedAt"
          FROM report_comments c JOIN reports r ON r.id = c.report_id
          WHERE c.author_id = ${personId} ORDER BY c.created_at, c.id`,
    );
    const editing = await tx.query(
      sql`SELECT r.id, r.title, e.added_at AS "addedAt" FROM report_editors e JOIN reports r ON r.id = e.report_id
          WHERE e.person_id = ${personId} ORDER BY r.title, r.id`,
    );
    const reviewing = await tx.query(
      sql`SELECT r.id, r.title, rr.number AS round FROM report_reviewers v
          JOIN report_review_rounds rr ON rr.id = v.round_id JOIN reports r ON r.id = rr.report_id
          WHERE v.person_id = ${personId} ORDER BY r.title, rr.number`,
    );
    const created = await tx.query(
      sql`SELECT id, title, kind, status, created_at AS "createdAt" FROM reports WHERE created_by = ${personId}
          ORDER BY created_at, id`,
    );
    return { data: { created, comments, editing, reviewing } };
  }

  async erase({ personId }: PersonalDataSubject, tx: TransactionContext): Promise<void> {
    await tx.query(sql`DELETE FROM report_editors WHERE person_id = ${personId}`);
    await tx.query(sql`DELETE FROM report_reviewers WHERE person_id = ${personId}`);
  }
}
