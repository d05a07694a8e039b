import { Client } from 'pg';
import { Clock } from '@cop/platform';
import { createTestEnvironment, sessionCookie, startTestApi, TestEnvironment } from '@cop/testing';
import { seedDemo } from '../../apps/cli/src/seed/seed';

describe('the demo seed: JENA and the report targets', () => {
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
    initiatives: (await db.query('SELECT * FROM initiatives ORDER BY id')).rows,
    groups: (await db.query('SELECT * FROM initiative_groups ORDER BY id')).rows,
    links: (await db.query('SELECT * FROM initiative_group_links ORDER BY 1, 2')).rows,
    members: (await db.query('SELECT * FROM initiative_group_members ORDER BY 1, 2')).rows,
    targets: (await db.query('SELECT * FROM report_targets ORDER BY id')).rows,
  });

  it('loads JENA with its five groups, links, people in both and targets; a second run changes nothing', async () => {
    await seedDemo(env.config);
    const first = await dump();
    await seedDemo(env.config);
    expect(await dump()).toEqual(first);

    const api = await startTestApi(env.config);
    try {
      api.app.get(Clock).set(new Date('2026-12-05T12:00:00Z'));
      const { rows } = await db.query(`SELECT id FROM people WHERE email = 'ada.member@example.org'`);
      const member = await sessionCookie(api, rows[0].id);
      const res = await api.gql<{
        initiative: {
          name: string;
          groups: {
            name: string;
            linkedWorkingGroups: { code: string }[];
            members: { displayName: string }[];
            peopleInBoth: { displayName: string }[];
          }[];
          targets: { name: string; dueDate: string }[];
        };
        reportTargets: { name: string; dueDate: string; daysLeft: number }[];
      }>(
        `{ initiative(slug: "jena") { name groups { name linkedWorkingGroups { code } members { displayName }
             peopleInBoth { displayName } } targets { name dueDate } }
           reportTargets(dueWithinDays: 365) { name dueDate daysLeft } }`,
        {},
        member,
      );
      expect(res.errors).toBeUndefined();
      const jena = res.data!.initiative;
      expect(jena.name).toBe('Joint ECFA-NuPECC-APPEC activities');
      expect(jena.groups.map((g) => [g.name, g.linkedWorkingGroups.map((w) => w.code)])).toEqual([
        ['WG1: HPC', ['WG3', 'WG6']],
        ['WG2: Software', ['WG4']],
        ['WG3: Data', ['WG1']],
        ['WG4: AI', ['WG4']],
        ['WG5: Training, Dissemination, Education', []],
      ]);
      // WG3's chair is JENA-HPC, as the slides say.
      expect(jena.groups[0].peopleInBoth.map((p) => p.displayName)).toContain('Concezio Bozzi');
      expect(jena.groups[4].members).toHaveLength(1);
      expect(jena.groups[4].peopleInBoth).toEqual([]);
      expect(jena.targets).toEqual([{ name: 'European Strategy update: inputs', dueDate: '2025-03-31' }]);
      // From 5 December 2026, a year ahead: the blueprint's draft and the SRIDA draft, not the past Strategy.
      expect(res.data!.reportTargets.map((t) => [t.name, t.daysLeft])).toEqual([
        ['SPECTRUM technical blueprint: draft', 116],
        ['SRIDA draft', 207],
      ]);
    } finally {
      await api.close();
    }
  });
});
