import { SQL_SAMPLE as S, sqlCases } from '@cop/platform';
import { PrivacyRepository } from './privacy.repository';

/** Privacy's SQL snapshots (libs/platform/src/database/sql-cases.ts): libs/privacy/sql/. */
export const privacySqlCases = [
  sqlCases('privacy/privacy.repository', PrivacyRepository, {
    insert: ['EXPORT', S.person, S.at],
    find: { read: [S.id], locked: [S.id, { lock: true }] },
    pendingOf: ['ERASURE', S.person],
    exportsOf: [S.person],
    pendingErasures: [20],
    complete: [S.id, 'DONE', S.at],
    setStored: [S.id, 'exports/sample.zip'],
    setReady: [S.id, 'sample-token-hash', S.at, S.later],
    setMailed: [S.id, S.at],
    markFailed: [S.id],
    claimDownload: ['sample-token-hash', S.at],
    filesToPurge: [S.at, 20],
    clearFile: [S.id, 'exports/sample.zip'],
    forgetPerson: [S.person],
    exportRecordsOf: [S.person],
    page: { first: [20, null], 'after a cursor': [20, [S.at.toISOString(), S.id]] },
  }),
];
