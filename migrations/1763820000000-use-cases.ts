import { MigrationInterface, QueryRunner } from 'typeorm';

/** The compendium of use cases: the eight-part template, experts, working groups, requirements. */
export class UseCases1763820000000 implements MigrationInterface {
  name = 'UseCases1763820000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE use_cases (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
        summary text,
        status text NOT NULL DEFAULT 'PROPOSED'
          CHECK (status IN ('PROPOSED', 'SELECTED', 'IN_ANALYSIS', 'COMPLETE')),
        domains text[] NOT NULL DEFAULT '{}',
        scientific_challenge text,
        storage text,
        data_transport text,
        compute text,
        workflow_management text,
        access_and_analysis text,
        gap_analysis text,
        non_technical_challenges text,
        created_by uuid NOT NULL REFERENCES people (id),
        -- milliseconds, as JavaScript and the page cursors carry them
        created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
        updated_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
        is_example boolean NOT NULL DEFAULT false
      )`);
    // The compendium page: newest updated first, keyset-paginated, optionally by status or domain.
    await q.query(`CREATE INDEX use_cases_order ON use_cases (updated_at DESC, id DESC)`);
    await q.query(`CREATE INDEX use_cases_status_order ON use_cases (status, updated_at DESC, id DESC)`);
    await q.query(`CREATE INDEX use_cases_domains ON use_cases USING gin (domains)`);
    await q.query(`CREATE INDEX use_cases_created_by ON use_cases (created_by)`);

    await q.query(`
      CREATE TABLE use_case_working_groups (
        use_case_id uuid NOT NULL REFERENCES use_cases (id) ON DELETE CASCADE,
        working_group_id uuid NOT NULL REFERENCES working_groups (id) ON DELETE CASCADE,
        position integer NOT NULL,
        PRIMARY KEY (use_case_id, working_group_id)
      )`);
    await q.query(`CREATE INDEX use_case_working_groups_group ON use_case_working_groups (working_group_id)`);

    await q.query(`
      CREATE TABLE use_case_experts (
        use_case_id uuid NOT NULL REFERENCES use_cases (id) ON DELETE CASCADE,
        person_id uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
        position integer NOT NULL,
        PRIMARY KEY (use_case_id, person_id)
      )`);
    // "Which use cases may this person edit": the person side of the key.
    await q.query(`CREATE INDEX use_case_experts_person ON use_case_experts (person_id)`);

    await q.query(`
      CREATE TABLE requirements (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        use_case_id uuid NOT NULL REFERENCES use_cases (id) ON DELETE CASCADE,
        category text NOT NULL CHECK (category IN ('STORAGE', 'DATA_TRANSPORT', 'COMPUTE')),
        metric text NOT NULL CHECK (length(metric) BETWEEN 1 AND 200),
        -- what totals group by: lower-case, runs of white space as one space, trimmed
        metric_key text NOT NULL
          GENERATED ALWAYS AS (lower(btrim(regexp_replace(metric, '[[:space:]]+', ' ', 'g')))) STORED,
        -- NaN sorts above every number in PostgreSQL, so "< 'Infinity'" also keeps NaN out
        value double precision NOT NULL CHECK (value >= 0 AND value < 'Infinity'::double precision),
        unit text NOT NULL CHECK (
          (category = 'STORAGE' AND unit IN ('TB', 'PB', 'EB'))
          OR (category = 'DATA_TRANSPORT' AND unit IN ('GBIT_PER_S', 'TBIT_PER_S'))
          OR (category = 'COMPUTE' AND unit IN ('CORE_HOURS', 'GPU_HOURS'))),
        year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        note text,
        position integer NOT NULL,
        UNIQUE (use_case_id, position)
      )`);
    // requirementTotals: filtered by year and/or category, grouped by category, metric_key, year.
    await q.query(
      `CREATE INDEX requirements_totals ON requirements (category, year, metric_key) INCLUDE (unit, value, use_case_id)`,
    );
    await q.query(
      `CREATE INDEX requirements_totals_year ON requirements (year, category, metric_key) INCLUDE (unit, value, use_case_id)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE requirements`);
    await q.query(`DROP TABLE use_case_experts`);
    await q.query(`DROP TABLE use_case_working_groups`);
    await q.query(`DROP TABLE use_cases`);
  }
}
