import { ident, sql, type Sql } from '@cop/platform';

/**
 * News items as SQL for the statements of other domains (issue 24), in the style of community's
 * seat-sql.ts: the digests compose these instead of reading news_items themselves. Bounds are SQL
 * (bound values or outer columns); `alias` names the news_items row inside.
 */

/**
 * A derived table for the digests (`JOIN LATERAL (…) n ON TRUE`): the news published in
 * (`from`, `to`] (rows id, title, published_at). News are public: no visibility condition.
 */
export function newsPublishedSql(from: Sql, to: Sql, alias = 'npb'): Sql {
  const n = ident(alias);
  return sql`SELECT ${n}.id, ${n}.title, ${n}.published_at FROM news_items ${n}
      WHERE ${n}.published_at > ${from} AND ${n}.published_at <= ${to}`;
}
