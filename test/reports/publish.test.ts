import { KnowledgeLimits } from '@cop/knowledge';
import {
  CASE,
  OPEN,
  SECRET,
  UNKNOWN,
  type PublishFixture,
  type Who,
  seedPublishFixture,
} from './publish-fixture';

const PUBLISH = `mutation($id: ID!, $v: Visibility!) { publishReport(id: $id, visibility: $v) {
  id status publications { number documentVersion visibility publishedAt publishedBy { id } }
  document { id kind visibility version title body workingGroups { id } versions { version } } } }`;
const READ = `query($id: ID!) { report(id: $id) { status
  publications { number documentVersion visibility publishedBy { id } } document { id version } } }`;

interface Published {
  id: string;
  status: string;
  publications: {
    number: number;
    documentVersion: number;
    visibility: string;
    publishedBy: { id: string };
  }[];
  document: {
    id: string;
    kind: string;
    visibility: string;
    version: number;
    title: string;
    body: string;
    workingGroups: { id: string }[];
    versions: { version: number }[];
  } | null;
}

describe('reports: publishing', () => {
  let fx: PublishFixture;

  beforeAll(async () => {
    fx = await seedPublishFixture();
  }, 60_000);
  afterAll(async () => {
    await fx?.close();
  });

  /** What a publication writes: a refused or failed one must leave all of it as it was. */
  const state = async () =>
    (
      await fx.db.query(`SELECT
        (SELECT count(*) FROM documents)::int AS documents,
        (SELECT count(*) FROM document_versions)::int AS versions,
        (SELECT count(*) FROM report_publications)::int AS publications,
        (SELECT status || coalesce(document_id::text, '-') FROM reports WHERE id = '${fx.ids.report}') AS report`)
    ).rows[0];

  const publish = (visibility: string, who: Who = 'chair', id = fx.ids.report) =>
    fx.api.gql<{ publishReport: Published }>(PUBLISH, { id, v: visibility }, fx.as[who]);

  it('refuses whoever is not an editor, and writes nothing', async () => {
    const before = await state();
    for (const [who, code] of [
      ['insider', 'FORBIDDEN'],
      ['outsider', 'FORBIDDEN'],
      ['guest', 'FORBIDDEN'],
      ['anonymous', 'UNAUTHENTICATED'],
    ] as const) {
      const res = await fx.api.gql(PUBLISH, { id: fx.ids.report, v: 'COMMUNITY' }, fx.as[who]);
      expect({ who, code: res.errors?.[0]?.extensions?.code }).toEqual({ who, code });
    }
    const unknown = await publish('COMMUNITY', 'chair', UNKNOWN);
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const bad = await fx.api.gql(PUBLISH, { id: fx.ids.report, v: 'SECRET' }, fx.as.chair);
    expect(bad.errors?.length).toBeGreaterThan(0);
    expect(await state()).toEqual(before);
  });

  let first: Published;

  it('publishes: a REPORT document of the report’s groups with its first version, the report PUBLISHED', async () => {
    const res = await publish('COMMUNITY');
    expect(res.errors).toBeUndefined();
    first = res.data!.publishReport;
    expect(first.status).toBe('PUBLISHED');
    expect(first.publications).toEqual([
      {
        number: 1,
        documentVersion: 1,
        visibility: 'COMMUNITY',
        publishedAt: expect.any(String),
        publishedBy: { id: fx.ids.chair },
      },
    ]);
    expect(first.document).toMatchObject({
      kind: 'REPORT',
      visibility: 'COMMUNITY',
      version: 1,
      title: 'Survey interpretation: WG5',
      workingGroups: [{ id: expect.any(String) }],
      versions: [{ version: 1 }],
    });
    const body = first.document!.body;
    expect(body).toContain('## 1. Who answered');
    expect(body).toContain('**Recommendation 1.1** (priority high) Fund infrastructure managers[^1]');
    expect(body).toContain('**Recommendation 1.2** (priority low) Share the findings[^2][^3]');
    const { rows } = await fx.db.query(
      `SELECT document_id, author_id FROM reports r JOIN documents d ON d.id = r.document_id WHERE r.id = $1`,
      [fx.ids.report],
    );
    expect(rows).toEqual([{ document_id: first.document!.id, author_id: fx.ids.chair }]);
  });

  it('quotes only the evidence every reader of the visibility may see: the WORKING_GROUP document is not public', async () => {
    const body = first.document!.body;
    expect(body).toContain(OPEN);
    expect(body).toContain(CASE);
    expect(body).not.toContain(SECRET);
    expect(body).toContain('[^1]: Document: evidence not public at this visibility.');
    // Not even a link to it.
    expect(body).not.toContain(fx.docs.secret);
  });

  it('publishing again makes a new version of the same document and a second publication', async () => {
    const before = await state();
    // A named editor, neither its author nor seated in its group: the report's rule decides.
    const res = await publish('WORKING_GROUP', 'editor');
    expect(res.errors).toBeUndefined();
    const again = res.data!.publishReport;
    // The editor holds no seat in A: the WORKING_GROUP document is not theirs to see.
    expect(again.document).toBeNull();
    expect(
      again.publications.map((p) => [p.number, p.documentVersion, p.visibility, p.publishedBy.id]),
    ).toEqual([
      [1, 1, 'COMMUNITY', fx.ids.chair],
      [2, 2, 'WORKING_GROUP', fx.ids.editor],
    ]);
    const seen = await fx.gql<{ report: Published }>(
      `query($id: ID!) { report(id: $id) { document { id version visibility body versions { version } } } }`,
      { id: fx.ids.report },
      'insider',
    );
    expect(seen.report.document).toMatchObject({
      id: first.document!.id,
      version: 2,
      visibility: 'WORKING_GROUP',
      versions: expect.arrayContaining([{ version: 1 }, { version: 2 }]),
    });
    // Seated members of A are not all seated wherever the cited evidence is: still not quoted.
    expect(seen.report.document!.body).not.toContain(SECRET);
    const after = await state();
    expect(after.documents).toBe(before.documents);
    expect(after.versions).toBe(before.versions + 1);
    expect(after.publications).toBe(before.publications + 1);
  });

  it('a report too long for the knowledge base is refused naming the report, and nothing changes', async () => {
    const limits = fx.api.app.get(KnowledgeLimits);
    const saved = limits.bodyMaxBytes;
    limits.bodyMaxBytes = 200;
    try {
      const before = await state();
      const res = await publish('COMMUNITY');
      expect(res.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { id: expect.stringContaining('too long to publish') },
      });
      expect(await state()).toEqual(before);
    } finally {
      limits.bodyMaxBytes = saved;
    }
  });

  it('Report.document follows the document’s visibility; publications are told to every member', async () => {
    const insider = await fx.gql<{ report: Published }>(READ, { id: fx.ids.report }, 'insider');
    expect(insider.report.document).toEqual({ id: first.document!.id, version: 2 });
    const outsider = await fx.gql<{ report: Published }>(READ, { id: fx.ids.report }, 'outsider');
    expect(outsider.report.document).toBeNull();
    expect(outsider.report.publications.map((p) => p.number)).toEqual([1, 2]);
    const doc = await fx.api.gql<{ document: { id: string } | null }>(
      'query($id: ID!) { document(id: $id) { id } }',
      { id: first.document!.id },
      fx.as.outsider,
    );
    expect(doc.data!.document).toBeNull();
  });

  it('publishing PUBLIC quotes what anyone may see', async () => {
    const res = await publish('PUBLIC', 'office');
    expect(res.errors).toBeUndefined();
    const doc = res.data!.publishReport.document!;
    expect(doc.visibility).toBe('PUBLIC');
    expect(doc.version).toBe(3);
    // A COMMUNITY document is not for the public, nor are use cases (members only).
    expect(doc.body).not.toContain(OPEN);
    expect(doc.body).not.toContain(CASE);
    expect(doc.body).toContain('[^3]: Use case: evidence not public at this visibility.');
    expect(doc.body).not.toContain(SECRET);
    expect(doc.body).toContain('[^2]: Document: evidence not public at this visibility.');
    const anonymous = await fx.api.gql<{ document: { body: string } | null }>(
      'query($id: ID!) { document(id: $id) { body } }',
      { id: doc.id },
    );
    expect(anonymous.data!.document?.body).toBe(doc.body);
  });
});
