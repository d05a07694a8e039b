import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Survey results as bitmaps: every response gets an ordinal within its survey, and every fact
 * of the submitted responses (submitted, shown q, answered q, chose option o of q, bit k of the
 * whole number given to q) is a bitmap over those ordinals, in blocks of 4096 (512 bytes, inline).
 * A tally is bit_count(bits); a cross-tab ANDs the filters' bitmaps first, so results cost the
 * same few hundred rows whatever the number of responses. Maintained by saveResponse in its
 * transaction; survey_rebuild_bitmaps recomputes a survey's from its responses.
 */
export class SurveyBitmaps1764100000000 implements MigrationInterface {
  name = 'SurveyBitmaps1764100000000';

  async up(q: QueryRunner): Promise<void> {
    // The next ordinal to hand out; saveResponse locks this row, so one writer per survey at a time.
    await q.query(`ALTER TABLE surveys ADD COLUMN next_response_ordinal int NOT NULL DEFAULT 0`);
    await q.query(`ALTER TABLE survey_responses ADD COLUMN ordinal int`);
    await q.query(`
      UPDATE survey_responses r SET ordinal = x.n
      FROM (SELECT id, (row_number() OVER (PARTITION BY survey_id ORDER BY created_at, id) - 1)::int AS n
            FROM survey_responses) x
      WHERE x.id = r.id`);
    await q.query(`ALTER TABLE survey_responses ALTER COLUMN ordinal SET NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX survey_responses_ordinal ON survey_responses (survey_id, ordinal)`);
    await q.query(`
      UPDATE surveys s SET next_response_ordinal = (SELECT count(*) FROM survey_responses r WHERE r.survey_id = s.id)`);
    // Repeated from the response, like submitted_at: numbers and texts are filtered by ordinal.
    await q.query(`ALTER TABLE survey_answers ADD COLUMN response_ordinal int`);
    await q.query(
      `UPDATE survey_answers a SET response_ordinal = r.ordinal FROM survey_responses r WHERE r.id = a.response_id`,
    );
    await q.query(`ALTER TABLE survey_answers ALTER COLUMN response_ordinal SET NOT NULL`);
    // Means of NUMBER questions: an index-only aggregate, filtered by ordinal.
    await q.query(
      `CREATE INDEX survey_answers_numbers ON survey_answers (survey_id, question_key) INCLUDE (response_ordinal, number)
       WHERE submitted_at IS NOT NULL AND number IS NOT NULL`,
    );
    // Filters now read bitmaps.
    await q.query(`DROP INDEX survey_answers_options`);

    // The facts of every submitted response; the one definition of what a bitmap holds.
    await q.query(`
      CREATE VIEW survey_response_facts AS
      SELECT r.survey_id, r.id AS response_id, r.ordinal, 'r' AS fact
      FROM survey_responses r WHERE r.submitted_at IS NOT NULL
      UNION ALL
      SELECT r.survey_id, r.id, r.ordinal, 's:' || k
      FROM survey_responses r CROSS JOIN LATERAL unnest(r.shown_keys) AS k WHERE r.submitted_at IS NOT NULL
      UNION ALL
      SELECT a.survey_id, a.response_id, a.response_ordinal, 'a:' || a.question_key
      FROM survey_answers a WHERE a.submitted_at IS NOT NULL
      UNION ALL
      SELECT a.survey_id, a.response_id, a.response_ordinal, 'o:' || a.question_key || ':' || o
      FROM survey_answers a CROSS JOIN LATERAL unnest(a.option_keys) AS o WHERE a.submitted_at IS NOT NULL
      UNION ALL
      -- Whole numbers bit-sliced (n: bit k of a positive one, m: of a negative one), so the sum over
      -- any bitmap is the sum of 2^k × its count; others flagged x: and summed from the answers.
      SELECT a.survey_id, a.response_id, a.response_ordinal,
             CASE WHEN a.number < 0 THEN 'm:' ELSE 'n:' END || a.question_key || ':' || k
      FROM survey_answers a
      CROSS JOIN LATERAL (SELECT CASE WHEN abs(a.number) < 2::float8 ^ 53 THEN abs(a.number)::bigint ELSE 0 END AS v) x
      -- k from 0 to the highest bit set (none for zero)
      CROSS JOIN LATERAL generate_series(0, CASE WHEN x.v > 0 THEN 64 - position('1' IN x.v::bit(64)::text) ELSE -1 END) AS k
      WHERE a.submitted_at IS NOT NULL AND a.number = trunc(a.number) AND (x.v >> k) & 1 = 1
      UNION ALL
      SELECT a.survey_id, a.response_id, a.response_ordinal, 'x:' || a.question_key
      FROM survey_answers a
      WHERE a.submitted_at IS NOT NULL AND (a.number <> trunc(a.number) OR abs(a.number) >= 2::float8 ^ 53)`);

    await q.query(`
      CREATE TABLE survey_bitmaps (
        survey_id uuid NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
        fact text NOT NULL,
        -- ordinals block * 4096 to block * 4096 + 4095; bit i is ordinal block * 4096 + i
        block int NOT NULL,
        bits bit(4096) NOT NULL,
        PRIMARY KEY (survey_id, fact, block)
      )`);
    await q.query(`
      CREATE FUNCTION survey_rebuild_bitmaps(p_survey uuid) RETURNS void LANGUAGE sql AS $$
        DELETE FROM survey_bitmaps WHERE survey_id = p_survey;
        INSERT INTO survey_bitmaps (survey_id, fact, block, bits)
        SELECT survey_id, fact, ordinal / 4096, bit_or(B'1'::bit(4096) >> (ordinal % 4096))
        FROM survey_response_facts WHERE survey_id = p_survey
        GROUP BY survey_id, fact, ordinal / 4096;
      $$`);
    await q.query(`SELECT survey_rebuild_bitmaps(id) FROM surveys`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION survey_rebuild_bitmaps(uuid)`);
    await q.query(`DROP TABLE survey_bitmaps`);
    await q.query(`DROP VIEW survey_response_facts`);
    await q.query(`CREATE INDEX survey_answers_options ON survey_answers USING gin (option_keys)`);
    await q.query(`DROP INDEX survey_answers_numbers`);
    await q.query(`ALTER TABLE survey_answers DROP COLUMN response_ordinal`);
    await q.query(`ALTER TABLE survey_responses DROP COLUMN ordinal`);
    await q.query(`ALTER TABLE surveys DROP COLUMN next_response_ordinal`);
  }
}
