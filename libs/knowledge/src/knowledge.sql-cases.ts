import { scopeForPerson } from '@cop/identity';
import { SQL_SAMPLE as S, SQL_SAMPLE_VIEWERS, perRole, sqlCases } from '@cop/platform';
import { documentScope } from './document-visibility';
import { DocumentsRepository } from './documents.repository';
import { parseSearchQuery } from './search-query';
import { DocumentVisibility } from './document-visibility';

/** The knowledge base's SQL snapshots (libs/platform/src/database/sql-cases.ts): libs/knowledge/sql/. */
const M = SQL_SAMPLE_VIEWERS.MEMBER;
const cursor = { updatedAt: S.at.toISOString(), id: S.document };
const filter = {
  workingGroupIds: [S.group],
  topicIds: [S.topic],
  kinds: ['NOTE' as const],
  visibilities: ['WORKING_GROUP' as const],
  tags: ['grid'],
  authorId: S.person,
  updatedSince: S.at,
};
const fields = {
  title: 'Sample',
  summary: 'A summary',
  body: 'Body',
  kind: 'NOTE' as const,
  visibility: 'COMMUNITY' as const,
  externalUrl: null,
  tags: ['grid'],
};

export const knowledgeSqlCases = [
  sqlCases(
    'knowledge/documents.repository',
    DocumentsRepository,
    {
      findVisible: perRole((v) => [S.document, documentScope(v)]),
      findVisibleAmong: perRole((v) => [[S.document, S.id], documentScope(v)]),
      authoredBy: perRole((v) => [[S.person, S.otherPerson], documentScope(v), 5]),
      lockById: [S.document],
      findByTitle: ['Sample document'],
      page: {
        ...perRole((v) => [documentScope(v), {}, null, 20]),
        'MEMBER, every filter, after a cursor': [documentScope(M), filter, cursor, 20],
      },
      pagesOfGroups: {
        ...perRole((v) => [documentScope(v), [{ groupId: S.group, after: null }], 5]),
        'MEMBER, two groups, one after a cursor, no totals': [
          documentScope(M),
          [
            { groupId: S.group, after: null },
            { groupId: S.otherGroup, after: cursor },
          ],
          5,
          false,
        ],
      },
      search: {
        ...perRole((v) => [
          documentScope(v),
          {},
          parseSearchQuery('grid computing'),
          20,
          { countCap: 1000, candidates: 200 },
        ]),
        'MEMBER, filtered': [
          documentScope(M),
          { kinds: ['NOTE'] },
          parseSearchQuery('"data lake" -tape'),
          20,
          { countCap: 1000, candidates: 200 },
        ],
      },
      tagCounts: {
        ...perRole((v) => [documentScope(v), null, 50]),
        'MEMBER, by prefix': [documentScope(M), 'gr', 10],
      },
      findVisibleAttachment: perRole((v) => [S.id, documentScope(v)]),
      pageDeleted: {
        first: [null, 20],
        'after a cursor': [{ deletedAt: S.at.toISOString(), id: S.document }, 20],
      },
      lockDeleted: [S.document],
      chairedGroupIds: [S.person],
      groupLinks: [[S.document]],
      topicLinks: [[S.document]],
      versionsOf: [[S.document]],
      attachmentsOf: [[S.document]],
      storageKeyUsed: ['sample/key'],
      insert: [{ ...fields, authorId: S.person, at: S.at }],
      update: [S.document, fields, S.at],
      softDelete: [S.document, S.at],
      setGroups: [S.document, [S.group]],
      setTopics: [S.document, [S.topic]],
      insertVersion: [
        {
          documentId: S.document,
          version: 1,
          title: 'Sample document',
          summary: null,
          body: null,
          editedBy: S.person,
          editedAt: S.at,
        },
      ],
      deleteAttachment: [S.id],
    },
    {
      restoreDeleted: 'needs a deleted document; its UPDATE is the one of softDelete with deleted_at = NULL',
      insertAttachment: "TypeORM's save of one entity",
    },
  ),
  sqlCases(
    'knowledge/document-visibility',
    DocumentVisibility,
    { visibleIdsAmong: perRole((v) => [scopeForPerson(v), [S.document, S.id]]) },
    { sql: 'composed into the statements of the repositories', visible: 'a predicate: no SQL' },
  ),
];
