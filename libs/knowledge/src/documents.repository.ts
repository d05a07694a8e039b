import { Injectable } from '@nestjs/common';
import { TransactionContext, escapeLike } from '@cop/platform';
import {
  AttachmentEntity,
  DocumentEntity,
  DocumentVersionEntity,
  type DocumentKindValue,
  type VisibilityValue,
} from './document.entity';
import { documentScopeParam, documentVisibleSql, type DocumentScope } from './document-visibility';
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

const COLUMNS = `d.id, d.title, d.summary, d.body, d.kind, d.visibility, d.external_url, d.tags,
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

/** Positional parameters for hand-written SQL. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** The visibility condition and the filter, as one WHERE clause on alias d. */
function whereClause(scope: DocumentScope, filter: DocumentQueryFilter, p: Params): string {
  const conditions = [documentVisibleSql(scope, 'd', p.add(documentScopeParam(scope)))];
  if (filter.workingGroupIds?.length)
    conditions.push(`EXISTS (SELECT 1 FROM document_working_groups fg WHERE fg.document_id = d.id
      AND fg.working_group_id = ANY(${p.add(filter.workingGroupIds)}::uuid[]))`);
  if (filter.topicIds?.length)
    conditions.push(`EXISTS (SELECT 1 FROM document_topics ft WHERE ft.document_id = d.id
      AND ft.topic_id = ANY(${p.add(filter.topicIds)}::uuid[]))`);
  if (filter.kinds?.length) conditions.push(`d.kind = ANY(${p.add(filter.kinds)}::text[])`);
  if (filter.visibilities?.length)
    conditions.push(`d.visibility = ANY(${p.add(filter.visibilities)}::text[])`);
  if (filter.tags?.length) conditions.push(`d.tags @> ${p.add(filter.tags)}::text[]`);
  if (filter.authorId) conditions.push(`d.author_id = ${p.add(filter.authorId)}::uuid`);
  if (filter.updatedSince) conditions.push(`d.updated_at >= ${p.add(filter.updatedSince)}`);
  return conditions.join(' AND ');
}

/** The tsquery of a search: websearch syntax, accents folded, the last word as a prefix. */
function tsquerySql(search: ParsedSearch, p: Params): string {
  const web = `websearch_to_tsquery('english', cop_unaccent(${p.add(search.websearch)}))`;
  if (!search.prefix) return web;
  const word = `regexp_replace(cop_unaccent(${p.add(search.prefix)}), '[^[:alnum:]]', '', 'g')`;
  return `(${web} && (CASE WHEN ${word} = '' THEN ''::tsquery ELSE to_tsquery('english', ${word} || ':*') END))`;
}

@Injectable()
export class DocumentsRepository {
  constructor(private readonly tx: TransactionContext) {}

  private query<T>(sql: string, params: unknown[]): Promise<T[]> {
    return this.tx.manager().query(sql, params);
  }

  private get versions() {
    return this.tx.manager().getRepository(DocumentVersionEntity);
  }

  private get attachments() {
    return this.tx.manager().getRepository(AttachmentEntity);
  }

  /** The document when the scope may see it. */
  async findVisible(id: string, scope: DocumentScope): Promise<DocumentEntity | null> {
    const p = new Params();
    const where = whereClause(scope, {}, p);
    const rows = await this.query<DocumentRow>(
      `SELECT ${COLUMNS} FROM documents d WHERE d.id = ${p.add(id)} AND ${where}`,
      p.values,
    );
    return rows[0] ? toEntity(rows[0]) : null;
  }

  /** The documents among these ids that the scope may see, in one statement (any order). */
  async findVisibleAmong(ids: readonly string[], scope: DocumentScope): Promise<DocumentEntity[]> {
    if (ids.length === 0) return [];
    const p = new Params();
    const where = whereClause(scope, {}, p);
    const rows = await this.query<DocumentRow>(
      `SELECT ${COLUMNS} FROM documents d WHERE d.id = ANY(${p.add(ids)}::uuid[]) AND ${where}`,
      p.values,
    );
    return rows.map(toEntity);
  }

  /** Locks the (not deleted) row for the rest of the mutation's transaction. */
  async lockById(id: string): Promise<DocumentEntity | null> {
    const rows = await this.query<DocumentRow>(
      `SELECT ${COLUMNS} FROM documents d WHERE d.id = $1 AND d.deleted_at IS NULL FOR UPDATE`,
      [id],
    );
    return rows[0] ? toEntity(rows[0]) : null;
  }

  findByTitle(title: string): Promise<DocumentEntity | null> {
    return this.query<DocumentRow>(`SELECT ${COLUMNS} FROM documents d WHERE d.title = $1 LIMIT 1`, [
      title,
    ]).then((rows) => (rows[0] ? toEntity(rows[0]) : null));
  }

  /** A page of visible documents, newest updated first, and how many there are in all. */
  async page(
    scope: DocumentScope,
    filter: DocumentQueryFilter,
    after: DocumentCursor | null,
    limit: number,
  ): Promise<{ rows: DocumentEntity[]; total: number }> {
    const p = new Params();
    const where = whereClause(scope, filter, p);
    const countParams = [...p.values];
    const cursor = after
      ? ` AND (d.updated_at, d.id) < (${p.add(after.updatedAt)}::timestamptz, ${p.add(after.id)}::uuid)`
      : '';
    const [rows, count] = await Promise.all([
      this.query<DocumentRow>(
        `SELECT ${COLUMNS} FROM documents d WHERE ${where}${cursor}
         ORDER BY d.updated_at DESC, d.id DESC LIMIT ${p.add(limit)}`,
        p.values,
      ),
      this.query<{ n: number }>(`SELECT count(*)::int AS n FROM documents d WHERE ${where}`, countParams),
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
    const p = new Params();
    const rows = await this.query<DocumentRow & { request: string }>(
      `SELECT x.*, g.n AS request
         FROM unnest(${p.add(groupIds)}::uuid[],
                     ${p.add(requests.map((r) => r.after?.updatedAt ?? null))}::timestamptz[],
                     ${p.add(requests.map((r) => r.after?.id ?? null))}::uuid[])
                WITH ORDINALITY AS g(id, after_at, after_id, n)
        CROSS JOIN LATERAL (
          SELECT ${COLUMNS} FROM document_working_groups dg JOIN documents d ON d.id = dg.document_id
           WHERE dg.working_group_id = g.id AND ${whereClause(scope, {}, p)}
             AND (g.after_at IS NULL OR (dg.document_updated_at, dg.document_id) < (g.after_at, g.after_id))
           ORDER BY dg.document_updated_at DESC, dg.document_id DESC
           LIMIT ${p.add(limit)}) x
        ORDER BY g.n, x.updated_at DESC, x.id DESC`,
      p.values,
    );
    const pages = requests.map(() => ({ rows: [] as DocumentEntity[], total: null as number | null }));
    for (const r of rows) pages[Number(r.request) - 1].rows.push(toEntity(r));
    if (!withTotal) return pages;
    const c = new Params();
    const counts = await this.query<{ request: string; n: number }>(
      `SELECT g.n AS request, count(*)::int AS n
         FROM unnest(${c.add(groupIds)}::uuid[]) WITH ORDINALITY AS g(id, n)
         JOIN document_working_groups dg ON dg.working_group_id = g.id
         JOIN documents d ON d.id = dg.document_id
        WHERE ${whereClause(scope, {}, c)}
        GROUP BY g.n`,
      c.values,
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
    const p = new Params();
    const where = whereClause(scope, filter, p);
    const tsquery = tsquerySql(search, p);
    const candidates = p.add(Math.max(bounds.candidates, limit));
    const options = p.add(
      `StartSel=${MARK_START}, StopSel=${MARK_STOP}, MaxWords=35, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`,
    );
    // Outside `matches` the tsquery is written out where it is used: the planner folds it to a
    // constant and estimates from the column statistics.
    const rows = await this.query<Partial<DocumentRow> & { total: number; rank: number; headline: string }>(
      `WITH q AS MATERIALIZED (SELECT ${tsquery} AS query),
       -- Joined to q, documents is planned for reading every match (a bitmap scan of the GIN
       -- index) and stops after the LIMIT; alone, the planner would read it in order under the
       -- LIMIT, unpacking each row's full vector to test it.
       matches AS MATERIALIZED (
         SELECT d.id, d.updated_at FROM documents d, q WHERE d.search @@ q.query AND ${where}
         LIMIT ${p.add(bounds.countCap + 1)}),
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
         ORDER BY rank DESC, d.updated_at DESC, d.id DESC LIMIT ${p.add(limit)})
       SELECT t.total, hits.*, ts_headline('english',
           translate(left(coalesce(nullif(concat_ws(' ', hits.summary, hits.body), ''), hits.title), 50000),
             ${p.add(MARK_START + MARK_STOP)}, ''),
           ${tsquery}, ${options}) AS headline
       FROM (SELECT count(*)::int AS total FROM matches) t LEFT JOIN hits ON true
       ORDER BY hits.rank DESC, hits.updated_at DESC, hits.id DESC`,
      p.values,
    );
    return {
      rows: rows
        .filter((r) => r.id)
        .map((r) => ({ document: toEntity(r as DocumentRow), rank: Number(r.rank), headline: r.headline })),
      total: rows[0]?.total ?? 0,
    };
  }

  async insert(fields: DocumentFields & { authorId: string; at: Date }): Promise<DocumentEntity> {
    const rows = await this.query<DocumentRow>(
      `INSERT INTO documents AS d (title, summary, body, kind, visibility, external_url, tags, author_id, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) RETURNING ${COLUMNS}`,
      [
        fields.title,
        fields.summary,
        fields.body,
        fields.kind,
        fields.visibility,
        fields.externalUrl,
        fields.tags,
        fields.authorId,
        fields.at,
      ],
    );
    return toEntity(rows[0]);
  }

  /** Writes the fields and adds one to the version. */
  async update(id: string, fields: DocumentFields, at: Date): Promise<DocumentEntity> {
    // For UPDATE … RETURNING the driver answers [rows, affected].
    const [rows] = await this.query<DocumentRow[]>(
      `UPDATE documents d SET title = $2, summary = $3, body = $4, kind = $5, visibility = $6,
         external_url = $7, tags = $8, updated_at = $9, version = version + 1
       WHERE id = $1 RETURNING ${COLUMNS}`,
      [
        id,
        fields.title,
        fields.summary,
        fields.body,
        fields.kind,
        fields.visibility,
        fields.externalUrl,
        fields.tags,
        at,
      ],
    );
    return toEntity(rows[0]);
  }

  async softDelete(id: string, at: Date): Promise<void> {
    await this.query(`UPDATE documents SET deleted_at = $2 WHERE id = $1 AND deleted_at IS NULL`, [id, at]);
  }

  /**
   * A page of deleted documents (the office's view), most recently deleted first, and how many
   * there are; read from the partial index documents_deleted.
   */
  async pageDeleted(
    after: { deletedAt: string; id: string } | null,
    limit: number,
  ): Promise<{ rows: DocumentEntity[]; total: number }> {
    const p = new Params();
    const cursor = after
      ? ` AND (d.deleted_at, d.id) < (${p.add(after.deletedAt)}::timestamptz, ${p.add(after.id)}::uuid)`
      : '';
    const [rows, count] = await Promise.all([
      this.query<DocumentRow>(
        `SELECT ${COLUMNS} FROM documents d WHERE d.deleted_at IS NOT NULL${cursor}
         ORDER BY d.deleted_at DESC, d.id DESC LIMIT ${p.add(limit)}`,
        p.values,
      ),
      this.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM documents d WHERE d.deleted_at IS NOT NULL`,
        [],
      ),
    ]);
    return { rows: rows.map(toEntity), total: count[0].n };
  }

  /** Locks a deleted document's row for the rest of the transaction; null when none has that id. */
  async lockDeleted(id: string): Promise<DocumentEntity | null> {
    const rows = await this.query<DocumentRow>(
      `SELECT ${COLUMNS} FROM documents d WHERE d.id = $1 AND d.deleted_at IS NOT NULL FOR UPDATE`,
      [id],
    );
    return rows[0] ? toEntity(rows[0]) : null;
  }

  /** Undoes softDelete: the row, its versions, groups, topics and attachments were never touched. */
  async restoreDeleted(id: string): Promise<DocumentEntity> {
    const [rows] = await this.query<DocumentRow[]>(
      `UPDATE documents d SET deleted_at = NULL WHERE id = $1 AND deleted_at IS NOT NULL RETURNING ${COLUMNS}`,
      [id],
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
    const p = new Params();
    const where = whereClause(scope, {}, p);
    const like = prefix ? ` AND t.tag LIKE ${p.add(`${escapeLike(prefix)}%`)}` : '';
    return this.query(
      `SELECT t.tag, count(*)::int AS count
         FROM documents d CROSS JOIN LATERAL unnest(d.tags) AS t(tag)
        WHERE ${where}${like}
        GROUP BY t.tag ORDER BY count(*) DESC, t.tag ASC LIMIT ${p.add(limit)}`,
      p.values,
    );
  }

  /** The working groups this person chairs (ACTIVE seat), for who-may-edit checks. */
  async chairedGroupIds(personId: string): Promise<string[]> {
    const rows = await this.query<{ id: string }>(
      `SELECT working_group_id AS id FROM memberships
        WHERE person_id = $1 AND role = 'CHAIR' AND status = 'ACTIVE'`,
      [personId],
    );
    return rows.map((r) => r.id);
  }

  async setGroups(documentId: string, groupIds: string[]): Promise<void> {
    await this.query(`DELETE FROM document_working_groups WHERE document_id = $1`, [documentId]);
    if (groupIds.length)
      await this.query(
        `INSERT INTO document_working_groups (document_id, working_group_id) SELECT $1, unnest($2::uuid[])`,
        [documentId, groupIds],
      );
  }

  async setTopics(documentId: string, topicIds: string[]): Promise<void> {
    await this.query(`DELETE FROM document_topics WHERE document_id = $1`, [documentId]);
    if (topicIds.length)
      await this.query(`INSERT INTO document_topics (document_id, topic_id) SELECT $1, unnest($2::uuid[])`, [
        documentId,
        topicIds,
      ]);
  }

  async groupLinks(documentIds: readonly string[]): Promise<{ documentId: string; groupId: string }[]> {
    return this.query(
      `SELECT document_id AS "documentId", working_group_id AS "groupId" FROM document_working_groups
       WHERE document_id = ANY($1::uuid[])`,
      [documentIds],
    );
  }

  async topicLinks(documentIds: readonly string[]): Promise<{ documentId: string; topicId: string }[]> {
    return this.query(
      `SELECT document_id AS "documentId", topic_id AS "topicId" FROM document_topics
       WHERE document_id = ANY($1::uuid[])`,
      [documentIds],
    );
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
    await this.query(`DELETE FROM attachments WHERE id = $1`, [id]);
  }

  /** Whether an attachment still names these stored bytes. */
  async storageKeyUsed(storageKey: string): Promise<boolean> {
    const rows = await this.query<{ used: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM attachments WHERE storage_key = $1) AS used`,
      [storageKey],
    );
    return rows[0].used;
  }

  insertAttachment(fields: Omit<AttachmentEntity, 'id'>): Promise<AttachmentEntity> {
    return this.attachments.save(this.attachments.create(fields));
  }

  /** The attachment when the scope may see its document. */
  async findVisibleAttachment(id: string, scope: DocumentScope): Promise<AttachmentEntity | null> {
    const p = new Params();
    const where = whereClause(scope, {}, p);
    const rows = await this.query<{ id: string }>(
      `SELECT a.id FROM attachments a JOIN documents d ON d.id = a.document_id
       WHERE a.id = ${p.add(id)} AND ${where}`,
      p.values,
    );
    return rows[0] ? this.attachments.findOneBy({ id: rows[0].id }) : null;
  }
}
