import { Client } from 'pg';
import { SurveysService } from '@cop/surveys';
import {
  createTestEnvironment,
  insertPerson,
  sessionCookie,
  startTestApi,
  TestApi,
  TestEnvironment,
} from '@cop/testing';
import { seedSpectrumSurvey } from '../../apps/cli/src/seed/spectrum-survey';

const GROUP_A = '00000000-0000-4000-a000-0000000003a1';
const GROUP_B = '00000000-0000-4000-a000-0000000003b1';
const USE_CASE = '00000000-0000-4000-a000-0000000003c1';
const OTHER_CASE = '00000000-0000-4000-a000-0000000003c2';
const UNKNOWN = '00000000-0000-4000-a000-0000000003ff';

const FIGURES = `takenAt summary questionText responses shown answered options { key label count ratio share } mean
  title excerpt version updatedAt`;
const EVIDENCE = `id kind visible label note sourcePath changed linkedAt confirmedAt surveySlug questionKey optionKey
  where { questionKey anyOf } useCasePart documentVersion useCase { id title } requirement { id metric }
  document { id title } meeting { id } snapshot { ${FIGURES} } live { ${FIGURES} }`;
const LINK = `mutation($r: ID!, $input: EvidenceInput!) { linkEvidence(recommendationId: $r, input: $input) { ${EVIDENCE} } }`;
const UNLINK = `mutation($id: ID!) { unlinkEvidence(id: $id) { id evidence { id } } }`;
const RECONFIRM = `mutation($id: ID!) { reconfirmEvidence(id: $id) { ${EVIDENCE} } }`;
const PREVIEW = `query($input: EvidenceInput!) { evidencePreview(input: $input) { ${FIGURES} } }`;
const CANDIDATES = `query($q: String!, $k: [EvidenceKind!], $f: Int) { evidenceCandidates(query: $q, kinds: $k, first: $f) {
  kind label detail surveySlug questionKey useCaseId useCasePart requirementId documentId documentVersion meetingId } }`;
const READ = `query($id: ID!) { report(id: $id) { changedEvidence
  sections { recommendations { id number evidence { ${EVIDENCE} } } } } }`;
const COVERAGE = `query($id: ID!) { report(id: $id) { coverage { cited total
  items { kind label surveySlug questionKey sourcePath useCase { id } requirement { id } citedBy { id number } }
  uncited { kind label useCase { id } requirement { id } surveySlug questionKey } } } }`;

interface Figures {
  summary: string;
  responses: number | null;
  shown: number | null;
  options: { key: string; count: number }[] | null;
  version: number | null;
  excerpt: string | null;
  [k: string]: unknown;
}
interface EvidenceData {
  id: string;
  kind: string;
  visible: boolean;
  label: string | null;
  changed: boolean;
  snapshot: Figures | null;
  live: Figures | null;
  confirmedAt: string | null;
  [k: string]: unknown;
}
interface CoverageData {
  cited: number;
  total: number;
  items: { kind: string; label: string; citedBy: { number: string }[]; requirement: { id: string } | null }[];
  uncited: {
    kind: string;
    label: string;
    useCase: { id: string } | null;
    requirement: { id: string } | null;
  }[];
}

describe('reports: evidence, snapshots, drift, coverage', () => {
  let env: TestEnvironment;
  let api: TestApi;
  let db: Client;
  const ids: Record<string, string> = {};
  const as: Record<string, Record<string, string>> = {};
  let reportId: string;
  let sectionId: string;
  const rec: string[] = [];
  let requirementIds: string[] = [];
  let groupDocumentId: string;

  const gql = <T>(query: string, vars: Record<string, unknown>, who: string) =>
    api.gql<T>(query, vars, as[who]);
  const ok = async <T>(query: string, vars: Record<string, unknown>, who: string): Promise<T> => {
    const res = await gql<T>(query, vars, who);
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  const link = async (r: string, input: Record<string, unknown>, who = 'chair') =>
    (await ok<{ linkEvidence: EvidenceData }>(LINK, { r, input }, who)).linkEvidence;
  const evidenceOf = async (who: string) => {
    const data = await ok<{
      report: {
        changedEvidence: number;
        sections: { recommendations: { id: string; evidence: EvidenceData[] }[] }[];
      };
    }>(READ, { id: reportId }, who);
    return {
      changed: data.report.changedEvidence,
      all: data.report.sections.flatMap((s) => s.recommendations.flatMap((r) => r.evidence)),
    };
  };
  const coverage = async (who = 'member') =>
    (await ok<{ report: { coverage: CoverageData } }>(COVERAGE, { id: reportId }, who)).report.coverage;
  const evidenceRows = async () =>
    (await db.query('SELECT id, snapshot, snapshot_at, confirmed_at FROM report_evidence ORDER BY id')).rows;

  beforeAll(async () => {
    env = await createTestEnvironment();
    api = await startTestApi(env.config);
    db = new Client({ connectionString: env.db.url });
    await db.connect();
    for (const [name, role] of [
      ['chair', 'MEMBER'],
      ['member', 'MEMBER'],
      ['outsider', 'MEMBER'],
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
      INSERT INTO working_groups (id, code, name) VALUES ('${GROUP_A}', 'WG5', 'Use cases'), ('${GROUP_B}', 'WG2', 'Compute');
      INSERT INTO memberships (person_id, working_group_id, role, status, joined_at) VALUES
        ('${ids.chair}', '${GROUP_A}', 'CHAIR', 'ACTIVE', now()),
        ('${ids.member}', '${GROUP_A}', 'MEMBER', 'ACTIVE', now()),
        ('${ids.outsider}', '${GROUP_B}', 'MEMBER', 'ACTIVE', now());
      INSERT INTO use_cases (id, title, status, created_by, gap_analysis, storage) VALUES
        ('${USE_CASE}', 'HL-LHC analysis', 'COMPLETE', '${ids.chair}', 'Not enough disk at Tier-2 sites.', 'Tape and disk.'),
        ('${OTHER_CASE}', 'Radio pipelines', 'COMPLETE', '${ids.chair}', 'No GPU time.', NULL);
      INSERT INTO requirements (use_case_id, category, metric, value, unit, year, position) VALUES
        ('${USE_CASE}', 'STORAGE', 'Raw data per year', 600, 'PB', 2030, 0),
        ('${USE_CASE}', 'COMPUTE', 'Reconstruction', 20, 'CORE_HOURS', 2030, 1);`);
    requirementIds = (await db.query(`SELECT id FROM requirements ORDER BY position`)).rows.map((r) => r.id);
    expect(await seedSpectrumSurvey(api.app.get(SurveysService))).toBe(true);
    // A survey still OPEN (the office reads its results; members not yet), with two responses.
    await api.app.get(SurveysService).importSurvey(
      {
        slug: 'pulse',
        title: 'Pulse',
        anonymous: true,
        closesAt: new Date(Date.now() + 30 * 24 * 3600_000),
        sections: [
          {
            key: 's',
            title: 'S',
            questions: [
              {
                key: 'happy',
                text: 'Are you happy with the storage?',
                kind: 'SINGLE_CHOICE',
                options: [
                  { key: 'yes', label: 'Yes' },
                  { key: 'no', label: 'No' },
                ],
              },
            ],
          },
        ],
      },
      'OPEN',
      [
        { submittedAt: new Date(), answers: [{ questionKey: 'happy', optionKeys: ['yes'] }] },
        { submittedAt: new Date(), answers: [{ questionKey: 'happy', optionKeys: ['no'] }] },
      ],
    );
    const doc = await ok<{ postDocument: { id: string } }>(
      `mutation($input: DocumentInput!) { postDocument(input: $input) { id } }`,
      {
        input: {
          title: 'WG5 internal notes',
          kind: 'NOTE',
          visibility: 'WORKING_GROUP',
          workingGroupIds: [GROUP_A],
          body: 'Tier-2 disk is the bottleneck.',
        },
      },
      'chair',
    );
    groupDocumentId = doc.postDocument.id;

    const created = await ok<{ createReport: { id: string } }>(
      `mutation($input: ReportInput!) { createReport(input: $input) { id } }`,
      {
        input: { title: 'Survey interpretation', kind: 'Survey interpretation', workingGroupIds: [GROUP_A] },
      },
      'chair',
    );
    reportId = created.createReport.id;
    const section = await ok<{ addReportSection: { id: string } }>(
      `mutation($r: ID!, $input: ReportSectionInput!) { addReportSection(reportId: $r, input: $input) { id } }`,
      { r: reportId, input: { title: 'Findings', body: 'What we learnt.' } },
      'chair',
    );
    sectionId = section.addReportSection.id;
    for (const statement of ['Fund Tier-2 disk', 'Train infrastructure managers', 'Share pipelines']) {
      const r = await ok<{ addRecommendation: { id: string } }>(
        `mutation($s: ID!, $input: RecommendationInput!) { addRecommendation(sectionId: $s, input: $input) { id } }`,
        { s: sectionId, input: { statement, priority: 'HIGH' } },
        'chair',
      );
      rec.push(r.addRecommendation.id);
    }
  });
  afterAll(async () => {
    await db.end();
    await api.close();
    await env.cleanup();
  });

  it('keeps the snapshot of a survey result as linked, quoting the cited option', async () => {
    const e = await link(rec[1], {
      kind: 'SURVEY_RESULT',
      surveySlug: 'spectrum-jena-survey-1',
      questionKey: 'infrastructure_manager',
      optionKey: 'yes',
      note: 'A fifth of respondents run infrastructure.',
    });
    expect(e).toMatchObject({
      kind: 'SURVEY_RESULT',
      visible: true,
      changed: false,
      surveySlug: 'spectrum-jena-survey-1',
      optionKey: 'yes',
      where: [],
      sourcePath: '/surveys/spectrum-jena-survey-1/results',
    });
    expect(e.snapshot).toMatchObject({
      responses: 80,
      shown: 80,
      summary: 'Yes: 22 of 80 respondents (27.5%)',
    });
    expect(e.snapshot!.options).toContainEqual(expect.objectContaining({ key: 'yes', count: 22 }));
    expect(e.label).toContain('Are you (ALSO) manager of an infrastructure?');
    expect(e.live).toEqual(e.snapshot && expect.objectContaining({ responses: 80 }));

    // A cross-tab: among RSEs only.
    const x = await link(rec[1], {
      kind: 'SURVEY_RESULT',
      surveySlug: 'spectrum-jena-survey-1',
      questionKey: 'infrastructure_manager',
      optionKey: 'yes',
      where: [{ questionKey: 'roles', anyOf: ['infrastructure_manager'] }],
    });
    expect(x.snapshot!.responses).toBe(19);
    expect(x.label).toContain('(where roles: infrastructure_manager)');
    expect(x.sourcePath).toBe('/surveys/spectrum-jena-survey-1/results?where=roles:infrastructure_manager');
    const stored = (await db.query(`SELECT snapshot FROM report_evidence WHERE id = $1`, [e.id])).rows[0]
      .snapshot;
    expect(stored).toMatchObject({ responses: 80, shown: 80, summary: 'Yes: 22 of 80 respondents (27.5%)' });
  });

  it('refuses bad input naming the field, and changes nothing', async () => {
    const before = await evidenceRows();
    const cases: [Record<string, unknown>, string][] = [
      [{ kind: 'SURVEY_RESULT', surveySlug: 'spectrum-jena-survey-1' }, 'input.questionKey'],
      [{ kind: 'SURVEY_RESULT', surveySlug: 'nope', questionKey: 'x' }, 'input.surveySlug'],
      [
        { kind: 'SURVEY_RESULT', surveySlug: 'spectrum-jena-survey-1', questionKey: 'nope' },
        'input.questionKey',
      ],
      [
        {
          kind: 'SURVEY_RESULT',
          surveySlug: 'spectrum-jena-survey-1',
          questionKey: 'roles',
          optionKey: 'nope',
        },
        'input.optionKey',
      ],
      [
        {
          kind: 'SURVEY_RESULT',
          surveySlug: 'spectrum-jena-survey-1',
          questionKey: 'roles',
          where: [{ questionKey: 'country', anyOf: ['IT'] }],
        },
        'input.where.0.questionKey',
      ],
      [
        {
          kind: 'SURVEY_RESULT',
          surveySlug: 'spectrum-jena-survey-1',
          questionKey: 'roles',
          meetingId: UNKNOWN,
        },
        'input.meetingId',
      ],
      [{ kind: 'USE_CASE' }, 'input.useCaseId'],
      [{ kind: 'USE_CASE', useCaseId: USE_CASE, useCasePart: 'nope' }, 'input.useCasePart'],
      [{ kind: 'USE_CASE', useCaseId: OTHER_CASE, useCasePart: 'storage' }, 'input.useCasePart'],
      [{ kind: 'USE_CASE', useCaseId: OTHER_CASE, requirementId: UNKNOWN }, 'input.requirementId'],
      [{ kind: 'DOCUMENT_VERSION', documentId: UNKNOWN }, 'input.documentId'],
      [
        { kind: 'DOCUMENT_VERSION', documentId: groupDocumentId, documentVersion: 7 },
        'input.documentVersion',
      ],
      [{ kind: 'MEETING_MINUTES' }, 'input.meetingId'],
      [{ kind: 'USE_CASE', useCaseId: USE_CASE, note: 'x'.repeat(2001) }, 'input.note'],
    ];
    for (const [input, field] of cases) {
      const res = await gql(LINK, { r: rec[0], input }, 'chair');
      expect({ input, code: res.errors?.[0]?.extensions?.code }).toEqual({ input, code: 'BAD_USER_INPUT' });
      expect(Object.keys((res.errors![0].extensions as { fields: object }).fields)).toContain(field);
    }
    // Editors only; an unknown recommendation is NOT_FOUND.
    const input = { kind: 'USE_CASE', useCaseId: USE_CASE, useCasePart: 'gapAnalysis' };
    expect((await gql(LINK, { r: rec[0], input }, 'member')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await gql(LINK, { r: UNKNOWN, input }, 'chair')).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // The editor must see the source: a WORKING_GROUP document of a group the chair has no seat in.
    const { rows } = await db.query(
      `WITH d AS (INSERT INTO documents (title, kind, visibility, author_id) VALUES ('WG2 only', 'NOTE', 'WORKING_GROUP', $1) RETURNING id),
         g AS (INSERT INTO document_working_groups (document_id, working_group_id) SELECT id, $2 FROM d),
         v AS (INSERT INTO document_versions (document_id, version, title, edited_by) SELECT id, 1, 'WG2 only', $1 FROM d)
       SELECT id FROM d`,
      [ids.outsider, GROUP_B],
    );
    const hidden = await gql(
      LINK,
      { r: rec[0], input: { kind: 'DOCUMENT_VERSION', documentId: rows[0].id } },
      'chair',
    );
    expect(hidden.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { 'input.documentId': 'no document you may see has this id' },
    });
    expect(await evidenceRows()).toEqual(before);
  });

  it('shows drift after new responses arrive, with the old and the new figures; re-confirming clears it', async () => {
    const e = await link(
      rec[0],
      { kind: 'SURVEY_RESULT', surveySlug: 'pulse', questionKey: 'happy', optionKey: 'no' },
      'office',
    );
    expect(e.snapshot).toMatchObject({ responses: 2, summary: 'No: 1 of 2 respondents (50%)' });
    expect((await evidenceOf('office')).changed).toBe(0);
    for (const answer of ['no', 'no'])
      expect(
        (
          await api.gql(
            `mutation($a: [AnswerInput!]!) { submitSurveyResponse(slug: "pulse", answers: $a) { id } }`,
            { a: [{ questionKey: 'happy', optionKeys: [answer] }] },
          )
        ).errors,
      ).toBeUndefined();
    const read = await evidenceOf('office');
    const drifted = read.all.find((x) => x.id === e.id)!;
    expect(read.changed).toBe(1);
    expect(drifted.changed).toBe(true);
    expect(drifted.snapshot).toMatchObject({ responses: 2, summary: 'No: 1 of 2 respondents (50%)' });
    expect(drifted.live).toMatchObject({ responses: 4, summary: 'No: 3 of 4 respondents (75%)' });

    // Members may not read an OPEN survey's results: for them the evidence tells its kind only.
    const hidden = (await evidenceOf('member')).all.find((x) => x.id === e.id)!;
    expect(hidden).toMatchObject({
      kind: 'SURVEY_RESULT',
      visible: false,
      label: null,
      snapshot: null,
      live: null,
    });
    expect((await gql(RECONFIRM, { id: e.id }, 'member')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const confirmed = (await ok<{ reconfirmEvidence: EvidenceData }>(RECONFIRM, { id: e.id }, 'office'))
      .reconfirmEvidence;
    expect(confirmed).toMatchObject({ changed: false, snapshot: { responses: 4 }, live: { responses: 4 } });
    expect(confirmed.confirmedAt).not.toBeNull();
    expect((await evidenceOf('office')).changed).toBe(0);
  });

  it('cites use-case parts and requirements; a revised gap analysis drifts by its hash', async () => {
    const gap = await link(rec[0], { kind: 'USE_CASE', useCaseId: USE_CASE, useCasePart: 'gapAnalysis' });
    expect(gap).toMatchObject({
      visible: true,
      changed: false,
      useCasePart: 'gapAnalysis',
      useCase: { id: USE_CASE, title: 'HL-LHC analysis' },
      sourcePath: `/use-cases/${USE_CASE}`,
      snapshot: { title: 'HL-LHC analysis', excerpt: 'Not enough disk at Tier-2 sites.' },
    });
    const req = await link(rec[0], {
      kind: 'USE_CASE',
      useCaseId: USE_CASE,
      requirementId: requirementIds[0],
    });
    expect(req).toMatchObject({ requirement: { id: requirementIds[0], metric: 'Raw data per year' } });
    expect(req.snapshot!.summary).toBe('Raw data per year: 600 PB in 2030 (HL-LHC analysis)');

    await db.query(`UPDATE use_cases SET gap_analysis = 'Not enough disk, nor tape.' WHERE id = $1`, [
      USE_CASE,
    ]);
    const after = (await evidenceOf('member')).all.find((x) => x.id === gap.id)!;
    expect(after).toMatchObject({
      changed: true,
      snapshot: { excerpt: 'Not enough disk at Tier-2 sites.' },
      live: { excerpt: 'Not enough disk, nor tape.' },
    });
  });

  it('lists an uncited gap in the coverage and stops listing it once a recommendation cites it', async () => {
    let c = await coverage();
    const labels = (l: { label: string }[]) => l.map((i) => i.label);
    expect(labels(c.uncited)).toContain('Gap analysis of “Radio pipelines”');
    expect(labels(c.uncited)).not.toContain('Gap analysis of “HL-LHC analysis”');
    expect(c.uncited.filter((i) => i.kind === 'REQUIREMENT').map((i) => i.requirement!.id)).toEqual([
      requirementIds[1],
    ]);
    // Every question of the cited seeded survey; the OPEN one only for those who may read its results.
    expect(c.items.filter((i) => i.kind === 'SURVEY_QUESTION').length).toBeGreaterThan(5);
    expect(
      c.items.find((i) =>
        i.label.endsWith(
          'manager of an infrastructure? (computing centre, a federated infrastructure, a data centre, ...)',
        ),
      )?.citedBy,
    ).toEqual([expect.objectContaining({ number: '1.2' })]);
    expect(c.items.some((i) => i.label.startsWith('Pulse'))).toBe(false);
    expect((await coverage('office')).items.some((i) => i.label.startsWith('Pulse'))).toBe(true);
    expect(c.total).toBe(c.items.length);
    expect(c.cited).toBe(c.items.length - c.uncited.length);

    await link(rec[2], { kind: 'USE_CASE', useCaseId: OTHER_CASE, useCasePart: 'gapAnalysis' });
    c = await coverage();
    expect(labels(c.uncited)).not.toContain('Gap analysis of “Radio pipelines”');
    expect(c.items.find((i) => i.label === 'Gap analysis of “Radio pipelines”')!.citedBy).toEqual([
      expect.objectContaining({ number: '1.3' }),
    ]);
  });

  it('does not leak evidence in a WORKING_GROUP document to an outsider', async () => {
    const e = await link(rec[2], {
      kind: 'DOCUMENT_VERSION',
      documentId: groupDocumentId,
      note: 'secret note',
    });
    expect(e).toMatchObject({
      visible: true,
      documentVersion: 1,
      snapshot: { version: 1, title: 'WG5 internal notes' },
    });
    const res = await gql<{ report: unknown }>(READ, { id: reportId }, 'outsider');
    expect(res.errors).toBeUndefined();
    const seen = JSON.stringify(res.data);
    expect(seen).not.toContain('WG5 internal notes');
    expect(seen).not.toContain('secret note');
    expect(seen).not.toContain(groupDocumentId);
    const hidden = (await evidenceOf('outsider')).all.find((x) => x.id === e.id)!;
    expect(hidden).toEqual(
      expect.objectContaining({
        kind: 'DOCUMENT_VERSION',
        visible: false,
        label: null,
        note: null,
        sourcePath: null,
        snapshot: null,
        live: null,
        changed: false,
        document: null,
        documentVersion: null,
      }),
    );
    // Nor through the picker, the preview or linking.
    const found = await ok<{ evidenceCandidates: { documentId: string | null }[] }>(
      CANDIDATES,
      { q: 'internal', k: ['DOCUMENT_VERSION'] },
      'outsider',
    );
    expect(found.evidenceCandidates).toEqual([]);
    const preview = await gql(
      PREVIEW,
      { input: { kind: 'DOCUMENT_VERSION', documentId: groupDocumentId } },
      'outsider',
    );
    expect(preview.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    // A new version drifts a pinned one, and says so.
    await db.query(`UPDATE documents SET version = 2 WHERE id = $1`, [groupDocumentId]);
    await db.query(
      `INSERT INTO document_versions (document_id, version, title, body, edited_by, edited_at)
       SELECT document_id, 2, title, 'Revised.', edited_by, now() FROM document_versions WHERE document_id = $1`,
      [groupDocumentId],
    );
    const drifted = (await evidenceOf('member')).all.find((x) => x.id === e.id)!;
    expect(drifted).toMatchObject({ changed: true, snapshot: { version: 1 }, live: { version: 2 } });
    expect(drifted.live!.summary).toContain('newer');
    const confirmed = (await ok<{ reconfirmEvidence: EvidenceData }>(RECONFIRM, { id: e.id }, 'chair'))
      .reconfirmEvidence;
    expect(confirmed).toMatchObject({
      changed: false,
      documentVersion: 2,
      snapshot: { version: 2, excerpt: 'Revised.' },
    });
  });

  it('previews and searches candidates without saving', async () => {
    const before = await evidenceRows();
    const preview = await ok<{ evidencePreview: Figures }>(
      PREVIEW,
      {
        input: {
          kind: 'SURVEY_RESULT',
          surveySlug: 'spectrum-jena-survey-1',
          questionKey: 'infrastructure_manager',
          optionKey: 'yes',
        },
      },
      'member',
    );
    expect(preview.evidencePreview.summary).toBe('Yes: 22 of 80 respondents (27.5%)');
    const hits = await ok<{
      evidenceCandidates: {
        kind: string;
        questionKey: string | null;
        useCasePart: string | null;
        requirementId: string | null;
      }[];
    }>(CANDIDATES, { q: 'infrastructure' }, 'member');
    expect(hits.evidenceCandidates).toContainEqual(
      expect.objectContaining({ kind: 'SURVEY_RESULT', questionKey: 'infrastructure_manager' }),
    );
    const cases = await ok<{
      evidenceCandidates: {
        kind: string;
        useCaseId: string | null;
        useCasePart: string | null;
        requirementId: string | null;
      }[];
    }>(CANDIDATES, { q: 'HL-LHC', k: ['USE_CASE'] }, 'member');
    expect(cases.evidenceCandidates).toContainEqual(
      expect.objectContaining({ useCaseId: USE_CASE, useCasePart: 'gapAnalysis' }),
    );
    expect(cases.evidenceCandidates).toContainEqual(
      expect.objectContaining({ requirementId: requirementIds[0] }),
    );
    // The OPEN survey's questions are not offered to members.
    const pulse = await ok<{ evidenceCandidates: unknown[] }>(
      CANDIDATES,
      { q: 'happy', k: ['SURVEY_RESULT'] },
      'member',
    );
    expect(pulse.evidenceCandidates).toEqual([]);
    expect(await evidenceRows()).toEqual(before);
  });

  it("cites a meeting's minutes; a WORKING_GROUP meeting tells outsiders its kind only; edited minutes drift", async () => {
    const { rows } = await db.query(
      `INSERT INTO meetings (title, working_group_id, starts_at, ends_at, time_zone, visibility, organizer_id, minutes)
       VALUES ('WG5 call', $1, '2026-03-02T10:00:00Z', '2026-03-02T11:00:00Z', 'Europe/Rome', 'WORKING_GROUP', $2,
               'Agreed: ask the sites about disk.') RETURNING id`,
      [GROUP_A, ids.chair],
    );
    const meetingId = rows[0].id as string;
    const noMinutes = (
      await db.query(
        `INSERT INTO meetings (title, starts_at, ends_at, time_zone, organizer_id)
         VALUES ('Plenary', now(), now() + interval '1 hour', 'UTC', $1) RETURNING id`,
        [ids.chair],
      )
    ).rows[0].id;
    const bad = await gql(
      LINK,
      { r: rec[2], input: { kind: 'MEETING_MINUTES', meetingId: noMinutes } },
      'chair',
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { 'input.meetingId': expect.any(String) },
    });

    const e = await link(rec[2], { kind: 'MEETING_MINUTES', meetingId });
    expect(e).toMatchObject({
      visible: true,
      meeting: { id: meetingId },
      sourcePath: `/meetings/${meetingId}`,
      snapshot: {
        title: 'WG5 call',
        excerpt: 'Agreed: ask the sites about disk.',
        summary: 'Minutes of “WG5 call”, 2026-03-02',
      },
    });
    const outsider = (await evidenceOf('outsider')).all.find((x) => x.id === e.id)!;
    expect(outsider).toMatchObject({ visible: false, label: null, snapshot: null, meeting: null });
    const candidates = await ok<{ evidenceCandidates: unknown[] }>(
      CANDIDATES,
      { q: 'WG5 call', k: ['MEETING_MINUTES'] },
      'outsider',
    );
    expect(candidates.evidenceCandidates).toEqual([]);
    const mine = await ok<{ evidenceCandidates: { meetingId: string }[] }>(
      CANDIDATES,
      { q: 'sites about', k: ['MEETING_MINUTES'] },
      'member',
    );
    expect(mine.evidenceCandidates.map((c) => c.meetingId)).toEqual([meetingId]);

    await db.query(
      `UPDATE meetings SET minutes = 'Agreed: ask the sites about disk and tape.' WHERE id = $1`,
      [meetingId],
    );
    expect((await evidenceOf('member')).all.find((x) => x.id === e.id)).toMatchObject({
      changed: true,
      live: { excerpt: 'Agreed: ask the sites about disk and tape.' },
    });
  });

  it('shows a cited requirement that is gone as changed with no live figures; re-confirming it is a CONFLICT', async () => {
    const e = await link(rec[2], { kind: 'USE_CASE', useCaseId: USE_CASE, requirementId: requirementIds[1] });
    await db.query(`DELETE FROM requirements WHERE id = $1`, [requirementIds[1]]);
    const gone = (await evidenceOf('member')).all.find((x) => x.id === e.id)!;
    expect(gone).toMatchObject({ visible: true, changed: true, live: null, requirement: null });
    expect(gone.snapshot!.summary).toBe('Reconstruction: 20 CORE_HOURS in 2030 (HL-LHC analysis)');
    expect(gone.label).toContain('Requirement: Reconstruction');
    expect((await gql(RECONFIRM, { id: e.id }, 'chair')).errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('unlinks (editors only)', async () => {
    const e = await link(rec[2], { kind: 'USE_CASE', useCaseId: USE_CASE, useCasePart: 'storage' });
    expect((await gql(UNLINK, { id: e.id }, 'member')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const res = await ok<{ unlinkEvidence: { id: string; evidence: { id: string }[] } }>(
      UNLINK,
      { id: e.id },
      'chair',
    );
    expect(res.unlinkEvidence.id).toBe(rec[2]);
    expect(res.unlinkEvidence.evidence.map((x) => x.id)).not.toContain(e.id);
    expect((await gql(UNLINK, { id: e.id }, 'chair')).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
