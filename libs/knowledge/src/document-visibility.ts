import type { Viewer } from '@cop/identity';
import { ident, sql, type Sql } from '@cop/platform';
import type { DocumentEntity } from './document.entity';

/**
 * Who may see which document (DESIGN rule 4), decided here once. PUBLIC: anyone. COMMUNITY:
 * MEMBER and OFFICE. WORKING_GROUP: ACTIVE seat holders of any of the document's groups, and
 * OFFICE. Deleted documents: nobody. Anonymous callers and GUESTs see PUBLIC documents only.
 * `document`, `documents`, `searchDocuments` (hits and count), `WorkingGroup.documents` and the
 * attachment download all compose `documentVisibleSql`.
 */
export type DocumentScope = { kind: 'public' } | { kind: 'member'; personId: string } | { kind: 'office' };

export function documentScope(viewer: Viewer | null | undefined): DocumentScope {
  if (!viewer) return { kind: 'public' };
  if (viewer.role === 'OFFICE') return { kind: 'office' };
  if (viewer.role === 'MEMBER') return { kind: 'member', personId: viewer.personId };
  return { kind: 'public' };
}

/**
 * The SQL condition on documents alias `d`, the viewer's id bound in it. The seat is checked
 * live: losing it loses access at once.
 */
export function documentVisibleSql(scope: DocumentScope, d: string): Sql {
  const a = ident(d);
  switch (scope.kind) {
    case 'public':
      return sql`(${a}.deleted_at IS NULL AND ${a}.visibility = 'PUBLIC')`;
    case 'office':
      return sql`(${a}.deleted_at IS NULL)`;
    case 'member':
      return documentVisibleToMemberSql(d, sql`CAST(${scope.personId} AS uuid)`);
  }
}

/**
 * The MEMBER rule on documents alias `d` for the person `person` names: a bound id, or a column
 * for statements that decide for many people at once (the digests: sql`p.id`).
 * For a bound id, an uncorrelated IN: PostgreSQL reads the documents of the viewer's groups once
 * per statement into a hash (from an index alone) and costs it so; a correlated EXISTS is costed
 * per row, which made the planner estimate lists at millions and compile them with JIT.
 */
export function documentVisibleToMemberSql(d: string, person: Sql): Sql {
  const a = ident(d);
  return sql`(${a}.deleted_at IS NULL AND (${a}.visibility IN ('PUBLIC', 'COMMUNITY') OR (${a}.visibility = 'WORKING_GROUP' AND ${a}.id IN (
        SELECT vdg.document_id FROM document_working_groups vdg
          JOIN memberships vm ON vm.working_group_id = vdg.working_group_id
        WHERE vm.person_id = ${person} AND vm.status = 'ACTIVE'))))`;
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
