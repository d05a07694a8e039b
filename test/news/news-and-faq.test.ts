import { Client } from 'pg';
import {
  createTestEnvironment,
  insertPerson,
  sessionCookie,
  startTestApi,
  TestApi,
  TestEnvironment,
} from '@cop/testing';

describe('news and FAQ', () => {
  let env: TestEnvironment;
  let api: TestApi;
  let db: Client;
  let office: Record<string, string>;

  beforeAll(async () => {
    env = await createTestEnvironment();
    api = await startTestApi(env.config);
    db = new Client({ connectionString: env.db.url });
    await db.connect();
    office = await sessionCookie(
      api,
      await insertPerson(env.db.url, { displayName: 'Office', email: 'o@example.org', role: 'OFFICE' }),
    );
  });
  afterAll(async () => {
    await db.end();
    await api.close();
    await env.cleanup();
  });

  const publish = (title: string, pinned = false, body = 'Body') =>
    api.gql<{ publishNews: { id: string; bodyHtml: string } }>(
      'mutation($t: String!, $b: String!, $p: Boolean) { publishNews(input: { title: $t, body: $b, pinned: $p }) { id bodyHtml } }',
      { t: title, b: body, p: pinned },
      office,
    );

  it('lists pinned news first, then newest, page by page', async () => {
    for (const [i, title] of ['one', 'two', 'three', 'four'].entries()) {
      await publish(title, title === 'one');
      await db.query(
        `UPDATE news_items SET published_at = now() - make_interval(days => 10 - $1::int) WHERE title = $2`,
        [i, title],
      );
    }
    const q =
      'query($a: String) { news(first: 3, after: $a) { totalCount pageInfo { hasNextPage endCursor } edges { node { title author { displayName email } } } } }';
    type Page = {
      news: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: { node: { title: string; author: { displayName: string; email: string | null } } }[];
      };
    };
    const first = (await api.gql<Page>(q)).data!.news;
    expect(first.totalCount).toBe(4);
    expect(first.edges.map((e) => e.node.title)).toEqual(['one', 'four', 'three']);
    expect(first.edges[0].node.author).toEqual({ displayName: 'Office', email: null });
    const second = (await api.gql<Page>(q, { a: first.pageInfo.endCursor })).data!.news;
    expect(second.edges.map((e) => e.node.title)).toEqual(['two']);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });

  it('renders markdown to sanitised HTML', async () => {
    const res = await publish('markdown', false, '**bold** <script>alert(1)</script>');
    expect(res.data!.publishNews.bodyHtml).toContain('<strong>bold</strong>');
    expect(res.data!.publishNews.bodyHtml).not.toContain('<script');
  });

  it('replaces the FAQ whole, in order, and refuses blank entries without changing it', async () => {
    const set = (entries: object[]) =>
      api.gql<{ setFaq: { question: string; position: number }[] }>(
        'mutation($e: [FaqEntryInput!]!) { setFaq(entries: $e) { question position } }',
        { e: entries },
        office,
      );
    await set([
      { question: 'A?', answer: 'a' },
      { question: 'B?', answer: 'b' },
    ]);
    const res = await set([
      { question: 'C?', answer: 'c' },
      { question: 'A?', answer: 'a' },
    ]);
    expect(res.data!.setFaq).toEqual([
      { question: 'C?', position: 1 },
      { question: 'A?', position: 2 },
    ]);
    const bad = await set([{ question: ' ', answer: 'x' }]);
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { 'entries.0.question': expect.any(String) },
    });
    expect(
      (await api.gql<{ faq: { question: string }[] }>('{ faq { question } }')).data!.faq.map(
        (f) => f.question,
      ),
    ).toEqual(['C?', 'A?']);
  });

  it('checks every FAQ entry against its input rules, naming the entry, and keeps the FAQ', async () => {
    const before = await db.query('SELECT question, answer, position FROM faq_entries ORDER BY position');
    const res = await api.gql(
      'mutation($e: [FaqEntryInput!]!) { setFaq(entries: $e) { position } }',
      {
        e: [
          { question: 'Fine?', answer: 'Yes.' },
          { question: 'Also fine?', answer: 'Yes.' },
          // 501 characters before trimming: the input rule counts what was sent.
          { question: `Q${' '.repeat(500)}`, answer: 'x' },
          { question: 'Fine?', answer: 'a'.repeat(10_001) },
        ],
      },
      office,
    );
    expect(res.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: {
        'entries.2.question': 'must be 1 to 500 characters',
        'entries.3.answer': 'must be 1 to 10000 characters',
      },
    });
    const after = await db.query('SELECT question, answer, position FROM faq_entries ORDER BY position');
    expect(after.rows).toEqual(before.rows);
  });

  it('refuses an empty title and an unknown working group', async () => {
    expect((await publish('')).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const res = await api.gql(
      'mutation { publishNews(input: { title: "x", body: "y", workingGroupId: "00000000-0000-4000-8000-000000000000" }) { id } }',
      {},
      office,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('reads one news item by id, null for an unknown or malformed id', async () => {
    const id = (await publish('single', false, 'A [link](https://example.org) <script>alert(1)</script>'))
      .data!.publishNews.id;
    const q = 'query($id: ID!) { newsItem(id: $id) { id title bodyHtml } }';
    const found = await api.gql<{ newsItem: { id: string; title: string; bodyHtml: string } }>(q, { id });
    expect(found.data!.newsItem).toMatchObject({ id, title: 'single' });
    expect(found.data!.newsItem.bodyHtml).toContain('href="https://example.org"');
    expect(found.data!.newsItem.bodyHtml).not.toContain('<script');
    for (const other of ['00000000-0000-4000-8000-000000000000', 'not-an-id']) {
      const res = await api.gql<{ newsItem: null }>(q, { id: other });
      expect(res.errors).toBeUndefined();
      expect(res.data!.newsItem).toBeNull();
    }
  });

  it('renders FAQ answers to sanitised HTML beside their markdown', async () => {
    const res = await api.gql<{ setFaq: { answer: string; answerHtml: string }[] }>(
      'mutation($e: [FaqEntryInput!]!) { setFaq(entries: $e) { answer answerHtml } }',
      { e: [{ question: 'Where?', answer: 'See **the wiki** <img src=x onerror=alert(1)>' }] },
      office,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.setFaq[0].answerHtml).toContain('<strong>the wiki</strong>');
    expect(res.data!.setFaq[0].answerHtml).not.toContain('<img');
  });
});
