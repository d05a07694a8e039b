import {
  createTestEnvironment,
  recordSql,
  startTestApi,
  type TestApi,
  type TestEnvironment,
} from '@cop/testing';
import { CALLERS, type Caller, type Fixture, GROUP, seedFixture } from '../meetings/fixture';

/** NewsItem.viewerCanManage: updateNews/deleteNews's rule, per viewer, at a constant SQL count. */
describe('NewsItem.viewerCanManage', () => {
  let env: TestEnvironment;
  let api: TestApi;
  let fx: Fixture;
  const items = {} as Record<'ofA' | 'ofB' | 'community', string>;

  const publish = async (input: Record<string, unknown>, as: Caller) => {
    const res = await api.gql<{ publishNews: { id: string } }>(
      `mutation($i: NewsInput!) { publishNews(input: $i) { id } }`,
      { i: { body: 'Body', ...input } },
      fx.headers[as],
    );
    expect(res.errors).toBeUndefined();
    return res.data!.publishNews.id;
  };

  beforeAll(async () => {
    env = await createTestEnvironment();
    api = await startTestApi(env.config);
    fx = await seedFixture(env, api);
    items.ofA = await publish({ title: 'News of A', workingGroupId: GROUP.A }, 'CHAIR');
    items.ofB = await publish({ title: 'News of B', workingGroupId: GROUP.B }, 'OTHER_CHAIR');
    items.community = await publish({ title: 'News for all' }, 'OFFICE');
  });
  afterAll(async () => {
    await fx.db.end();
    await api.close();
    await env.cleanup();
  });

  const flags = async (as: Caller) => {
    const res = await api.gql<{ news: { edges: { node: { id: string; viewerCanManage: boolean } }[] } }>(
      `{ news(first: 50) { edges { node { id viewerCanManage } } } }`,
      {},
      fx.headers[as],
    );
    expect(res.errors).toBeUndefined();
    const byId = new Map(res.data!.news.edges.map((e) => [e.node.id, e.node.viewerCanManage]));
    return { ofA: byId.get(items.ofA), ofB: byId.get(items.ofB), community: byId.get(items.community) };
  };

  it('is true for OFFICE and a chair of the item’s group, false for everyone else', async () => {
    const actual = Object.fromEntries(await Promise.all(CALLERS.map(async (c) => [c, await flags(c)])));
    const none = { ofA: false, ofB: false, community: false };
    expect(actual).toEqual({
      anonymous: none,
      GUEST: none,
      MEMBER: none,
      OUTSIDER: none,
      CHAIR: { ofA: true, ofB: false, community: false },
      OTHER_CHAIR: { ofA: false, ofB: true, community: false },
      OFFICE: { ofA: true, ofB: true, community: true },
    });
  });

  it('agrees with updateNews for every caller', async () => {
    for (const as of CALLERS) {
      const said = await flags(as);
      for (const key of ['ofA', 'ofB', 'community'] as const) {
        const res = await api.gql(
          `mutation($id: ID!, $i: NewsInput!) { updateNews(id: $id, input: $i) { id } }`,
          {
            id: items[key],
            i: {
              title: `Edited by ${as}`,
              body: 'Body',
              workingGroupId: key === 'ofA' ? GROUP.A : key === 'ofB' ? GROUP.B : null,
            },
          },
          fx.headers[as],
        );
        expect({ as, key, allowed: res.errors === undefined }).toEqual({ as, key, allowed: said[key] });
      }
    }
  });

  it('costs the same SQL for 3 news items and for 15', async () => {
    for (let i = 0; i < 12; i++)
      await publish({ title: `More ${i}`, workingGroupId: i % 2 ? GROUP.A : GROUP.B }, 'OFFICE');
    const sql = recordSql(api);
    const measure = async (n: number) => {
      const { result, queries } = await sql.measure(() =>
        api.gql(
          `query($n: Int) { news(first: $n) { edges { node { viewerCanManage } } } }`,
          { n },
          fx.headers.CHAIR,
        ),
      );
      expect(result.errors).toBeUndefined();
      return queries;
    };
    await measure(3);
    expect(await measure(15)).toBe(await measure(3));
  });
});
