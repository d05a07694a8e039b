import { ident, sql, type Sql } from '@cop/platform';

/**
 * The knowledge base's documents as SQL statements for other domains (issue 24), in the style of
 * community's seat-sql.ts: the reports' evidence runs these instead of reading documents and
 * document_versions itself. Who may see a document is the caller's choice of condition from
 * document-visibility.ts (`visible` builds it on the alias given: documentVisibleSql for a person,
 * documentVisibleToAudienceSql for an audience). `pattern`: a LIKE pattern, escaped by the caller.
 */

/** A statement: the documents of these ids, each with whether it is visible (rows id, title, version, visible). */
export function documentSourcesSql(ids: readonly string[], visible: (d: string) => Sql): Sql {
  return sql`SELECT d.id, d.title, d.version, (${visible('d')}) AS visible
      FROM documents d WHERE d.id = ANY(${ids}::uuid[])`;
}

/**
 * A statement: the versions named by (document, version) pairs (rows "documentId", version, title,
 * summary, body, "editedAt").
 */
export function documentVersionsSql(pairs: readonly { documentId: string; version: number }[]): Sql {
  return sql`SELECT v.document_id AS "documentId", v.version, v.title, v.summary, v.body, v.edited_at AS "editedAt"
      FROM document_versions v
      JOIN unnest(${pairs.map((p) => p.documentId)}::uuid[], ${pairs.map((p) => p.version)}::int[]) AS w(document_id, version)
        ON w.document_id = v.document_id AND w.version = v.version`;
}

/**
 * A statement: the visible documents whose title or summary matches, title matches and recently
 * changed first (rows id, title, version, visible: TRUE).
 */
export function documentCandidatesSql(pattern: string, visible: (d: string) => Sql, limit: number): Sql {
  return sql`SELECT d.id, d.title, d.version, TRUE AS visible FROM documents d
      WHERE ${visible('d')} AND (d.title ILIKE ${pattern} OR d.summary ILIKE ${pattern})
      ORDER BY (d.title ILIKE ${pattern}) DESC, d.updated_at DESC, d.id
      LIMIT ${limit}`;
}

/**
 * A derived table for the digests (`JOIN LATERAL (…) d ON TRUE`): the documents changed in
 * (`from`, `to`] that `visible` lets the outer statement's viewer see (rows id, title, created_at,
 * updated_at). `from`/`to`: bound values or outer columns; `alias` names the documents row inside.
 */
export function documentsChangedSql(from: Sql, to: Sql, visible: (d: string) => Sql, alias = 'dch'): Sql {
  const d = ident(alias);
  return sql`SELECT ${d}.id, ${d}.title, ${d}.created_at, ${d}.updated_at FROM documents ${d}
      WHERE ${d}.updated_at > ${from} AND ${d}.updated_at <= ${to} AND ${visible(alias)}`;
}
