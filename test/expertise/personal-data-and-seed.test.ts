import { Client } from 'pg';
import { ExpertisePersonalData } from '@cop/expertise';
import { TransactionContext } from '@cop/platform';
import { createTestEnvironment, sessionCookie, startTestApi, type TestEnvironment } from '@cop/testing';
import { seedDemo } from '../../apps/cli/src/seed/seed';
import { DEMO_PRIVATE_EXPERTISE_EMAIL } from '../../apps/cli/src/seed/spectrum-expertise';

describe("expertise: the demo seed and one's own data", () => {
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
    entries: (
      await db.query('SELECT person_id, term_id, level, position FROM person_expertise ORDER BY 1, 2')
    ).rows,
    visibility: (await db.query('SELECT person_id, visibility FROM expertise_visibility ORDER BY 1')).rows,
    terms: (await db.query('SELECT id, kind, label FROM expertise_terms ORDER BY id')).rows,
  });
  const personId = async (email: string) =>
    (await db.query<{ id: string }>('SELECT id FROM people WHERE email = $1', [email])).rows[0].id;

  it("seeds the demo people's expertise from their groups' topics and domains; a second run changes nothing", async () => {
    await seedDemo(env.config);
    const first = await dump();
    await seedDemo(env.config);
    expect(await dump()).toEqual(first);

    // Every seated MEMBER/OFFICE chose; one keeps it PRIVATE.
    const { rows: missing } = await db.query(`SELECT p.display_name FROM people p
      WHERE p.role IN ('MEMBER', 'OFFICE') AND EXISTS (SELECT 1 FROM memberships m WHERE m.person_id = p.id AND m.status = 'ACTIVE')
        AND NOT EXISTS (SELECT 1 FROM expertise_visibility v WHERE v.person_id = p.id)`);
    expect(missing).toEqual([]);
    const { rows: privateOnes } =
      await db.query(`SELECT p.email FROM expertise_visibility v JOIN people p ON p.id = v.person_id
      WHERE v.visibility = 'PRIVATE'`);
    expect(privateOnes).toEqual([{ email: DEMO_PRIVATE_EXPERTISE_EMAIL }]);
    // Chairs KNOW their groups' topics (up to four); members hold both levels somewhere.
    const { rows: chairTopics } = await db.query(`SELECT t.id, pe.level FROM memberships m
      JOIN topics t ON t.working_group_id = m.working_group_id
      LEFT JOIN expertise_terms et ON et.topic_id = t.id
      LEFT JOIN person_expertise pe ON pe.term_id = et.id AND pe.person_id = m.person_id
      WHERE m.role = 'CHAIR' AND m.status = 'ACTIVE' AND m.person_id = (SELECT id FROM people WHERE email = 'maria.girone@example.org')`);
    expect(chairTopics.length).toBeGreaterThan(0);
    expect(chairTopics.slice(0, 4).every((r) => r.level === 'KNOWS')).toBe(true);
    const { rows: levels } = await db.query(`SELECT DISTINCT level FROM person_expertise ORDER BY level`);
    expect(levels.map((r) => r.level)).toEqual(['KNOWS', 'WANTS_TO_WORK_ON']);
    // Profile domains are known.
    const { rows: domainless } = await db.query(`SELECT p.display_name, d FROM people p, unnest(p.domains) d
      JOIN expertise_visibility v ON true
      WHERE v.person_id = p.id AND NOT EXISTS (SELECT 1 FROM person_expertise pe JOIN expertise_terms t ON t.id = pe.term_id
        WHERE pe.person_id = p.id AND t.kind = 'DOMAIN' AND t.domain = d AND pe.level = 'KNOWS')`);
    expect(domainless).toEqual([]);

    // The office finds members by a topic's words; never the PRIVATE person.
    const api = await startTestApi(env.config);
    try {
      const office = await sessionCookie(api, await personId('tommaso.boccali@example.org'));
      const ruud = await personId(DEMO_PRIVATE_EXPERTISE_EMAIL);
      const { rows: ruudTerms } = await db.query(
        `SELECT term_id FROM person_expertise WHERE person_id = $1 LIMIT 1`,
        [ruud],
      );
      expect(ruudTerms).toHaveLength(1);
      const res = await api.gql<{ people: { edges: { node: { id: string } }[] } }>(
        'query($t: ID) { people(termId: $t, first: 100) { edges { node { id } } } }',
        { t: ruudTerms[0].term_id },
        office,
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.people.edges.length).toBeGreaterThan(0);
      expect(res.data!.people.edges.map((e) => e.node.id)).not.toContain(ruud);

      // One's own data: the export holds the entries and the choice; erasure removes both.
      const provider = api.app.get(ExpertisePersonalData);
      const tx = api.app.get(TransactionContext);
      const subject = { personId: ruud, email: DEMO_PRIVATE_EXPERTISE_EMAIL, displayName: 'Ruud Mulder' };
      const exported = await tx.run(() => provider.export(subject));
      const { rows: own } = await db.query(
        `SELECT t.kind, t.label, pe.level FROM person_expertise pe JOIN expertise_terms t ON t.id = pe.term_id
          WHERE pe.person_id = $1 ORDER BY pe.position`,
        [ruud],
      );
      expect(exported).toEqual({ data: { visibility: 'PRIVATE', entries: own } });
      const others = (await dump()).entries.filter((e) => e.person_id !== ruud);
      await tx.run(() => provider.erase(subject));
      await tx.run(() => provider.erase(subject)); // idempotent
      const after = await dump();
      expect(after.entries).toEqual(others);
      expect(after.visibility.map((v) => v.person_id)).not.toContain(ruud);
      expect(await tx.run(() => provider.export(subject))).toEqual({
        data: { visibility: 'PRIVATE', entries: [] },
      });
    } finally {
      await api.close();
    }
  });
});
