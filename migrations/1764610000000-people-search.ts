import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * people(search:) matches a substring of the name or the affiliation (ILIKE '%…%'), which a
 * b-tree cannot serve: trigram GIN indexes can, so the office's directory search stays an index
 * scan as the community grows. (PGlite loads pg_trgm too: embedded-postgres.ts.)
 */
export class PeopleSearch1764610000000 implements MigrationInterface {
  name = 'PeopleSearch1764610000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`CREATE INDEX people_display_name_trgm ON people USING gin (display_name gin_trgm_ops)`);
    await q.query(`CREATE INDEX people_affiliation_trgm ON people USING gin (affiliation gin_trgm_ops)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX people_affiliation_trgm`);
    await q.query(`DROP INDEX people_display_name_trgm`);
  }
}
