import { DataSource } from 'typeorm';
import { KnowledgeLimits } from '@cop/knowledge';
import { createTestEnvironment, startTestApi, TestApi, TestEnvironment } from '@cop/testing';
import { KB, type KnowledgeFixture, POST, postDocument, seedKnowledgeFixture } from './knowledge-fixtures';

const UPDATE = `mutation($id: ID!, $input: DocumentInput!, $v: Int!) {
  updateDocument(id: $id, input: $input, expectedVersion: $v) { id version title } }`;
const SEARCH = `query($q: String!, $first: Int) { searchDocuments(query: $q, first: $first) {
  totalCount hits { rank headline document { id title } } } }`;

describe('documents: posting, updating, searching', () => {
  let env: TestEnvironment;
  let api: TestApi;
  let fx: KnowledgeFixture;

  beforeAll(async () => {
    // Above the default 1mb, so the 1 MB body limit of documents is what refuses a big body.
    env = await createTestEnvironment({ GRAPHQL_BODY_LIMIT: '3mb' });
    api = await startTestApi(env.config);
    fx = await seedKnowledgeFixture(api, env.db.url);
  });
  afterAll(async () => {
    await fx.db.end();
    await api.close();
    await env.cleanup();
  });

  const count = async (table: string) =>
    (await fx.db.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n;

  describe('postDocument', () => {
    it('stores a document with normalized tags, groups, topics and a first version', async () => {
      const res = await api.gql<{ postDocument: Record<string, unknown> }>(
        `mutation($input: DocumentInput!) { postDocument(input: $input) {
          title summary kind visibility externalUrl tags version bodyHtml
          author { displayName } workingGroups { code } topics { name }
          versions { version title editedBy { displayName } } attachments { id } } }`,
        {
          input: {
            title: '  Data lakes  ',
            summary: 'Storage at scale',
            body: '# Heading\n\nSome *text*.',
            kind: 'REPORT',
            visibility: 'WORKING_GROUP',
            externalUrl: 'https://example.org/lake?x=1',
            workingGroupIds: [KB.groupA],
            topicIds: [KB.topicA],
            tags: [' HPC ', 'hpc', 'Storage', '', 'storage '],
          },
        },
        fx.as.MEMBER_A,
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.postDocument).toEqual({
        title: 'Data lakes',
        summary: 'Storage at scale',
        kind: 'REPORT',
        visibility: 'WORKING_GROUP',
        externalUrl: 'https://example.org/lake?x=1',
        tags: ['hpc', 'storage'],
        version: 1,
        bodyHtml: expect.stringContaining('<em>text</em>'),
        author: { displayName: 'Member A' },
        workingGroups: [{ code: 'A' }],
        topics: [{ name: 'Topic A' }],
        versions: [{ version: 1, title: 'Data lakes', editedBy: { displayName: 'Member A' } }],
        attachments: [],
      });
    });

    it('refuses anonymous callers and guests', async () => {
      const input = { title: 'x', kind: 'NOTE' };
      expect((await api.gql(POST, { input }, fx.as.anonymous)).errors?.[0].extensions?.code).toBe(
        'UNAUTHENTICATED',
      );
      expect((await api.gql(POST, { input }, fx.as.GUEST)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });

    const longBody = 'x'.repeat(1024 * 1024 + 1);
    it.each([
      ['empty title', { title: '' }, 'input.title'],
      ['blank title', { title: '   ' }, 'input.title'],
      ['title over 300', { title: 't'.repeat(301) }, 'input.title'],
      ['body over 1 MB', { body: longBody }, 'input.body'],
      [
        'unknown group',
        { workingGroupIds: ['00000000-0000-4000-a000-0000000000ff'] },
        'input.workingGroupIds',
      ],
      ['not an id', { workingGroupIds: ['nope'] }, 'input.workingGroupIds'],
      [
        'unknown topic',
        { workingGroupIds: [KB.groupA], topicIds: ['00000000-0000-4000-b000-0000000000ff'] },
        'input.topicIds',
      ],
      ['topic of another group', { workingGroupIds: [KB.groupA], topicIds: [KB.topicB] }, 'input.topicIds'],
      ['topic without group', { topicIds: [KB.topicA] }, 'input.topicIds'],
      ['WORKING_GROUP without group', { visibility: 'WORKING_GROUP' }, 'input.workingGroupIds'],
      [
        'WORKING_GROUP of a group not joined',
        { visibility: 'WORKING_GROUP', workingGroupIds: [KB.groupB] },
        'input.workingGroupIds',
      ],
      ['javascript: URL', { externalUrl: 'javascript:alert(1)' }, 'input.externalUrl'],
    ])('refuses %s naming the field, storing nothing', async (_label, patch, field) => {
      const before = [
        await count('documents'),
        await count('document_versions'),
        await count('document_topics'),
      ];
      const res = await api.gql(POST, { input: { title: 'Valid', kind: 'NOTE', ...patch } }, fx.as.MEMBER_A);
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(Object.keys((res.errors![0].extensions!.fields as object) ?? {})).toContain(field);
      expect([
        await count('documents'),
        await count('document_versions'),
        await count('document_topics'),
      ]).toEqual(before);
    });

    it('refuses an invalid URL through the URL scalar', async () => {
      const res = await api.gql(
        POST,
        { input: { title: 'Valid', kind: 'NOTE', externalUrl: 'not a url' } },
        fx.as.MEMBER_A,
      );
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].message).toMatch(/externalUrl/);
    });

    it('takes the body limit from configuration', async () => {
      const limits = api.app.get(KnowledgeLimits);
      const saved = limits.bodyMaxBytes;
      limits.bodyMaxBytes = 10;
      try {
        const res = await api.gql(
          POST,
          { input: { title: 'Small', kind: 'NOTE', body: 'é'.repeat(6) } },
          fx.as.MEMBER_A,
        );
        expect(res.errors?.[0].extensions?.fields).toEqual({ 'input.body': 'must be at most 10 bytes' });
      } finally {
        limits.bodyMaxBytes = saved;
      }
    });

    it('lets the office post WORKING_GROUP documents to any group', async () => {
      await postDocument(api, fx.as.OFFICE, {
        title: 'Office note',
        visibility: 'WORKING_GROUP',
        workingGroupIds: [KB.groupB],
      });
    });
  });

  describe('updateDocument and deleteDocument', () => {
    let id: string;
    beforeAll(async () => {
      id = await postDocument(api, fx.as.MEMBER_A, { title: 'Draft', workingGroupIds: [KB.groupA] });
    });

    it('lets the author, a chair of its group and the office edit, and nobody else', async () => {
      const input = { title: 'Edited', kind: 'NOTE', workingGroupIds: [KB.groupA] };
      let version = 1;
      for (const who of ['MEMBER_A', 'CHAIR_A', 'OFFICE'] as const) {
        const res = await api.gql<{ updateDocument: { version: number } }>(
          UPDATE,
          { id, input, v: version },
          fx.as[who],
        );
        expect(res.errors).toBeUndefined();
        version = res.data!.updateDocument.version;
      }
      expect(version).toBe(4);
      expect(
        (await api.gql(UPDATE, { id, input, v: version }, fx.as.MEMBER_B)).errors?.[0].extensions?.code,
      ).toBe('FORBIDDEN');
      expect(
        (await api.gql(UPDATE, { id, input, v: version }, fx.as.GUEST)).errors?.[0].extensions?.code,
      ).toBe('FORBIDDEN');
      const versions = await api.gql<{
        document: { versions: { version: number; editedBy: { displayName: string } }[] };
      }>(
        `query($id: ID!) { document(id: $id) { versions { version editedBy { displayName } } } }`,
        { id },
        fx.as.OFFICE,
      );
      expect(versions.data!.document.versions.map((v) => [v.version, v.editedBy.displayName])).toEqual([
        [4, 'Office'],
        [3, 'Chair A'],
        [2, 'Member A'],
        [1, 'Member A'],
      ]);
    });

    it('answers a stale expectedVersion with CONFLICT and changes nothing', async () => {
      const res = await api.gql(
        UPDATE,
        { id, input: { title: 'Stale', kind: 'NOTE' }, v: 1 },
        fx.as.MEMBER_A,
      );
      expect(res.errors?.[0].extensions?.code).toBe('CONFLICT');
      expect((await fx.db.query(`SELECT title, version FROM documents WHERE id = $1`, [id])).rows[0]).toEqual(
        {
          title: 'Edited',
          version: 4,
        },
      );
    });

    it('lets one of two concurrent updates with the same expectedVersion win; the other gets CONFLICT', async () => {
      const doc = await postDocument(api, fx.as.MEMBER_A, { title: 'Race', workingGroupIds: [KB.groupA] });
      const results = await Promise.all(
        (['MEMBER_A', 'CHAIR_A'] as const).map((who) =>
          api.gql(
            UPDATE,
            { id: doc, input: { title: `By ${who}`, kind: 'NOTE', workingGroupIds: [KB.groupA] }, v: 1 },
            fx.as[who],
          ),
        ),
      );
      const ok = results.filter((r) => !r.errors);
      const conflicts = results.filter((r) => r.errors?.[0].extensions?.code === 'CONFLICT');
      expect([ok.length, conflicts.length]).toEqual([1, 1]);
      const { rows } = await fx.db.query(
        `SELECT v.version, v.title, p.display_name FROM document_versions v JOIN people p ON p.id = v.edited_by
         WHERE v.document_id = $1 ORDER BY v.version`,
        [doc],
      );
      expect(rows).toHaveLength(2);
      expect(rows[0]).toEqual({ version: 1, title: 'Race', display_name: 'Member A' });
      expect(rows[1].version).toBe(2);
      expect(rows[1].title).toBe(`By ${rows[1].display_name === 'Chair A' ? 'CHAIR_A' : 'MEMBER_A'}`);
    });

    it('deletes softly: the document disappears, its rows stay', async () => {
      const doc = await postDocument(api, fx.as.MEMBER_A, { title: 'To delete' });
      expect(
        (await api.gql(`mutation($id: ID!) { deleteDocument(id: $id) }`, { id: doc }, fx.as.MEMBER_B))
          .errors?.[0].extensions?.code,
      ).toBe('FORBIDDEN');
      expect(
        (await api.gql(`mutation($id: ID!) { deleteDocument(id: $id) }`, { id: doc }, fx.as.MEMBER_A)).data,
      ).toEqual({ deleteDocument: true });
      expect(
        (await api.gql(`query($id: ID!) { document(id: $id) { id } }`, { id: doc }, fx.as.OFFICE)).data,
      ).toEqual({ document: null });
      expect(
        (await api.gql(UPDATE, { id: doc, input: { title: 'x', kind: 'NOTE' }, v: 1 }, fx.as.OFFICE))
          .errors?.[0].extensions?.code,
      ).toBe('NOT_FOUND');
      expect(
        (await fx.db.query(`SELECT count(*)::int AS n FROM document_versions WHERE document_id = $1`, [doc]))
          .rows[0].n,
      ).toBe(1);
    });
  });

  describe('XSS', () => {
    const PAYLOADS = [
      '<script>alert("s")</script>',
      '<img src=x onerror="alert(1)">',
      '<a href="javascript:alert(1)">j</a> [md](javascript:alert(2))',
      '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">d</a> ![i](data:image/svg+xml,<svg onload=alert(1)>)',
      '<svg><script>alert(3)</script><circle onload="alert(4)"/></svg>',
      '<!-- comment --><p>xssword</p><iframe src="//evil"></iframe><style>*{}</style>',
      '<div onclick="alert(5)" style="x">xssword</div><math><mi xlink:href="javascript:alert(6)">m</mi></math>',
    ];
    it.each(PAYLOADS)('never reaches bodyHtml or a headline: %s', async (payload) => {
      const body = `xssword ${payload} xssword`;
      const id = await postDocument(api, fx.as.MEMBER_A, {
        title: `Xss ${PAYLOADS.indexOf(payload)}`,
        body,
        summary: payload,
      });
      const res = await api.gql<{ document: { bodyHtml: string } }>(
        `query($id: ID!) { document(id: $id) { bodyHtml } }`,
        { id },
        fx.as.MEMBER_A,
      );
      const html = res.data!.document.bodyHtml;
      // Raw HTML is shown as text (escaped); what must never appear is a live tag or attribute.
      expect(html).not.toMatch(/<!--/);
      for (const tag of html.match(/<[^>]*>/g) ?? []) {
        expect(tag).not.toMatch(/^<\/?(script|svg|iframe|style|math|object|embed|img)\b/i);
        expect(tag).not.toMatch(/\son\w+\s*=/i);
        expect(tag).not.toMatch(/(href|src|xlink:href)\s*=\s*["']?\s*(javascript|data|vbscript):/i);
      }
      const search = await api.gql<{
        searchDocuments: { hits: { headline: string; document: { id: string } }[] };
      }>(SEARCH, { q: 'xssword', first: 50 }, fx.as.MEMBER_A);
      const hit = search.data!.searchDocuments.hits.find((h) => h.document.id === id);
      expect(hit).toBeDefined();
      // Nothing but <mark> tags: every other angle bracket is escaped.
      expect(hit!.headline.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
      expect(hit!.headline).toContain('<mark>xssword</mark>');
    });
  });

  describe('searchDocuments', () => {
    beforeAll(async () => {
      await postDocument(api, fx.as.MEMBER_A, {
        title: 'Café archives',
        summary: 'Tape archiving at the naïve institute',
        body: 'We moved the data lake to cold storage.',
        tags: ['Archive'],
      });
      await postDocument(api, fx.as.MEMBER_A, {
        title: 'Lake district',
        body: 'A data note about the lake shore.',
      });
      await postDocument(api, fx.as.MEMBER_A, {
        title: 'Unrelated',
        body: 'Nothing about water, except archiving once.',
      });
    });

    const titles = async (q: string) => {
      const res = await api.gql<{
        searchDocuments: { totalCount: number; hits: { document: { title: string } }[] };
      }>(SEARCH, { q }, fx.as.MEMBER_A);
      expect(res.errors).toBeUndefined();
      return res.data!.searchDocuments.hits.map((h) => h.document.title);
    };

    it('ranks title matches above body matches, stems and folds accents', async () => {
      expect((await titles('lake'))[0]).toBe('Lake district');
      expect(await titles('cafe')).toEqual(['Café archives']);
      expect(await titles('naive')).toEqual(['Café archives']);
      expect((await titles('archived')).slice(0, 2)).toEqual(['Café archives', 'Unrelated']);
    });

    it('understands websearch syntax', async () => {
      // "Data lakes" (posted above) has the phrase in its title; "Café archives" in its body, with tape.
      expect(await titles('"data lake" -tape')).toEqual(['Data lakes']);
      expect(await titles('"data lake"')).toEqual(['Data lakes', 'Café archives']);
      expect(new Set(await titles('shore OR tape'))).toEqual(new Set(['Lake district', 'Café archives']));
    });

    it('matches the last word as a prefix, as people type', async () => {
      expect(await titles('caf')).toEqual(['Café archives']);
      expect(await titles('data sho')).toEqual(['Lake district']);
    });

    it('names the query when it is punctuation only or too long', async () => {
      for (const q of ['', '   ', '!!! ::: ()&|', '"""', '-', 'x'.repeat(2000)]) {
        const res = await api.gql(SEARCH, { q }, fx.as.MEMBER_A);
        expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
        expect(res.errors?.[0].extensions?.fields).toHaveProperty('query');
      }
    });

    it.each([
      'lake & | ! <-> :*',
      "o'reilly's lake:*",
      '"unbalanced quote lake',
      'lake)(',
      '-lake',
      'lake OR',
      'OR OR OR',
      'the',
      '½ lake',
      'lake \\ \ue000 x',
      'a:* & b | !c',
      'x'.repeat(500),
      'lake '.repeat(99),
      "'; DROP TABLE documents; --",
    ])('never fails on %j', async (q) => {
      const res = await api.gql(SEARCH, { q }, fx.as.MEMBER_A);
      expect(res.status).toBe(200);
      expect(res.errors).toBeUndefined();
    });

    it('refuses a NUL character in the query as bad input naming it, not as a server error', async () => {
      const res = await api.gql(SEARCH, { q: 'lake \\ \u0000 x' }, fx.as.MEMBER_A);
      expect(res.status).toBe(200);
      expect(res.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { query: expect.any(String) },
      });
    });
  });

  describe('documents list', () => {
    it('pages newest updated first with stable cursors and filters', async () => {
      await fx.db.query(`UPDATE documents SET deleted_at = now()`);
      const ids: string[] = [];
      for (let i = 0; i < 7; i++)
        ids.push(
          await postDocument(api, fx.as.MEMBER_A, {
            title: `Page ${i}`,
            tags: i % 2 ? ['odd'] : [],
            kind: i < 3 ? 'PAPER' : 'NOTE',
          }),
        );
      // Same updated_at for all: the id breaks the tie.
      await fx.db.query(`UPDATE documents SET updated_at = '2026-01-01T00:00:00Z' WHERE deleted_at IS NULL`);
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const res: {
          data?: {
            documents: {
              totalCount: number;
              pageInfo: { endCursor: string | null; hasNextPage: boolean };
              edges: { node: { id: string } }[];
            };
          } | null;
        } = await api.gql(
          `query($after: String) { documents(first: 3, after: $after) { totalCount pageInfo { endCursor hasNextPage } edges { node { id } } } }`,
          { after },
          fx.as.MEMBER_A,
        );
        expect(res.data!.documents.totalCount).toBe(7);
        seen.push(...res.data!.documents.edges.map((e) => e.node.id));
        after = res.data!.documents.pageInfo.hasNextPage ? res.data!.documents.pageInfo.endCursor : null;
      } while (after);
      expect(seen).toEqual([...ids].sort().reverse());
      const filtered = await api.gql<{ documents: { totalCount: number } }>(
        `{ documents(filter: { tags: ["ODD"], kinds: [PAPER] }) { totalCount } }`,
        {},
        fx.as.MEMBER_A,
      );
      expect(filtered.data!.documents.totalCount).toBe(1);
      const byAuthor = await api.gql<{ documents: { totalCount: number } }>(
        `query($a: ID, $since: DateTime) { documents(filter: { authorId: $a, updatedSince: $since }) { totalCount } }`,
        { a: fx.ids.MEMBER_A, since: '2025-12-31T00:00:00Z' },
        fx.as.MEMBER_A,
      );
      expect(byAuthor.data!.documents.totalCount).toBe(7);
      const none = await api.gql<{ documents: { totalCount: number } }>(
        `query($since: DateTime) { documents(filter: { updatedSince: $since }) { totalCount } }`,
        { since: '2026-01-02T00:00:00Z' },
        fx.as.MEMBER_A,
      );
      expect(none.data!.documents.totalCount).toBe(0);
      const badFilter = await api.gql(
        `{ documents(filter: { topicIds: ["x"] }) { totalCount } }`,
        {},
        fx.as.MEMBER_A,
      );
      expect(badFilter.errors?.[0].extensions?.fields).toEqual({
        'filter.topicIds': 'must be ids returned by this API',
      });
      const bad = await api.gql(`{ documents(after: "garbage") { totalCount } }`, {}, fx.as.MEMBER_A);
      expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('costs a constant number of SQL queries for 5 and for 20 documents with their relations', async () => {
      let queries = 0;
      const logger = api.app.get(DataSource).logger;
      const logQuery = logger.logQuery.bind(logger);
      logger.logQuery = (...args) => {
        queries += 1;
        return logQuery(...args);
      };
      const LIST = `query($n: Int) { documents(first: $n) { edges { node { id bodyHtml author { displayName }
        workingGroups { code } topics { name } attachments { id uploadedBy { displayName } }
        versions { version editedBy { displayName } } } } } }`;
      const measure = async (n: number) => {
        const before = queries;
        const res = await api.gql<{ documents: { edges: unknown[] } }>(LIST, { n }, fx.as.OFFICE);
        expect(res.errors).toBeUndefined();
        expect(res.data!.documents.edges).toHaveLength(n);
        return queries - before;
      };
      await fx.db.query(`UPDATE documents SET deleted_at = now()`);
      for (let i = 0; i < 20; i++)
        await postDocument(api, fx.as.MEMBER_A, {
          title: `Counted ${i}`,
          workingGroupIds: [i % 2 ? KB.groupA : KB.groupB],
          topicIds: [i % 2 ? KB.topicA : KB.topicB],
        });
      await measure(5); // warm the session cache
      const five = await measure(5);
      const twenty = await measure(20);
      expect(twenty).toBe(five);
      expect(twenty).toBeLessThanOrEqual(12);
      logger.logQuery = logQuery;
    });
  });
});

describe('WorkingGroup.documents in a list of groups', () => {
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

  it('costs the same queries for 2 and for 12 groups, with correct pages and totals', async () => {
    let queries = 0;
    const logger = api.app.get(DataSource).logger;
    const logQuery = logger.logQuery.bind(logger);
    logger.logQuery = (...args) => {
      queries += 1;
      return logQuery(...args);
    };
    const LIST = `{ workingGroups { code documents(first: 2) { totalCount pageInfo { hasNextPage }
      edges { node { title author { displayName } } } } } }`;
    const measure = async () => {
      const before = queries;
      const res = await api.gql<{
        workingGroups: { code: string; documents: { totalCount: number; edges: unknown[] } }[];
      }>(LIST, {}, fx.as.MEMBER_A);
      expect(res.errors).toBeUndefined();
      return { n: queries - before, groups: res.data!.workingGroups };
    };
    for (let i = 0; i < 3; i++) {
      await postDocument(api, fx.as.MEMBER_A, { title: `A${i}`, workingGroupIds: [KB.groupA] });
      await postDocument(api, fx.as.MEMBER_B, {
        title: `B${i}`,
        visibility: 'WORKING_GROUP',
        workingGroupIds: [KB.groupB],
      });
    }
    await measure(); // warm the session cache
    const two = await measure();
    expect(two.groups.map((g) => [g.code, g.documents.totalCount, g.documents.edges.length])).toEqual([
      ['A', 3, 2],
      ['B', 0, 0], // WORKING_GROUP of B: Member A holds no seat there
    ]);
    await fx.db.query(
      `INSERT INTO working_groups (code, name) SELECT 'G' || i, 'Group ' || i FROM generate_series(1, 10) i`,
    );
    const twelve = await measure();
    expect(twelve.groups).toHaveLength(12);
    expect(twelve.n).toBe(two.n);

    // Later pages (an `after` cursor) are batched the same way: one query for all the groups.
    type Page = {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: { node: { title: string } }[];
    };
    const PAGE = `query($after: String) { workingGroups { code
      documents(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { title } } } } }`;
    const pageOf = async (after: string | null) => {
      const before = queries;
      const res = await api.gql<{ workingGroups: { code: string; documents: Page }[] }>(
        PAGE,
        { after },
        fx.as.CHAIR_A,
      );
      expect(res.errors).toBeUndefined();
      return { n: queries - before, a: res.data!.workingGroups.find((g) => g.code === 'A')!.documents };
    };
    await pageOf(null); // warm the session cache
    const first = await pageOf(null);
    expect(first.a.edges.map((e) => e.node.title)).toEqual(['A2', 'A1']);
    const second = await pageOf(first.a.pageInfo.endCursor);
    expect(second.a).toEqual({
      totalCount: 3,
      pageInfo: { hasNextPage: false, endCursor: expect.any(String) },
      edges: [{ node: { title: 'A0' } }],
    });
    expect(second.n).toBe(first.n);
    // Past the last document: an empty page that still knows the group's total.
    const past = await pageOf(second.a.pageInfo.endCursor);
    expect(past.a).toEqual({ totalCount: 3, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] });

    // Without totalCount the groups' count is skipped (a dashboard's newest five): the same
    // pages, one statement fewer.
    const NO_TOTAL = `{ workingGroups { code documents(first: 2) { pageInfo { hasNextPage }
      edges { node { title } } } } }`;
    const before = queries;
    const res = await api.gql<{
      workingGroups: { code: string; documents: { pageInfo: { hasNextPage: boolean }; edges: unknown[] } }[];
    }>(NO_TOTAL, {}, fx.as.CHAIR_A);
    expect(res.errors).toBeUndefined();
    expect(queries - before).toBe(first.n - 1);
    expect(res.data!.workingGroups.find((g) => g.code === 'A')!.documents).toEqual({
      pageInfo: { hasNextPage: true },
      edges: [{ node: { title: 'A2' } }, { node: { title: 'A1' } }],
    });
    logger.logQuery = logQuery;
  });

  it("keeps each group's order equal to its documents' updates, through edits and regrouping", async () => {
    const PAGE = `{ workingGroups { code documents(first: 2) { edges { node { title } } } } }`;
    const newest = async (code: string) => {
      const res = await api.gql<{
        workingGroups: { code: string; documents: { edges: { node: { title: string } }[] } }[];
      }>(PAGE, {}, fx.as.CHAIR_A);
      expect(res.errors).toBeUndefined();
      return res.data!.workingGroups.find((g) => g.code === code)!.documents.edges.map((e) => e.node.title);
    };
    // The order a group's pages read (document_working_groups.document_updated_at) never drifts
    // from the documents' own updated_at.
    const drifted = async () =>
      (
        await fx.db.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM document_working_groups dg JOIN documents d ON d.id = dg.document_id
            WHERE dg.document_updated_at IS DISTINCT FROM d.updated_at`,
        )
      ).rows[0].n;
    const first = await postDocument(api, fx.as.CHAIR_A, { title: 'Order 1', workingGroupIds: [KB.groupA] });
    await postDocument(api, fx.as.CHAIR_A, { title: 'Order 2', workingGroupIds: [KB.groupA] });
    expect(await newest('A')).toEqual(['Order 2', 'Order 1']);
    expect(await drifted()).toBe(0);

    // An edit moves the document to the front of every group it is in, including one it joins.
    const res = await api.gql(
      UPDATE,
      {
        id: first,
        input: { kind: 'NOTE', title: 'Order 1 edited', workingGroupIds: [KB.groupA, KB.groupB] },
        v: 1,
      },
      fx.as.CHAIR_A,
    );
    expect(res.errors).toBeUndefined();
    expect(await newest('A')).toEqual(['Order 1 edited', 'Order 2']);
    expect((await newest('B'))[0]).toBe('Order 1 edited');
    expect(await drifted()).toBe(0);

    // A change made straight in the database (a migration, an operator) is followed too.
    await fx.db.query(`UPDATE documents SET updated_at = updated_at - interval '1 day' WHERE id = $1`, [
      first,
    ]);
    expect(await newest('A')).toEqual(['Order 2', expect.any(String)]);
    expect(await drifted()).toBe(0);
  });
});
