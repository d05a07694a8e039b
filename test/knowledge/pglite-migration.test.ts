import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { MIGRATIONS } from '@cop/migrations';
import { type EmbeddedPostgres, loadConfig, runMigrations, startEmbeddedPostgres } from '@cop/platform';

/** The knowledge migration (unaccent, the generated search vector) also runs on the embedded PGlite. */
describe('knowledge migration on PGlite', () => {
  let dir: string;
  let pg: EmbeddedPostgres;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cop-pglite-'));
    pg = await startEmbeddedPostgres(dir, 54000 + Math.floor(Math.random() * 900));
  }, 120_000);
  afterAll(async () => {
    await pg?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('migrates and searches accent-insensitively with a prefix', async () => {
    const config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: pg.url,
      DATA_DIR: dir,
      SESSION_SECRET: 'x'.repeat(40),
    });
    const applied = await runMigrations(config, MIGRATIONS, pg.url);
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
