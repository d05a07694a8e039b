import { createTestEnvironment, startTestApi, TestApi, TestEnvironment } from '@cop/testing';
import {
  CALLERS,
  type Caller,
  KB,
  type KnowledgeFixture,
  postDocument,
  seedKnowledgeFixture,
} from './knowledge-fixtures';

/**
 * DESIGN rule 4 for the knowledge base: every way to reach a document agrees on who sees it.
 * PUBLIC: anyone. COMMUNITY: members and the office. WORKING_GROUP of A: A's active seats and the office.
 */
describe('document visibility', () => {
  let env: TestEnvironment;
  let api: TestApi;
  let fx: KnowledgeFixture;
  const doc: Record<'PUBLIC' | 'COMMUNITY' | 'WORKING_GROUP' | 'DELETED', string> = {} as never;
  const attachment: Record<string, string> = {};

  const SEES: Record<keyof typeof doc, Caller[]> = {
    PUBLIC: CALLERS,
    COMMUNITY: ['MEMBER_A', 'MEMBER_B', 'CHAIR_A', 'OFFICE'],
    WORKING_GROUP: ['MEMBER_A', 'CHAIR_A', 'OFFICE'],
    DELETED: [],
  };

  beforeAll(async () => {
    env = await createTestEnvironment();
    api = await startTestApi(env.config);
    fx = await seedKnowledgeFixture(api, env.db.url);
    const common = { body: 'About zanzibar lakes.', workingGroupIds: [KB.groupA], topicIds: [KB.topicA] };
    doc.PUBLIC = await postDocument(api, fx.as.MEMBER_A, {
      ...common,
      title: 'Zanzibar public',
      visibility: 'PUBLIC',
    });
    doc.COMMUNITY = await postDocument(api, fx.as.MEMBER_A, {
      ...common,
      title: 'Zanzibar community',
      visibility: 'COMMUNITY',
    });
    doc.WORKING_GROUP = await postDocument(api, fx.as.MEMBER_A, {
      ...common,
      title: 'Zanzibar group',
      visibility: 'WORKING_GROUP',
    });
    doc.DELETED = await postDocument(api, fx.as.MEMBER_A, {
      ...common,
      title: 'Zanzibar gone',
      visibility: 'PUBLIC',
    });
    for (const [kind, id] of Object.entries(doc)) {
      const form = new FormData();
      form.append('file', new Blob([`bytes of ${kind}`]), `${kind}.txt`);
      const res = await fetch(`${api.url}/documents/${id}/attachments`, {
        method: 'POST',
        body: form,
        headers: fx.as.MEMBER_A,
      });
      expect(res.status).toBe(201);
      attachment[kind] = ((await res.json()) as { id: string }).id;
    }
    const del = await api.gql(
      `mutation($id: ID!) { deleteDocument(id: $id) }`,
      { id: doc.DELETED },
      fx.as.MEMBER_A,
    );
    expect(del.errors).toBeUndefined();
  });
  afterAll(async () => {
    await fx.db.end();
    await api.close();
    await env.cleanup();
  });

  const seenThrough = async (caller: Caller) => {
    const headers = fx.as[caller];
    const single = async (id: string) => {
      const r = await api.gql<{
        document: { id: string; versions: unknown[]; attachments: unknown[] } | null;
      }>(
        `query($id: ID!) { document(id: $id) { id versions { version editedBy { id } } attachments { id } } }`,
        { id },
        headers,
      );
      expect(r.errors).toBeUndefined();
      return r.data!.document;
    };
    const list = await api.gql<{ documents: { totalCount: number; edges: { node: { id: string } }[] } }>(
      `{ documents(first: 50) { totalCount edges { node { id } } } }`,
      {},
      headers,
    );
    const search = await api.gql<{
      searchDocuments: { totalCount: number; hits: { document: { id: string } }[] };
    }>(`{ searchDocuments(query: "zanzibar") { totalCount hits { document { id } } } }`, {}, headers);
    const group = await api.gql<{
      workingGroup: { documents: { totalCount: number; edges: { node: { id: string } }[] } };
    }>(`{ workingGroup(code: "A") { documents { totalCount edges { node { id } } } } }`, {}, headers);
    for (const r of [list, search, group]) expect(r.errors).toBeUndefined();
    const result: Record<string, Record<string, boolean>> = {};
    for (const [kind, id] of Object.entries(doc)) {
      const one = await single(id);
      const download = await fetch(`${api.url}/attachments/${attachment[kind]}`, { headers });
      result[kind] = {
        document: one?.id === id,
        versions: (one?.versions.length ?? 0) > 0,
        attachments: (one?.attachments.length ?? 0) > 0,
        documents: list.data!.documents.edges.some((e) => e.node.id === id),
        searchHits: search.data!.searchDocuments.hits.some((h) => h.document.id === id),
        groupDocuments: group.data!.workingGroup.documents.edges.some((e) => e.node.id === id),
        download: download.status === 200,
      };
      if (download.status !== 200) expect(download.status).toBe(404);
      else expect(await download.text()).toBe(`bytes of ${kind}`);
    }
    const counts = {
      documents: list.data!.documents.totalCount,
      search: search.data!.searchDocuments.totalCount,
      group: group.data!.workingGroup.documents.totalCount,
    };
    return { result, counts };
  };

  it.each(CALLERS)('%s sees exactly what the rule allows, through every path', async (caller) => {
    const { result, counts } = await seenThrough(caller);
    let visible = 0;
    for (const kind of Object.keys(doc) as (keyof typeof doc)[]) {
      const sees = SEES[kind].includes(caller);
      if (sees) visible += 1;
      expect({ kind, ...result[kind] }).toEqual({
        kind,
        document: sees,
        versions: sees,
        attachments: sees,
        documents: sees,
        searchHits: sees,
        groupDocuments: sees,
        download: sees,
      });
    }
    // Counts leak nothing either.
    expect(counts).toEqual({ documents: visible, search: visible, group: visible });
  });

  it('loses access at once with the seat, and regains it with a new one', async () => {
    const before = await seenThrough('MEMBER_A');
    expect(before.result.WORKING_GROUP.document).toBe(true);
    await fx.db.query(`DELETE FROM memberships WHERE person_id = $1`, [fx.ids.MEMBER_A]);
    const after = await seenThrough('MEMBER_A');
    expect(Object.values(after.result.WORKING_GROUP).some(Boolean)).toBe(false);
    expect(after.result.COMMUNITY.document).toBe(true);
    expect(after.counts).toEqual({ documents: 2, search: 2, group: 2 });
    // A PENDING seat is no seat.
    await fx.db.query(
      `INSERT INTO memberships (person_id, working_group_id, status) VALUES ($1, $2, 'PENDING')`,
      [fx.ids.MEMBER_A, KB.groupA],
    );
    expect((await seenThrough('MEMBER_A')).result.WORKING_GROUP.document).toBe(false);
    await fx.db.query(`UPDATE memberships SET status = 'ACTIVE', joined_at = now() WHERE person_id = $1`, [
      fx.ids.MEMBER_A,
    ]);
    expect((await seenThrough('MEMBER_A')).result.WORKING_GROUP.document).toBe(true);
  });

  it('keeps the deleted document and its versions in the database for the office', async () => {
    const { rows } = await fx.db.query(
      `SELECT d.deleted_at IS NOT NULL AS deleted, count(v.*)::int AS versions
       FROM documents d JOIN document_versions v ON v.document_id = d.id WHERE d.id = $1 GROUP BY d.id`,
      [doc.DELETED],
    );
    expect(rows).toEqual([{ deleted: true, versions: 1 }]);
  });
});
