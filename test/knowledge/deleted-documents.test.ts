import { createTestEnvironment, startTestApi, TestApi, TestEnvironment } from '@cop/testing';
import {
  CALLERS,
  KB,
  type Caller,
  type KnowledgeFixture,
  postDocument,
  seedKnowledgeFixture,
} from './knowledge-fixtures';

const DELETED = `query($first: Int, $after: String) { deletedDocuments(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id title deletedAt author { displayName } } } } }`;
const RESTORE = `mutation($id: ID!) { restoreDocument(id: $id) { id title deletedAt version
  versions { version title } attachments { filename } workingGroups { code } } }`;
const DELETE = `mutation($id: ID!) { deleteDocument(id: $id) }`;

interface DeletedPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: { id: string; deletedAt: string } }[];
}

/** The office's deleted documents and restoring one (issue 19). */
describe('deleted documents and restoreDocument', () => {
  let env: TestEnvironment;
  let api: TestApi;
  let fx: KnowledgeFixture;

  beforeAll(async () => {
    env = await createTestEnvironment();
    api = await startTestApi(env.config);
    fx = await seedKnowledgeFixture(api, env.db.url);
  });
  afterAll(async () => {
    await fx.db.end();
    await api.close();
    await env.cleanup();
  });

  /** A WORKING_GROUP document of A by MEMBER_A, edited once, with an attachment. */
  const richDocument = async (title: string) => {
    const id = await postDocument(api, fx.as.MEMBER_A, {
      title,
      body: `Body of ${title}`,
      visibility: 'WORKING_GROUP',
      workingGroupIds: [KB.groupA],
      tags: ['deletable'],
    });
    const edit = await api.gql(
      `mutation($id: ID!) { updateDocument(id: $id, expectedVersion: 1, input: { title: "${title} v2", kind: NOTE,
        body: "Body of ${title}", visibility: WORKING_GROUP, workingGroupIds: ["${KB.groupA}"], tags: ["deletable"] }) { version } }`,
      { id },
      fx.as.MEMBER_A,
    );
    expect(edit.errors).toBeUndefined();
    const form = new FormData();
    form.append('file', new Blob([`bytes of ${title}`]), 'kept.txt');
    const up = await fetch(`${api.url}/documents/${id}/attachments`, {
      method: 'POST',
      body: form,
      headers: fx.as.MEMBER_A,
    });
    expect(up.status).toBe(201);
    return { id, attachmentId: ((await up.json()) as { id: string }).id };
  };

  /** Where each caller finds the document: by id, in the list, in search, on group A's page, its attachment. */
  const whereSeen = async (id: string, attachmentId: string, word: string) => {
    const seen: Record<string, string[]> = {};
    for (const as of CALLERS) {
      const res = await api.gql<{
        document: { id: string } | null;
        documents: { edges: { node: { id: string } }[] };
        searchDocuments: { hits: { document: { id: string } }[] };
        workingGroup: { documents: { edges: { node: { id: string } }[] } };
        documentTags: { tag: string }[];
      }>(
        `query($id: ID!, $q: String!) { document(id: $id) { id } documents(first: 100) { edges { node { id } } }
          searchDocuments(query: $q) { hits { document { id } } }
          workingGroup(code: "A") { documents(first: 100) { edges { node { id } } } }
          documentTags(prefix: "deletable") { tag } }`,
        { id, q: word },
        fx.as[as],
      );
      expect(res.errors).toBeUndefined();
      const d = res.data!;
      const places: string[] = [];
      if (d.document) places.push('document');
      if (d.documents.edges.some((e) => e.node.id === id)) places.push('documents');
      if (d.searchDocuments.hits.some((h) => h.document.id === id)) places.push('search');
      if (d.workingGroup.documents.edges.some((e) => e.node.id === id)) places.push('group');
      if (d.documentTags.length) places.push('tags');
      const download = await fetch(`${api.url}/attachments/${attachmentId}`, { headers: fx.as[as] });
      if (download.status === 200) places.push('attachment');
      else expect(download.status).toBe(404);
      seen[as] = places;
    }
    return seen;
  };

  const ALL_PLACES = ['document', 'documents', 'search', 'group', 'tags', 'attachment'];
  const SEEN_BY_A = {
    anonymous: [],
    GUEST: [],
    MEMBER_A: ALL_PLACES,
    MEMBER_B: [],
    CHAIR_A: ALL_PLACES,
    OFFICE: ALL_PLACES,
  };
  const SEEN_BY_NOBODY = Object.fromEntries(CALLERS.map((c) => [c, []]));

  it('hides a deleted document from everyone, office included, everywhere but deletedDocuments; restore brings it back to exactly those who saw it', async () => {
    const { id, attachmentId } = await richDocument('Zanzibar inventory');
    expect(await whereSeen(id, attachmentId, 'zanzibar')).toEqual(SEEN_BY_A);

    expect((await api.gql(DELETE, { id }, fx.as.MEMBER_A)).errors).toBeUndefined();
    expect(await whereSeen(id, attachmentId, 'zanzibar')).toEqual(SEEN_BY_NOBODY);
    const listed = await api.gql<{
      deletedDocuments: { edges: { node: { id: string; deletedAt: string } }[] };
    }>(DELETED, {}, fx.as.OFFICE);
    const entry = listed.data!.deletedDocuments.edges.find((e) => e.node.id === id);
    expect(entry?.node.deletedAt).toEqual(expect.any(String));

    const restored = await api.gql<{ restoreDocument: Record<string, unknown> }>(
      RESTORE,
      { id },
      fx.as.OFFICE,
    );
    expect(restored.errors).toBeUndefined();
    expect(restored.data!.restoreDocument).toEqual({
      id,
      title: 'Zanzibar inventory v2',
      deletedAt: null,
      version: 2,
      versions: [
        { version: 2, title: 'Zanzibar inventory v2' },
        { version: 1, title: 'Zanzibar inventory' },
      ],
      attachments: [{ filename: 'kept.txt' }],
      workingGroups: [{ code: 'A' }],
    });
    expect(await whereSeen(id, attachmentId, 'zanzibar')).toEqual(SEEN_BY_A);
    const after = await api.gql<{ deletedDocuments: { edges: { node: { id: string } }[] } }>(
      DELETED,
      {},
      fx.as.OFFICE,
    );
    expect(after.data!.deletedDocuments.edges.map((e) => e.node.id)).not.toContain(id);
    // Restored, it is a live document again: its author can edit it at its version.
    const edit = await api.gql(
      `mutation($id: ID!) { updateDocument(id: $id, expectedVersion: 2, input: { title: "Again", kind: NOTE,
        visibility: WORKING_GROUP, workingGroupIds: ["${KB.groupA}"] }) { version } }`,
      { id },
      fx.as.MEMBER_A,
    );
    expect(edit.data).toEqual({ updateDocument: { version: 3 } });
  });

  it('lets only the office list deleted documents and restore them', async () => {
    const { id } = await richDocument('Refused restore');
    await api.gql(DELETE, { id }, fx.as.MEMBER_A);
    const listCodes: Record<string, unknown> = {};
    const restoreCodes: Record<string, unknown> = {};
    for (const as of CALLERS) {
      listCodes[as] = (await api.gql(DELETED, {}, fx.as[as])).errors?.[0].extensions?.code ?? 'ok';
      if (as === 'OFFICE') continue;
      restoreCodes[as] = (await api.gql(RESTORE, { id }, fx.as[as])).errors?.[0].extensions?.code;
    }
    const refused = (c: Caller) => (c === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
    expect(listCodes).toEqual(
      Object.fromEntries(CALLERS.map((c) => [c, c === 'OFFICE' ? 'ok' : refused(c)])),
    );
    expect(restoreCodes).toEqual(
      Object.fromEntries(CALLERS.filter((c) => c !== 'OFFICE').map((c) => [c, refused(c)])),
    );
    // The author, a chair and a member of A: none of them sees it.
    const row = await fx.db.query(`SELECT deleted_at FROM documents WHERE id = $1`, [id]);
    expect(row.rows[0].deleted_at).not.toBeNull();
  });

  it('answers NOT_FOUND for a live, unknown or malformed id, and changes nothing', async () => {
    const live = await postDocument(api, fx.as.MEMBER_A, { title: 'Still here' });
    const before = await fx.db.query(`SELECT id, deleted_at, updated_at, version FROM documents ORDER BY id`);
    for (const id of [live, '00000000-0000-4000-8000-000000000000', 'nope']) {
      const res = await api.gql(RESTORE, { id }, fx.as.OFFICE);
      expect({ id, code: res.errors?.[0].extensions?.code, data: res.data }).toEqual({
        id,
        code: 'NOT_FOUND',
        data: null,
      });
    }
    const after = await fx.db.query(`SELECT id, deleted_at, updated_at, version FROM documents ORDER BY id`);
    expect(after.rows).toEqual(before.rows);
  });

  it('pages the most recently deleted first, with cursors, and refuses a foreign cursor', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const id = await postDocument(api, fx.as.MEMBER_B, { title: `Paged ${i}` });
      await api.gql(DELETE, { id }, fx.as.MEMBER_B);
      ids.push(id);
    }
    const all: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (;;) {
      const res: { data?: { deletedDocuments: DeletedPage } | null } = await api.gql(
        DELETED,
        { first: 2, after },
        fx.as.OFFICE,
      );
      const page = res.data!.deletedDocuments;
      total = page.totalCount;
      all.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    const { rows } = await fx.db.query<{ id: string }>(
      `SELECT id FROM documents WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC, id DESC`,
    );
    expect(all).toEqual(rows.map((r) => r.id));
    expect(total).toBe(rows.length);
    expect([...all.slice(0, 3)].sort()).toEqual([...ids].sort()); // the newest deletions lead
    const bad = await api.gql(DELETED, { after: 'bm90IGEgY3Vyc29y' }, fx.as.OFFICE);
    expect(bad.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { after: expect.any(String) },
    });
    const tooMany = await api.gql(DELETED, { first: 101 }, fx.as.OFFICE);
    expect(tooMany.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { first: expect.any(String) },
    });
  });
});
