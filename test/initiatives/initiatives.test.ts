import { Client } from 'pg';
import { Clock } from '@cop/platform';
import { InitiativesService } from '@cop/initiatives';
import {
  createTestEnvironment,
  insertPerson,
  sessionCookie,
  startTestApi,
  TestApi,
  TestEnvironment,
} from '@cop/testing';

const WG1 = '00000000-0000-4000-a000-0000000000c1';
const WG3 = '00000000-0000-4000-a000-0000000000c3';
const UNKNOWN = '00000000-0000-4000-a000-0000000000ff';

const INITIATIVE_FIELDS = `id slug name description url
  groups { id name description initiative { slug } linkedWorkingGroups { code } members { displayName } peopleInBoth { displayName } }
  targets { name dueDate daysLeft initiative { slug } }`;
const CREATE = `mutation($input: InitiativeInput!) { createInitiative(input: $input) { ${INITIATIVE_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: InitiativeInput!) { updateInitiative(id: $id, input: $input) { ${INITIATIVE_FIELDS} } }`;
const ADD_GROUP = `mutation($i: ID!, $input: InitiativeGroupInput!) { addInitiativeGroup(initiativeId: $i, input: $input) { id name } }`;
const UPDATE_GROUP = `mutation($id: ID!, $input: InitiativeGroupInput!) { updateInitiativeGroup(id: $id, input: $input) { id name description } }`;
const REMOVE_GROUP = `mutation($id: ID!) { removeInitiativeGroup(id: $id) { groups { name } } }`;
const LINK = `mutation($g: ID!, $w: ID!) { linkInitiativeGroup(initiativeGroupId: $g, workingGroupId: $w) { linkedWorkingGroups { code } } }`;
const UNLINK = `mutation($g: ID!, $w: ID!) { unlinkInitiativeGroup(initiativeGroupId: $g, workingGroupId: $w) { linkedWorkingGroups { code } } }`;
const MARK = `mutation($g: ID!, $p: ID!) { markInitiativeMember(initiativeGroupId: $g, personId: $p) { members { displayName } peopleInBoth { displayName } } }`;
const UNMARK = `mutation($g: ID!, $p: ID!) { unmarkInitiativeMember(initiativeGroupId: $g, personId: $p) { members { displayName } peopleInBoth { displayName } } }`;
const CREATE_TARGET = `mutation($input: ReportTargetInput!) { createReportTarget(input: $input) { id name dueDate daysLeft url initiative { slug } } }`;
const UPDATE_TARGET = `mutation($id: ID!, $input: ReportTargetInput!) { updateReportTarget(id: $id, input: $input) { id name dueDate daysLeft initiative { slug } } }`;
const REMOVE_TARGET = `mutation($id: ID!) { removeReportTarget(id: $id) }`;
const ONE = `query($slug: String!) { initiative(slug: $slug) { ${INITIATIVE_FIELDS} } }`;
const TARGETS = `query($d: Int) { reportTargets(dueWithinDays: $d) { name dueDate daysLeft } }`;

type Errors = { message: string; extensions?: Record<string, unknown> }[] | undefined;

describe('related initiatives and report targets', () => {
  let env: TestEnvironment;
  let api: TestApi;
  let db: Client;
  const ids: Record<string, string> = {};
  const as: Record<string, Record<string, string>> = {};

  beforeAll(async () => {
    env = await createTestEnvironment();
    api = await startTestApi(env.config);
    db = new Client({ connectionString: env.db.url });
    await db.connect();
    for (const [name, role] of [
      ['office', 'OFFICE'],
      ['bozzi', 'MEMBER'],
      ['laurent', 'MEMBER'],
      ['outsider', 'MEMBER'],
      ['guest', 'GUEST'],
    ] as const) {
      ids[name] = await insertPerson(env.db.url, {
        displayName: `Test ${name}`,
        email: `${name}@example.org`,
        role,
      });
      as[name] = await sessionCookie(api, ids[name]);
    }
    as.anonymous = {};
    await db.query(`
      INSERT INTO working_groups (id, code, name) VALUES ('${WG1}', 'WG1', 'Data'), ('${WG3}', 'WG3', 'Compute');
      INSERT INTO memberships (person_id, working_group_id, role, status, joined_at) VALUES
        ('${ids.bozzi}', '${WG3}', 'CHAIR', 'ACTIVE', now()),
        ('${ids.laurent}', '${WG1}', 'MEMBER', 'ACTIVE', now()),
        ('${ids.outsider}', '${WG3}', 'MEMBER', 'PENDING', NULL);`);
    api.app.get(Clock).set(new Date('2025-03-08T23:30:00Z'));
  });
  afterAll(async () => {
    await db.end();
    await api.close();
    await env.cleanup();
  });

  const ok = async <T>(query: string, vars: Record<string, unknown>, who = 'office'): Promise<T> => {
    const res = await api.gql<T>(query, vars, as[who]);
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  const fields = (errors: Errors) => errors?.[0]?.extensions?.fields;
  const code = (errors: Errors) => errors?.[0]?.extensions?.code;
  const fingerprint = async () =>
    (
      await db.query(`SELECT
        (SELECT coalesce(string_agg(slug || name || coalesce(url, '') || updated_at::text, ',' ORDER BY id), '') FROM initiatives) AS i,
        (SELECT coalesce(string_agg(name || position, ',' ORDER BY id), '') FROM initiative_groups) AS g,
        (SELECT count(*) FROM initiative_group_links) AS l,
        (SELECT count(*) FROM initiative_group_members) AS m,
        (SELECT coalesce(string_agg(name || due_date::text, ',' ORDER BY id), '') FROM report_targets) AS t`)
    ).rows[0];

  let jena: { id: string };
  let hpc: string;

  describe('initiatives', () => {
    it('creates one with a trimmed name, and members read it by slug', async () => {
      const created = await ok<{ createInitiative: { id: string; slug: string; groups: unknown[] } }>(
        CREATE,
        {
          input: {
            slug: 'jena',
            name: '  Joint ECFA-NuPECC-APPEC activities ',
            description: 'The **JENA** working groups.',
            url: 'https://jena.example.org/',
          },
        },
      );
      jena = created.createInitiative;
      expect(created.createInitiative).toMatchObject({ slug: 'jena', groups: [] });
      const read = await ok<{ initiative: { name: string; url: string } }>(ONE, { slug: 'jena' }, 'laurent');
      expect(read.initiative).toMatchObject({
        name: 'Joint ECFA-NuPECC-APPEC activities',
        url: 'https://jena.example.org/',
      });
      const list = await ok<{ initiatives: { slug: string }[] }>('{ initiatives { slug } }', {}, 'bozzi');
      expect(list.initiatives).toEqual([{ slug: 'jena' }]);
      expect((await ok(ONE, { slug: 'nope' }, 'bozzi')) as unknown).toEqual({ initiative: null });
    });

    it('refuses a bad slug, a taken slug, a blank name and a non-http link, naming each field, and writes nothing', async () => {
      const before = await fingerprint();
      const bad = await api.gql(
        CREATE,
        { input: { slug: 'Bad Slug', name: ' ', url: 'ftp://example.org/x' } },
        as.office,
      );
      expect(code(bad.errors)).toBe('BAD_USER_INPUT');
      expect(Object.keys(fields(bad.errors) as object).sort()).toEqual([
        'input.name',
        'input.slug',
        'input.url',
      ]);
      const taken = await api.gql(CREATE, { input: { slug: 'jena', name: 'Again' } }, as.office);
      expect(fields(taken.errors)).toEqual({ 'input.slug': 'another initiative has the slug "jena"' });
      const other = await ok<{ createInitiative: { id: string } }>(CREATE, {
        input: { slug: 'esppu', name: 'European Strategy update' },
      });
      const renamed = await api.gql(
        UPDATE,
        { id: other.createInitiative.id, input: { slug: 'jena', name: 'X' } },
        as.office,
      );
      expect(fields(renamed.errors)).toEqual({ 'input.slug': 'another initiative has the slug "jena"' });
      const after = await fingerprint();
      expect(after.i).not.toBe(before.i); // esppu was created
      await db.query(`DELETE FROM initiatives WHERE slug = 'esppu'`);
      expect(await fingerprint()).toEqual(before);
      const unknown = await api.gql(UPDATE, { id: UNKNOWN, input: { slug: 'x', name: 'X' } }, as.office);
      expect(code(unknown.errors)).toBe('NOT_FOUND');
    });

    it('updates every field; a member may not', async () => {
      const res = await ok<{
        updateInitiative: { slug: string; description: string | null; url: string | null };
      }>(UPDATE, {
        id: jena.id,
        input: { slug: 'jena', name: 'Joint ECFA-NuPECC-APPEC activities', description: 'JENA.' },
      });
      expect(res.updateInitiative).toMatchObject({ slug: 'jena', description: 'JENA.', url: null });
      const refused = await api.gql(UPDATE, { id: jena.id, input: { slug: 'j', name: 'J' } }, as.bozzi);
      expect(code(refused.errors)).toBe('FORBIDDEN');
    });
  });

  describe('groups, links and the people in both', () => {
    it('adds groups in order and refuses a name the initiative already has', async () => {
      hpc = (
        await ok<{ addInitiativeGroup: { id: string } }>(ADD_GROUP, {
          i: jena.id,
          input: { name: 'WG1: HPC' },
        })
      ).addInitiativeGroup.id;
      await ok(ADD_GROUP, { i: jena.id, input: { name: 'WG3: Data' } });
      const before = await fingerprint();
      const dup = await api.gql(ADD_GROUP, { i: jena.id, input: { name: 'wg1: hpc' } }, as.office);
      expect(fields(dup.errors)).toEqual({
        'input.name': 'the initiative already has a group named "wg1: hpc"',
      });
      const unknown = await api.gql(ADD_GROUP, { i: UNKNOWN, input: { name: 'X' } }, as.office);
      expect(code(unknown.errors)).toBe('NOT_FOUND');
      expect(await fingerprint()).toEqual(before);
      const renamed = await ok<{ updateInitiativeGroup: { name: string; description: string } }>(
        UPDATE_GROUP,
        {
          id: hpc,
          input: { name: 'WG1: HPC', description: 'High-performance computing.' },
        },
      );
      expect(renamed.updateInitiativeGroup).toMatchObject({ description: 'High-performance computing.' });
      const read = await ok<{ initiative: { groups: { name: string; initiative: { slug: string } }[] } }>(
        ONE,
        { slug: 'jena' },
        'bozzi',
      );
      expect(read.initiative.groups.map((g) => g.name)).toEqual(['WG1: HPC', 'WG3: Data']);
      expect(read.initiative.groups[0].initiative).toEqual({ slug: 'jena' });
    });

    it('links CoP groups (idempotent) and refuses an unknown one by its field', async () => {
      await ok(LINK, { g: hpc, w: WG3 });
      const again = await ok<{ linkInitiativeGroup: { linkedWorkingGroups: { code: string }[] } }>(LINK, {
        g: hpc,
        w: WG3,
      });
      expect(again.linkInitiativeGroup.linkedWorkingGroups).toEqual([{ code: 'WG3' }]);
      const before = await fingerprint();
      for (const w of [UNKNOWN, 'not-an-id']) {
        const bad = await api.gql(LINK, { g: hpc, w }, as.office);
        expect(Object.keys(fields(bad.errors) as object)).toEqual(['workingGroupId']);
      }
      const noGroup = await api.gql(LINK, { g: UNKNOWN, w: WG1 }, as.office);
      expect(code(noGroup.errors)).toBe('NOT_FOUND');
      expect(await fingerprint()).toEqual(before);
    });

    it('marks members; people in both are those with an ACTIVE seat in a linked group', async () => {
      await ok(MARK, { g: hpc, p: ids.bozzi });
      await ok(MARK, { g: hpc, p: ids.laurent }); // WG1 is not linked to HPC
      const marked = await ok<{
        markInitiativeMember: { members: { displayName: string }[]; peopleInBoth: { displayName: string }[] };
      }>(MARK, { g: hpc, p: ids.outsider }); // only a PENDING seat in WG3
      expect(marked.markInitiativeMember).toEqual({
        members: [
          { displayName: 'Test bozzi' },
          { displayName: 'Test laurent' },
          { displayName: 'Test outsider' },
        ],
        peopleInBoth: [{ displayName: 'Test bozzi' }],
      });
      const linked = await ok<{ linkInitiativeGroup: unknown }>(LINK, { g: hpc, w: WG1 });
      expect(linked).toBeDefined();
      const read = await ok<{ initiative: { groups: { peopleInBoth: { displayName: string }[] }[] } }>(
        ONE,
        { slug: 'jena' },
        'outsider',
      );
      expect(read.initiative.groups[0].peopleInBoth).toEqual([
        { displayName: 'Test bozzi' },
        { displayName: 'Test laurent' },
      ]);
      const unlinked = await ok<{ unlinkInitiativeGroup: { linkedWorkingGroups: { code: string }[] } }>(
        UNLINK,
        {
          g: hpc,
          w: WG1,
        },
      );
      expect(unlinked.unlinkInitiativeGroup.linkedWorkingGroups).toEqual([{ code: 'WG3' }]);
      const unmarked = await ok<{ unmarkInitiativeMember: { members: { displayName: string }[] } }>(UNMARK, {
        g: hpc,
        p: ids.outsider,
      });
      expect(unmarked.unmarkInitiativeMember.members).toHaveLength(2);
    });

    it('refuses to mark an unknown person or a guest, naming personId', async () => {
      const before = await fingerprint();
      const unknown = await api.gql(MARK, { g: hpc, p: UNKNOWN }, as.office);
      expect(fields(unknown.errors)).toEqual({ personId: `no person has the id "${UNKNOWN}"` });
      const guest = await api.gql(MARK, { g: hpc, p: ids.guest }, as.office);
      expect(Object.keys(fields(guest.errors) as object)).toEqual(['personId']);
      expect(await fingerprint()).toEqual(before);
    });

    it("shows a working group's initiative groups to members only", async () => {
      const q = `{ workingGroup(code: "WG3") { initiativeGroups { name initiative { slug } } } }`;
      const member = await ok<{ workingGroup: { initiativeGroups: unknown[] } }>(q, {}, 'laurent');
      expect(member.workingGroup.initiativeGroups).toEqual([
        { name: 'WG1: HPC', initiative: { slug: 'jena' } },
      ]);
      for (const who of ['anonymous', 'guest']) {
        const res = await api.gql<{ workingGroup: { initiativeGroups: unknown[] } }>(
          `{ workingGroup(code: "WG3") { initiativeGroups { name } } }`,
          {},
          as[who],
        );
        expect(res.errors).toBeUndefined();
        expect(res.data!.workingGroup.initiativeGroups).toEqual([]);
      }
    });

    it('removes a group with its links and marks', async () => {
      const res = await ok<{ removeInitiativeGroup: { groups: { name: string }[] } }>(REMOVE_GROUP, {
        id: hpc,
      });
      expect(res.removeInitiativeGroup.groups).toEqual([{ name: 'WG3: Data' }]);
      const { rows } = await db.query(
        `SELECT (SELECT count(*) FROM initiative_group_links)::int AS l, (SELECT count(*) FROM initiative_group_members)::int AS m`,
      );
      expect(rows[0]).toEqual({ l: 0, m: 0 });
    });
  });

  describe('report targets', () => {
    let esu: string;

    it('creates targets with days left counted in UTC from the clock', async () => {
      // The clock says 2025-03-08 23:30 UTC: 23 days to 31 March.
      const created = await ok<{ createReportTarget: { id: string; daysLeft: number; initiative: unknown } }>(
        CREATE_TARGET,
        {
          input: {
            name: 'European Strategy update: inputs',
            dueDate: '2025-03-31',
            url: 'https://europeanstrategyupdate.web.cern.ch/',
            initiativeId: jena.id,
          },
        },
      );
      esu = created.createReportTarget.id;
      expect(created.createReportTarget).toMatchObject({ daysLeft: 23, initiative: { slug: 'jena' } });
      await ok(CREATE_TARGET, { input: { name: 'Landscape analysis', dueDate: '2025-03-01' } });
      await ok(CREATE_TARGET, { input: { name: 'SRIDA draft', dueDate: '2027-01-15' } });
      await ok(CREATE_TARGET, { input: { name: 'Due today', dueDate: '2025-03-08' } });
    });

    it('lists every target by due date, or those due within n days without past ones', async () => {
      const all = await ok<{ reportTargets: { name: string; daysLeft: number }[] }>(TARGETS, {}, 'bozzi');
      expect(all.reportTargets.map((t) => [t.name, t.daysLeft])).toEqual([
        ['Landscape analysis', -7],
        ['Due today', 0],
        ['European Strategy update: inputs', 23],
        ['SRIDA draft', 678],
      ]);
      const soon = await ok<{ reportTargets: { name: string }[] }>(TARGETS, { d: 30 }, 'bozzi');
      expect(soon.reportTargets.map((t) => t.name)).toEqual([
        'Due today',
        'European Strategy update: inputs',
      ]);
      const bad = await api.gql(TARGETS, { d: -1 }, as.bozzi);
      expect(Object.keys(fields(bad.errors) as object)).toEqual(['dueWithinDays']);
      const initiative = await ok<{ initiative: { targets: { name: string }[] } }>(
        ONE,
        { slug: 'jena' },
        'bozzi',
      );
      expect(initiative.initiative.targets.map((t) => t.name)).toEqual(['European Strategy update: inputs']);
    });

    it('gives the digests the targets due between two dates', async () => {
      const service = api.app.get(InitiativesService);
      const due = await service.targetsDueBetween('2025-03-08', '2025-03-31');
      expect(due.map((t) => [t.name, t.dueDate])).toEqual([
        ['Due today', '2025-03-08'],
        ['European Strategy update: inputs', '2025-03-31'],
      ]);
      await expect(service.targetsDueBetween('2025-02-30', 'soon')).rejects.toMatchObject({
        fields: { from: 'must be a date (YYYY-MM-DD)', to: 'must be a date (YYYY-MM-DD)' },
      });
    });

    it('refuses an unknown initiative and a bad link, naming the fields, and writes nothing', async () => {
      const before = await fingerprint();
      const bad = await api.gql(
        CREATE_TARGET,
        { input: { name: '', dueDate: '2026-01-01', initiativeId: UNKNOWN, url: 'mailto:x@example.org' } },
        as.office,
      );
      expect(Object.keys(fields(bad.errors) as object).sort()).toEqual([
        'input.initiativeId',
        'input.name',
        'input.url',
      ]);
      const badDate = await api.gql(
        CREATE_TARGET,
        { input: { name: 'X', dueDate: '2026-02-30' } },
        as.office,
      );
      expect(code(badDate.errors)).toBe('BAD_USER_INPUT');
      expect(await fingerprint()).toEqual(before);
    });

    it('updates and removes a target; members may not', async () => {
      const moved = await ok<{ updateReportTarget: { dueDate: string; daysLeft: number; initiative: null } }>(
        UPDATE_TARGET,
        { id: esu, input: { name: 'European Strategy update: inputs', dueDate: '2025-03-09' } },
      );
      expect(moved.updateReportTarget).toMatchObject({
        dueDate: '2025-03-09',
        daysLeft: 1,
        initiative: null,
      });
      const refused = await api.gql(REMOVE_TARGET, { id: esu }, as.bozzi);
      expect(code(refused.errors)).toBe('FORBIDDEN');
      expect(await ok(REMOVE_TARGET, { id: esu })).toEqual({ removeReportTarget: true });
      const gone = await api.gql(REMOVE_TARGET, { id: esu }, as.office);
      expect(code(gone.errors)).toBe('NOT_FOUND');
    });
  });

  it('keeps initiatives from guests and anonymous callers', async () => {
    for (const [who, expected] of [
      ['anonymous', 'UNAUTHENTICATED'],
      ['guest', 'FORBIDDEN'],
    ]) {
      for (const q of ['{ initiatives { slug } }', '{ reportTargets { name } }']) {
        const res = await api.gql(q, {}, as[who]);
        expect(code(res.errors)).toBe(expected);
      }
    }
  });
});
