import { Client } from 'pg';
import {
  createTestEnvironment,
  insertPerson,
  recordSql,
  sessionCookie,
  startTestApi,
  TestApi,
  TestEnvironment,
} from '@cop/testing';

const GROUP_A = '00000000-0000-4000-a000-0000000002a1';
const GROUP_B = '00000000-0000-4000-a000-0000000002b1';
const TARGET = '00000000-0000-4000-a000-0000000002c1';
const UNKNOWN = '00000000-0000-4000-a000-0000000002ff';

const REPORT_FIELDS = `id title kind status dueDate createdAt updatedAt viewerCanEdit
  target { id name } workingGroups { id code } createdBy { id displayName }
  editors { id } namedEditors { id }
  sections { id number title body bodyHtml version updatedBy { id }
    report { id } recommendations { id number statement rationale rationaleHtml priority version section { id number } } }`;
const CREATE = `mutation($input: ReportInput!) { createReport(input: $input) { ${REPORT_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: ReportInput!) { updateReport(id: $id, input: $input) { ${REPORT_FIELDS} } }`;
const READ = `query($id: ID!) { report(id: $id) { ${REPORT_FIELDS} } }`;
const LIST = `query($status: ReportStatus, $g: ID, $first: Int, $after: String) {
  reports(status: $status, workingGroupId: $g, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id title } } } }`;
const ADD_SECTION = `mutation($r: ID!, $input: ReportSectionInput!, $p: Int) {
  addReportSection(reportId: $r, input: $input, position: $p) { id number title version bodyHtml } }`;
const UPDATE_SECTION = `mutation($id: ID!, $input: ReportSectionInput!, $v: Int!) {
  updateReportSection(id: $id, input: $input, expectedVersion: $v) { id number title body version updatedBy { id } } }`;
const MOVE_SECTION = `mutation($id: ID!, $p: Int!) { moveReportSection(id: $id, position: $p) { sections { title number } } }`;
const REMOVE_SECTION = `mutation($id: ID!) { removeReportSection(id: $id) { sections { title number } } }`;
const ADD_REC = `mutation($s: ID!, $input: RecommendationInput!) {
  addRecommendation(sectionId: $s, input: $input) { id number statement version rationaleHtml section { id } } }`;
const UPDATE_REC = `mutation($id: ID!, $input: RecommendationInput!, $v: Int!) {
  updateRecommendation(id: $id, input: $input, expectedVersion: $v) { id number statement priority version } }`;
const MOVE_REC = `mutation($id: ID!, $s: ID!, $p: Int!) {
  moveRecommendation(id: $id, sectionId: $s, position: $p) { sections { number recommendations { number statement } } } }`;
const REMOVE_REC = `mutation($id: ID!) { removeRecommendation(id: $id) { number recommendations { number statement } } }`;
const EDITORS = `mutation($id: ID!, $p: [ID!]!) { setReportEditors(id: $id, personIds: $p) { editors { id } namedEditors { id } } }`;
const STATUS = `mutation($id: ID!, $s: ReportStatus!) { setReportStatus(id: $id, status: $s) { status } }`;
const TARGET_REPORTS = `query($id: ID!) { report(id: $id) { target { reports { id } } } }`;

interface ReportData {
  id: string;
  title: string;
  status: string;
  updatedAt: string;
  viewerCanEdit: boolean;
  workingGroups: { id: string }[];
  editors: { id: string }[];
  namedEditors: { id: string }[];
  sections: {
    id: string;
    number: number;
    title: string;
    version: number;
    recommendations: { id: string; number: string; statement: string }[];
  }[];
  [k: string]: unknown;
}

describe('reports: drafting (core)', () => {
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
      ['chairA', 'MEMBER'],
      ['chairB', 'MEMBER'],
      ['member', 'MEMBER'],
      ['editor', 'MEMBER'],
      ['guest', 'GUEST'],
      ['office', 'OFFICE'],
    ] as const) {
      ids[name] = await insertPerson(env.db.url, {
        displayName: `Test ${name}`,
        email: `${name}@example.org`,
        role,
      });
      as[name] = await sessionCookie(api, ids[name]);
    }
    await db.query(`
      INSERT INTO working_groups (id, code, name) VALUES ('${GROUP_A}', 'WG1', 'Data'), ('${GROUP_B}', 'WG2', 'Compute');
      INSERT INTO memberships (person_id, working_group_id, role, status, joined_at) VALUES
        ('${ids.chairA}', '${GROUP_A}', 'CHAIR', 'ACTIVE', now()),
        ('${ids.chairB}', '${GROUP_B}', 'CHAIR', 'ACTIVE', now()),
        ('${ids.member}', '${GROUP_A}', 'MEMBER', 'ACTIVE', now());
      INSERT INTO report_targets (id, name, due_date) VALUES ('${TARGET}', 'European Strategy', '2027-03-31');`);
  });
  afterAll(async () => {
    await db.end();
    await api.close();
    await env.cleanup();
  });

  const gql = async <T>(query: string, vars: Record<string, unknown>, who: string) => {
    const res = await api.gql<T>(query, vars, as[who]);
    return res;
  };
  const ok = async <T>(query: string, vars: Record<string, unknown>, who: string): Promise<T> => {
    const res = await gql<T>(query, vars, who);
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  const create = async (input: Record<string, unknown>, who = 'chairA'): Promise<ReportData> =>
    (await ok<{ createReport: ReportData }>(CREATE, { input }, who)).createReport;
  const read = async (id: string, who = 'member'): Promise<ReportData> =>
    (await ok<{ report: ReportData }>(READ, { id }, who)).report;
  const fingerprint = async () => {
    const { rows } = await db.query(`SELECT
      (SELECT json_agg(t ORDER BY t.id)::text FROM reports t) AS reports,
      (SELECT json_agg(t ORDER BY t.report_id, t.position)::text FROM report_working_groups t) AS groups,
      (SELECT json_agg(t ORDER BY t.report_id, t.person_id)::text FROM report_editors t) AS editors,
      (SELECT json_agg(t ORDER BY t.id)::text FROM report_sections t) AS sections,
      (SELECT json_agg(t ORDER BY t.id)::text FROM report_recommendations t) AS recs`);
    return rows[0];
  };

  it('creates, reads and updates a report with its groups, target and editors', async () => {
    const created = await create({
      title: '  SRIDA input  ',
      kind: 'SRIDA input',
      workingGroupIds: [GROUP_A],
      dueDate: '2027-02-01',
      targetId: TARGET,
    });
    expect(created).toMatchObject({
      title: 'SRIDA input',
      status: 'DRAFTING',
      dueDate: '2027-02-01',
      viewerCanEdit: true,
      target: { id: TARGET, name: 'European Strategy' },
      workingGroups: [{ id: GROUP_A, code: 'WG1' }],
      createdBy: { id: ids.chairA },
      editors: [{ id: ids.chairA }],
      namedEditors: [],
      sections: [],
    });
    const asMember = await read(created.id, 'member');
    expect(asMember.viewerCanEdit).toBe(false);
    expect(asMember.title).toBe('SRIDA input');
    expect((await read(created.id, 'office')).viewerCanEdit).toBe(true);

    const updated = (
      await ok<{ updateReport: ReportData }>(
        UPDATE,
        {
          id: created.id,
          input: { title: 'Landscape', kind: 'Landscape analysis', workingGroupIds: [GROUP_B, GROUP_A] },
        },
        'chairA',
      )
    ).updateReport;
    expect(updated).toMatchObject({
      title: 'Landscape',
      dueDate: null,
      target: null,
      workingGroups: [{ id: GROUP_B }, { id: GROUP_A }],
    });
    expect(updated.editors.map((e) => e.id)).toEqual([ids.chairB, ids.chairA]);

    const named = (
      await ok<{ setReportEditors: ReportData }>(
        EDITORS,
        { id: created.id, p: [ids.editor, ids.chairA] },
        'chairB',
      )
    ).setReportEditors;
    expect(named.namedEditors.map((e) => e.id).sort()).toEqual([ids.editor, ids.chairA].sort());
    expect(named.editors.map((e) => e.id)).toEqual([ids.chairB, ids.chairA, ids.editor]);
    expect((await read(created.id, 'editor')).viewerCanEdit).toBe(true);
    await ok(
      UPDATE,
      { id: created.id, input: { title: 'By the editor', kind: 'k', workingGroupIds: [GROUP_A] } },
      'editor',
    );
  });

  it('lets only chairs of every named group, or the office, create', async () => {
    const before = await fingerprint();
    const both = { title: 'Joint', kind: 'k', workingGroupIds: [GROUP_A, GROUP_B] };
    expect((await gql(CREATE, { input: both }, 'chairA')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(
      (await gql(CREATE, { input: { ...both, workingGroupIds: [GROUP_A] } }, 'member')).errors?.[0]
        ?.extensions?.code,
    ).toBe('FORBIDDEN');
    expect((await gql(CREATE, { input: both }, 'guest')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await fingerprint()).toEqual(before);
    await create(both, 'office');
  });

  it('lets no non-editor member edit, and a GUEST read nothing', async () => {
    const report = await create({ title: 'Guarded', kind: 'k', workingGroupIds: [GROUP_A] });
    const section = (
      await ok<{ addReportSection: { id: string } }>(
        ADD_SECTION,
        { r: report.id, input: { title: 'S', body: 'b' } },
        'chairA',
      )
    ).addReportSection;
    const before = await fingerprint();
    for (const [query, vars] of [
      [UPDATE, { id: report.id, input: { title: 'X', kind: 'k', workingGroupIds: [GROUP_A] } }],
      [EDITORS, { id: report.id, p: [ids.member] }],
      [STATUS, { id: report.id, s: 'IN_REVIEW' }],
      [ADD_SECTION, { r: report.id, input: { title: 'X', body: '' } }],
      [UPDATE_SECTION, { id: section.id, input: { title: 'X', body: '' }, v: 1 }],
      [MOVE_SECTION, { id: section.id, p: 1 }],
      [REMOVE_SECTION, { id: section.id }],
      [ADD_REC, { s: section.id, input: { statement: 'X', priority: 'HIGH' } }],
    ] as const) {
      expect((await gql(query, vars, 'member')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await gql(query, vars, 'chairB')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await gql(query, vars, 'guest')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect(await fingerprint()).toEqual(before);

    const guestRead = await gql<{ report: unknown }>(READ, { id: report.id }, 'guest');
    expect(guestRead.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(guestRead.data ?? null)).not.toMatch(/Guarded/);
    const guestList = await gql(LIST, {}, 'guest');
    expect(guestList.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await api.gql(READ, { id: report.id }, {});
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await gql<{ report: null }>(READ, { id: UNKNOWN }, 'member')).data?.report).toBeNull();
  });

  it('numbers, orders and moves sections and recommendations', async () => {
    const report = await create({ title: 'Ordered', kind: 'k', workingGroupIds: [GROUP_A] });
    const add = async (title: string, p?: number) =>
      (
        await ok<{ addReportSection: { id: string; number: number } }>(
          ADD_SECTION,
          { r: report.id, input: { title, body: `# ${title}\n\n**bold**` }, p },
          'chairA',
        )
      ).addReportSection;
    const a = await add('A');
    const c = await add('C');
    const b = await add('B', 2);
    expect(b.number).toBe(2);
    expect((await read(report.id)).sections.map((s) => `${s.number}${s.title}`)).toEqual(['1A', '2B', '3C']);

    const rec = async (s: string, statement: string) =>
      (
        await ok<{ addRecommendation: { id: string; number: string; rationaleHtml: string } }>(
          ADD_REC,
          { s, input: { statement, rationale: 'Because *data*', priority: 'HIGH' } },
          'chairA',
        )
      ).addRecommendation;
    const r1 = await rec(b.id, 'one');
    const r2 = await rec(b.id, 'two');
    expect(r1.number).toBe('2.1');
    expect(r2.number).toBe('2.2');
    expect(r1.rationaleHtml).toContain('<em>data</em>');

    const moved = (await ok<{ moveReportSection: ReportData }>(MOVE_SECTION, { id: b.id, p: 99 }, 'chairA'))
      .moveReportSection;
    expect(moved.sections.map((s) => `${s.number}${s.title}`)).toEqual(['1A', '2C', '3B']);
    const full = await read(report.id);
    expect(full.sections[2].recommendations.map((r) => r.number)).toEqual(['3.1', '3.2']);

    const recMoved = (
      await ok<{ moveRecommendation: ReportData }>(MOVE_REC, { id: r2.id, s: a.id, p: 1 }, 'chairA')
    ).moveRecommendation;
    expect(recMoved.sections.map((s) => s.recommendations.map((r) => `${r.number} ${r.statement}`))).toEqual([
      ['1.1 two'],
      [],
      ['3.1 one'],
    ]);
    const within = (
      await ok<{ moveRecommendation: ReportData }>(MOVE_REC, { id: r1.id, s: a.id, p: 1 }, 'chairA')
    ).moveRecommendation;
    expect(within.sections[0].recommendations.map((r) => r.statement)).toEqual(['one', 'two']);
    const other = await create({ title: 'Other', kind: 'k', workingGroupIds: [GROUP_A] });
    const otherSection = (
      await ok<{ addReportSection: { id: string } }>(
        ADD_SECTION,
        { r: other.id, input: { title: 'O', body: '' } },
        'chairA',
      )
    ).addReportSection;
    const across = await gql(MOVE_REC, { id: r1.id, s: otherSection.id, p: 1 }, 'chairA');
    expect(across.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(across.errors?.[0]?.extensions?.fields).toHaveProperty('sectionId');

    const removedRec = (
      await ok<{ removeRecommendation: { number: number; recommendations: unknown[] } }>(
        REMOVE_REC,
        { id: r1.id },
        'chairA',
      )
    ).removeRecommendation;
    expect(removedRec).toEqual({ number: 1, recommendations: [{ number: '1.1', statement: 'two' }] });
    const removed = (await ok<{ removeReportSection: ReportData }>(REMOVE_SECTION, { id: a.id }, 'chairA'))
      .removeReportSection;
    expect(removed.sections.map((s) => `${s.number}${s.title}`)).toEqual(['1C', '2B']);
    expect(c.number).toBe(2);
  });

  it('refuses the second of two edits made from the same version, changing nothing', async () => {
    const report = await create({ title: 'Concurrent', kind: 'k', workingGroupIds: [GROUP_A] });
    await ok(EDITORS, { id: report.id, p: [ids.editor] }, 'chairA');
    const s = (
      await ok<{ addReportSection: { id: string; version: number } }>(
        ADD_SECTION,
        { r: report.id, input: { title: 'Shared', body: 'v1' } },
        'chairA',
      )
    ).addReportSection;
    expect(s.version).toBe(1);
    const [first, second] = await Promise.all([
      gql<{ updateReportSection: { version: number } }>(
        UPDATE_SECTION,
        { id: s.id, input: { title: 'Shared', body: 'mine' }, v: 1 },
        'chairA',
      ),
      gql<{ updateReportSection: { version: number } }>(
        UPDATE_SECTION,
        { id: s.id, input: { title: 'Shared', body: 'theirs' }, v: 1 },
        'editor',
      ),
    ]);
    const results = [first, second];
    const won = results.filter((r) => !r.errors);
    const lost = results.filter((r) => r.errors);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(won[0].data!.updateReportSection.version).toBe(2);
    expect(lost[0].errors![0].extensions?.code).toBe('CONFLICT');
    expect(lost[0].errors![0].extensions?.fields).toHaveProperty('expectedVersion');
    const winner = won[0] === first ? 'mine' : 'theirs';
    const { rows } = await db.query('SELECT body, version, updated_by FROM report_sections WHERE id = $1', [
      s.id,
    ]);
    expect(rows[0]).toMatchObject({
      body: winner,
      version: 2,
      updated_by: won[0] === first ? ids.chairA : ids.editor,
    });

    // A later stale edit changes nothing either.
    const before = await fingerprint();
    const stale = await gql(
      UPDATE_SECTION,
      { id: s.id, input: { title: 'Late', body: 'late' }, v: 1 },
      'chairA',
    );
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await fingerprint()).toEqual(before);

    const r = (
      await ok<{ addRecommendation: { id: string; version: number } }>(
        ADD_REC,
        { s: s.id, input: { statement: 'Do it', priority: 'LOW' } },
        'chairA',
      )
    ).addRecommendation;
    const upd = await ok<{ updateRecommendation: { version: number; priority: string } }>(
      UPDATE_REC,
      { id: r.id, input: { statement: 'Do it now', priority: 'HIGH' }, v: 1 },
      'editor',
    );
    expect(upd.updateRecommendation).toMatchObject({ version: 2, priority: 'HIGH' });
    const staleRec = await gql(
      UPDATE_REC,
      { id: r.id, input: { statement: 'Later', priority: 'LOW' }, v: 1 },
      'chairA',
    );
    expect(staleRec.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('names every bad field and changes nothing', async () => {
    const report = await create({ title: 'Checked', kind: 'k', workingGroupIds: [GROUP_A] });
    const s = (
      await ok<{ addReportSection: { id: string } }>(
        ADD_SECTION,
        { r: report.id, input: { title: 'S', body: '' } },
        'chairA',
      )
    ).addReportSection;
    const before = await fingerprint();
    const fieldsOf = async (query: string, vars: Record<string, unknown>, who = 'chairA') => {
      const res = await gql(query, vars, who);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      return Object.keys((res.errors![0].extensions!.fields ?? {}) as object).sort();
    };
    expect(
      await fieldsOf(CREATE, {
        input: {
          title: 'x'.repeat(201),
          kind: ' ',
          workingGroupIds: [GROUP_A, UNKNOWN, 'nope'],
          targetId: UNKNOWN,
        },
      }),
    ).toEqual([
      'input.kind',
      'input.targetId',
      'input.title',
      'input.workingGroupIds.1',
      'input.workingGroupIds.2',
    ]);
    expect(
      await fieldsOf(UPDATE, {
        id: report.id,
        input: { title: '', kind: 'k'.repeat(101), workingGroupIds: [] },
      }),
    ).toEqual(['input.kind', 'input.title', 'input.workingGroupIds']);
    expect(
      await fieldsOf(ADD_SECTION, { r: report.id, input: { title: '', body: 'b'.repeat(100_001) } }),
    ).toEqual(['input.body', 'input.title']);
    expect(
      await fieldsOf(UPDATE_SECTION, { id: s.id, input: { title: 't'.repeat(201), body: '' }, v: 1 }),
    ).toEqual(['input.title']);
    expect(
      await fieldsOf(ADD_REC, {
        s: s.id,
        input: { statement: 's'.repeat(2001), rationale: 'r'.repeat(20_001), priority: 'HIGH' },
      }),
    ).toEqual(['input.rationale', 'input.statement']);
    expect(await fieldsOf(ADD_REC, { s: UNKNOWN, input: { statement: 's', priority: 'HIGH' } })).toEqual([
      'sectionId',
    ]);
    expect(await fieldsOf(EDITORS, { id: report.id, p: [ids.member, UNKNOWN, ids.guest] })).toEqual([
      'personIds.1',
      'personIds.2',
    ]);
    expect(await fieldsOf(STATUS, { id: report.id, s: 'PUBLISHED' })).toEqual(['status']);
    expect(await fingerprint()).toEqual(before);
  });

  it('moves status between DRAFTING and IN_REVIEW and bumps updatedAt with every change', async () => {
    const report = await create({ title: 'Status', kind: 'k', workingGroupIds: [GROUP_A] });
    expect(
      (await ok<{ setReportStatus: { status: string } }>(STATUS, { id: report.id, s: 'IN_REVIEW' }, 'chairA'))
        .setReportStatus.status,
    ).toBe('IN_REVIEW');
    expect(
      (await ok<{ setReportStatus: { status: string } }>(STATUS, { id: report.id, s: 'DRAFTING' }, 'office'))
        .setReportStatus.status,
    ).toBe('DRAFTING');
    const before = (await read(report.id)).updatedAt;
    await new Promise((r) => setTimeout(r, 5));
    await ok(ADD_SECTION, { r: report.id, input: { title: 'New', body: '' } }, 'chairA');
    expect(Date.parse((await read(report.id)).updatedAt)).toBeGreaterThan(Date.parse(before));
  });

  it('lists reports newest updated first, filtered and paginated, and per target', async () => {
    await db.query('TRUNCATE reports CASCADE');
    const made: string[] = [];
    for (let i = 0; i < 5; i++)
      made.push(
        (
          await create(
            {
              title: `R${i}`,
              kind: 'k',
              workingGroupIds: i % 2 ? [GROUP_B] : [GROUP_A],
              targetId: i === 1 ? TARGET : null,
            },
            i % 2 ? 'chairB' : 'chairA',
          )
        ).id,
      );
    type Page = {
      reports: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: { node: { title: string } }[];
      };
    };
    const p1 = (await ok<Page>(LIST, { first: 2 }, 'member')).reports;
    expect(p1.totalCount).toBe(5);
    expect(p1.edges.map((e) => e.node.title)).toEqual(['R4', 'R3']);
    const p2 = (await ok<Page>(LIST, { first: 2, after: p1.pageInfo.endCursor }, 'member')).reports;
    expect(p2.edges.map((e) => e.node.title)).toEqual(['R2', 'R1']);
    const wg = (await ok<Page>(LIST, { g: GROUP_B }, 'member')).reports;
    expect(wg.edges.map((e) => e.node.title)).toEqual(['R3', 'R1']);
    await ok(STATUS, { id: made[0], s: 'IN_REVIEW' }, 'chairA');
    const review = (await ok<Page>(LIST, { status: 'IN_REVIEW' }, 'member')).reports;
    expect(review.edges.map((e) => e.node.title)).toEqual(['R0']);
    expect((await gql(LIST, { after: 'junk' }, 'member')).errors?.[0]?.extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    const t = await ok<{ report: { target: { reports: { id: string }[] } } }>(
      TARGET_REPORTS,
      { id: made[1] },
      'member',
    );
    expect(t.report.target.reports.map((r) => r.id)).toEqual([made[1]]);
  });
  it('reads the list with every core relation in the same number of queries for 2 as for 12 reports', async () => {
    const sql = recordSql(api);
    const LIST_ALL = `{ reports(first: 50) { totalCount edges { node { id viewerCanEdit
      target { name reports { id } } workingGroups { code } editors { id } namedEditors { id } createdBy { id }
      sections { number bodyHtml updatedBy { id } report { id }
        recommendations { number rationaleHtml section { number } } } } } } }`;
    const seed = async (n: number) => {
      await db.query('TRUNCATE reports CASCADE');
      await db.query(`
        INSERT INTO reports (title, kind, created_by, target_id, updated_at)
          SELECT 'Report ' || i, 'k', '${ids.chairA}', '${TARGET}', now() - i * interval '1 minute'
          FROM generate_series(1, ${n}) i;
        INSERT INTO report_working_groups (report_id, working_group_id, position)
          SELECT r.id, g.id, g.ord FROM reports r,
            (VALUES ('${GROUP_A}'::uuid, 0), ('${GROUP_B}'::uuid, 1)) AS g(id, ord);
        INSERT INTO report_editors (report_id, person_id) SELECT id, '${ids.editor}' FROM reports;
        INSERT INTO report_sections (report_id, position, title, body, updated_by)
          SELECT r.id, k, 'S' || k, '*b*', '${ids.member}' FROM reports r, generate_series(0, 1) k;
        INSERT INTO report_recommendations (report_id, section_id, position, statement, rationale, created_by)
          SELECT s.report_id, s.id, k, 'R' || k, 'why', '${ids.chairA}' FROM report_sections s, generate_series(0, 1) k;`);
    };
    type ListData = {
      reports: { edges: { node: { sections: { recommendations: { number: string }[] }[] } }[] };
    };
    const measure = () => sql.measure(() => api.gql<ListData>(LIST_ALL, {}, as.editor));
    await seed(2);
    await measure();
    const two = await measure();
    await seed(12);
    const twelve = await measure();
    expect(twelve.result.errors).toBeUndefined();
    expect(twelve.result.data!.reports.edges).toHaveLength(12);
    expect(
      twelve.result.data!.reports.edges[11].node.sections[1].recommendations.map((r) => r.number),
    ).toEqual(['2.1', '2.2']);
    expect({ n: twelve.queries, log: twelve.log.sort() }).toEqual({ n: two.queries, log: two.log.sort() });
  });
});
