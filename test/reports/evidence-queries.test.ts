import { Client } from 'pg';
import { SurveysService } from '@cop/surveys';
import {
  createTestEnvironment,
  insertPerson,
  recordSql,
  SqlRecorder,
  sessionCookie,
  startTestApi,
  TestApi,
  TestEnvironment,
} from '@cop/testing';
import { seedSpectrumSurvey } from '../../apps/cli/src/seed/spectrum-survey';

const GROUP = '00000000-0000-4000-a000-0000000004a1';
const REPORT = '00000000-0000-4000-a000-0000000004b1';
const SECTION = '00000000-0000-4000-a000-0000000004b2';

const QUERY = `query($id: ID!) { report(id: $id) { changedEvidence
  coverage { total cited uncited { label } items { kind label citedBy { number } useCase { title } requirement { metric } } }
  sections { recommendations { number evidence { kind visible label changed sourcePath
    snapshot { summary } live { summary excerpt } useCase { title } requirement { metric } document { title } meeting { title } } } } } }`;

/** DESIGN rule 5: a report's evidence and coverage cost the same SQL for 1 and for 4 sources of each kind. */
describe('SQL queries of a report with its evidence', () => {
  let env: TestEnvironment;
  let api: TestApi;
  let db: Client;
  let member: Record<string, string>;
  let recorder: SqlRecorder;
  let memberId: string;
  let surveyId: string;

  beforeAll(async () => {
    env = await createTestEnvironment();
    api = await startTestApi(env.config);
    db = new Client({ connectionString: env.db.url });
    await db.connect();
    memberId = await insertPerson(env.db.url, { displayName: 'Member', role: 'MEMBER' });
    member = await sessionCookie(api, memberId);
    recorder = recordSql(api);
    expect(await seedSpectrumSurvey(api.app.get(SurveysService))).toBe(true);
    surveyId = (await db.query(`SELECT id FROM surveys`)).rows[0].id;
    await db.query(`
      INSERT INTO working_groups (id, code, name) VALUES ('${GROUP}', 'WG5', 'Use cases');
      INSERT INTO memberships (person_id, working_group_id, role, status, joined_at)
        VALUES ('${memberId}', '${GROUP}', 'MEMBER', 'ACTIVE', now());
      INSERT INTO reports (id, title, kind, created_by) VALUES ('${REPORT}', 'R', 'K', '${memberId}');
      INSERT INTO report_working_groups (report_id, working_group_id, position) VALUES ('${REPORT}', '${GROUP}', 0);
      INSERT INTO report_sections (id, report_id, position, title) VALUES ('${SECTION}', '${REPORT}', 0, 'S');`);
  });
  afterAll(async () => {
    await db.end();
    await api.close();
    await env.cleanup();
  });

  /** n recommendations, each citing one survey question, a gap, a requirement, a document and minutes. */
  const seed = async (n: number) => {
    await db.query(
      `DELETE FROM report_recommendations; DELETE FROM use_cases; DELETE FROM documents; DELETE FROM meetings;`,
    );
    const snapshot = `'{"takenAt": "2026-01-01T00:00:00Z", "summary": "then", "hash": "old", "version": 1}'`;
    await db.query(`
      INSERT INTO use_cases (title, status, created_by, gap_analysis)
        SELECT 'Case ' || i, 'COMPLETE', '${memberId}', 'Gap ' || i FROM generate_series(1, ${n}) i;
      INSERT INTO requirements (use_case_id, category, metric, value, unit, year, position)
        SELECT id, 'STORAGE', 'disk', 1, 'PB', 2030, 0 FROM use_cases;
      INSERT INTO documents (title, kind, visibility, author_id, version)
        SELECT 'Doc ' || i, 'NOTE', CASE WHEN i % 2 = 0 THEN 'WORKING_GROUP' ELSE 'COMMUNITY' END, '${memberId}', 2
        FROM generate_series(1, ${n}) i;
      INSERT INTO document_working_groups (document_id, working_group_id)
        SELECT id, '${GROUP}' FROM documents WHERE visibility = 'WORKING_GROUP';
      INSERT INTO document_versions (document_id, version, title, body, edited_by)
        SELECT d.id, v, d.title, 'Body ' || v, '${memberId}' FROM documents d, generate_series(1, 2) v;
      INSERT INTO meetings (title, starts_at, ends_at, time_zone, organizer_id, minutes)
        SELECT 'Meeting ' || i, now(), now() + interval '1 hour', 'UTC', '${memberId}', 'Minutes ' || i
        FROM generate_series(1, ${n}) i;
      INSERT INTO report_recommendations (report_id, section_id, position, statement, created_by)
        SELECT '${REPORT}', '${SECTION}', i, 'Do ' || i, '${memberId}' FROM generate_series(1, ${n}) i;
      WITH r AS (SELECT id, position AS i FROM report_recommendations),
        u AS (SELECT id, row_number() OVER (ORDER BY title) AS i FROM use_cases),
        q AS (SELECT id, row_number() OVER (ORDER BY id) AS i FROM requirements),
        d AS (SELECT id, row_number() OVER (ORDER BY title) AS i FROM documents),
        m AS (SELECT id, row_number() OVER (ORDER BY title) AS i FROM meetings)
      INSERT INTO report_evidence (report_id, recommendation_id, position, kind, survey_id, question_key, option_key,
          use_case_id, use_case_part, requirement_id, document_id, document_version, meeting_id, snapshot, snapshot_at)
      SELECT '${REPORT}', r.id, k, x.kind, x.survey_id, x.question_key, x.option_key, x.use_case_id, x.use_case_part,
             x.requirement_id, x.document_id, x.document_version, x.meeting_id, ${snapshot}::jsonb, now()
      FROM r CROSS JOIN LATERAL (VALUES
        (1, 'SURVEY_RESULT', '${surveyId}'::uuid, (ARRAY['roles', 'career_stage', 'domains', 'infrastructure_manager'])[r.i], NULL,
          NULL::uuid, NULL, NULL::uuid, NULL::uuid, NULL::int, NULL::uuid),
        (2, 'USE_CASE', NULL, NULL, NULL, (SELECT id FROM u WHERE u.i = r.i), 'gapAnalysis', NULL, NULL, NULL, NULL),
        (3, 'USE_CASE', NULL, NULL, NULL, (SELECT id FROM u WHERE u.i = r.i), NULL, (SELECT id FROM q WHERE q.i = r.i), NULL, NULL, NULL),
        (4, 'DOCUMENT_VERSION', NULL, NULL, NULL, NULL, NULL, NULL, (SELECT id FROM d WHERE d.i = r.i), 1, NULL),
        (5, 'MEETING_MINUTES', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, (SELECT id FROM m WHERE m.i = r.i))
      ) AS x(k, kind, survey_id, question_key, option_key, use_case_id, use_case_part, requirement_id, document_id,
             document_version, meeting_id);`);
  };

  const measure = async () => {
    const { result, queries, log } = await recorder.measure(() =>
      api.gql<{
        report: {
          changedEvidence: number;
          sections: {
            recommendations: { evidence: { kind: string; visible: boolean; changed: boolean }[] }[];
          }[];
        };
      }>(QUERY, { id: REPORT }, member),
    );
    expect(result.errors).toBeUndefined();
    return { queries, log, report: result.data!.report };
  };

  it('issues the same number of queries for 1 and for 4 sources of each kind', async () => {
    await seed(1);
    await measure(); // warm the session cache
    const one = await measure();
    await seed(4);
    const four = await measure();
    const evidence = four.report.sections[0].recommendations.flatMap((r) => r.evidence);
    expect(evidence).toHaveLength(20);
    expect(evidence.every((e) => e.visible && e.changed)).toBe(true);
    expect(four.report.changedEvidence).toBe(20);
    expect(one.queries).toBeGreaterThan(5);
    expect({ n: four.queries, log: four.log.sort() }).toEqual({ n: one.queries, log: one.log.sort() });
  });
});
