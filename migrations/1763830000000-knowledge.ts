import { MigrationInterface, QueryRunner } from 'typeorm';

/** The knowledge base: documents with their groups, topics, versions and attachments, and full-text search. */
export class Knowledge1763830000000 implements MigrationInterface {
  name = 'Knowledge1763830000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    // unaccent() is only STABLE (it reads a dictionary by name); pinned to one dictionary it is
    // safe to call IMMUTABLE, which generated columns and the search expression need.
    await q.query(`
      CREATE OR REPLACE FUNCTION cop_unaccent(text) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
        AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$`);
    // The weighted search vector of a document: A title, B summary and tags, D body. The body
    // is cut to stay below tsvector's 1 MB limit; array_to_string is STABLE, hence the wrapper.
    await q.query(`
      CREATE OR REPLACE FUNCTION cop_document_search(title text, summary text, tags text[], body text)
        RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE
        AS $$ SELECT
          setweight(to_tsvector('english'::regconfig, cop_unaccent(coalesce(title, ''))), 'A') ||
          setweight(to_tsvector('english'::regconfig,
            cop_unaccent(coalesce(summary, '') || ' ' || coalesce(array_to_string(tags, ' '), ''))), 'B') ||
          setweight(to_tsvector('english'::regconfig, cop_unaccent(left(coalesce(body, ''), 200000))), 'D') $$`);

    await q.query(`
      CREATE TABLE documents (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
        summary text,
        body text,
        kind text NOT NULL CHECK (kind IN ('REPORT','SLIDES','MINUTES','USE_CASE','PAPER','DATASET','LINK','NOTE')),
        visibility text NOT NULL CHECK (visibility IN ('PUBLIC','COMMUNITY','WORKING_GROUP')),
        external_url text,
        tags text[] NOT NULL DEFAULT '{}',
        author_id uuid NOT NULL REFERENCES people (id),
        version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
        created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
        updated_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
        deleted_at timestamptz,
        search tsvector GENERATED ALWAYS AS (cop_document_search(title, summary, tags, body)) STORED
      )`);
    await q.query(`CREATE INDEX documents_search ON documents USING gin (search)`);
    await q.query(
      `CREATE INDEX documents_updated ON documents (updated_at DESC, id DESC) WHERE deleted_at IS NULL`,
    );
    await q.query(`CREATE INDEX documents_tags ON documents USING gin (tags)`);
    await q.query(`CREATE INDEX documents_author ON documents (author_id)`);

    await q.query(`
      CREATE TABLE document_working_groups (
        document_id uuid NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        working_group_id uuid NOT NULL REFERENCES working_groups (id) ON DELETE CASCADE,
        PRIMARY KEY (document_id, working_group_id)
      )`);
    await q.query(`CREATE INDEX document_working_groups_group ON document_working_groups (working_group_id)`);

    await q.query(`
      CREATE TABLE document_topics (
        document_id uuid NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        topic_id uuid NOT NULL REFERENCES topics (id) ON DELETE CASCADE,
        PRIMARY KEY (document_id, topic_id)
      )`);
    await q.query(`CREATE INDEX document_topics_topic ON document_topics (topic_id)`);

    await q.query(`
      CREATE TABLE document_versions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        document_id uuid NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        version integer NOT NULL,
        title text NOT NULL,
        summary text,
        body text,
        edited_by uuid NOT NULL REFERENCES people (id),
        edited_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
        UNIQUE (document_id, version)
      )`);

    await q.query(`
      CREATE TABLE attachments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        document_id uuid NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        filename text NOT NULL CHECK (length(filename) BETWEEN 1 AND 255),
        content_type text NOT NULL,
        size bigint NOT NULL CHECK (size >= 0),
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        storage_key text NOT NULL UNIQUE,
        uploaded_by uuid NOT NULL REFERENCES people (id),
        uploaded_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now())
      )`);
    await q.query(`CREATE INDEX attachments_document ON attachments (document_id, uploaded_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE attachments`);
    await q.query(`DROP TABLE document_versions`);
    await q.query(`DROP TABLE document_topics`);
    await q.query(`DROP TABLE document_working_groups`);
    await q.query(`DROP TABLE documents`);
    await q.query(`DROP FUNCTION cop_document_search(text, text, text[], text)`);
    await q.query(`DROP FUNCTION cop_unaccent(text)`);
  }
}
