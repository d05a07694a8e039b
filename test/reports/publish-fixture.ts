import { Client } from 'pg';
import {
  createTestEnvironment,
  insertPerson,
  sessionCookie,
  startTestApi,
  type TestApi,
  type TestEnvironment,
} from '@cop/testing';

export const GROUP_A = '00000000-0000-4000-a000-0000000004a1';
export const GROUP_B = '00000000-0000-4000-a000-0000000004b1';
export const UNKNOWN = '00000000-0000-4000-a000-0000000004ff';

/** A word only the WORKING_GROUP document of A holds: it must never reach an outsider. */
export const SECRET = 'zebracrossing';
/** A word of the COMMUNITY document: every member may read it. */
export const OPEN = 'openfindings';
/** A word of a use case's title: members may read it, the public may not. */
export const CASE = 'giraffegap';

export type Who = 'chair' | 'insider' | 'outsider' | 'editor' | 'office' | 'guest';

export interface PublishFixture {
  env: TestEnvironment;
  api: TestApi;
  db: Client;
  ids: Record<Who, string> & { report: string; section: string; rec1: string; rec2: string };
  docs: { secret: string; open: string; useCase: string };
  as: Record<Who | 'anonymous', Record<string, string>>;
  gql<T>(query: string, vars: Record<string, unknown>, who: Who): Promise<T>;
  close(): Promise<void>;
}

/**
 * Working groups A and B; a chair of A (an editor of the report), an insider seated in A, an
 * outsider seated in B only, a named editor with no seat, the office and a guest. A report of A,
 * "Survey interpretation", with one section and two recommendations: 1.1 cites a WORKING_GROUP
 * document of A (note 1), 1.2 a COMMUNITY document (note 2) and a use case's gap analysis (note 3).
 */
export async function seedPublishFixture(): Promise<PublishFixture> {
  const env = await createTestEnvironment();
  const api = await startTestApi(env.config);
  const db = new Client({ connectionString: env.db.url });
  await db.connect();
  const ids = {} as PublishFixture['ids'];
  const as = { anonymous: {} } as PublishFixture['as'];
  for (const [name, role] of [
    ['chair', 'MEMBER'],
    ['insider', 'MEMBER'],
    ['outsider', 'MEMBER'],
    ['editor', 'MEMBER'],
    ['office', 'OFFICE'],
    ['guest', 'GUEST'],
  ] as const) {
    ids[name] = await insertPerson(env.db.url, {
      displayName: `Test ${name}`,
      email: `${name}@example.org`,
      role,
    });
    as[name] = await sessionCookie(api, ids[name]);
  }
  await db.query(
    `INSERT INTO working_groups (id, code, name) VALUES ($1, 'WG5', 'Use cases'), ($2, 'WG6', 'Training')`,
    [GROUP_A, GROUP_B],
  );
  await db.query(
    `INSERT INTO memberships (person_id, working_group_id, role, status, joined_at) VALUES
       ($1, $4, 'CHAIR', 'ACTIVE', now()), ($2, $4, 'MEMBER', 'ACTIVE', now()), ($3, $5, 'MEMBER', 'ACTIVE', now())`,
    [ids.chair, ids.insider, ids.outsider, GROUP_A, GROUP_B],
  );

  const gql = async <T>(query: string, vars: Record<string, unknown>, who: Who): Promise<T> => {
    const res = await api.gql<T>(query, vars, as[who]);
    if (res.errors) throw new Error(`${who}: ${JSON.stringify(res.errors)}`);
    return res.data!;
  };

  const post = async (title: string, visibility: string) =>
    (
      await gql<{ postDocument: { id: string } }>(
        `mutation($i: DocumentInput!) { postDocument(input: $i) { id } }`,
        {
          i: {
            kind: 'MINUTES',
            title,
            body: `The ${title} body.`,
            visibility,
            workingGroupIds: [GROUP_A],
          },
        },
        'chair',
      )
    ).postDocument.id;
  const useCase = (
    await gql<{ proposeUseCase: { id: string } }>(
      `mutation($i: UseCaseInput!) { proposeUseCase(input: $i) { id } }`,
      { i: { title: `HL-LHC ${CASE}`, gapAnalysis: 'Not enough disk.' } },
      'insider',
    )
  ).proposeUseCase.id;
  const docs = {
    secret: await post(`Closed session ${SECRET}`, 'WORKING_GROUP'),
    open: await post(`Shared ${OPEN}`, 'COMMUNITY'),
    useCase,
  };

  const report = (
    await gql<{ createReport: { id: string } }>(
      `mutation($i: ReportInput!) { createReport(input: $i) { id } }`,
      { i: { title: 'Survey interpretation: WG5', kind: 'SRIDA input', workingGroupIds: [GROUP_A] } },
      'chair',
    )
  ).createReport.id;
  await gql(
    `mutation($id: ID!, $p: [ID!]!) { setReportEditors(id: $id, personIds: $p) { id } }`,
    { id: report, p: [ids.editor] },
    'chair',
  );
  const section = (
    await gql<{ addReportSection: { id: string } }>(
      `mutation($r: ID!, $i: ReportSectionInput!) { addReportSection(reportId: $r, input: $i) { id } }`,
      {
        r: report,
        i: { title: 'Who answered', body: '# Context\n\nMost answers came from **sites**.\n\n- one\n- two' },
      },
      'chair',
    )
  ).addReportSection.id;
  const addRec = async (statement: string, priority: string) =>
    (
      await gql<{ addRecommendation: { id: string } }>(
        `mutation($s: ID!, $i: RecommendationInput!) { addRecommendation(sectionId: $s, input: $i) { id } }`,
        { s: section, i: { statement, rationale: 'Because *they* asked.', priority } },
        'chair',
      )
    ).addRecommendation.id;
  const rec1 = await addRec('Fund infrastructure managers', 'HIGH');
  const rec2 = await addRec('Share the findings', 'LOW');
  const link = (recommendationId: string, input: Record<string, unknown>) =>
    gql(
      `mutation($r: ID!, $i: EvidenceInput!) { linkEvidence(recommendationId: $r, input: $i) { id } }`,
      { r: recommendationId, i: input },
      'chair',
    );
  await link(rec1, { kind: 'DOCUMENT_VERSION', documentId: docs.secret });
  await link(rec2, { kind: 'DOCUMENT_VERSION', documentId: docs.open });
  await link(rec2, { kind: 'USE_CASE', useCaseId: useCase, useCasePart: 'gapAnalysis' });
  Object.assign(ids, { report, section, rec1, rec2 });

  return {
    env,
    api,
    db,
    ids,
    docs,
    as,
    gql,
    async close() {
      await db.end();
      await api.close();
      await env.cleanup();
    },
  };
}

/** The text of a .docx part (the w:t runs), entities decoded. */
export function wordText(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => m[1])
    .join('')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
