import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Bounded search work: a small stored vector of title, summary and tags (`search_head`, the same
 * weights as in `search`) that stays in the row, so ranking candidates never reads the TOASTed
 * full vector of every match; a GIN index on it to find the best title/summary matches among
 * many; and a partial index for the document list's count and order of visible documents.
 */
export class KnowledgeSearch1764000000000 implements MigrationInterface {
  name = 'KnowledgeSearch1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION cop_document_search_head(title text, summary text, tags text[])
        RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE
        AS $$ SELECT
          setweight(to_tsvector('english'::regconfig, cop_unaccent(coalesce(title, ''))), 'A') ||
          setweight(to_tsvector('english'::regconfig,
            cop_unaccent(coalesce(summary, '') || ' ' || coalesce(array_to_string(tags, ' '), ''))), 'B') $$`);
    await q.query(`
      ALTER TABLE documents ADD COLUMN search_head tsvector
        GENERATED ALWAYS AS (cop_document_search_head(title, summary, tags)) STORED`);
    // Compressed in the row if need be, never moved out of it (the body and `search` go first).
    await q.query(`ALTER TABLE documents ALTER COLUMN search_head SET STORAGE MAIN`);
    await q.query(`CREATE INDEX documents_search_head ON documents USING gin (search_head)`);
    // The documents of the viewer's groups (the visibility rule), read from the index alone.
    await q.query(
      `CREATE INDEX document_working_groups_group_document ON document_working_groups (working_group_id, document_id)`,
    );
    await q.query(`DROP INDEX document_working_groups_group`);
    // The visible-document count of lists reads this index only (id for the seat check).
    await q.query(
      `CREATE INDEX documents_live_visibility ON documents (visibility, id) WHERE deleted_at IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX documents_live_visibility`);
    await q.query(`DROP INDEX documents_search_head`);
    await q.query(`CREATE INDEX document_working_groups_group ON document_working_groups (working_group_id)`);
    await q.query(`DROP INDEX document_working_groups_group_document`);
    await q.query(`ALTER TABLE documents DROP COLUMN search_head`);
    await q.query(`DROP FUNCTION cop_document_search_head(text, text, text[])`);
  }
}
