import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The community's short name ("SPECTRUM CoP"), for narrow places such as the web app's header,
 * where the full name was cut. Null: the name is used.
 */
export class CommunityShortName1765100000000 implements MigrationInterface {
  name = 'CommunityShortName1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE community ADD COLUMN short_name text NULL CHECK (char_length(short_name) BETWEEN 1 AND 40)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE community DROP COLUMN short_name`);
  }
}
