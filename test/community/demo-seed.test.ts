import { Client } from 'pg';
import { createTestEnvironment, startTestApi, TestEnvironment } from '@cop/testing';
import { seedDemo } from '../../apps/cli/src/seed/seed';

const TABLES = [
  'community',
  'people',
  'working_groups',
  'topics',
  'memberships',
  'membership_events',
  'news_items',
  'faq_entries',
];

describe('the demo seed (SPECTRUM CoP)', () => {
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

  const dump = async () => {
    const out: Record<string, unknown[]> = {};
    for (const t of TABLES) out[t] = (await db.query(`SELECT * FROM ${t} ORDER BY 1`)).rows;
    return out;
  };

  it('loads the six groups, 75 seats held by about 50 people, the FAQ and the news, and a second run changes nothing', async () => {
    await seedDemo(env.config);
    const first = await dump();
    await seedDemo(env.config);
    expect(await dump()).toEqual(first);

    const api = await startTestApi(env.config);
    try {
      const res = await api.gql<{
        community: { stats: { participants: number; people: number } };
        workingGroups: {
          code: string;
          joinPolicy: string;
          chairs: { displayName: string; email: string | null }[];
          topics: { name: string }[];
        }[];
        faq: { question: string }[];
        news: { edges: { node: { title: string; bodyHtml: string } }[] };
      }>(`{ community { stats { participants people } }
            workingGroups { code joinPolicy chairs { displayName email } topics { name } }
            faq { question } news { edges { node { title bodyHtml } } } }`);
      expect(res.errors).toBeUndefined();
      const data = res.data!;
      expect(data.community.stats.participants).toBe(75);
      expect(data.community.stats.people).toBeGreaterThanOrEqual(48);
      expect(data.community.stats.people).toBeLessThanOrEqual(52);
      expect(data.workingGroups.map((g) => g.code)).toEqual(['WG1', 'WG2', 'WG3', 'WG4', 'WG5', 'WG6']);
      const wg5 = data.workingGroups.find((g) => g.code === 'WG5')!;
      expect(wg5.chairs.map((c) => c.displayName).sort()).toEqual(['Chiara Ferrari', 'Maria Girone']);
      expect(wg5.chairs.every((c) => c.email === null)).toBe(true);
      expect(data.workingGroups.find((g) => g.code === 'WG4')!.topics).toHaveLength(6);
      expect(data.faq.length).toBeGreaterThanOrEqual(5);
      expect(data.news.edges[0].node.title).toBe(
        'End of September 2024 update: Back to regular SPECTRUMCoP meetings',
      );
      expect(data.news.edges[0].node.bodyHtml).toContain('<strong>');
      // Many sit in two or three groups, chairs included.
      const multi = await db.query(
        `SELECT count(*) AS n FROM (SELECT person_id FROM memberships GROUP BY person_id HAVING count(*) BETWEEN 2 AND 3) s`,
      );
      expect(Number(multi.rows[0].n)).toBeGreaterThanOrEqual(15);
    } finally {
      await api.close();
    }
  });
});
