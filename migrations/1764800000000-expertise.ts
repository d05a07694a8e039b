import { MigrationInterface, QueryRunner } from 'typeorm';

/** The survey's words for its scientific domains (the seeds), one DOMAIN term each. */
const DOMAIN_TERMS: [string, string][] = [
  ['HEP_EXPERIMENTAL', 'Experimental High Energy Physics'],
  ['HEP_THEORETICAL', 'Theoretical High Energy Physics'],
  ['RADIO_ASTRONOMY', 'Observational Radio Astronomy'],
  ['GRAVITATIONAL_WAVES_EXPERIMENTAL', 'Experimental Gravitational Waves'],
  ['GRAVITATIONAL_WAVES_THEORETICAL', 'Theoretical Gravitational Waves'],
  ['NUCLEAR_PHYSICS_EXPERIMENTAL', 'Experimental Nuclear Physics'],
  ['NUCLEAR_PHYSICS_THEORETICAL', 'Theoretical Nuclear Physics'],
  ['ASTROPARTICLE', 'Observational Astroparticle'],
  ['OTHER_PHYSICS', 'Other physics'],
  ['OTHER_RESEARCH', 'Other research'],
];

/**
 * Expertise (issue 26): a shared vocabulary (the survey's domains, the working groups' topics, free
 * tags the office can merge), what each person knows or wants to work on, and who may see it.
 *
 * TOPIC terms follow the topics table in the database itself: a trigger adds the term with the
 * topic and renames it with the topic, and the foreign key removes it (and whoever held it) with the
 * topic. Every writer of topics (the API, the seed, the benchmarks' bulk SQL) keeps them in step
 * without calling the expertise library, which sits above community and cannot be called by it.
 */
export class Expertise1764800000000 implements MigrationInterface {
  name = 'Expertise1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE expertise_terms (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('DOMAIN', 'TOPIC', 'TAG')),
        label text NOT NULL CHECK (length(label) BETWEEN 1 AND 200),
        domain text,
        topic_id uuid REFERENCES topics(id) ON DELETE CASCADE,
        merged_into uuid REFERENCES expertise_terms(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((kind = 'DOMAIN') = (domain IS NOT NULL)),
        CHECK ((kind = 'TOPIC') = (topic_id IS NOT NULL)),
        CHECK (merged_into IS NULL OR kind = 'TAG')
      )`);
    await q.query(
      `CREATE UNIQUE INDEX expertise_terms_domain ON expertise_terms (domain) WHERE kind = 'DOMAIN'`,
    );
    await q.query(
      `CREATE UNIQUE INDEX expertise_terms_topic ON expertise_terms (topic_id) WHERE kind = 'TOPIC'`,
    );
    await q.query(
      `CREATE UNIQUE INDEX expertise_terms_tag_label ON expertise_terms (lower(label)) WHERE kind = 'TAG' AND merged_into IS NULL`,
    );
    await q.query(
      `CREATE INDEX expertise_terms_merged_into ON expertise_terms (merged_into) WHERE merged_into IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX expertise_terms_label_trgm ON expertise_terms USING gin (label gin_trgm_ops)`,
    );
    await q.query(`
      CREATE TABLE person_expertise (
        person_id uuid NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        term_id uuid NOT NULL REFERENCES expertise_terms(id) ON DELETE CASCADE,
        level text NOT NULL CHECK (level IN ('KNOWS', 'WANTS_TO_WORK_ON')),
        position integer NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (person_id, term_id)
      )`);
    await q.query(`CREATE INDEX person_expertise_term ON person_expertise (term_id, level)`);
    // No row: PRIVATE (privacy by default); the person sets MEMBERS with their expertise.
    await q.query(`
      CREATE TABLE expertise_visibility (
        person_id uuid PRIMARY KEY REFERENCES people(id) ON DELETE CASCADE,
        visibility text NOT NULL CHECK (visibility IN ('MEMBERS', 'PRIVATE')),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    for (const [domain, label] of DOMAIN_TERMS) {
      await q.query(`INSERT INTO expertise_terms (kind, label, domain) VALUES ('DOMAIN', $1, $2)`, [
        label,
        domain,
      ]);
    }
    await q.query(`INSERT INTO expertise_terms (kind, label, topic_id) SELECT 'TOPIC', name, id FROM topics`);
    await q.query(`
      CREATE FUNCTION expertise_topic_term() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO expertise_terms (kind, label, topic_id) VALUES ('TOPIC', NEW.name, NEW.id);
        ELSIF NEW.name IS DISTINCT FROM OLD.name THEN
          UPDATE expertise_terms SET label = NEW.name WHERE kind = 'TOPIC' AND topic_id = NEW.id;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER topics_expertise_term AFTER INSERT OR UPDATE OF name ON topics
        FOR EACH ROW EXECUTE FUNCTION expertise_topic_term()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER topics_expertise_term ON topics`);
    await q.query(`DROP FUNCTION expertise_topic_term()`);
    await q.query(`DROP TABLE expertise_visibility`);
    await q.query(`DROP TABLE person_expertise`);
    await q.query(`DROP TABLE expertise_terms`);
  }
}
