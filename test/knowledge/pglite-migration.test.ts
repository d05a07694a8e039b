import { Client } from 'pg';
import { MIGRATIONS } from '@cop/migrations';
import { runMigrations } from '@cop/platform';
import { startTestPglite, type TestPglite } from '@cop/testing';

/** The knowledge migration (unaccent, the generated search vector) also runs on the embedded PGlite. */
describe('knowledge migration on PGlite', () => {
  let pg: TestPglite;

  beforeAll(async () => {
    pg = await startTestPglite();
  }, 120_000);
  afterAll(() => pg?.stop());

  it('migrates and searches accent-insensitively with a prefix', async () => {
    const applied = await runMigrations(pg.config, MIGRATIONS, pg.url);
    expect(applied).toContain('Knowledge1763830000000');
    const db = new Client({ connectionString: pg.url });
    await db.connect();
    try {
      const { rows: people } = await db.query(`INSERT INTO people (display_name) VALUES ('P') RETURNING id`);
      await db.query(
        `INSERT INTO documents (title, summary, body, kind, visibility, tags, author_id)
         VALUES ('Café archives', 'naïve', 'data lakes', 'NOTE', 'PUBLIC', '{Storage}', $1)`,
        [people[0].id],
      );
      const { rows } = await db.query(
        `SELECT title FROM documents WHERE search @@ (websearch_to_tsquery('english', cop_unaccent('cafe naive'))
           && to_tsquery('english', 'stor:*'))`,
      );
      expect(rows).toEqual([{ title: 'Café archives' }]);
    } finally {
      await db.end();
    }
  }, 120_000);
});
