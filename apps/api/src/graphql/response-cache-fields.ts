import {
  BREAK,
  type DocumentNode,
  getOperationAST,
  type GraphQLSchema,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';

/** An answer's life in the cache when a notification does not end it first: the backstop. */
export const RESPONSE_CACHE_TTL_SECONDS = 300;
/** Answers with a field that compares with now ("upcoming", a calendar window): a short life. */
export const CLOCK_TTL_SECONDS = 60;

const none: readonly string[] = [];

/**
 * The fields an anonymous answer may hold and still be cached, by parent type, each with the
 * tables its resolver reads (the response cache's dependencies, and the tables the migration
 * ResponseCacheNotify puts triggers on). Only fields that answer the same to every anonymous
 * caller: nothing that reads the request beyond "nobody is signed in" (viewer-dependent fields
 * are null, false or empty for everyone without a session). A document with any other field is
 * not cached at all. `test/platform/response-cache.test.ts` checks the tables against the SQL
 * each public page's query really sends.
 */
export const PUBLIC_FIELDS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  Query: {
    community: ['community'],
    // topics: the list's search (first, after, search) matches topic names too.
    workingGroups: ['working_groups', 'topics'],
    workingGroup: ['working_groups'],
    news: ['news_items'],
    newsItem: ['news_items'],
    faq: ['faq_entries'],
    calendar: ['meetings', 'meeting_exceptions', 'working_groups'],
  },
  Community: {
    name: none,
    shortName: none,
    mission: none,
    description: none,
    phases: none,
    stats: ['memberships', 'people', 'working_groups'],
  },
  CommunityPhase: { name: none, startsOn: none, endsOn: none, description: none },
  CommunityStats: { participants: none, people: none, members: none, workingGroups: none },
  WorkingGroup: {
    id: none,
    code: none,
    name: none,
    description: none,
    joinPolicy: none,
    seatLimit: none,
    memberCount: ['memberships', 'people'],
    chairs: ['memberships', 'people'],
    topics: ['topics'],
    upcomingMeetings: ['meetings', 'meeting_exceptions'],
    documents: ['documents', 'document_working_groups'],
    members: ['memberships', 'people'],
    viewerMembership: none,
  },
  Topic: { id: none, name: none, description: none, workingGroup: ['working_groups'] },
  Person: { id: none, displayName: none, affiliation: none },
  PageInfo: { hasNextPage: none, endCursor: none },
  NewsConnection: { edges: none, pageInfo: none, totalCount: none },
  NewsEdge: { node: none, cursor: none },
  NewsItem: {
    id: none,
    title: none,
    pinned: none,
    publishedAt: none,
    body: none,
    bodyHtml: none,
    author: ['people'],
    workingGroup: ['working_groups'],
    viewerCanManage: none,
  },
  FaqEntry: { id: none, question: none, answer: none, answerHtml: none, position: none },
  MeetingOccurrence: {
    startsAt: none,
    endsAt: none,
    originalStartsAt: none,
    cancelled: none,
    meeting: ['meetings'],
  },
  Meeting: {
    id: none,
    title: none,
    timeZone: none,
    visibility: none,
    description: none,
    location: none,
    startsAt: none,
    endsAt: none,
    recurrence: none,
    status: none,
    workingGroup: ['working_groups'],
    organizer: ['people'],
  },
  DocumentConnection: { edges: none, pageInfo: none, totalCount: none },
  DocumentEdge: { node: none, cursor: none },
  Document: {
    id: none,
    title: none,
    kind: none,
    summary: none,
    visibility: none,
    createdAt: none,
    updatedAt: none,
  },
  MembershipConnection: { edges: none, pageInfo: none, totalCount: none },
  MembershipEdge: { node: none, cursor: none },
  Membership: {
    id: none,
    role: none,
    status: none,
    requestedAt: none,
    joinedAt: none,
    person: ['people'],
    workingGroup: ['working_groups'],
  },
};

/** Fields whose answer moves with the clock, not only with the tables. */
const CLOCK_FIELDS = new Set(['Query.calendar', 'WorkingGroup.upcomingMeetings']);

/** Every table a cached answer may depend on: the migration's triggers cover exactly these. */
export const PUBLIC_TABLES: readonly string[] = [
  ...new Set(Object.values(PUBLIC_FIELDS).flatMap((fields) => Object.values(fields).flat())),
].sort();

/** What caching one operation takes: the tables it reads, and how long it may live. */
export interface CachePlan {
  tables: readonly string[];
  maxAgeSeconds: number;
}

const plans = new WeakMap<DocumentNode, Map<string, CachePlan | null>>();

/**
 * The cache plan of an operation, or null when it must not be cached: not a query, or a field
 * (at any depth, fragments included) outside PUBLIC_FIELDS. Computed once per parsed document
 * (Apollo keeps the parsed documents, so a document's object comes back with its text).
 */
export function cachePlanOf(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
): CachePlan | null {
  let byName = plans.get(document);
  if (!byName) plans.set(document, (byName = new Map()));
  const key = operationName ?? '';
  if (!byName.has(key)) byName.set(key, planOf(schema, document, operationName));
  return byName.get(key)!;
}

function planOf(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
): CachePlan | null {
  const operation = getOperationAST(document, operationName);
  if (!operation || operation.operation !== 'query') return null;
  const tables = new Set<string>();
  let clock = false;
  let cacheable = true;
  const typeInfo = new TypeInfo(schema);
  const visitor = visitWithTypeInfo(typeInfo, {
    Field(node) {
      const name = node.name.value;
      if (name === '__typename') return undefined;
      const parent = typeInfo.getParentType()?.name ?? '';
      const fields = Object.hasOwn(PUBLIC_FIELDS, parent) ? PUBLIC_FIELDS[parent] : undefined;
      const reads = fields && Object.hasOwn(fields, name) ? fields[name] : undefined;
      if (!reads) {
        cacheable = false;
        return BREAK;
      }
      for (const table of reads) tables.add(table);
      if (CLOCK_FIELDS.has(`${parent}.${name}`)) clock = true;
      return undefined;
    },
  });
  // The operation and every fragment of the document (unused ones too: a stricter rule, never a
  // looser one).
  for (const definition of document.definitions) {
    if (definition !== operation && definition.kind !== Kind.FRAGMENT_DEFINITION) continue;
    visit(definition, visitor);
    if (!cacheable) return null;
  }
  return {
    tables: [...tables].sort(),
    maxAgeSeconds: clock ? CLOCK_TTL_SECONDS : RESPONSE_CACHE_TTL_SECONDS,
  };
}
