import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The CoP's second phase: related initiatives (with their groups, the CoP groups linked to them and
 * the people who sit in both), report targets, and reports (sections, recommendations, evidence with
 * its snapshot, review comments and rounds, publications).
 *
 * Evidence keeps what it cites by id with ON DELETE SET NULL: a deleted source leaves the snapshot
 * and the note that it was cited.
 */
export class Reports1764700000000 implements MigrationInterface {
  name = 'Reports1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE initiatives (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        description text,
        url text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE initiative_groups (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        initiative_id uuid NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        description text,
        position integer NOT NULL,
        UNIQUE (initiative_id, name)
      )`);
    await q.query(`
      CREATE TABLE initiative_group_links (
        initiative_group_id uuid NOT NULL REFERENCES initiative_groups(id) ON DELETE CASCADE,
        working_group_id uuid NOT NULL REFERENCES working_groups(id) ON DELETE CASCADE,
        linked_by uuid REFERENCES people(id) ON DELETE SET NULL,
        linked_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (initiative_group_id, working_group_id)
      )`);
    await q.query(`CREATE INDEX initiative_group_links_group ON initiative_group_links (working_group_id)`);
    await q.query(`
      CREATE TABLE initiative_group_members (
        initiative_group_id uuid NOT NULL REFERENCES initiative_groups(id) ON DELETE CASCADE,
        person_id uuid NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        marked_by uuid REFERENCES people(id) ON DELETE SET NULL,
        marked_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (initiative_group_id, person_id)
      )`);
    await q.query(`CREATE INDEX initiative_group_members_person ON initiative_group_members (person_id)`);
    await q.query(`
      CREATE TABLE report_targets (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        description text,
        url text,
        initiative_id uuid REFERENCES initiatives(id) ON DELETE SET NULL,
        due_date date NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX report_targets_due ON report_targets (due_date)`);

    await q.query(`
      CREATE TABLE reports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        kind text NOT NULL CHECK (length(kind) BETWEEN 1 AND 100),
        status text NOT NULL DEFAULT 'DRAFTING' CHECK (status IN ('DRAFTING', 'IN_REVIEW', 'PUBLISHED')),
        due_date date,
        target_id uuid REFERENCES report_targets(id) ON DELETE SET NULL,
        document_id uuid REFERENCES documents(id) ON DELETE SET NULL,
        created_by uuid NOT NULL REFERENCES people(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX reports_updated ON reports (updated_at DESC, id)`);
    await q.query(`
      CREATE TABLE report_working_groups (
        report_id uuid NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        working_group_id uuid NOT NULL REFERENCES working_groups(id) ON DELETE CASCADE,
        position integer NOT NULL,
        PRIMARY KEY (report_id, working_group_id)
      )`);
    await q.query(`CREATE INDEX report_working_groups_group ON report_working_groups (working_group_id)`);
    await q.query(`
      CREATE TABLE report_editors (
        report_id uuid NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        person_id uuid NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        added_by uuid REFERENCES people(id) ON DELETE SET NULL,
        added_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (report_id, person_id)
      )`);
    await q.query(`CREATE INDEX report_editors_person ON report_editors (person_id)`);
    await q.query(`
      CREATE TABLE report_sections (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        report_id uuid NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        position integer NOT NULL,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        body text NOT NULL DEFAULT '',
        version integer NOT NULL DEFAULT 1,
        updated_by uuid REFERENCES people(id) ON DELETE SET NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX report_sections_report ON report_sections (report_id, position)`);
    await q.query(`
      CREATE TABLE report_recommendations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        report_id uuid NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        section_id uuid NOT NULL REFERENCES report_sections(id) ON DELETE CASCADE,
        position integer NOT NULL,
        statement text NOT NULL CHECK (length(statement) BETWEEN 1 AND 2000),
        rationale text,
        priority text NOT NULL DEFAULT 'MEDIUM' CHECK (priority IN ('HIGH', 'MEDIUM', 'LOW')),
        version integer NOT NULL DEFAULT 1,
        created_by uuid NOT NULL REFERENCES people(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid REFERENCES people(id) ON DELETE SET NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX report_recommendations_section ON report_recommendations (section_id, position)`,
    );
    await q.query(`CREATE INDEX report_recommendations_report ON report_recommendations (report_id)`);
    await q.query(`
      CREATE TABLE report_evidence (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        report_id uuid NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        recommendation_id uuid NOT NULL REFERENCES report_recommendations(id) ON DELETE CASCADE,
        position integer NOT NULL,
        kind text NOT NULL CHECK (kind IN ('SURVEY_RESULT', 'USE_CASE', 'DOCUMENT_VERSION', 'MEETING_MINUTES')),
        survey_id uuid REFERENCES surveys(id) ON DELETE SET NULL,
        question_key text,
        option_key text,
        answer_filter jsonb NOT NULL DEFAULT '[]',
        use_case_id uuid REFERENCES use_cases(id) ON DELETE SET NULL,
        use_case_part text,
        requirement_id uuid REFERENCES requirements(id) ON DELETE SET NULL,
        document_id uuid REFERENCES documents(id) ON DELETE SET NULL,
        document_version integer,
        meeting_id uuid REFERENCES meetings(id) ON DELETE SET NULL,
        note text,
        snapshot jsonb NOT NULL,
        snapshot_at timestamptz NOT NULL,
        linked_by uuid REFERENCES people(id) ON DELETE SET NULL,
        confirmed_by uuid REFERENCES people(id) ON DELETE SET NULL,
        confirmed_at timestamptz
      )`);
    await q.query(
      `CREATE INDEX report_evidence_recommendation ON report_evidence (recommendation_id, position)`,
    );
    await q.query(`CREATE INDEX report_evidence_report ON report_evidence (report_id)`);
    await q.query(`CREATE INDEX report_evidence_survey ON report_evidence (survey_id, question_key)`);
    await q.query(`CREATE INDEX report_evidence_use_case ON report_evidence (use_case_id)`);
    await q.query(`CREATE INDEX report_evidence_requirement ON report_evidence (requirement_id)`);
    await q.query(`CREATE INDEX report_evidence_document ON report_evidence (document_id)`);
    await q.query(`CREATE INDEX report_evidence_meeting ON report_evidence (meeting_id)`);
    await q.query(`
      CREATE TABLE report_comments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        report_id uuid NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        section_id uuid REFERENCES report_sections(id) ON DELETE CASCADE,
        recommendation_id uuid REFERENCES report_recommendations(id) ON DELETE CASCADE,
        parent_id uuid REFERENCES report_comments(id) ON DELETE CASCADE,
        author_id uuid NOT NULL REFERENCES people(id),
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 10000),
        created_at timestamptz NOT NULL DEFAULT now(),
        edited_at timestamptz,
        resolved_at timestamptz,
        resolved_by uuid REFERENCES people(id) ON DELETE SET NULL
      )`);
    await q.query(`CREATE INDEX report_comments_report ON report_comments (report_id, created_at)`);
    await q.query(`CREATE INDEX report_comments_parent ON report_comments (parent_id)`);
    await q.query(`
      CREATE TABLE report_review_rounds (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        report_id uuid NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        number integer NOT NULL,
        note text,
        opened_by uuid NOT NULL REFERENCES people(id),
        opened_at timestamptz NOT NULL DEFAULT now(),
        closed_at timestamptz,
        UNIQUE (report_id, number)
      )`);
    await q.query(`
      CREATE TABLE report_reviewers (
        round_id uuid NOT NULL REFERENCES report_review_rounds(id) ON DELETE CASCADE,
        person_id uuid NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        PRIMARY KEY (round_id, person_id)
      )`);
    await q.query(`CREATE INDEX report_reviewers_person ON report_reviewers (person_id)`);
    await q.query(`
      CREATE TABLE report_publications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        report_id uuid NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        number integer NOT NULL,
        document_id uuid REFERENCES documents(id) ON DELETE SET NULL,
        document_version integer NOT NULL,
        visibility text NOT NULL,
        published_by uuid NOT NULL REFERENCES people(id),
        published_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (report_id, number)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'report_publications',
      'report_reviewers',
      'report_review_rounds',
      'report_comments',
      'report_evidence',
      'report_recommendations',
      'report_sections',
      'report_editors',
      'report_working_groups',
      'reports',
      'report_targets',
      'initiative_group_members',
      'initiative_group_links',
      'initiative_groups',
      'initiatives',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
