/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query MemberHome {\n    viewer {\n      person {\n        id\n        displayName\n        memberships {\n          id\n          role\n          status\n          requestedAt\n          workingGroup {\n            id\n            code\n            name\n            upcomingMeetings(first: 3) {\n              ...OccurrenceItem\n            }\n            documents(first: 3) {\n              edges {\n                node {\n                  id\n                  title\n                  kind\n                  updatedAt\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n    surveys {\n      id\n      slug\n      title\n      status\n      closesAt\n    }\n    news(first: 5) {\n      edges {\n        node {\n          ...NewsListItem\n        }\n      }\n    }\n  }\n": typeof types.MemberHomeDocument,
    "\n  fragment NewsListItem on NewsItem {\n    id\n    title\n    pinned\n    publishedAt\n    workingGroup {\n      code\n    }\n  }\n": typeof types.NewsListItemFragmentDoc,
    "\n  query PublicHome($from: DateTime!, $to: DateTime!) {\n    community {\n      name\n      mission\n      description\n      phases {\n        name\n        startsOn\n        endsOn\n        description\n      }\n      stats {\n        ...CommunityStatsLine\n      }\n    }\n    workingGroups {\n      id\n      code\n      name\n    }\n    news(first: 3) {\n      edges {\n        node {\n          ...NewsListItem\n        }\n      }\n    }\n    calendar(from: $from, to: $to) {\n      ...OccurrenceItem\n    }\n    faq {\n      id\n      question\n    }\n  }\n": typeof types.PublicHomeDocument,
    "\n  fragment CommunityStatsLine on CommunityStats {\n    participants\n    people\n    members\n    workingGroups\n  }\n": typeof types.CommunityStatsLineFragmentDoc,
    "\n  fragment OccurrenceItem on MeetingOccurrence {\n    startsAt\n    endsAt\n    originalStartsAt\n    cancelled\n    meeting {\n      id\n      title\n      timeZone\n      visibility\n      workingGroup {\n        code\n      }\n    }\n  }\n": typeof types.OccurrenceItemFragmentDoc,
    "\n  query Shell {\n    community {\n      name\n    }\n    authProviders {\n      id\n      name\n      loginUrl\n    }\n    viewer {\n      person {\n        id\n        displayName\n        role\n        timeZone\n      }\n    }\n  }\n": typeof types.ShellDocument,
};
const documents: Documents = {
    "\n  query MemberHome {\n    viewer {\n      person {\n        id\n        displayName\n        memberships {\n          id\n          role\n          status\n          requestedAt\n          workingGroup {\n            id\n            code\n            name\n            upcomingMeetings(first: 3) {\n              ...OccurrenceItem\n            }\n            documents(first: 3) {\n              edges {\n                node {\n                  id\n                  title\n                  kind\n                  updatedAt\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n    surveys {\n      id\n      slug\n      title\n      status\n      closesAt\n    }\n    news(first: 5) {\n      edges {\n        node {\n          ...NewsListItem\n        }\n      }\n    }\n  }\n": types.MemberHomeDocument,
    "\n  fragment NewsListItem on NewsItem {\n    id\n    title\n    pinned\n    publishedAt\n    workingGroup {\n      code\n    }\n  }\n": types.NewsListItemFragmentDoc,
    "\n  query PublicHome($from: DateTime!, $to: DateTime!) {\n    community {\n      name\n      mission\n      description\n      phases {\n        name\n        startsOn\n        endsOn\n        description\n      }\n      stats {\n        ...CommunityStatsLine\n      }\n    }\n    workingGroups {\n      id\n      code\n      name\n    }\n    news(first: 3) {\n      edges {\n        node {\n          ...NewsListItem\n        }\n      }\n    }\n    calendar(from: $from, to: $to) {\n      ...OccurrenceItem\n    }\n    faq {\n      id\n      question\n    }\n  }\n": types.PublicHomeDocument,
    "\n  fragment CommunityStatsLine on CommunityStats {\n    participants\n    people\n    members\n    workingGroups\n  }\n": types.CommunityStatsLineFragmentDoc,
    "\n  fragment OccurrenceItem on MeetingOccurrence {\n    startsAt\n    endsAt\n    originalStartsAt\n    cancelled\n    meeting {\n      id\n      title\n      timeZone\n      visibility\n      workingGroup {\n        code\n      }\n    }\n  }\n": types.OccurrenceItemFragmentDoc,
    "\n  query Shell {\n    community {\n      name\n    }\n    authProviders {\n      id\n      name\n      loginUrl\n    }\n    viewer {\n      person {\n        id\n        displayName\n        role\n        timeZone\n      }\n    }\n  }\n": types.ShellDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberHome {\n    viewer {\n      person {\n        id\n        displayName\n        memberships {\n          id\n          role\n          status\n          requestedAt\n          workingGroup {\n            id\n            code\n            name\n            upcomingMeetings(first: 3) {\n              ...OccurrenceItem\n            }\n            documents(first: 3) {\n              edges {\n                node {\n                  id\n                  title\n                  kind\n                  updatedAt\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n    surveys {\n      id\n      slug\n      title\n      status\n      closesAt\n    }\n    news(first: 5) {\n      edges {\n        node {\n          ...NewsListItem\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberHome {\n    viewer {\n      person {\n        id\n        displayName\n        memberships {\n          id\n          role\n          status\n          requestedAt\n          workingGroup {\n            id\n            code\n            name\n            upcomingMeetings(first: 3) {\n              ...OccurrenceItem\n            }\n            documents(first: 3) {\n              edges {\n                node {\n                  id\n                  title\n                  kind\n                  updatedAt\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n    surveys {\n      id\n      slug\n      title\n      status\n      closesAt\n    }\n    news(first: 5) {\n      edges {\n        node {\n          ...NewsListItem\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NewsListItem on NewsItem {\n    id\n    title\n    pinned\n    publishedAt\n    workingGroup {\n      code\n    }\n  }\n"): (typeof documents)["\n  fragment NewsListItem on NewsItem {\n    id\n    title\n    pinned\n    publishedAt\n    workingGroup {\n      code\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicHome($from: DateTime!, $to: DateTime!) {\n    community {\n      name\n      mission\n      description\n      phases {\n        name\n        startsOn\n        endsOn\n        description\n      }\n      stats {\n        ...CommunityStatsLine\n      }\n    }\n    workingGroups {\n      id\n      code\n      name\n    }\n    news(first: 3) {\n      edges {\n        node {\n          ...NewsListItem\n        }\n      }\n    }\n    calendar(from: $from, to: $to) {\n      ...OccurrenceItem\n    }\n    faq {\n      id\n      question\n    }\n  }\n"): (typeof documents)["\n  query PublicHome($from: DateTime!, $to: DateTime!) {\n    community {\n      name\n      mission\n      description\n      phases {\n        name\n        startsOn\n        endsOn\n        description\n      }\n      stats {\n        ...CommunityStatsLine\n      }\n    }\n    workingGroups {\n      id\n      code\n      name\n    }\n    news(first: 3) {\n      edges {\n        node {\n          ...NewsListItem\n        }\n      }\n    }\n    calendar(from: $from, to: $to) {\n      ...OccurrenceItem\n    }\n    faq {\n      id\n      question\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommunityStatsLine on CommunityStats {\n    participants\n    people\n    members\n    workingGroups\n  }\n"): (typeof documents)["\n  fragment CommunityStatsLine on CommunityStats {\n    participants\n    people\n    members\n    workingGroups\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OccurrenceItem on MeetingOccurrence {\n    startsAt\n    endsAt\n    originalStartsAt\n    cancelled\n    meeting {\n      id\n      title\n      timeZone\n      visibility\n      workingGroup {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment OccurrenceItem on MeetingOccurrence {\n    startsAt\n    endsAt\n    originalStartsAt\n    cancelled\n    meeting {\n      id\n      title\n      timeZone\n      visibility\n      workingGroup {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Shell {\n    community {\n      name\n    }\n    authProviders {\n      id\n      name\n      loginUrl\n    }\n    viewer {\n      person {\n        id\n        displayName\n        role\n        timeZone\n      }\n    }\n  }\n"): (typeof documents)["\n  query Shell {\n    community {\n      name\n    }\n    authProviders {\n      id\n      name\n      loginUrl\n    }\n    viewer {\n      person {\n        id\n        displayName\n        role\n        timeZone\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;