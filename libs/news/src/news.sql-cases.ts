import { SQL_SAMPLE as S, sqlCases } from '@cop/platform';
import { NewsRepository } from './news.repository';

/** News and FAQ's SQL snapshots (libs/platform/src/database/sql-cases.ts): libs/news/sql/. */
const fields = { title: 'Sample news', body: 'Body', pinned: false, workingGroupId: null };

export const newsSqlCases = [
  sqlCases('news/news.repository', NewsRepository, {
    page: {
      first: [null, 20],
      'after a cursor': [{ pinned: false, publishedAt: S.at.toISOString(), id: S.id }, 20],
    },
    findById: [S.id],
    findByTitle: ['Sample news'],
    faqEntries: [],
    insert: [{ ...fields, authorId: S.person, publishedAt: S.at }],
    update: [S.id, fields],
    delete: [S.id],
    replaceFaq: [[{ question: 'Who?', answer: 'Us.' }]],
  }),
];
