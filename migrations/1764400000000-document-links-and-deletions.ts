import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two reads of issue 19: the office's list of deleted documents (newest deletion first, from a
 * partial index that live documents never enter) and Document.linkedFrom, which finds the agenda
 * items naming a page of documents by array overlap (a GIN index on agenda_items.document_ids).
 */
export class DocumentLinksAndDeletions1764400000000 implements MigrationInterface {
  name = 'DocumentLinksAndDeletions1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX documents_deleted ON documents (deleted_at DESC, id DESC) WHERE deleted_at IS NOT NULL`,
    );
    await q.query(`CREATE INDEX agenda_items_document_ids ON agenda_items USING gin (document_ids)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX agenda_items_document_ids`);
    await q.query(`DROP INDEX documents_deleted`);
  }
}
