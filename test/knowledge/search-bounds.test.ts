import { SEARCH_COUNT_CAP, SEARCH_RANK_CANDIDATES } from '../../libs/knowledge/src/search-query';
import { KB, type KnowledgeFixture, postDocument, useKnowledgeApi } from './knowledge-fixtures';

const SEARCH = `query($q: String!) { searchDocuments(query: $q, first: 5) {
  totalCount hits { rank document { id title } } } }`;

type Result = { totalCount: number; hits: { rank: number; document: { id: string; title: string } }[] };

/**
 * The bounded search: totalCount exact up to SEARCH_COUNT_CAP and capped beyond, never counting
 * what the caller may not see; ranking still finds the best title match when far more documents
 * match than are ranked on the full vector.
 */
describe('searchDocuments with many matches', () => {
  const ctx = useKnowledgeApi();

  const search = async (q: string, caller: keyof KnowledgeFixture['as']) => {
    const res = await ctx.api.gql<{ searchDocuments: Result }>(SEARCH, { q }, ctx.fx.as[caller]);
    expect(res.errors).toBeUndefined();
    return res.data!.searchDocuments;
  };

  /** `n` documents in one statement, oldest first; `text(i)` gives the body of the i-th. */
  const insertMany = async (
    n: number,
    opts: { title: string; body: string; visibility: string; group?: string; updatedDaysAgo?: number },
  ) => {
    const rows = await ctx.fx.db.query<{ id: string }>(
      `INSERT INTO documents (title, body, kind, visibility, author_id, updated_at)
       SELECT $2 || ' ' || i, $3, 'NOTE', $4, $5, now() - make_interval(days => $6::int) - make_interval(secs => i)
       FROM generate_series(1, $1::int) i RETURNING id`,
      [n, opts.title, opts.body, opts.visibility, ctx.fx.ids.MEMBER_A, opts.updatedDaysAgo ?? 1],
    );
    if (opts.group)
      await ctx.fx.db.query(
        `INSERT INTO document_working_groups (document_id, working_group_id) SELECT unnest($1::uuid[]), $2`,
        [rows.rows.map((r) => r.id), opts.group],
      );
  };

  it('counts exactly below the cap, only what the caller may see, and answers the cap above it', async () => {
    const below = SEARCH_COUNT_CAP - 3;
    await insertMany(below, { title: 'Note', body: 'quokka sightings', visibility: 'PUBLIC' });
    await insertMany(40, { title: 'Note', body: 'quokka sightings', visibility: 'COMMUNITY' });
    await insertMany(40, {
      title: 'Note',
      body: 'quokka sightings',
      visibility: 'WORKING_GROUP',
      group: KB.groupB,
    });
    // Deleted documents are never counted.
    await ctx.fx.db.query(`UPDATE documents SET deleted_at = now() WHERE title = 'Note 1'`);

    expect((await search('quokka', 'anonymous')).totalCount).toBe(below - 1);
    expect((await search('quokka', 'GUEST')).totalCount).toBe(below - 1);
    // Member A: PUBLIC and COMMUNITY, not group B's; over the cap.
    expect((await search('quokka', 'MEMBER_A')).totalCount).toBe(SEARCH_COUNT_CAP);
    expect((await search('quokka', 'MEMBER_B')).totalCount).toBe(SEARCH_COUNT_CAP);
    expect((await search('quokka', 'OFFICE')).totalCount).toBe(SEARCH_COUNT_CAP);
    // The last word is a prefix: counted through the prefix when its whole word has no more than the cap.
    expect((await search('quok', 'anonymous')).totalCount).toBe(below - 1);
    expect((await search('quok', 'MEMBER_A')).totalCount).toBe(SEARCH_COUNT_CAP);
    expect((await search('sightings quok', 'anonymous')).totalCount).toBe(below - 1);
    // A word of group B's documents only: exactly 40 for its member, none for the others.
    await insertMany(40, {
      title: 'Hidden',
      body: 'numbat census',
      visibility: 'WORKING_GROUP',
      group: KB.groupB,
    });
    expect((await search('numbat', 'MEMBER_B')).totalCount).toBe(40);
    expect((await search('numb', 'MEMBER_B')).totalCount).toBe(40);
    expect(await search('numbat', 'MEMBER_A')).toEqual({ totalCount: 0, hits: [] });
    expect(await search('numbat', 'anonymous')).toEqual({ totalCount: 0, hits: [] });
  });

  it('ranks a title match first among more matches than are read or ranked', async () => {
    // Far more body-only matches than the count reads, written (and so stored) before the title match,
    // and more recent than it: neither position nor recency brings it into the first candidates.
    const many = SEARCH_COUNT_CAP + SEARCH_RANK_CANDIDATES + 100;
    await insertMany(many, {
      title: 'Log',
      body: 'wombat burrow depth',
      visibility: 'PUBLIC',
      updatedDaysAgo: 1,
    });
    const title = await postDocument(ctx.api, ctx.fx.as.MEMBER_A, {
      title: 'Wombat burrows',
      body: 'A survey.',
    });
    await ctx.fx.db.query(`UPDATE documents SET updated_at = now() - interval '400 days' WHERE id = $1`, [
      title,
    ]);
    const summary = await postDocument(ctx.api, ctx.fx.as.MEMBER_A, {
      title: 'Field notes',
      summary: 'On the wombat',
      body: 'Mostly about kangaroos.',
    });
    await ctx.fx.db.query(`UPDATE documents SET updated_at = now() - interval '300 days' WHERE id = $1`, [
      summary,
    ]);

    const result = await search('wombat', 'MEMBER_A');
    expect(result.totalCount).toBe(SEARCH_COUNT_CAP);
    expect(result.hits.map((h) => h.document.id).slice(0, 2)).toEqual([title, summary]);
    expect(result.hits[0].rank).toBeGreaterThan(result.hits[2].rank);
    expect(result.hits).toHaveLength(5);

    // A negation the summary match fails on its body: it is gone, the others still come.
    const negated = await search('wombat -kangaroo', 'MEMBER_A');
    expect(negated.hits.map((h) => h.document.id)).not.toContain(summary);
    expect(negated.hits[0].document.id).toBe(title);
    expect(negated.hits).toHaveLength(5);
  });

  it('ranks every match on the full vector when few match: a body-dense match above a sparse one', async () => {
    const dense = await postDocument(ctx.api, ctx.fx.as.MEMBER_A, {
      title: 'First',
      body: 'dingo pack. dingo pup. dingo den. dingo tracks.',
    });
    const sparse = await postDocument(ctx.api, ctx.fx.as.MEMBER_A, {
      title: 'Second',
      body: 'one dingo once.',
    });
    // The sparse one is newer: only the body rank puts the dense one first.
    await ctx.fx.db.query(`UPDATE documents SET updated_at = now() - interval '1 day' WHERE id = $1`, [
      dense,
    ]);
    const result = await search('dingo', 'MEMBER_A');
    expect(result.totalCount).toBe(2);
    expect(result.hits.map((h) => h.document.id)).toEqual([dense, sparse]);
  });
});
