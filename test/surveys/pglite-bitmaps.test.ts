import { Client } from 'pg';
import { MIGRATIONS } from '@cop/migrations';
import { runMigrations } from '@cop/platform';
import { startTestPglite, type TestPglite } from '@cop/testing';

/** The result bitmaps (bit(4096), bit_or/bit_and, bit_count, the facts view) also work on the embedded PGlite. */
describe('survey bitmaps on PGlite', () => {
  let pg: TestPglite;

  beforeAll(async () => {
    pg = await startTestPglite();
  }, 120_000);
  afterAll(() => pg?.stop());

  it('migrates, rebuilds and counts a cross-tab', async () => {
    expect(await runMigrations(pg.config, MIGRATIONS, pg.url)).toContain('SurveyBitmaps1764100000000');
    const db = new Client({ connectionString: pg.url });
    await db.connect();
    try {
      const { rows } = await db.query<{ id: string }>(
        `INSERT INTO surveys (slug, title, status, definition) VALUES ('p', 'P', 'OPEN', '{"sections": []}') RETURNING id`,
      );
      const survey = rows[0].id;
      // Ordinals 0 and 5000 (two blocks): role a with 3, role b with -2 and 7.5.
      for (const [ordinal, role, n] of [
        [0, 'a', 3],
        [5000, 'b', -2],
        [5001, 'b', 7.5],
      ] as const) {
        const r = await db.query<{ id: string }>(
          `INSERT INTO survey_responses (survey_id, submitted_at, shown_keys, ordinal)
           VALUES ($1, now(), '{role,n}', $2) RETURNING id`,
          [survey, ordinal],
        );
        await db.query(
          `INSERT INTO survey_answers (response_id, survey_id, submitted_at, response_ordinal, question_key, option_keys, number)
           VALUES ($1, $2, now(), $3, 'role', $4, NULL), ($1, $2, now(), $3, 'n', '{}', $5)`,
          [r.rows[0].id, survey, ordinal, [role], n],
        );
      }
      await db.query(`SELECT survey_rebuild_bitmaps($1)`, [survey]);
      const counts = await db.query<{ fact: string; n: number }>(
        `WITH m AS (SELECT block, bit_or(bits) AS bits FROM survey_bitmaps WHERE survey_id = $1 AND fact = 'o:role:b'
                    GROUP BY block)
         SELECT b.fact, sum(bit_count(b.bits & m.bits))::int AS n
         FROM m JOIN survey_bitmaps b ON b.survey_id = $1 AND b.block = m.block
         GROUP BY b.fact HAVING sum(bit_count(b.bits & m.bits)) > 0 ORDER BY b.fact`,
        [survey],
      );
      expect(counts.rows).toEqual([
        { fact: 'a:n', n: 2 },
        { fact: 'a:role', n: 2 },
        { fact: 'm:n:1', n: 1 },
        { fact: 'o:role:b', n: 2 },
        { fact: 'r', n: 2 },
        { fact: 's:n', n: 2 },
        { fact: 's:role', n: 2 },
        { fact: 'x:n', n: 1 },
      ]);
    } finally {
      await db.end();
    }
  }, 120_000);
});
