import { Client } from 'pg';
import { scopeForPerson, type PlatformRoleValue, type Scope } from '@cop/identity';
import {
  ExpertiseService,
  expertSuggestionsSql,
  expertiseVisible,
  expertiseVisibleSql,
  type ExpertMatchRow,
} from '@cop/expertise';
import { TransactionContext, sql } from '@cop/platform';
import {
  createTestEnvironment,
  insertPerson,
  sessionCookie,
  startTestApi,
  type TestApi,
  type TestEnvironment,
} from '@cop/testing';

type Headers = Record<string, string>;
interface Term {
  id: string;
  label: string;
  kind: string;
  domain: string | null;
  peopleCount: number;
}
interface Entry {
  level: string;
  term: { label: string; kind: string };
}

const SET = `mutation($i: MyExpertiseInput!) { setMyExpertise(input: $i) {
  id expertiseVisibility expertise { level term { id label kind } } } }`;
const TERMS = `query($s: String, $k: ExpertiseTermKind, $n: Int) {
  expertiseTerms(search: $s, kind: $k, first: $n) { id label kind domain peopleCount topic { id name } } }`;
const PERSON = `query($id: ID!) { person(id: $id) { expertiseVisibility expertise { level term { label } } } }`;
const PEOPLE = `query($s: String, $d: ScientificDomain, $t: ID, $l: ExpertiseLevel, $wg: ID) {
  people(search: $s, domain: $d, termId: $t, level: $l, workingGroupId: $wg, first: 100) {
    totalCount edges { node { displayName } } } }`;

describe('expertise (issue 26)', () => {
  let env: TestEnvironment;
  let api: TestApi;
  let db: Client;
  const ids: Record<string, string> = {};
  const as: Record<string, Headers> = {};
  let groupId: string;
  let topicId: string;
  let domainTerm: (domain: string) => Promise<Term>;

  const gql = async <T>(query: string, vars: Record<string, unknown>, who: Headers): Promise<T> => {
    const res = await api.gql<T>(query, vars, who);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data as T;
  };
  const errorOf = async (query: string, vars: Record<string, unknown>, who: Headers) => {
    const res = await api.gql(query, vars, who);
    return res.errors?.[0]?.extensions as { code: string; fields?: Record<string, string> } | undefined;
  };
  const names = async (vars: Record<string, unknown>, who = as.member) =>
    (
      await gql<{ people: { totalCount: number; edges: { node: { displayName: string } }[] } }>(
        PEOPLE,
        vars,
        who,
      )
    ).people;
  const dump = async () => ({
    entries: (await db.query('SELECT * FROM person_expertise ORDER BY person_id, position')).rows,
    terms: (await db.query('SELECT * FROM expertise_terms ORDER BY id')).rows,
    visibility: (await db.query('SELECT * FROM expertise_visibility ORDER BY person_id')).rows,
  });
  const person = async (name: string, role: PlatformRoleValue) => {
    ids[name] = await insertPerson(env.db.url, { displayName: name, role, affiliation: 'Institute' });
    as[name] = await sessionCookie(api, ids[name]);
  };

  beforeAll(async () => {
    env = await createTestEnvironment();
    api = await startTestApi(env.config);
    db = new Client({ connectionString: env.db.url });
    await db.connect();
    await person('Ada Known', 'MEMBER'); // MEMBERS visibility
    await person('Pia Private', 'MEMBER'); // PRIVATE
    await person('Gus Guest', 'GUEST');
    await person('Olga Office', 'OFFICE');
    await person('Mo Member', 'MEMBER'); // the viewer
    as.member = as['Mo Member'];
    as.office = as['Olga Office'];
    as.guest = as['Gus Guest'];
    const { rows } = await db.query(
      `INSERT INTO working_groups (code, name) VALUES ('WGX', 'Data group') RETURNING id`,
    );
    groupId = rows[0].id;
    const topic = await db.query(
      `INSERT INTO topics (working_group_id, name) VALUES ($1, 'Data Access Protocols') RETURNING id`,
      [groupId],
    );
    topicId = topic.rows[0].id;
    domainTerm = async (domain) =>
      (await gql<{ expertiseTerms: Term[] }>(TERMS, { k: 'DOMAIN', n: 100 }, as.member)).expertiseTerms.find(
        (t) => t.domain === domain,
      )!;
  });
  afterAll(async () => {
    await db.end();
    await api.close();
    await env.cleanup();
  });

  it('has a DOMAIN term for each scientific domain, in the survey words, and a TOPIC term kept with each topic', async () => {
    const domains = (await gql<{ expertiseTerms: Term[] }>(TERMS, { k: 'DOMAIN', n: 100 }, as.member))
      .expertiseTerms;
    expect(domains).toHaveLength(10);
    expect(domains.find((t) => t.domain === 'RADIO_ASTRONOMY')?.label).toBe('Observational Radio Astronomy');
    const topics = async () =>
      (
        await gql<{ expertiseTerms: (Term & { topic: { id: string; name: string } })[] }>(
          TERMS,
          { k: 'TOPIC', n: 100 },
          as.member,
        )
      ).expertiseTerms.map((t) => ({ label: t.label, topic: t.topic }));
    expect(await topics()).toEqual([
      { label: 'Data Access Protocols', topic: { id: topicId, name: 'Data Access Protocols' } },
    ]);
    // Created, renamed and removed through community's own API: the terms follow.
    const chairLess = await gql<{ addTopic: { id: string } }>(
      'mutation($g: ID!) { addTopic(workingGroupId: $g, name: "Tape archives") { id } }',
      { g: groupId },
      as.office,
    );
    await gql(
      'mutation($id: ID!) { updateTopic(id: $id, name: "Tape and disk archives") { id } }',
      { id: chairLess.addTopic.id },
      as.office,
    );
    expect((await topics()).map((t) => t.label).sort()).toEqual([
      'Data Access Protocols',
      'Tape and disk archives',
    ]);
    const archives = (await gql<{ expertiseTerms: Term[] }>(TERMS, { s: 'archives' }, as.member))
      .expertiseTerms[0];
    await gql(
      SET,
      { i: { visibility: 'MEMBERS', entries: [{ termId: archives.id, level: 'KNOWS' }] } },
      as['Ada Known'],
    );
    await gql('mutation($id: ID!) { removeTopic(id: $id) }', { id: chairLess.addTopic.id }, as.office);
    expect((await topics()).map((t) => t.label)).toEqual(['Data Access Protocols']);
    // The entry went with the topic.
    expect(
      (await db.query('SELECT 1 FROM person_expertise WHERE term_id = $1', [archives.id])).rowCount,
    ).toBe(0);
  });

  it("sets and replaces one's expertise, in order; a new tag is trimmed and reuses a term of that label", async () => {
    const radio = await domainTerm('RADIO_ASTRONOMY');
    const first = await gql<{ setMyExpertise: { expertiseVisibility: string; expertise: Entry[] } }>(
      SET,
      {
        i: {
          visibility: 'MEMBERS',
          entries: [
            { newTag: '  FPGA   programming ', level: 'KNOWS' },
            { termId: radio.id, level: 'WANTS_TO_WORK_ON' },
            { newTag: 'data access protocols', level: 'KNOWS' }, // the topic's label: reused
          ],
        },
      },
      as['Ada Known'],
    );
    expect(first.setMyExpertise.expertiseVisibility).toBe('MEMBERS');
    expect(first.setMyExpertise.expertise.map((e) => [e.term.label, e.term.kind, e.level])).toEqual([
      ['FPGA programming', 'TAG', 'KNOWS'],
      ['Observational Radio Astronomy', 'DOMAIN', 'WANTS_TO_WORK_ON'],
      ['Data Access Protocols', 'TOPIC', 'KNOWS'],
    ]);
    // Another person's "fpga PROGRAMMING" is the same tag.
    const pia = await gql<{ setMyExpertise: { expertise: { term: { id: string } }[] } }>(
      SET,
      { i: { visibility: 'PRIVATE', entries: [{ newTag: 'fpga PROGRAMMING', level: 'WANTS_TO_WORK_ON' }] } },
      as['Pia Private'],
    );
    const fpga = (await db.query(`SELECT id FROM expertise_terms WHERE label = 'FPGA programming'`)).rows;
    expect(fpga).toHaveLength(1);
    expect(pia.setMyExpertise.expertise[0].term.id).toBe(fpga[0].id);
    // Replacing: the list is what was sent, nothing else.
    const replaced = await gql<{ setMyExpertise: { expertise: Entry[] } }>(
      SET,
      {
        i: {
          visibility: 'MEMBERS',
          entries: [
            { termId: radio.id, level: 'KNOWS' },
            { newTag: 'FPGA programming', level: 'KNOWS' },
            { newTag: 'Data Access Protocols', level: 'KNOWS' },
          ],
        },
      },
      as['Ada Known'],
    );
    expect(replaced.setMyExpertise.expertise.map((e) => [e.term.label, e.level])).toEqual([
      ['Observational Radio Astronomy', 'KNOWS'],
      ['FPGA programming', 'KNOWS'],
      ['Data Access Protocols', 'KNOWS'],
    ]);
  });

  it('refuses bad entries naming each field, and changes nothing', async () => {
    const radio = await domainTerm('RADIO_ASTRONOMY');
    const before = await dump();
    const refused = async (entries: unknown[], visibility = 'PRIVATE') =>
      (await errorOf(SET, { i: { visibility, entries } }, as['Ada Known']))!;
    const k = (x: object) => ({ ...x, level: 'KNOWS' });
    expect(
      await refused([
        k({ termId: radio.id }),
        k({ termId: radio.id }),
        k({ newTag: '' }),
        k({ newTag: 'x'.repeat(61) }),
        k({ newTag: 'two\nlines' }),
        k({ termId: 'nope' }),
        k({ termId: '00000000-0000-4000-8000-000000000000' }),
        k({}),
        k({ termId: radio.id, newTag: 'Both' }),
        k({ newTag: 'Brand new tag' }),
        k({ newTag: ' brand NEW tag' }),
        k({ newTag: 'observational radio astronomy' }),
      ]),
    ).toEqual({
      code: 'BAD_USER_INPUT',
      fields: {
        'input.entries.1': 'repeats entry 1',
        'input.entries.2.newTag': 'must not be blank',
        'input.entries.3.newTag': 'must be at most 60 characters',
        'input.entries.4.newTag': 'must not contain control characters or line breaks',
        'input.entries.5.termId': 'is not an expertise term',
        'input.entries.6.termId': 'is not an expertise term',
        'input.entries.7': 'give either termId or newTag',
        'input.entries.8': 'give either termId or newTag',
        'input.entries.10': 'repeats entry 10',
        'input.entries.11': 'repeats entry 1',
      },
    });
    // Control characters are refused by the platform's input rule before anything else.
    expect((await refused([k({ newTag: 'bad\u0007bell' })])).fields).toEqual({
      'input.entries.0.newTag': 'must not contain control characters',
    });
    expect((await refused(Array.from({ length: 51 }, (_, i) => k({ newTag: `Tag ${i}` })))).fields).toEqual({
      'input.entries': 'at most 50 entries',
    });
    expect(await dump()).toEqual(before);
    // 50 is allowed.
    const fifty = await gql<{ setMyExpertise: { expertise: Entry[] } }>(
      SET,
      {
        i: {
          visibility: 'PRIVATE',
          entries: Array.from({ length: 50 }, (_, i) => k({ newTag: `Fifty ${i}` })),
        },
      },
      as['Olga Office'],
    );
    expect(fifty.setMyExpertise.expertise).toHaveLength(50);
    await gql(SET, { i: { visibility: 'PRIVATE', entries: [] } }, as['Olga Office']);
  });

  it('shows expertise to the person, to members and the office when MEMBERS; never to guests or anonymous', async () => {
    const seen = async (who: Headers, name: string) => {
      const res = await api.gql<{
        person: { expertiseVisibility: string | null; expertise: Entry[] } | null;
      }>(PERSON, { id: ids[name] }, who);
      return res.data?.person ?? res.errors?.[0]?.extensions?.code;
    };
    expect(await seen(as['Ada Known'], 'Ada Known')).toMatchObject({ expertiseVisibility: 'MEMBERS' });
    expect(((await seen(as.member, 'Ada Known')) as { expertise: Entry[] }).expertise).toHaveLength(3);
    expect(await seen(as.member, 'Ada Known')).toMatchObject({ expertiseVisibility: null });
    expect(((await seen(as.office, 'Ada Known')) as { expertise: Entry[] }).expertise).toHaveLength(3);
    expect(await seen(as.member, 'Pia Private')).toEqual({ expertiseVisibility: null, expertise: [] });
    expect(await seen(as.office, 'Pia Private')).toEqual({ expertiseVisibility: null, expertise: [] });
    expect(await seen(as['Pia Private'], 'Pia Private')).toEqual({
      expertiseVisibility: 'PRIVATE',
      expertise: [{ level: 'WANTS_TO_WORK_ON', term: { label: 'FPGA programming' } }],
    });
    // A person who never chose is PRIVATE (as they see it themself).
    expect(await seen(as.member, 'Mo Member')).toEqual({ expertiseVisibility: 'PRIVATE', expertise: [] });
    // person() is for members: a guest and the anonymous reach people elsewhere; the rule itself:
    const service = api.app.get(ExpertiseService);
    const tx = api.app.get(TransactionContext);
    const forScope = (role: PlatformRoleValue | null, who: string | null) =>
      tx.run(() =>
        service.expertiseOf(
          scopeForPerson(role && who ? { personId: ids[who], role, via: 'session' } : null),
          ids['Ada Known'],
        ),
      );
    expect(await forScope(null, null)).toEqual([]);
    expect(await forScope('GUEST', 'Gus Guest')).toEqual([]);
    expect(await forScope('MEMBER', 'Mo Member')).toHaveLength(3);
    expect(await forScope('OFFICE', 'Olga Office')).toHaveLength(3);
    expect(await forScope('GUEST', 'Ada Known')).toHaveLength(3); // demoted to GUEST: still their own
    // The guest sees their own through the viewer.
    await db.query(
      `INSERT INTO person_expertise (person_id, term_id, level, position)
      SELECT $1, id, 'KNOWS', 1 FROM expertise_terms WHERE label = 'FPGA programming'`,
      [ids['Gus Guest']],
    );
    await db.query(`INSERT INTO expertise_visibility (person_id, visibility) VALUES ($1, 'MEMBERS')`, [
      ids['Gus Guest'],
    ]);
    const own = await gql<{ viewer: { person: { expertise: Entry[]; expertiseVisibility: string } } }>(
      '{ viewer { person { expertiseVisibility expertise { level term { label } } } } }',
      {},
      as.guest,
    );
    expect(own.viewer.person).toEqual({
      expertiseVisibility: 'MEMBERS',
      expertise: [{ level: 'KNOWS', term: { label: 'FPGA programming' } }],
    });
    await db.query('DELETE FROM person_expertise WHERE person_id = $1', [ids['Gus Guest']]);
    await db.query('DELETE FROM expertise_visibility WHERE person_id = $1', [ids['Gus Guest']]);
  });

  it('counts and finds only people whose expertise the viewer may see; a PRIVATE person never, by expertise', async () => {
    const fpga = (await gql<{ expertiseTerms: Term[] }>(TERMS, { s: 'fpga' }, as.member)).expertiseTerms;
    expect(fpga.map((t) => [t.label, t.peopleCount])).toEqual([['FPGA programming', 1]]); // Ada, not Pia
    // Pia counts herself.
    expect(
      (await gql<{ expertiseTerms: Term[] }>(TERMS, { s: 'fpga' }, as['Pia Private'])).expertiseTerms[0]
        .peopleCount,
    ).toBe(2);
    // The search: by expertise label (substring, stemmed), never Pia; by name she is found.
    expect(await names({ s: 'fpga' })).toEqual({
      totalCount: 1,
      edges: [{ node: { displayName: 'Ada Known' } }],
    });
    expect((await names({ s: 'programs' })).edges.map((e) => e.node.displayName)).toEqual(['Ada Known']);
    expect((await names({ s: 'protocol' })).edges.map((e) => e.node.displayName)).toEqual(['Ada Known']);
    expect((await names({ s: 'Pia' })).edges.map((e) => e.node.displayName)).toEqual(['Pia Private']);
    expect((await names({ s: 'fpga' }, as['Pia Private'])).edges.map((e) => e.node.displayName)).toEqual([
      'Ada Known',
      'Pia Private',
    ]);
    // termId (either level unless level is given), domain (profile or visible expertise), level.
    const tag = fpga[0].id;
    expect((await names({ t: tag })).totalCount).toBe(1);
    expect((await names({ t: tag, l: 'WANTS_TO_WORK_ON' })).totalCount).toBe(0);
    expect((await names({ t: tag, l: 'WANTS_TO_WORK_ON' }, as['Pia Private'])).edges).toEqual([
      { node: { displayName: 'Pia Private' } },
    ]);
    await db.query(`UPDATE people SET domains = '{RADIO_ASTRONOMY}' WHERE id = $1`, [ids['Mo Member']]);
    expect((await names({ d: 'RADIO_ASTRONOMY' })).edges.map((e) => e.node.displayName)).toEqual([
      'Ada Known',
      'Mo Member',
    ]);
    expect((await names({ d: 'RADIO_ASTRONOMY', l: 'KNOWS' })).edges.map((e) => e.node.displayName)).toEqual([
      'Ada Known',
    ]);
    expect((await names({ l: 'WANTS_TO_WORK_ON' })).totalCount).toBe(0);
    expect((await names({ l: 'KNOWS' })).totalCount).toBe(1);
    // The filters compose with workingGroupId (community's filter).
    expect((await names({ l: 'KNOWS', wg: groupId })).totalCount).toBe(0);
    await db.query(
      `INSERT INTO memberships (person_id, working_group_id, status, joined_at) VALUES ($1, $2, 'ACTIVE', now())`,
      [ids['Ada Known'], groupId],
    );
    expect((await names({ l: 'KNOWS', wg: groupId })).totalCount).toBe(1);
    // An unknown term is NOT_FOUND.
    for (const t of ['00000000-0000-4000-8000-000000000000', 'nope'])
      expect((await errorOf(PEOPLE, { t }, as.member))?.code).toBe('NOT_FOUND');
  });

  it('lists terms by prefix or word, most held first, then by label; first is 1 to 100', async () => {
    const labels = async (s: string) =>
      (await gql<{ expertiseTerms: Term[] }>(TERMS, { s }, as.member)).expertiseTerms.map((t) => t.label);
    expect(await labels('experimental')).toEqual([
      'Experimental Gravitational Waves',
      'Experimental High Energy Physics',
      'Experimental Nuclear Physics',
    ]);
    expect(await labels('rad')).toEqual(['Observational Radio Astronomy']);
    expect(await labels('adio')).toEqual([]);
    expect(await labels('physics')).toEqual([
      'Experimental High Energy Physics',
      'Experimental Nuclear Physics',
      'Other physics',
      'Theoretical High Energy Physics',
      'Theoretical Nuclear Physics',
    ]);
    const all = (await gql<{ expertiseTerms: Term[] }>(TERMS, { n: 3 }, as.member)).expertiseTerms;
    expect(all[0].peopleCount).toBeGreaterThanOrEqual(all[1].peopleCount);
    for (const n of [0, 101])
      expect((await errorOf(TERMS, { n }, as.member))?.fields).toEqual({ first: 'must be 1 to 100' });
  });

  it('lets the office merge tags (holders move, KNOWS wins) and rename a tag; bad input names the field and changes nothing', async () => {
    const k = (newTag: string, level = 'KNOWS') => ({ newTag, level });
    await gql(
      SET,
      {
        i: {
          visibility: 'MEMBERS',
          entries: [k('ML', 'WANTS_TO_WORK_ON'), k('Machine learning', 'WANTS_TO_WORK_ON')],
        },
      },
      as['Mo Member'],
    );
    await gql(
      SET,
      { i: { visibility: 'MEMBERS', entries: [k('ML'), k('machine-learning', 'WANTS_TO_WORK_ON')] } },
      as['Olga Office'],
    );
    const tagId = async (label: string) =>
      (await db.query(`SELECT id FROM expertise_terms WHERE label = $1`, [label])).rows[0].id as string;
    const [ml, machine, dashed] = [
      await tagId('ML'),
      await tagId('Machine learning'),
      await tagId('machine-learning'),
    ];
    const radio = await domainTerm('RADIO_ASTRONOMY');
    const MERGE =
      'mutation($s: [ID!]!, $t: ID!) { mergeExpertiseTags(sourceIds: $s, targetId: $t) { id label peopleCount } }';
    const before = await dump();
    expect(await errorOf(MERGE, { s: [radio.id, ml, ml, machine, 'x'], t: machine }, as.office)).toEqual({
      code: 'BAD_USER_INPUT',
      fields: {
        'sourceIds.0': '"Observational Radio Astronomy" is a domain, not a tag',
        'sourceIds.2': 'is listed twice',
        'sourceIds.3': 'is the target',
        'sourceIds.4': 'is not an expertise term',
      },
    });
    expect(
      (await errorOf(MERGE, { s: [ml], t: '00000000-0000-4000-8000-000000000000' }, as.office))?.fields,
    ).toEqual({
      targetId: 'is not an expertise term',
    });
    expect((await errorOf(MERGE, { s: [], t: machine }, as.office))?.fields).toEqual({
      sourceIds: 'name at least one tag',
    });
    expect((await errorOf(MERGE, { s: [ml], t: machine }, as.member))?.code).toBe('FORBIDDEN');
    expect(await dump()).toEqual(before);

    const merged = await gql<{ mergeExpertiseTags: { id: string; label: string; peopleCount: number } }>(
      MERGE,
      { s: [ml, dashed], t: machine },
      as.office,
    );
    expect(merged.mergeExpertiseTags).toEqual({ id: machine, label: 'Machine learning', peopleCount: 2 });
    const levels = async (who: string) =>
      (
        await gql<{ person: { expertise: Entry[] } }>(PERSON, { id: ids[who] }, as.office)
      ).person.expertise.map((e) => [e.term.label, e.level]);
    expect(await levels('Mo Member')).toEqual([['Machine learning', 'WANTS_TO_WORK_ON']]);
    expect(await levels('Olga Office')).toEqual([['Machine learning', 'KNOWS']]); // KNOWS wins
    // Merged tags leave the vocabulary, and their label now means the target.
    expect((await gql<{ expertiseTerms: Term[] }>(TERMS, { s: 'ml' }, as.member)).expertiseTerms).toEqual([]);
    const again = await gql<{ setMyExpertise: { expertise: { term: { id: string } }[] } }>(
      SET,
      { i: { visibility: 'MEMBERS', entries: [k('ml')] } },
      as['Mo Member'],
    );
    expect(again.setMyExpertise.expertise[0].term.id).toBe(machine);
    expect((await errorOf(MERGE, { s: [ml], t: radio.id }, as.office))?.fields).toEqual({
      'sourceIds.0': '"ML" was merged already',
    });
    // Into a domain: fine (target of any kind).
    await gql(SET, { i: { visibility: 'MEMBERS', entries: [k('Radio')] } }, as['Pia Private']);
    expect(
      (
        await gql<{ mergeExpertiseTags: { label: string } }>(
          MERGE,
          { s: [await tagId('Radio')], t: radio.id },
          as.office,
        )
      ).mergeExpertiseTags.label,
    ).toBe('Observational Radio Astronomy');

    const RENAME =
      'mutation($id: ID!, $l: String!) { renameExpertiseTag(id: $id, label: $l) { id label kind } }';
    expect(await gql(RENAME, { id: machine, l: '  Machine Learning (ML) ' }, as.office)).toEqual({
      renameExpertiseTag: { id: machine, label: 'Machine Learning (ML)', kind: 'TAG' },
    });
    const before2 = await dump();
    expect((await errorOf(RENAME, { id: radio.id, l: 'Radio' }, as.office))?.fields).toEqual({
      id: 'is a domain, not a tag',
    });
    expect((await errorOf(RENAME, { id: ml, l: 'Mlx' }, as.office))?.fields).toEqual({
      id: 'was merged into another term',
    });
    expect((await errorOf(RENAME, { id: machine, l: ' ' }, as.office))?.fields).toEqual({
      label: 'must not be blank',
    });
    expect((await errorOf(RENAME, { id: machine, l: 'fpga PROGRAMMING' }, as.office))?.fields).toEqual({
      label: 'the tag "FPGA programming" has this label: merge the tag into it instead',
    });
    expect((await errorOf(RENAME, { id: machine, l: 'data access protocols' }, as.office))?.fields).toEqual({
      label: 'the topic "Data Access Protocols" has this label: merge the tag into it instead',
    });
    expect((await errorOf(RENAME, { id: 'x', l: 'Y' }, as.office))?.fields).toEqual({
      id: 'is not an expertise term',
    });
    expect((await errorOf(RENAME, { id: machine, l: 'Y' }, as.member))?.code).toBe('FORBIDDEN');
    expect(await dump()).toEqual(before2);
  });

  it('matches experts in one statement: domains, topics and shared words; KNOWS above WANTS_TO_WORK_ON; never a PRIVATE person', async () => {
    const radio = await domainTerm('RADIO_ASTRONOMY');
    const topicTerm = (await db.query(`SELECT id FROM expertise_terms WHERE topic_id = $1`, [topicId]))
      .rows[0].id;
    await gql(
      SET,
      {
        i: {
          visibility: 'MEMBERS',
          entries: [
            { termId: topicTerm, level: 'WANTS_TO_WORK_ON' },
            { termId: radio.id, level: 'WANTS_TO_WORK_ON' },
          ],
        },
      },
      as['Mo Member'],
    );
    await gql(
      SET,
      {
        i: {
          visibility: 'PRIVATE',
          entries: [
            { termId: topicTerm, level: 'KNOWS' },
            { termId: radio.id, level: 'KNOWS' },
            { newTag: 'Protocol design', level: 'KNOWS' },
          ],
        },
      },
      as['Pia Private'],
    );
    // Ada: KNOWS radio, FPGA programming, Data Access Protocols (set above).
    const service = api.app.get(ExpertiseService);
    const tx = api.app.get(TransactionContext);
    const office = scopeForPerson({ personId: ids['Olga Office'], role: 'OFFICE', via: 'session' });
    const match = (q: Parameters<typeof expertSuggestionsSql>[1], scope: Scope = office) =>
      tx.run(() => service.expertMatches(scope, q));
    const byName = async (rows: ExpertMatchRow[]) => {
      const { rows: people } = await db.query('SELECT id, display_name FROM people');
      const name = new Map(people.map((p) => [p.id, p.display_name]));
      return rows.map((r) => ({ who: name.get(r.personId), score: r.score, matches: r.matches }));
    };
    expect(await byName(await match({ topicIds: [topicId], limit: 8 }))).toEqual([
      { who: 'Ada Known', score: 4, matches: [{ label: 'Data Access Protocols', level: 'KNOWS' }] },
      {
        who: 'Mo Member',
        score: 2,
        matches: [{ label: 'Data Access Protocols', level: 'WANTS_TO_WORK_ON' }],
      },
    ]);
    expect(
      await byName(
        await match({ domains: ['RADIO_ASTRONOMY'], words: 'New protocols for radio data', limit: 8 }),
      ),
    ).toEqual([
      {
        who: 'Ada Known',
        score: 2 + 4,
        matches: [
          { label: 'Data Access Protocols', level: 'KNOWS' },
          { label: 'Observational Radio Astronomy', level: 'KNOWS' },
        ],
      },
      {
        who: 'Mo Member',
        score: 1 + 2,
        matches: [
          { label: 'Data Access Protocols', level: 'WANTS_TO_WORK_ON' },
          { label: 'Observational Radio Astronomy', level: 'WANTS_TO_WORK_ON' },
        ],
      },
    ]);
    // Stemmed: "programs" shares a word with "FPGA programming"; exclusions and the limit hold.
    expect((await byName(await match({ words: 'FPGA programs', limit: 8 }))).map((r) => r.who)).toEqual([
      'Ada Known',
    ]);
    expect(await match({ topicIds: [topicId], excludePersonIds: [ids['Ada Known']], limit: 8 })).toHaveLength(
      1,
    );
    expect(await match({ topicIds: [topicId], limit: 1 })).toHaveLength(1);
    expect(await match({ words: '', limit: 8 })).toEqual([]);
    expect(await match({ words: 'the and of', limit: 8 })).toEqual([]);
    // Pia herself matches; nobody else sees her; a guest and the anonymous see nobody else.
    const pia = scopeForPerson({ personId: ids['Pia Private'], role: 'MEMBER', via: 'session' });
    // (Pia and Ada both know the topic: equal scores, in person-id order.)
    expect(
      (await byName(await match({ topicIds: [topicId], limit: 8 }, pia))).map((r) => [r.who, r.score]),
    ).toEqual(
      expect.arrayContaining([
        ['Pia Private', 4],
        ['Ada Known', 4],
      ]),
    );
    expect((await match({ topicIds: [topicId], limit: 8 }, pia)).map((r) => r.score)).toEqual([4, 4, 2]);
    expect(await match({ topicIds: [topicId], limit: 8 }, scopeForPerson(null))).toEqual([]);
    const guest = scopeForPerson({ personId: ids['Gus Guest'], role: 'GUEST', via: 'session' });
    expect(await match({ topicIds: [topicId], limit: 8 }, guest)).toEqual([]);
  });

  it('ranks, among equal scores, a match through a rare word above one through a word many terms share', async () => {
    // Three members with one known tag each: two tags share "collection", one alone has "holdings".
    const people = await Promise.all(
      ['Cora One', 'Cole Two', 'Hol Three'].map((name) => insertPerson(env.db.url, { displayName: name })),
    );
    people.sort();
    // The rare word's holder has the largest id: the old tie-break (person id) put them last.
    const labels = ['Collection management', 'Museum collection policy', 'Holdings metadata'];
    for (const [i, id] of people.entries()) {
      const who = await sessionCookie(api, id);
      await gql(SET, { i: { visibility: 'MEMBERS', entries: [{ newTag: labels[i], level: 'KNOWS' }] } }, who);
    }
    const service = api.app.get(ExpertiseService);
    const tx = api.app.get(TransactionContext);
    const office = scopeForPerson({ personId: ids['Olga Office'], role: 'OFFICE', via: 'session' });
    const rows = await tx.run(() =>
      service.expertMatches(office, { words: 'Moving the holdings collection', limit: 10 }),
    );
    const mine = rows.filter((r) => people.includes(r.personId));
    expect(mine.map((r) => [r.personId, r.score])).toEqual([
      [people[2], 4],
      [people[0], 4],
      [people[1], 4],
    ]);
  });

  it('agrees, SQL condition and predicate, for every role and every visibility', async () => {
    const tx = api.app.get(TransactionContext);
    const { rows } = await db.query<{ id: string; visibility: 'MEMBERS' | 'PRIVATE' | null }>(
      `SELECT p.id, v.visibility FROM people p LEFT JOIN expertise_visibility v ON v.person_id = p.id`,
    );
    expect(new Set(rows.map((r) => r.visibility))).toEqual(new Set(['MEMBERS', 'PRIVATE', null]));
    const viewers: [PlatformRoleValue | null, string | null][] = [
      [null, null],
      ['GUEST', 'Gus Guest'],
      ['MEMBER', 'Mo Member'],
      ['MEMBER', 'Pia Private'],
      ['OFFICE', 'Olga Office'],
    ];
    for (const [role, who] of viewers) {
      const scope = scopeForPerson(role && who ? { personId: ids[who], role, via: 'session' } : null);
      const bySql = await tx.query<{ id: string }>(
        sql`SELECT p.id FROM people p WHERE ${expertiseVisibleSql(scope, sql`p.id`)} ORDER BY p.id`,
      );
      const byPredicate = rows
        .filter((r) => expertiseVisible(scope, r.id, r.visibility))
        .map((r) => r.id)
        .sort();
      expect({ role, who, ids: bySql.map((r) => r.id) }).toEqual({ role, who, ids: byPredicate });
    }
  });

  it('costs the same SQL for 3 and for 30 people with their expertise, terms, counts and topics', async () => {
    const { recordSql } = await import('@cop/testing');
    const recorder = recordSql(api);
    const { rows } = await db.query(
      `SELECT id FROM expertise_terms WHERE kind IN ('TOPIC', 'DOMAIN') LIMIT 3`,
    );
    const wg = (
      await db.query(`INSERT INTO working_groups (code, name) VALUES ('WGQ', 'Counted') RETURNING id`)
    ).rows[0].id;
    const seat = async (n: number) => {
      for (let i = 0; i < n; i++) {
        const id = await insertPerson(env.db.url, { displayName: `Counted ${n}-${i}` });
        await db.query(
          `INSERT INTO memberships (person_id, working_group_id, status, joined_at) VALUES ($1, $2, 'ACTIVE', now())`,
          [id, wg],
        );
        await db.query(`INSERT INTO expertise_visibility (person_id, visibility) VALUES ($1, 'MEMBERS')`, [
          id,
        ]);
        for (const [p, r] of rows.entries())
          await db.query(
            `INSERT INTO person_expertise (person_id, term_id, level, position) VALUES ($1, $2, 'KNOWS', $3)`,
            [id, r.id, p],
          );
      }
    };
    const q = `query($wg: ID) { people(workingGroupId: $wg, first: 100) { totalCount edges { node {
      displayName expertise { level term { label peopleCount topic { name workingGroup { code } } } } } } } }`;
    const cost = async () => {
      // The viewer cache lives 10 s and seating 27 people may take longer: count the list's statements only.
      await api.gql(q, { wg }, as.member);
      const { result, queries } = await recorder.measure(() => api.gql(q, { wg }, as.member));
      expect(result.errors).toBeUndefined();
      return { queries, people: (result.data as { people: { totalCount: number } }).people.totalCount };
    };
    await seat(3);
    const three = await cost();
    await seat(27);
    const thirty = await cost();
    expect(three.people).toBe(3);
    expect(thirty.people).toBe(30);
    expect(thirty.queries).toBe(three.queries);
  });
});
