import { MigrationInterface, QueryRunner } from 'typeorm';

/** Surveys (definition as jsonb), responses (drafts and submitted) and their answers. */
export class Surveys1763810000000 implements MigrationInterface {
  name = 'Surveys1763810000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE surveys (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9][a-z0-9-]{0,79}$'),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
        description text,
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'OPEN', 'CLOSED')),
        anonymous boolean NOT NULL DEFAULT false,
        opens_at timestamptz,
        closes_at timestamptz,
        -- sections with their questions, options and conditions, validated by the service
        definition jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (opens_at IS NULL OR closes_at IS NULL OR opens_at < closes_at)
      )`);

    await q.query(`
      CREATE TABLE survey_responses (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        survey_id uuid NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
        -- null: answered signed out (anonymous surveys only)
        person_id uuid REFERENCES people (id) ON DELETE SET NULL,
        -- null: a saved draft
        submitted_at timestamptz,
        -- the questions the conditions showed at submission, so shown and noAnswer are SQL counts
        shown_keys text[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE UNIQUE INDEX survey_responses_person ON survey_responses (survey_id, person_id) WHERE person_id IS NOT NULL`,
    );
    // Results, counts and the CSV export read submitted responses of one survey in id order.
    await q.query(
      `CREATE INDEX survey_responses_submitted ON survey_responses (survey_id, id) INCLUDE (submitted_at) WHERE submitted_at IS NOT NULL`,
    );

    await q.query(`
      CREATE TABLE survey_answers (
        response_id uuid NOT NULL REFERENCES survey_responses (id) ON DELETE CASCADE,
        -- repeated from the response so results and filters index by survey and question
        survey_id uuid NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
        question_key text NOT NULL,
        option_keys text[] NOT NULL DEFAULT '{}',
        other_text text,
        text text,
        number double precision,
        -- the response's, repeated (null for a draft): results read answers without a join
        submitted_at timestamptz,
        PRIMARY KEY (response_id, question_key)
      )`);
    await q.query(`CREATE INDEX survey_answers_question ON survey_answers (survey_id, question_key)`);
    // The newest texts of a question, read with a LIMIT per question.
    await q.query(
      `CREATE INDEX survey_answers_texts ON survey_answers (survey_id, question_key, submitted_at DESC, response_id DESC)
       WHERE submitted_at IS NOT NULL AND (text IS NOT NULL OR other_text IS NOT NULL)`,
    );
    // Cross-tab filters: option_keys && anyOf.
    await q.query(`CREATE INDEX survey_answers_options ON survey_answers USING gin (option_keys)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE survey_answers`);
    await q.query(`DROP TABLE survey_responses`);
    await q.query(`DROP TABLE surveys`);
  }
}
