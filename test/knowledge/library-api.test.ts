import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Client } from 'pg';
import { DeleteAttachmentBytesJob, KnowledgeJobsModule, KnowledgeLimits } from '@cop/knowledge';
import { PlatformModule } from '@cop/platform';
import { createTestEnvironment, recordSql, startTestApi, TestApi, TestEnvironment } from '@cop/testing';
import {
  KB,
  type Caller,
  type KnowledgeFixture,
  postDocument,
  seedKnowledgeFixture,
} from './knowledge-fixtures';

/**
 * What the library and the editor ask of the API beyond the contract (issue 19): the visibility
 * filter, whether the viewer may edit or delete, tag suggestions, the size limits, and removing
 * an attachment.
 */
describe('knowledge API of the library and the editor', () => {
  let env: TestEnvironment;
  let api: TestApi;
  let fx: KnowledgeFixture;
  const docs = {} as Record<'publicA' | 'communityB' | 'groupA' | 'groupB' | 'byChair', string>;

  beforeAll(async () => {
    env = await createTestEnvironment();
    api = await startTestApi(env.config);
    fx = await seedKnowledgeFixture(api, env.db.url);
    docs.publicA = await postDocument(api, fx.as.MEMBER_A, {
      title: 'Open data',
      visibility: 'PUBLIC',
      workingGroupIds: [KB.groupA],
      tags: ['storage', 'Open science', 'tape'],
    });
    docs.communityB = await postDocument(api, fx.as.MEMBER_B, {
      title: 'Community notes',
      visibility: 'COMMUNITY',
      workingGroupIds: [KB.groupB],
      tags: ['storage', 'stream'],
    });
    docs.groupA = await postDocument(api, fx.as.MEMBER_A, {
      title: 'Group A plans',
      visibility: 'WORKING_GROUP',
      workingGroupIds: [KB.groupA],
      tags: ['storage', 'secret_a', '100%'],
    });
    docs.groupB = await postDocument(api, fx.as.MEMBER_B, {
      title: 'Group B plans',
      visibility: 'WORKING_GROUP',
      workingGroupIds: [KB.groupB],
      tags: ['storage', 'secret b'],
    });
    docs.byChair = await postDocument(api, fx.as.CHAIR_A, { title: 'Chair note', visibility: 'COMMUNITY' });
  });
  afterAll(async () => {
    await fx.db.end();
    await api.close();
    await env.cleanup();
  });

  const ids = <T extends { id: string }>(nodes: T[]) => nodes.map((n) => n.id).sort();

  describe('DocumentFilter.visibilities', () => {
    it('narrows documents and searchDocuments within what the viewer may see', async () => {
      const LIST = `query($v: [Visibility!]) { documents(filter: { visibilities: $v }) { totalCount edges { node { id } } }
        searchDocuments(query: "plans", filter: { visibilities: $v }) { totalCount hits { document { id } } } }`;
      const ask = async (as: Caller, v: string[]) => {
        const res = await api.gql<{
          documents: { totalCount: number; edges: { node: { id: string } }[] };
          searchDocuments: { totalCount: number; hits: { document: { id: string } }[] };
        }>(LIST, { v }, fx.as[as]);
        expect(res.errors).toBeUndefined();
        const d = res.data!;
        expect(d.documents.totalCount).toBe(d.documents.edges.length);
        return {
          list: ids(d.documents.edges.map((e) => e.node)),
          search: ids(d.searchDocuments.hits.map((h) => h.document)),
        };
      };
      expect(await ask('MEMBER_A', ['WORKING_GROUP'])).toEqual({
        list: [docs.groupA],
        search: [docs.groupA],
      });
      expect(await ask('OFFICE', ['WORKING_GROUP'])).toEqual({
        list: [docs.groupA, docs.groupB].sort(),
        search: [docs.groupA, docs.groupB].sort(),
      });
      expect((await ask('MEMBER_A', ['PUBLIC', 'COMMUNITY'])).list).toEqual(
        [docs.publicA, docs.communityB, docs.byChair].sort(),
      );
      // The filter never widens: anonymous asking for COMMUNITY gets nothing.
      expect(await ask('anonymous', ['COMMUNITY', 'WORKING_GROUP'])).toEqual({ list: [], search: [] });
      expect((await ask('anonymous', [])).list).toEqual([docs.publicA]);
    });

    it('refuses a value outside the enum as bad input', async () => {
      const res = await api.gql(`{ documents(filter: { visibilities: [SECRET] }) { totalCount } }`, {});
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('Document.viewerCanEdit and viewerCanDelete', () => {
    const FLAGS = `query($id: ID!) { document(id: $id) { viewerCanEdit viewerCanDelete } }`;
    const flags = async (id: string, as: Caller) => {
      const res = await api.gql<{ document: { viewerCanEdit: boolean; viewerCanDelete: boolean } | null }>(
        FLAGS,
        { id },
        fx.as[as],
      );
      expect(res.errors).toBeUndefined();
      return res.data!.document;
    };

    it('says what updateDocument allows: the author, a chair of its group, the office', async () => {
      const yes = { viewerCanEdit: true, viewerCanDelete: true };
      const no = { viewerCanEdit: false, viewerCanDelete: false };
      expect(await flags(docs.publicA, 'anonymous')).toEqual(no);
      expect(await flags(docs.publicA, 'GUEST')).toEqual(no);
      expect(await flags(docs.publicA, 'MEMBER_A')).toEqual(yes); // author
      expect(await flags(docs.publicA, 'CHAIR_A')).toEqual(yes); // chair of A
      expect(await flags(docs.publicA, 'MEMBER_B')).toEqual(no);
      expect(await flags(docs.publicA, 'OFFICE')).toEqual(yes);
      expect(await flags(docs.communityB, 'CHAIR_A')).toEqual(no); // a group B document
      expect(await flags(docs.byChair, 'MEMBER_A')).toEqual(no); // no group: author and office only
    });

    it('agrees with updateDocument for every caller', async () => {
      for (const as of ['MEMBER_A', 'MEMBER_B', 'CHAIR_A', 'OFFICE'] as const) {
        const id = await postDocument(api, fx.as.MEMBER_B, {
          title: `Shared ${as}`,
          visibility: 'COMMUNITY',
          workingGroupIds: [KB.groupA],
        });
        const said = (await flags(id, as))!.viewerCanEdit;
        const res = await api.gql(
          `mutation($id: ID!) { updateDocument(id: $id, expectedVersion: 1, input: { title: "Edited", kind: NOTE,
            visibility: COMMUNITY, workingGroupIds: ["${KB.groupA}"] }) { version } }`,
          { id },
          fx.as[as],
        );
        expect({ as, allowed: res.errors === undefined }).toEqual({ as, allowed: said });
      }
    });

    it('costs the same SQL for a list of 3 documents and of 12', async () => {
      const sql = recordSql(api);
      for (let i = 0; i < 12; i++)
        await postDocument(api, fx.as.MEMBER_B, {
          title: `Listed ${i}`,
          visibility: 'COMMUNITY',
          workingGroupIds: [i % 2 ? KB.groupA : KB.groupB],
        });
      const measure = async (n: number) => {
        const { result, queries } = await sql.measure(() =>
          api.gql(
            `query($n: Int) { documents(first: $n) { edges { node { viewerCanEdit viewerCanDelete } } } }`,
            { n },
            fx.as.CHAIR_A,
          ),
        );
        expect(result.errors).toBeUndefined();
        return queries;
      };
      await measure(3);
      expect(await measure(12)).toBe(await measure(3));
    });
  });

  describe('Query.documentTags', () => {
    const TAGS = `query($p: String, $n: Int) { documentTags(prefix: $p, first: $n) { tag count } }`;
    const tags = async (as: Caller, p?: string, n?: number) => {
      const res = await api.gql<{ documentTags: { tag: string; count: number }[] }>(
        TAGS,
        { p, n },
        fx.as[as],
      );
      expect(res.errors).toBeUndefined();
      return res.data!.documentTags;
    };

    it('counts the tags of documents the viewer may see, most used first', async () => {
      expect(await tags('anonymous')).toEqual([
        { tag: 'open science', count: 1 },
        { tag: 'storage', count: 1 },
        { tag: 'tape', count: 1 },
      ]);
      const memberA = await tags('MEMBER_A');
      expect(memberA[0]).toEqual({ tag: 'storage', count: 3 });
      expect(memberA.map((t) => t.tag)).toContain('secret_a');
      expect(memberA.map((t) => t.tag)).not.toContain('secret b');
      expect((await tags('OFFICE'))[0]).toEqual({ tag: 'storage', count: 4 });
    });

    it('filters by a case-insensitive prefix, LIKE wildcards taken literally', async () => {
      expect(await tags('OFFICE', ' ST')).toEqual([
        { tag: 'storage', count: 4 },
        { tag: 'stream', count: 1 },
      ]);
      expect(await tags('OFFICE', 'secret_')).toEqual([{ tag: 'secret_a', count: 1 }]);
      expect(await tags('OFFICE', '%')).toEqual([]);
      expect(await tags('OFFICE', '100%')).toEqual([{ tag: '100%', count: 1 }]);
      expect(await tags('OFFICE', undefined, 1)).toEqual([{ tag: 'storage', count: 4 }]);
      // Deleted documents are nobody's: their tags go with them.
      const gone = await postDocument(api, fx.as.MEMBER_A, { title: 'Soon gone', tags: ['ephemeral'] });
      expect(await tags('OFFICE', 'ephem')).toEqual([{ tag: 'ephemeral', count: 1 }]);
      await api.gql(`mutation($id: ID!) { deleteDocument(id: $id) }`, { id: gone }, fx.as.MEMBER_A);
      expect(await tags('OFFICE', 'ephem')).toEqual([]);
    });

    it.each([
      ['first', { n: 0 }],
      ['first', { n: 101 }],
      ['prefix', { p: 'x'.repeat(101) }],
    ])('names %s when out of bounds', async (field, vars) => {
      const res = await api.gql(TAGS, vars);
      expect(res.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { [field]: expect.any(String) },
      });
    });
  });

  it('Query.documentLimits gives the configured limits', async () => {
    const limits = api.app.get(KnowledgeLimits);
    const res = await api.gql(`{ documentLimits { attachmentMaxBytes bodyMaxBytes } }`, {});
    expect(res.data).toEqual({
      documentLimits: { attachmentMaxBytes: limits.attachmentMaxBytes, bodyMaxBytes: limits.bodyMaxBytes },
    });
  });

  describe('Mutation.deleteAttachment', () => {
    const DELETE = `mutation($id: ID!) { deleteAttachment(id: $id) }`;
    const upload = async (doc: string, name: string, as: Caller = 'MEMBER_A') => {
      const form = new FormData();
      form.append('file', new Blob([`bytes of ${name}`]), name);
      const res = await fetch(`${api.url}/documents/${doc}/attachments`, {
        method: 'POST',
        body: form,
        headers: fx.as[as],
      });
      expect(res.status).toBe(201);
      return ((await res.json()) as { id: string; downloadUrl: string }).id;
    };
    const storedFiles = async () => {
      const root = join(env.config.dataDir, 'files');
      return (await readdir(root, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).length;
    };
    /** Runs the knowledge.delete-attachment-bytes jobs the outbox holds, as the worker would (twice: a retry is harmless). */
    const runDeleteBytesJobs = async () => {
      const db = new Client({ connectionString: env.db.url });
      await db.connect();
      const { rows } = await db
        .query<{ payload: { storageKey: string } }>(
          `SELECT payload FROM outbox WHERE job_name = 'knowledge.delete-attachment-bytes'`,
        )
        .finally(() => db.end());
      expect(rows.length).toBeGreaterThan(0);
      @Module({ imports: [PlatformModule.forRoot(env.config), KnowledgeJobsModule] })
      class JobsModule {}
      const app = await NestFactory.createApplicationContext(JobsModule, { logger: ['error'] });
      try {
        const job = app.get(DeleteAttachmentBytesJob);
        for (const { payload } of [...rows, ...rows]) await job.handle(payload);
      } finally {
        await app.close();
      }
    };
    const attachmentsOf = async (doc: string) => {
      const res = await api.gql<{ document: { attachments: { id: string }[] } }>(
        `query($id: ID!) { document(id: $id) { attachments { id } } }`,
        { id: doc },
        fx.as.OFFICE,
      );
      return res.data!.document.attachments.map((a) => a.id);
    };

    it('removes the attachment and its bytes; the download answers 404; the others stay', async () => {
      const doc = await postDocument(api, fx.as.MEMBER_A, {
        title: 'Two files',
        visibility: 'WORKING_GROUP',
        workingGroupIds: [KB.groupA],
      });
      const first = await upload(doc, 'one.txt');
      const second = await upload(doc, 'two.txt');
      const files = await storedFiles();
      expect((await fetch(`${api.url}/attachments/${first}`, { headers: fx.as.MEMBER_A })).status).toBe(200);

      const res = await api.gql(DELETE, { id: first }, fx.as.CHAIR_A);
      expect(res).toMatchObject({ data: { deleteAttachment: true } });
      expect(res.errors).toBeUndefined();
      expect((await fetch(`${api.url}/attachments/${first}`, { headers: fx.as.MEMBER_A })).status).toBe(404);
      // The bytes go after the removal commits, by a job the outbox carries (never before it).
      expect(await storedFiles()).toBe(files);
      await runDeleteBytesJobs();
      expect(await storedFiles()).toBe(files - 1);
      expect(await attachmentsOf(doc)).toEqual([second]);
      const other = await fetch(`${api.url}/attachments/${second}`, { headers: fx.as.MEMBER_A });
      expect(other.status).toBe(200);
      expect(await other.text()).toBe('bytes of two.txt');
      // Gone is gone: a second delete finds nothing.
      expect((await api.gql(DELETE, { id: first }, fx.as.CHAIR_A)).errors?.[0].extensions?.code).toBe(
        'NOT_FOUND',
      );
    });

    it('refuses who may not update the document and changes nothing', async () => {
      const doc = await postDocument(api, fx.as.MEMBER_A, {
        title: 'Kept file',
        visibility: 'WORKING_GROUP',
        workingGroupIds: [KB.groupA],
      });
      const id = await upload(doc, 'kept.txt');
      const files = await storedFiles();
      const codes: Record<string, unknown> = {};
      for (const as of ['anonymous', 'GUEST', 'MEMBER_B'] as const)
        codes[as] = (await api.gql(DELETE, { id }, fx.as[as])).errors?.[0].extensions?.code;
      // A member of A sees the document but did not write it and chairs nothing.
      const otherA = await postDocument(api, fx.as.CHAIR_A, {
        title: 'Chair file',
        visibility: 'WORKING_GROUP',
        workingGroupIds: [KB.groupA],
      });
      const chairs = await upload(otherA, 'chair.txt', 'CHAIR_A');
      codes.MEMBER_A = (await api.gql(DELETE, { id: chairs }, fx.as.MEMBER_A)).errors?.[0].extensions?.code;
      codes.notAnId = (await api.gql(DELETE, { id: 'nope' }, fx.as.OFFICE)).errors?.[0].extensions?.code;
      expect(codes).toEqual({
        anonymous: 'UNAUTHENTICATED',
        GUEST: 'FORBIDDEN',
        MEMBER_B: 'NOT_FOUND',
        MEMBER_A: 'FORBIDDEN',
        notAnId: 'NOT_FOUND',
      });
      expect(await attachmentsOf(doc)).toEqual([id]);
      expect(await storedFiles()).toBe(files + 1); // only the chair's new file was added
    });
  });
});
