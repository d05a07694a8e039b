import { MigrationInterface, QueryRunner } from 'typeorm';

/** The tables anonymous answers read (apps/api response-cache-fields.ts PUBLIC_TABLES), as of this migration. */
const TABLES = [
  'community',
  'document_working_groups',
  'documents',
  'faq_entries',
  'meeting_exceptions',
  'meetings',
  'memberships',
  'news_items',
  'people',
  'topics',
  'working_groups',
];

/**
 * Issue 23, the anonymous response cache: every statement that writes one of the tables its
 * answers read notifies `cop_table_changes` with the table's name. PostgreSQL delivers it at
 * commit (never for a rollback, one per table per transaction) to every process listening, so
 * a write by any process (API, worker, CLI, seed, psql) ends the cached answers that read it.
 */
export class ResponseCacheNotify1765000000000 implements MigrationInterface {
  name = 'ResponseCacheNotify1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION notify_table_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('cop_table_changes', TG_TABLE_NAME);
        RETURN NULL;
      END
      $$`);
    for (const table of TABLES) {
      await q.query(`
        CREATE TRIGGER ${table}_notify_change
        AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION notify_table_change()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of TABLES) await q.query(`DROP TRIGGER ${table}_notify_change ON ${table}`);
    await q.query(`DROP FUNCTION notify_table_change()`);
  }
}
