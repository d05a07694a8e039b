import { Inject, Injectable } from '@nestjs/common';
import {
  byKeys,
  APP_CONFIG,
  type AppConfig,
  BadUserInputError,
  Clock,
  ConflictError,
  decodeCursor,
  encodeCursor,
  ForbiddenError,
  InputProblems,
  NotFoundError,
  pageSize,
  renderMarkdown,
  requestLoader,
  isUuid,
} from '@cop/platform';
import { PeopleService, type Scope, type Viewer } from '@cop/identity';
import { MembershipsRepository, WorkingGroupsRepository, WorkingGroupsService } from '@cop/community';
import type { DocumentEntity, DocumentVersionEntity } from './document.entity';
import { documentEditable, documentScope } from './document-visibility';
import {
  DocumentsRepository,
  type DocumentCursor,
  type DocumentFields,
  type DocumentQueryFilter,
} from './documents.repository';
import { headlineHtml } from './headline';
import type { DocumentFilter, DocumentInput } from './inputs/document.input';
import { KnowledgeLimits } from './knowledge-limits';
import { DocumentRelationsService } from './document-relations.service';
import type {
  Document,
  DocumentConnection,
  DocumentKind,
  DocumentLimits,
  SearchResult,
  TagCount,
} from './models/document.model';
import { Visibility } from './models/visibility.enum';
import { parseSearchQuery, SEARCH_COUNT_CAP, SEARCH_RANK_CANDIDATES } from './search-query';

const TAG_MAX = 50;
const TAG_PREFIX_MAX = 100;

/** Documents: rules, access checks and the mapping of entities to GraphQL models. */
@Injectable()
export class DocumentsService {
  constructor(
    private readonly documents: DocumentsRepository,
    private readonly groups: WorkingGroupsRepository,
    private readonly groupsService: WorkingGroupsService,
    private readonly seats: MembershipsRepository,
    private readonly people: PeopleService,
    private readonly limits: KnowledgeLimits,
    private readonly relations: DocumentRelationsService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async document(viewer: Viewer | null, id: string): Promise<Document | null> {
    if (!isUuid(id)) return null;
    const doc = await this.documents.findVisible(id, documentScope(viewer));
    return doc ? toDocument(doc) : null;
  }

  /**
   * The documents among these ids that the caller may see, in the ids' order (null where hidden,
   * deleted or unknown): one statement for a whole DataLoader batch (agenda items' documents), on
   * the documents' contract's condition (documentsAmongSql, as DocumentVisibility.visibleIdsAmong).
   */
  async documentsAmong(
    viewer: Pick<Scope, 'role' | 'personId'> | null,
    ids: readonly string[],
  ): Promise<(Document | null)[]> {
    const found = await this.documents.findVisibleAmong(ids.filter(isUuid), documentScope(viewer));
    return byKeys(ids, found.map(toDocument), (d) => d.id);
  }

  async list(
    viewer: Viewer | null,
    filter: DocumentFilter | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<DocumentConnection> {
    const limit = pageSize(first, 20);
    const { rows, total } = await this.documents.page(
      documentScope(viewer),
      checkedFilter(filter),
      parseDocumentCursor(after),
      limit + 1,
    );
    const edges = rows.slice(0, limit).map((d) => ({
      cursor: encodeCursor([d.updatedAt.toISOString(), d.id]),
      node: toDocument(d),
    }));
    return {
      edges,
      totalCount: total,
      pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
    };
  }

  /**
   * WorkingGroup.documents: the visible documents of one group. The pages asked for in one
   * request (a list of groups, first pages or later ones) are batched into one query, and the
   * groups' totals into one more, only when totalCount is asked for.
   */
  async ofGroup(
    scope: Scope,
    groupId: string,
    first: number | null | undefined,
    after: string | null | undefined,
    withTotal = true,
  ): Promise<DocumentConnection> {
    const limit = pageSize(first, 20);
    const cursor = parseDocumentCursor(after);
    const visible = documentScope(scope.viewer);
    const page = await requestLoader<
      { groupId: string; after: DocumentCursor | null },
      { rows: DocumentEntity[]; total: number | null }
    >(scope.loaders, `knowledge.pageOfGroup:${limit}:${withTotal}`, (requests) =>
      this.documents.pagesOfGroups(visible, requests, limit + 1, withTotal),
    ).load({ groupId, after: cursor });
    const edges = page.rows.slice(0, limit).map((d) => ({
      cursor: encodeCursor([d.updatedAt.toISOString(), d.id]),
      node: toDocument(d),
    }));
    return {
      edges,
      // Not selected when null: the count was skipped.
      totalCount: page.total ?? 0,
      pageInfo: { hasNextPage: page.rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
    };
  }

  async search(
    viewer: Viewer | null,
    query: string,
    filter: DocumentFilter | null | undefined,
    first: number | null | undefined,
  ): Promise<SearchResult> {
    const limit = pageSize(first, 20);
    const parsed = parseSearchQuery(query);
    const { rows, total } = await this.documents.search(
      documentScope(viewer),
      checkedFilter(filter),
      parsed,
      limit,
      { countCap: SEARCH_COUNT_CAP, candidates: SEARCH_RANK_CANDIDATES },
    );
    return {
      totalCount: Math.min(total, SEARCH_COUNT_CAP),
      hits: rows.map((r) => ({
        document: toDocument(r.document),
        rank: r.rank,
        headline: headlineHtml(r.headline),
      })),
    };
  }

  /** MEMBER; a WORKING_GROUP document needs the author's ACTIVE seat in each named group. */
  async post(viewer: Viewer, input: DocumentInput): Promise<Document> {
    const checked = await this.checkedInput(viewer, input);
    const at = this.clock.now();
    const doc = await this.documents.insert({ ...checked.fields, authorId: viewer.personId, at });
    await this.documents.setGroups(doc.id, checked.groupIds);
    await this.documents.setTopics(doc.id, checked.topicIds);
    await this.documents.insertVersion(versionOf(doc, viewer.personId, at));
    return toDocument(doc);
  }

  /** The author, a chair of one of its groups, or the office; a stale expectedVersion is CONFLICT. */
  async update(viewer: Viewer, id: string, input: DocumentInput, expectedVersion: number): Promise<Document> {
    const visible = isUuid(id) ? await this.documents.findVisible(id, documentScope(viewer)) : null;
    if (!visible) throw new NotFoundError('Document', id);
    // Concurrent updates queue here; the loser then sees the winner's version.
    const doc = await this.documents.lockById(visible.id);
    if (!doc) throw new NotFoundError('Document', id);
    await this.assertMayEdit(viewer, doc);
    if (doc.version !== expectedVersion)
      throw new ConflictError(
        `The document is at version ${doc.version}, not ${expectedVersion}: reload it and apply your changes again.`,
      );
    const checked = await this.checkedInput(viewer, input);
    const at = this.clock.now();
    const updated = await this.documents.update(doc.id, checked.fields, at);
    await this.documents.setGroups(doc.id, checked.groupIds);
    await this.documents.setTopics(doc.id, checked.topicIds);
    await this.documents.insertVersion(versionOf(updated, viewer.personId, at));
    return toDocument(updated);
  }

  /**
   * A write another domain makes as the system on behalf of the person `personId` (publishing a
   * report as its document): that domain's own rule has decided who may, so the rules for changing
   * a document (its author, a chair of its groups, a seat in each WORKING_GROUP group) are not
   * asked again; the input's rules are. `documentId`: the document to give a new version, or null
   * (or a deleted one) to post a new document. The person is recorded as the author of a new
   * document and as the editor of the version. `inputFor` builds the input from the document as it
   * is (locked), e.g. to keep its tags.
   */
  async writeOnBehalf(
    personId: string,
    documentId: string | null,
    inputFor: (current: Document | null) => DocumentInput,
  ): Promise<Document> {
    const current = documentId && isUuid(documentId) ? await this.documents.lockById(documentId) : null;
    const checked = await this.checkedInput(null, inputFor(current ? toDocument(current) : null));
    const at = this.clock.now();
    const doc = current
      ? await this.documents.update(current.id, checked.fields, at)
      : await this.documents.insert({ ...checked.fields, authorId: personId, at });
    await this.documents.setGroups(doc.id, checked.groupIds);
    await this.documents.setTopics(doc.id, checked.topicIds);
    await this.documents.insertVersion(versionOf(doc, personId, at));
    return toDocument(doc);
  }

  /** Soft: the row and its versions stay for the office; nobody sees the document any more. */
  async delete(viewer: Viewer, id: string): Promise<boolean> {
    const visible = isUuid(id) ? await this.documents.findVisible(id, documentScope(viewer)) : null;
    if (!visible) throw new NotFoundError('Document', id);
    const doc = await this.documents.lockById(visible.id);
    if (!doc) throw new NotFoundError('Document', id);
    await this.assertMayEdit(viewer, doc);
    await this.documents.softDelete(doc.id, this.clock.now());
    return true;
  }

  /** Who may edit (and attach to) a visible document: documentEditable, on fresh reads. */
  async assertMayEdit(viewer: Viewer, doc: DocumentEntity): Promise<void> {
    const [links, chaired] = await Promise.all([
      this.documents.groupLinks([doc.id]),
      this.documents.chairedGroupIds(viewer.personId),
    ]);
    const groupIds = links.map((l) => l.groupId);
    if (!documentEditable(viewer, doc, groupIds, new Set(chaired)))
      throw new ForbiddenError(
        'Only the author, a chair of one of its working groups or the office may change it.',
      );
  }

  /**
   * Document.viewerCanEdit and viewerCanDelete: assertMayEdit's rule, from the request's loaders
   * (the documents' groups, and the viewer's chaired groups once per request).
   */
  async viewerMayEdit(scope: Scope, doc: Document): Promise<boolean> {
    if (!scope.viewer) return false;
    if (scope.viewer.role !== 'MEMBER') return documentEditable(scope.viewer, doc, [], new Set());
    if (doc.authorId === scope.viewer.personId) return true;
    const [groupIds, chaired] = await Promise.all([
      this.relations.groupIdsOf(scope.loaders, doc.id),
      requestLoader<string, Set<string>>(scope.loaders, 'knowledge.chairedGroupIds', (personIds) =>
        Promise.all(personIds.map(async (p) => new Set(await this.documents.chairedGroupIds(p)))),
      ).load(scope.viewer.personId),
    ]);
    return documentEditable(scope.viewer, doc, groupIds, chaired);
  }

  // ---------------------------------------------------------------- deleted documents (the office)

  /** OFFICE (checked by the resolver): deleted documents, most recently deleted first. */
  async deleted(
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<DocumentConnection> {
    const limit = pageSize(first, 20);
    const { rows, total } = await this.documents.pageDeleted(parseDeletedCursor(after), limit + 1);
    const edges = rows.slice(0, limit).map((d) => ({
      cursor: encodeCursor([d.deletedAt!.toISOString(), d.id]),
      node: toDocument(d),
    }));
    return {
      edges,
      totalCount: total,
      pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
    };
  }

  /**
   * OFFICE: brings a deleted document back as it was (deleteDocument only set deleted_at, so its
   * versions, groups, topics, attachments and visibility are untouched, and the search vector
   * never stopped being maintained). NOT_FOUND when no deleted document has that id.
   */
  async restore(id: string): Promise<Document> {
    const doc = isUuid(id) ? await this.documents.lockDeleted(id) : null;
    if (!doc) throw new NotFoundError('Deleted document', id);
    return toDocument(await this.documents.restoreDeleted(doc.id));
  }

  // ---------------------------------------------------------------- tags and limits

  /** The tags of the documents the viewer may see, most used first; for suggestions and filters. */
  async tags(
    viewer: Viewer | null,
    prefix: string | null | undefined,
    first: number | null | undefined,
  ): Promise<TagCount[]> {
    const problems = new InputProblems();
    const limit = first ?? 20;
    problems.check(
      Number.isInteger(limit) && limit >= 1 && limit <= 100,
      'first',
      'must be between 1 and 100',
    );
    problems.check(
      (prefix ?? '').length <= TAG_PREFIX_MAX,
      'prefix',
      `must be at most ${TAG_PREFIX_MAX} characters`,
    );
    problems.throwIfAny();
    const normalized = (prefix ?? '').trim().toLowerCase().replace(/\s+/g, ' ');
    return this.documents.tagCounts(documentScope(viewer), normalized || null, limit);
  }

  limitsOfDocuments(): DocumentLimits {
    return { attachmentMaxBytes: this.limits.attachmentMaxBytes, bodyMaxBytes: this.limits.bodyMaxBytes };
  }

  /** The visible document the viewer may edit, for the attachment upload. */
  async editableDocument(viewer: Viewer, id: string): Promise<DocumentEntity> {
    const doc = isUuid(id) ? await this.documents.findVisible(id, documentScope(viewer)) : null;
    if (!doc) throw new NotFoundError('Document', id);
    await this.assertMayEdit(viewer, doc);
    return doc;
  }

  // ---------------------------------------------------------------- input

  /** `viewer`: the person whose seats a WORKING_GROUP document needs; null for a write on behalf. */
  private async checkedInput(
    viewer: Viewer | null,
    input: DocumentInput,
  ): Promise<{ fields: DocumentFields; groupIds: string[]; topicIds: string[] }> {
    const problems = new InputProblems();
    const visibility = input.visibility ?? Visibility.COMMUNITY;
    const body = input.body ?? null;
    problems.check(
      body === null || Buffer.byteLength(body, 'utf8') <= this.limits.bodyMaxBytes,
      'input.body',
      `must be at most ${this.limits.bodyMaxBytes} bytes`,
    );
    let externalUrl: string | null = null;
    if (input.externalUrl !== null && input.externalUrl !== undefined) {
      const url = parseUrl(input.externalUrl);
      if (!url || !['http:', 'https:'].includes(url.protocol) || url.href.length > 2000)
        problems.add('input.externalUrl', 'must be an http or https URL');
      else externalUrl = url.href;
    }
    const tags = normalizeTags(input.tags ?? [], problems);

    const groupIds = [...new Set(input.workingGroupIds ?? [])];
    let foundGroups: string[] = [];
    if (groupIds.some((id) => !isUuid(id))) problems.add('input.workingGroupIds', 'unknown working group');
    else if (groupIds.length) {
      foundGroups = (await this.groups.findByIds(groupIds)).map((g) => g.id);
      const missing = groupIds.find((id) => !foundGroups.includes(id));
      if (missing) problems.add('input.workingGroupIds', `unknown working group ${missing}`);
    }
    if (visibility === Visibility.WORKING_GROUP) {
      if (!groupIds.length)
        problems.add('input.workingGroupIds', 'a WORKING_GROUP document needs a working group');
      else if (viewer && viewer.role !== 'OFFICE' && foundGroups.length === groupIds.length) {
        const seats = await this.seats.seatsOfPersonIn(viewer.personId, groupIds);
        const active = new Set(seats.filter((s) => s.status === 'ACTIVE').map((s) => s.workingGroupId));
        if (groupIds.some((id) => !active.has(id)))
          problems.add('input.workingGroupIds', 'you hold no active seat in one of these working groups');
      }
    }

    const topicIds = [...new Set(input.topicIds ?? [])];
    if (topicIds.length) {
      if (topicIds.some((id) => !isUuid(id))) problems.add('input.topicIds', 'unknown topic');
      else {
        const topics = foundGroups.length ? await this.groups.topicsOfGroups(foundGroups) : [];
        const stray = topicIds.find((id) => !topics.some((t) => t.id === id));
        if (stray)
          problems.add('input.topicIds', `topic ${stray} is unknown or not of the document's working groups`);
      }
    }
    problems.throwIfAny();
    return {
      fields: {
        title: input.title.trim(),
        summary: input.summary?.trim() || null,
        body,
        kind: input.kind,
        visibility,
        externalUrl,
        tags,
      },
      groupIds,
      topicIds,
    };
  }
}

function parseUrl(value: unknown): URL | null {
  try {
    return value instanceof URL ? value : new URL(String(value));
  } catch {
    return null;
  }
}

/** Trimmed, lower-cased, deduplicated, in the order given. */
export function normalizeTags(raw: string[], problems: InputProblems): string[] {
  const tags: string[] = [];
  for (const t of raw) {
    const tag = t.trim().toLowerCase().replace(/\s+/g, ' ');
    if (!tag) continue;

    if (tag.length > TAG_MAX || /[\u0000-\u001f\u007f]/.test(tag)) {
      problems.add('input.tags', `tags must be at most ${TAG_MAX} printable characters`);
      continue;
    }
    if (!tags.includes(tag)) tags.push(tag);
  }
  return tags;
}

function checkedFilter(filter: DocumentFilter | null | undefined): DocumentQueryFilter {
  if (!filter) return {};
  const problems = new InputProblems();
  for (const key of ['workingGroupIds', 'topicIds'] as const)
    problems.check((filter[key] ?? []).every(isUuid), `filter.${key}`, 'must be ids returned by this API');
  problems.check(
    !filter.authorId || isUuid(filter.authorId),
    'filter.authorId',
    'must be an id returned by this API',
  );
  problems.throwIfAny();
  const tags = (filter.tags ?? []).map((t) => t.trim().toLowerCase()).filter(Boolean);
  return {
    workingGroupIds: filter.workingGroupIds ?? undefined,
    topicIds: filter.topicIds ?? undefined,
    kinds: filter.kinds ?? undefined,
    visibilities: filter.visibilities ?? undefined,
    tags: tags.length ? tags : undefined,
    authorId: filter.authorId ?? undefined,
    updatedSince: filter.updatedSince ?? undefined,
  };
}

function parseDocumentCursor(after: string | null | undefined): DocumentCursor | null {
  const key = decodeCursor(after);
  if (!key) return null;
  const [updatedAt, id] = key;
  if (
    typeof updatedAt !== 'string' ||
    Number.isNaN(Date.parse(updatedAt)) ||
    typeof id !== 'string' ||
    !isUuid(id)
  )
    throw BadUserInputError.field('after', 'not a cursor returned by this API');
  return { updatedAt, id };
}

function parseDeletedCursor(after: string | null | undefined): { deletedAt: string; id: string } | null {
  const key = decodeCursor(after);
  if (!key) return null;
  const [deletedAt, id] = key;
  if (
    typeof deletedAt !== 'string' ||
    Number.isNaN(Date.parse(deletedAt)) ||
    typeof id !== 'string' ||
    !isUuid(id)
  )
    throw BadUserInputError.field('after', 'not a cursor returned by this API');
  return { deletedAt, id };
}

function versionOf(doc: DocumentEntity, editedBy: string, at: Date): Omit<DocumentVersionEntity, 'id'> {
  return {
    documentId: doc.id,
    version: doc.version,
    title: doc.title,
    summary: doc.summary,
    body: doc.body,
    editedBy,
    editedAt: at,
  };
}

export function toDocument(e: DocumentEntity): Document {
  return {
    id: e.id,
    title: e.title,
    summary: e.summary,
    body: e.body,
    // Rendered only when asked for: about 0.7 ms a 2 kB body, most of a list's or a search's CPU (issue 10).
    get bodyHtml() {
      return e.body === null ? null : renderMarkdown(e.body);
    },
    kind: e.kind as DocumentKind,
    visibility: e.visibility as Visibility,
    externalUrl: e.externalUrl,
    tags: e.tags,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
    version: e.version,
    deletedAt: e.deletedAt,
    authorId: e.authorId,
  };
}
