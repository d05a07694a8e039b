import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 26: an agenda item may name its presenter as a person of the platform (the free-text
 * `presenter` stays, as the contract has it). A person's erasure keeps the item and its text:
 * ON DELETE SET NULL. The partial index serves Person.presentingAt.
 */
export class AgendaPresenter1764800200000 implements MigrationInterface {
  name = 'AgendaPresenter1764800200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE agenda_items ADD COLUMN presenter_person_id uuid NULL REFERENCES people (id) ON DELETE SET NULL`,
    );
    await q.query(
      `CREATE INDEX agenda_items_presenter_person ON agenda_items (presenter_person_id) WHERE presenter_person_id IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX agenda_items_presenter_person`);
    await q.query(`ALTER TABLE agenda_items DROP COLUMN presenter_person_id`);
  }
}
