import { Injectable } from '@nestjs/common';
import { TransactionContext, empty, escapeLike, join, sql, type Sql } from '@cop/platform';
import { seatGroupIdsSql } from '@cop/community';
import {
  AttachmentEntity,
  DocumentEntity,
  DocumentVersionEntity,
  type DocumentKindValue,
  type VisibilityValue,
} from './document.entity';
import {
  documentVisibleSql,
  documentsAmongSql,
  type DocumentScope,
  type VisibilityShape,
} from './document-visibility';
import { MARK_START, MARK_STOP } from './headline';
import type { ParsedSearch } from './search-query';

/** The sort key of document lists: newest updated first. */
export interface DocumentCursor {
  updatedAt: string;
  id: string;
}

export interface DocumentQueryFilter {
  workingGroupIds?: string[];
  topicIds?: string[];
  kinds?: DocumentKindValue[];
  visibilities?: VisibilityValue[];
  tags?: string[];
  authorId?: string;
  updatedSince?: Date;
}

export type DocumentFields = Pick<
  DocumentEntity,
  'title' | 'summary' | 'body' | 'kind' | 'visibility' | 'externalUrl' | 'tags'
>;

export interface SearchRow {
  document: DocumentEntity;
  rank: number;
  headline: string;
}

const COLUMNS = sql`d.id, d.title, d.summary, d.body, d.kind, d.visibility, d.external_url, d.tags,
  d.author_id, d.version, d.created_at, d.updated_at, d.deleted_at`;

interface DocumentRow {
  id: string;
  title: string;
  summary: string | null;
  body: string | null;
  kind: DocumentKindValue;
  visibility: VisibilityValue;
  external_url: string | null;
  tags: string[];
  author_id: string;
  version: number;
  created_at: Date;
  updated_at: Date;
  deleted_at: Date | null;
}

function toEntity(r: DocumentRow): DocumentEntity {
  return Object.assign(new DocumentEntity(), {
    id: r.id,
    title: r.title,
    summary: r.summary,
    body: r.body,
    kind: r.kind,
    visibility: r.visibility,
    externalUrl: r.external_url,
    tags: r.tags ?? [],
    authorId: r.author_id,
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    deletedAt: r.deleted_at,
  });
}

/** The visibility condition and the filter, as one WHERE clause on alias d. */
/**
 * The visibility rule and the filters. The rule's shape (VisibilityShape) follows where the rows
 * come from: `row` when a group, topic or author filter gives a small set, else `set`.
 */
function whereClause(scope: DocumentScope, filter: DocumentQueryFilter = {}, shape?: VisibilityShape): Sql {
  const fromSmallSet = !!(filter.workingGroupIds?.length || filter.topicIds?.length || filter.authorId);
  const conditions = [documentVisibleSql(scope, 'd', shape ?? (fromSmallSet ? 'row' : 'set'))];
  if (filter.workingGroupIds?.length)
    conditions.push(sql`EXISTS (SELECT 1 FROM document_working_groups fg WHERE fg.document_id = d.id
      AND fg.working_group_id = ANY(${filter.workingGroupIds}::uuid[]))`);
  if (filter.topicIds?.length)
    conditions.push(sql`EXISTS (SELECT 1 FROM document_topics ft WHERE ft.document_id = d.id
      AND ft.topic_id = ANY(${filter.topicIds}::uuid[]))`);
  if (filter.kinds?.length) conditions.push(sql`d.kind = ANY(${filter.kinds}::text[])`);
  if (filter.visibilities?.length) conditions.push(sql`d.visibility = ANY(${filter.visibilities}::text[])`);
  if (filter.tags?.length) conditions.push(sql`d.tags @> ${filter.tags}::text[]`);
  if (filter.authorId) conditions.push(sql`d.author_id = ${filter.authorId}::uuid`);
  if (filter.updatedSince) conditions.push(sql`d.updated_at >= ${filter.updatedSince}`);
  return join(conditions, ' AND ');
}

/** The tsquery of a search: websearch syntax, accents folded, the last word as a prefix. */
/**
 * `matches` holds any `countCap` + 1 visible matches (the count and the recency candidates), not
 * particular ones. With the last word as a prefix, the index yields every word it begins and each
 * row is checked again on its full vector: at 1,000,000 documents "buvesert quark" took 188 ms
 * as a prefix and 30 ms whole (bench/README.md, "Search at 1,000,000 documents"). Its matches as a
 * whole word are matches of the prefix too, so when they alone pass the cap they are the ones taken.
 */
function wholeWordMatchesSql(where: Sql, countCap: number): Sql {
  return sql`whole_matches AS MATERIALIZED (
         SELECT d.id, d.updated_at FROM documents d, q WHERE d.search @@ q.whole AND ${where}
         LIMIT ${countCap + 1}),`;
}

function tsquerySql(search: ParsedSearch, lastWord: 'prefix' | 'whole' = 'prefix'): Sql {
  const web = sql`websearch_to_tsquery('english', cop_unaccent(${search.websearch}))`;
  if (!search.prefix) return web;
  const word = sql`regexp_replace(cop_unaccent(${search.prefix}), '[^[:alnum:]]', '', 'g')`;
  const term = lastWord === 'prefix' ? sql`${word} || ':*'` : word;
  return sql`(${web} && (CASE WHEN ${word} = '' THEN ''::tsquery ELSE to_tsquery('english', ${term}) END))`;
}

@Injectable()
export class DocumentsRepository {
  constructor(private readonly tx: TransactionContext) {}

  private get versions() {
    return this.tx.manager().getRepository(DocumentVersionEntity);
  }

  private get attachments() {
    return this.tx.manager().getRepository(AttachmentEntity);
  }

  /** The document when the scope may see it. */
  async findVisible(id: string, scope: DocumentScope): Promise<DocumentEntity | null> {
    const rows = await this.tx.query<DocumentRow>(
      sql`SELECT ${COLUMNS} FROM documents d WHERE d.id = ${id} AND ${whereClause(scope, {}, 'row')}`,
    );
    return rows[0] ? toEntity(rows[0]) : null;
  }

  /** The documents among these ids that the scope may see, in one statement (any order). */
  async findVisibleAmong(ids: readonly string[], scope: DocumentScope): Promise<DocumentEntity[]> {
    if (ids.length === 0) return [];
    const rows = await this.tx.query<DocumentRow>(
      sql`SELECT ${COLUMNS} FROM documents d WHERE ${documentsAmongSql(scope, ids, 'd')}`,
    );
    return rows.map(toEntity);
  }

  /**
   * Person.authoredDocuments (issue 26): the documents each of these people wrote that the scope
   * may see, newest updated first, at most `first` an author: one statement for a list of people.
   */
  async authoredBy(
    authorIds: readonly string[],
    scope: DocumentScope,
    first: number,
  ): Promise<DocumentEntity[]> {
    if (authorIds.length === 0) return [];
    const rows = await this.tx.query<DocumentRow>(sql`SELECT ${COLUMNS} FROM (
        SELECT d.*, row_number() OVER (PARTITION BY d.author_id ORDER BY d.updated_at DESC, d.id DESC) AS n
          FROM documents d WHERE d.author_id = ANY(${authorIds}::uuid[]) AND ${whereClause(scope, {}, 'row')}) d
       WHERE d.n <= ${first} ORDER BY d.author_id, d.n`);
    return rows.map(toEntity);
  }

  /** Locks the (not deleted) row for the rest of the mutation's transaction. */
  async lockById(id: string): Promise<DocumentEntity | null> {
    const rows = await this.tx.query<DocumentRow>(
      sql`SELECT ${COLUMNS} FROM documents d WHERE d.id = ${id} AND d.deleted_at IS NULL FOR UPDATE`,
    );
    return rows[0] ? toEntity(rows[0]) : null;
  }

  findByTitle(title: string): Promise<DocumentEntity | null> {
    return this.tx
      .query<DocumentRow>(sql`SELECT ${COLUMNS} FROM documents d WHERE d.title = ${title} LIMIT 1`)
      .then((rows) => (rows[0] ? toEntity(rows[0]) : null));
  }

  /** A page of visible documents, newest updated first, and how many there are in all. */
  async page(
    scope: DocumentScope,
    filter: DocumentQueryFilter,
    after: DocumentCursor | null,
    limit: number,
  ): Promise<{ rows: DocumentEntity[]; total: number }> {
    const where = whereClause(scope, filter);
    const cursor = after
      ? sql` AND (d.updated_at, d.id) < (${after.updatedAt}::timestamptz, ${after.id}::uuid)`
      : empty;
    const [rows, count] = await Promise.all([
      this.tx.query<DocumentRow>(
        sql`SELECT ${COLUMNS} FROM documents d WHERE ${where}${cursor}
         ORDER BY d.updated_at DESC, d.id DESC LIMIT ${limit}`,
      ),
      this.tx.query<{ n: number }>(sql`SELECT count(*)::int AS n FROM documents d WHERE ${where}`),
    ]);
    return { rows: rows.map(toEntity), total: count[0].n };
  }

  /**
   * Pages of several groups' visible documents (WorkingGroup.documents in a list of groups): for
   * each request, a group and an optional cursor, `limit` rows after the cursor, newest updated
   * first, each page read by its own LIMIT (a lateral join) in the group's own order
   * (document_working_groups.document_updated_at, which the database keeps equal to the
   * document's updated_at), so the cost follows the page size, not the size of the group nor of
   * the others. The groups' totals (all their visible documents, as `page`
   * counts) take one grouped count, only when asked for.
   */
  async pagesOfGroups(
    scope: DocumentScope,
    requests: readonly { groupId: string; after: DocumentCursor | null }[],
    limit: number,
    withTotal = true,
  ): Promise<{ rows: DocumentEntity[]; total: number | null }[]> {
    const groupIds = requests.map((r) => r.groupId);
    const rows = await this.tx.query<DocumentRow & { request: string }>(
      sql`SELECT x.*, g.n AS request
         FROM unnest(${groupIds}::uuid[],
                     ${requests.map((r) => r.after?.updatedAt ?? null)}::timestamptz[],
                     ${requests.map((r) => r.after?.id ?? null)}::uuid[])
                WITH ORDINALITY AS g(id, after_at, after_id, n)
        CROSS JOIN LATERAL (
          SELECT ${COLUMNS} FROM document_working_groups dg JOIN documents d ON d.id = dg.document_id
           WHERE dg.working_group_id = g.id AND ${whereClause(scope, {}, 'row')}
             AND (g.after_at IS NULL OR (dg.document_updated_at, dg.document_id) < (g.after_at, g.after_id))
           ORDER BY dg.document_updated_at DESC, dg.document_id DESC
           LIMIT ${limit}) x
        ORDER BY g.n, x.updated_at DESC, x.id DESC`,
    );
    const pages = requests.map(() => ({ rows: [] as DocumentEntity[], total: null as number | null }));
    for (const r of rows) pages[Number(r.request) - 1].rows.push(toEntity(r));
    if (!withTotal) return pages;
    const counts = await this.tx.query<{ request: string; n: number }>(
      sql`SELECT g.n AS request, count(*)::int AS n
         FROM unnest(${groupIds}::uuid[]) WITH ORDINALITY AS g(id, n)
         JOIN document_working_groups dg ON dg.working_group_id = g.id
         JOIN documents d ON d.id = dg.document_id
        WHERE ${whereClause(scope, {}, 'row')}
        GROUP BY g.n`,
    );
    for (const page of pages) page.total = 0;
    for (const r of counts) pages[Number(r.request) - 1].total = r.n;
    return pages;
  }

  /**
   * Ranked hits (best first, recency breaking ties) with their headline, and the number of
   * visible matches counted up to `countCap` + 1, in one statement. The work is bounded however
   * common the words: only candidates are ranked on the full, TOASTed vector (ts_rank_cd), namely
   * the `candidates` best documents whose title, summary and tags alone match (found through
   * their own index, ranked on the small in-row vector) and the `candidates` most recent of the
   * first `countCap` + 1 visible matches. A search with no more than `candidates` matches ranks
   * every one of them, as before; one with more ranks its best title/summary/tags matches.
   */
  async search(
    scope: DocumentScope,
    filter: DocumentQueryFilter,
    search: ParsedSearch,
    limit: number,
    bounds: { countCap: number; candidates: number },
  ): Promise<{ rows: SearchRow[]; total: number }> {
    // The whole table's matches: the set shape (measured equal to EXISTS unfiltered, faster for common words).
    const where = whereClause(scope, filter, 'set');
    const tsquery = tsquerySql(search);
    const candidates = Math.max(bounds.candidates, limit);
    const options = `StartSel=${MARK_START}, StopSel=${MARK_STOP}, MaxWords=35, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;
    // Outside `matches` the tsquery is written out where it is used: the planner folds it to a
    // constant and estimates from the column statistics.
    const rows = await this.tx.query<
      Partial<DocumentRow> & { total: number; rank: number; headline: string }
    >(
      sql`WITH q AS MATERIALIZED (SELECT ${tsquery} AS query${search.prefix ? sql`, ${tsquerySql(search, 'whole')} AS whole` : empty}),
       -- Joined to q, documents is planned for reading every match (a bitmap scan of the GIN
       -- index) and stops after the LIMIT; alone, the planner would read it in order under the
       -- LIMIT, unpacking each row's full vector to test it.
       ${search.prefix ? wholeWordMatchesSql(where, bounds.countCap) : empty}
       matches AS MATERIALIZED (
         ${
           search.prefix
             ? sql`SELECT id, updated_at FROM whole_matches WHERE (SELECT count(*) FROM whole_matches) > ${bounds.countCap}
         UNION ALL `
             : empty
         }(
         SELECT d.id, d.updated_at FROM documents d, q WHERE d.search @@ q.query AND ${where}
           ${search.prefix ? sql`AND (SELECT count(*) FROM whole_matches) <= ${bounds.countCap}` : empty}
         LIMIT ${bounds.countCap + 1})),
       head_matches AS MATERIALIZED (
         SELECT d.id FROM documents d WHERE d.search_head @@ ${tsquery} AND ${where}
         ORDER BY ts_rank_cd(d.search_head, ${tsquery}) DESC, d.updated_at DESC, d.id DESC LIMIT ${candidates}),
       candidates AS MATERIALIZED (
         (SELECT id FROM matches ORDER BY updated_at DESC, id DESC LIMIT ${candidates})
         UNION SELECT id FROM head_matches),
       hits AS (
         -- Candidates are read by primary key ("IS TRUE" keeps the planner off the GIN index);
         -- head_matches of a query with a negation may fail on the body: checked here.
         SELECT ${COLUMNS}, ts_rank_cd(d.search, ${tsquery}) AS rank
         FROM candidates c JOIN documents d ON d.id = c.id WHERE (d.search @@ ${tsquery}) IS TRUE
         ORDER BY rank DESC, d.updated_at DESC, d.id DESC LIMIT ${limit})
       SELECT t.total, hits.*, ts_headline('english',
           translate(left(coalesce(nullif(concat_ws(' ', hits.summary, hits.body), ''), hits.title), 50000),
             ${MARK_START + MARK_STOP}, ''),
           ${tsquery}, ${options}) AS headline
       FROM (SELECT count(*)::int AS total FROM matches) t LEFT JOIN hits ON true
       ORDER BY hits.rank DESC, hits.updated_at DESC, hits.id DESC`,
    );
    return {
      rows: rows
        .filter((r) => r.id)
        .map((r) => ({ document: toEntity(r as DocumentRow), rank: Number(r.rank), headline: r.headline })),
      total: rows[0]?.total ?? 0,
    };
  }

  async insert(fields: DocumentFields & { authorId: string; at: Date }): Promise<DocumentEntity> {
    const rows = await this.tx
      .query<DocumentRow>(sql`INSERT INTO documents AS d (title, summary, body, kind, visibility, external_url, tags, author_id, created_at, updated_at)
       VALUES (${fields.title}, ${fields.summary}, ${fields.body}, ${fields.kind}, ${fields.visibility}, ${fields.externalUrl}, ${fields.tags}, ${fields.authorId}, ${fields.at}, ${fields.at}) RETURNING ${COLUMNS}`);
    return toEntity(rows[0]);
  }

  /** Writes the fields and adds one to the version. */
  async update(id: string, fields: DocumentFields, at: Date): Promise<DocumentEntity> {
    const rows = await this.tx
      .query<DocumentRow>(sql`UPDATE documents d SET title = ${fields.title}, summary = ${fields.summary}, body = ${fields.body}, kind = ${fields.kind}, visibility = ${fields.visibility},
         external_url = ${fields.externalUrl}, tags = ${fields.tags}, updated_at = ${at}, version = version + 1
       WHERE id = ${id} RETURNING ${COLUMNS}`);
    return toEntity(rows[0]);
  }

  async softDelete(id: string, at: Date): Promise<void> {
    await this.tx.query(sql`UPDATE documents SET deleted_at = ${at} WHERE id = ${id} AND deleted_at IS NULL`);
  }

  /**
   * A page of deleted documents (the office's view), most recently deleted first, and how many
   * there are; read from the partial index documents_deleted.
   */
  async pageDeleted(
    after: { deletedAt: string; id: string } | null,
    limit: number,
  ): Promise<{ rows: DocumentEntity[]; total: number }> {
    const cursor = after
      ? sql` AND (d.deleted_at, d.id) < (${after.deletedAt}::timestamptz, ${after.id}::uuid)`
      : empty;
    const [rows, count] = await Promise.all([
      this.tx.query<DocumentRow>(
        sql`SELECT ${COLUMNS} FROM documents d WHERE d.deleted_at IS NOT NULL${cursor}
         ORDER BY d.deleted_at DESC, d.id DESC LIMIT ${limit}`,
      ),
      this.tx.query<{ n: number }>(
        sql`SELECT count(*)::int AS n FROM documents d WHERE d.deleted_at IS NOT NULL`,
      ),
    ]);
    return { rows: rows.map(toEntity), total: count[0].n };
  }

  /** Locks a deleted document's row for the rest of the transaction; null when none has that id. */
  async lockDeleted(id: string): Promise<DocumentEntity | null> {
    const rows = await this.tx.query<DocumentRow>(
      sql`SELECT ${COLUMNS} FROM documents d WHERE d.id = ${id} AND d.deleted_at IS NOT NULL FOR UPDATE`,
    );
    return rows[0] ? toEntity(rows[0]) : null;
  }

  /** Undoes softDelete: the row, its versions, groups, topics and attachments were never touched. */
  async restoreDeleted(id: string): Promise<DocumentEntity> {
    const rows = await this.tx.query<DocumentRow>(
      sql`UPDATE documents d SET deleted_at = NULL WHERE id = ${id} AND deleted_at IS NOT NULL RETURNING ${COLUMNS}`,
    );
    return toEntity(rows[0]);
  }

  /**
   * The tags of the documents the scope may see, most used first (then alphabetically), those
   * starting with `prefix` (already lower-case, as tags are stored) when given. The visible
   * documents come from the visibility condition's indexes; only their tag arrays are unnested.
   */
  async tagCounts(
    scope: DocumentScope,
    prefix: string | null,
    limit: number,
  ): Promise<{ tag: string; count: number }[]> {
    const like = prefix ? sql` AND t.tag LIKE ${`${escapeLike(prefix)}%`}` : empty;
    return this.tx.query(
      sql`SELECT t.tag, count(*)::int AS count
         FROM documents d CROSS JOIN LATERAL unnest(d.tags) AS t(tag)
        WHERE ${whereClause(scope)}${like}
        GROUP BY t.tag ORDER BY count(*) DESC, t.tag ASC LIMIT ${limit}`,
    );
  }

  /** The working groups this person chairs (ACTIVE seat), for who-may-edit checks. */
  async chairedGroupIds(personId: string): Promise<string[]> {
    const rows = await this.tx.query<{ id: string }>(seatGroupIdsSql(personId, { chair: true }));
    return rows.map((r) => r.id);
  }

  async setGroups(documentId: string, groupIds: string[]): Promise<void> {
    await this.tx.query(sql`DELETE FROM document_working_groups WHERE document_id = ${documentId}`);
    if (groupIds.length)
      await this.tx.query(
        sql`INSERT INTO document_working_groups (document_id, working_group_id) SELECT ${documentId}, unnest(${groupIds}::uuid[])`,
      );
  }

  async setTopics(documentId: string, topicIds: string[]): Promise<void> {
    await this.tx.query(sql`DELETE FROM document_topics WHERE document_id = ${documentId}`);
    if (topicIds.length)
      await this.tx.query(
        sql`INSERT INTO document_topics (document_id, topic_id) SELECT ${documentId}, unnest(${topicIds}::uuid[])`,
      );
  }

  async groupLinks(documentIds: readonly string[]): Promise<{ documentId: string; groupId: string }[]> {
    return this.tx
      .query(sql`SELECT document_id AS "documentId", working_group_id AS "groupId" FROM document_working_groups
       WHERE document_id = ANY(${documentIds}::uuid[])`);
  }

  async topicLinks(documentIds: readonly string[]): Promise<{ documentId: string; topicId: string }[]> {
    return this.tx.query(sql`SELECT document_id AS "documentId", topic_id AS "topicId" FROM document_topics
       WHERE document_id = ANY(${documentIds}::uuid[])`);
  }

  versionsOf(documentIds: readonly string[]): Promise<DocumentVersionEntity[]> {
    return this.versions
      .createQueryBuilder('v')
      .where('v.document_id = ANY(:ids)', { ids: documentIds })
      .orderBy('v.version', 'DESC')
      .getMany();
  }

  async insertVersion(fields: Omit<DocumentVersionEntity, 'id'>): Promise<void> {
    await this.versions.insert(fields);
  }

  attachmentsOf(documentIds: readonly string[]): Promise<AttachmentEntity[]> {
    return this.attachments
      .createQueryBuilder('a')
      .where('a.document_id = ANY(:ids)', { ids: documentIds })
      .orderBy('a.uploaded_at', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .getMany();
  }

  /** Removes an attachment's row; answers whether any other attachment still names its stored bytes. */
  async deleteAttachment(id: string): Promise<void> {
    await this.tx.query(sql`DELETE FROM attachments WHERE id = ${id}`);
  }

  /** Whether an attachment still names these stored bytes. */
  async storageKeyUsed(storageKey: string): Promise<boolean> {
    const rows = await this.tx.query<{ used: boolean }>(
      sql`SELECT EXISTS (SELECT 1 FROM attachments WHERE storage_key = ${storageKey}) AS used`,
    );
    return rows[0].used;
  }

  insertAttachment(fields: Omit<AttachmentEntity, 'id'>): Promise<AttachmentEntity> {
    return this.attachments.save(this.attachments.create(fields));
  }

  /** The attachment when the scope may see its document. */
  async findVisibleAttachment(id: string, scope: DocumentScope): Promise<AttachmentEntity | null> {
    const rows = await this.tx.query<{ id: string }>(
      sql`SELECT a.id FROM attachments a JOIN documents d ON d.id = a.document_id
       WHERE a.id = ${id} AND ${whereClause(scope, {}, 'row')}`,
    );
    return rows[0] ? this.attachments.findOneBy({ id: rows[0].id }) : null;
  }
}
