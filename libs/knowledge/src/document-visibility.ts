import { Injectable } from '@nestjs/common';
import { activeSeatGroupIdsSql } from '@cop/community';
import type { Scope, Viewer } from '@cop/identity';
import { TransactionContext, Visibility, ident, isUuid, sql, type Sql } from '@cop/platform';
import type { DocumentEntity } from './document.entity';

/**
 * Who may see which document (DESIGN rule 4), decided here once. PUBLIC: anyone. COMMUNITY:
 * MEMBER and OFFICE. WORKING_GROUP: ACTIVE seat holders of any of the document's groups, and
 * OFFICE. Deleted documents: nobody. Anonymous callers and GUESTs see PUBLIC documents only.
 * `document`, `documents`, `searchDocuments` (hits and count), `WorkingGroup.documents` and the
 * attachment download all compose `documentVisibleSql`.
 */
export type DocumentScope = { kind: 'public' } | { kind: 'member'; personId: string } | { kind: 'office' };

/** The caller as the rules read them: a request's Scope, or a Viewer (both have role and personId). */
type Caller = Pick<Scope, 'role' | 'personId'> | Viewer | null | undefined;

export function documentScope(viewer: Caller): DocumentScope {
  if (!viewer || viewer.personId === null) return { kind: 'public' };
  if (viewer.role === 'OFFICE') return { kind: 'office' };
  if (viewer.role === 'MEMBER') return { kind: 'member', personId: viewer.personId };
  return { kind: 'public' };
}

/**
 * The two SQL shapes of the MEMBER rule (one rule; bench/README.md, "Visibility: IN against
 * EXISTS", measured both at 1,000,000 documents):
 * - `set`, an uncorrelated IN: PostgreSQL reads the documents of the viewer's groups once per
 *   statement into a hash (from an index alone) and costs it so. For statements over the whole
 *   table: search, the unfiltered list and its count (the count: 0.24 s against 0.58 s as EXISTS).
 *   A correlated EXISTS there is costed per row, which made the planner estimate lists at millions
 *   and compile them with JIT.
 * - `row`, a correlated EXISTS: for statements whose rows come from a small set found first (a
 *   group's or a topic's documents, ids, an author). Costed per row, it lets the planner start from
 *   that set; the set shape's cheap hash made it walk every visible document instead (a topic's
 *   list: 1.25 s as IN, 10 ms as EXISTS; a group's 0.56 s and 0.03 s).
 */
export type VisibilityShape = 'set' | 'row';

/**
 * The SQL condition on documents alias `d`, the viewer's id bound in it. The seat is checked
 * live: losing it loses access at once.
 */
export function documentVisibleSql(scope: DocumentScope, d: string, shape: VisibilityShape = 'set'): Sql {
  const a = ident(d);
  switch (scope.kind) {
    case 'public':
      return sql`(${a}.deleted_at IS NULL AND ${a}.visibility = 'PUBLIC')`;
    case 'office':
      return sql`(${a}.deleted_at IS NULL)`;
    case 'member':
      return documentVisibleToMemberSql(d, sql`CAST(${scope.personId} AS uuid)`, shape);
  }
}

/**
 * The MEMBER rule on documents alias `d` for the person `person` names: a bound id, or a column
 * for statements that decide for many people at once (the digests: sql`p.id`). The seats are
 * community's (seat-sql.ts). `shape`: see VisibilityShape.
 */
export function documentVisibleToMemberSql(d: string, person: Sql, shape: VisibilityShape = 'set'): Sql {
  const a = ident(d);
  const seated = activeSeatGroupIdsSql(person, 'vm');
  const inGroups =
    shape === 'set'
      ? sql`${a}.id IN (
        SELECT vdg.document_id FROM document_working_groups vdg
        WHERE vdg.working_group_id IN (${seated}))`
      : sql`EXISTS (SELECT 1 FROM document_working_groups vdg
        WHERE vdg.document_id = ${a}.id AND vdg.working_group_id IN (${seated}))`;
  return sql`(${a}.deleted_at IS NULL AND (${a}.visibility IN ('PUBLIC', 'COMMUNITY') OR (${a}.visibility = 'WORKING_GROUP' AND ${inGroups})))`;
}

/**
 * The documents among `ids` the scope may see, as one condition on alias `d`: what
 * `DocumentVisibility.visibleIdsAmong` asks and what `DocumentsService.documentsAmong` (agenda
 * documents, evidence, publishing) loads, in one statement either way.
 */
export function documentsAmongSql(scope: DocumentScope, ids: readonly string[], d: string): Sql {
  return sql`(${ident(d)}.id = ANY(${ids}::uuid[]) AND ${documentVisibleSql(scope, d, 'row')})`;
}

/**
 * An audience: every reader of something published at a visibility (a report published as a
 * document), not one person. What each of them may see, the least of their views: PUBLIC, what
 * the public sees; COMMUNITY, what every member sees (PUBLIC and COMMUNITY documents); and
 * WORKING_GROUP the same, since a seated reader of one owning group need not sit in the group of a
 * cited document. Nobody is invented to ask the rule above with.
 */
export function documentVisibleToAudienceSql(audience: Visibility, d: string): Sql {
  const a = ident(d);
  return audience === Visibility.PUBLIC
    ? sql`(${a}.deleted_at IS NULL AND ${a}.visibility = 'PUBLIC')`
    : sql`(${a}.deleted_at IS NULL AND ${a}.visibility IN ('PUBLIC', 'COMMUNITY'))`;
}

/** The same audience rule for one document already loaded. */
export function documentVisibleToAudience(
  audience: Visibility,
  doc: Pick<DocumentEntity, 'visibility' | 'deletedAt'>,
): boolean {
  if (doc.deletedAt) return false;
  return audience === Visibility.PUBLIC
    ? doc.visibility === 'PUBLIC'
    : doc.visibility === 'PUBLIC' || doc.visibility === 'COMMUNITY';
}

/** The same rule for one document already loaded; `activeGroupIds`: the viewer's ACTIVE seats. */
export function documentVisible(
  scope: DocumentScope,
  doc: Pick<DocumentEntity, 'visibility' | 'deletedAt'>,
  documentGroupIds: readonly string[],
  activeGroupIds: readonly string[],
): boolean {
  if (doc.deletedAt) return false;
  switch (scope.kind) {
    case 'public':
      return doc.visibility === 'PUBLIC';
    case 'office':
      return true;
    case 'member':
      return doc.visibility !== 'WORKING_GROUP' || documentGroupIds.some((g) => activeGroupIds.includes(g));
  }
}

/**
 * Who may change a document they can see (updateDocument, deleteDocument, attachments and their
 * removal): the office, its author, or an ACTIVE chair of one of its groups. The one rule behind
 * the service's checks and Document.viewerCanEdit / viewerCanDelete.
 */
export function documentEditable(
  viewer: Pick<Viewer, 'role' | 'personId'> | null | undefined,
  doc: Pick<DocumentEntity, 'authorId'>,
  documentGroupIds: readonly string[],
  chairedGroupIds: ReadonlySet<string>,
): boolean {
  if (!viewer) return false;
  if (viewer.role === 'OFFICE') return true;
  if (viewer.role !== 'MEMBER') return false;
  return doc.authorId === viewer.personId || documentGroupIds.some((g) => chairedGroupIds.has(g));
}

/**
 * The documents' visibility contract (issue 24): the SQL condition, the predicate for one
 * document, and which of many documents a caller may see, in one statement.
 */
@Injectable()
export class DocumentVisibility {
  constructor(private readonly tx: TransactionContext) {}

  /** The condition on documents alias `d` for this caller. */
  sql(scope: Caller, d: string): Sql {
    return documentVisibleSql(documentScope(scope), d);
  }

  /** The same rule for one document (`activeGroupIds`: the caller's ACTIVE seats). */
  visible(
    scope: Caller,
    doc: Pick<DocumentEntity, 'visibility' | 'deletedAt'>,
    documentGroupIds: readonly string[],
    activeGroupIds: readonly string[],
  ): boolean {
    return documentVisible(documentScope(scope), doc, documentGroupIds, activeGroupIds);
  }

  /** The ids among `ids` of documents the caller may see (deleted, unknown and non-UUIDs left out). */
  async visibleIdsAmong(scope: Caller, ids: readonly string[]): Promise<Set<string>> {
    const wanted = [...new Set(ids.filter(isUuid))];
    if (!wanted.length) return new Set();
    const rows = await this.tx.query<{ id: string }>(
      sql`SELECT d.id FROM documents d WHERE ${documentsAmongSql(documentScope(scope), wanted, 'd')}`,
    );
    return new Set(rows.map((r) => r.id));
  }
}
