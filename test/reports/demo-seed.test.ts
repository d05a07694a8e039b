import { Client } from 'pg';
import { createTestEnvironment, sessionCookie, startTestApi, TestEnvironment } from '@cop/testing';
import { seedDemo } from '../../apps/cli/src/seed/seed';

describe('the demo seed: the WG5 report "Survey interpretation"', () => {
  let env: TestEnvironment;
  let db: Client;

  beforeAll(async () => {
    env = await createTestEnvironment();
    db = new Client({ connectionString: env.db.url });
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await env.cleanup();
  });

  const dump = async () => ({
    reports: (await db.query('SELECT id, title FROM reports ORDER BY id')).rows,
    evidence: (await db.query('SELECT id, kind, snapshot FROM report_evidence ORDER BY id')).rows,
  });

  it('writes two sections, three recommendations and their evidence once; a second run changes nothing', async () => {
    await seedDemo(env.config);
    const first = await dump();
    await seedDemo(env.config);
    expect(await dump()).toEqual(first);
    expect(first.reports).toHaveLength(1);

    const api = await startTestApi(env.config);
    try {
      const { rows } = await db.query(`SELECT id FROM people WHERE email = 'ada.member@example.org'`);
      const res = await api.gql<{
        reports: {
          edges: {
            node: {
              title: string;
              kind: string;
              editors: { displayName: string }[];
              sections: {
                recommendations: {
                  evidence: { kind: string; visible: boolean; snapshot: { summary: string } }[];
                }[];
              }[];
            };
          }[];
        };
      }>(
        `{ reports { edges { node { title kind editors { displayName }
            sections { recommendations { evidence { kind visible snapshot { summary } } } } } } } }`,
        {},
        await sessionCookie(api, rows[0].id),
      );
      expect(res.errors).toBeUndefined();
      const report = res.data!.reports.edges[0].node;
      expect(report).toMatchObject({ title: 'Survey interpretation', kind: 'Survey interpretation' });
      expect(report.editors.map((p) => p.displayName).sort()).toEqual(['Chiara Ferrari', 'Maria Girone']);
      expect(report.sections).toHaveLength(2);
      const recs = report.sections.flatMap((s) => s.recommendations);
      expect(recs).toHaveLength(3);
      const evidence = recs.flatMap((r) => r.evidence);
      expect(evidence.map((e) => e.kind)).toEqual(['SURVEY_RESULT', 'USE_CASE', 'DOCUMENT_VERSION']);
      expect(evidence.every((e) => e.visible)).toBe(true);
      expect(evidence[0].snapshot.summary).toBe('Yes: 22 of 80 respondents (27.5%)');
    } finally {
      await api.close();
    }
  });
});
