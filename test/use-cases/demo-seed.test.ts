import { Client } from 'pg';
import { createTestEnvironment, sessionCookie, startTestApi, TestEnvironment } from '@cop/testing';
import { seedDemo } from '../../apps/cli/src/seed/seed';

describe('the demo seed: example use cases', () => {
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
    useCases: (await db.query('SELECT * FROM use_cases ORDER BY id')).rows,
    requirements: (await db.query('SELECT * FROM requirements ORDER BY id')).rows,
    experts: (await db.query('SELECT * FROM use_case_experts ORDER BY 1, 2')).rows,
    groups: (await db.query('SELECT * FROM use_case_working_groups ORDER BY 1, 2')).rows,
  });

  it('loads three marked examples with requirements and totals, and a second run changes nothing', async () => {
    await seedDemo(env.config);
    const first = await dump();
    await seedDemo(env.config);
    expect(await dump()).toEqual(first);
    expect(first.useCases).toHaveLength(3);
    for (const u of first.useCases) {
      expect(u.title).toMatch(/^Example: /);
      expect(u.is_example).toBe(true);
    }

    const api = await startTestApi(env.config);
    try {
      const { rows } = await db.query(`SELECT id FROM people WHERE email = 'ada.member@example.org'`);
      const member = await sessionCookie(api, rows[0].id);
      const res = await api.gql<{
        useCases: {
          edges: {
            node: {
              title: string;
              status: string;
              completeness: number;
              createdBy: { displayName: string };
              experts: unknown[];
              workingGroups: { code: string }[];
              requirements: unknown[];
            };
          }[];
        };
        requirementTotals: {
          category: string;
          metric: string;
          year: number;
          unit: string;
          total: number;
          useCases: number;
        }[];
      }>(
        `{ useCases { edges { node { title status completeness createdBy { displayName } experts { displayName }
             workingGroups { code } requirements { metric } } } }
           requirementTotals(year: 2030, category: STORAGE) { category metric year unit total useCases } }`,
        {},
        member,
      );
      expect(res.errors).toBeUndefined();
      const nodes = res.data!.useCases.edges.map((e) => e.node);
      expect(nodes.map((n) => n.status)).toEqual(['SELECTED', 'IN_ANALYSIS', 'COMPLETE']);
      expect(nodes[2]).toMatchObject({ completeness: 1, createdBy: { displayName: 'Tommaso Boccali' } });
      for (const n of nodes) {
        expect(n.experts.length).toBeGreaterThan(0);
        expect(n.workingGroups.map((g) => g.code)).toContain('WG5');
        expect(n.requirements.length).toBeGreaterThan(0);
      }
      // The LHC and the radio example spell the metric differently; the first proposed one's spelling wins.
      expect(res.data!.requirementTotals).toContainEqual({
        category: 'STORAGE',
        metric: 'Raw data per year',
        year: 2030,
        unit: 'PB',
        total: 1050,
        useCases: 2,
      });
    } finally {
      await api.close();
    }
  });
});
