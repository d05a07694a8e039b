import { SQL_SAMPLE as S, sqlCases } from '@cop/platform';
import { DigestsRepository } from './digests.repository';

/**
 * The digests' SQL snapshots (libs/platform/src/database/sql-cases.ts): libs/digests/sql/. Each
 * digest statement decides for many people at once, every visibility rule composed per row.
 */
const people = [S.person, S.otherPerson];
const window = {
  periodStart: S.at,
  periodEnd: S.later,
  at: S.later,
  meetingsTo: new Date(S.later.getTime() + 7 * 86_400_000),
  closingTo: new Date(S.later.getTime() + 3 * 86_400_000),
};
const until = S.later;

export const digestsSqlCases = [
  sqlCases('digests/digests.repository', DigestsRepository, {
    documents: [people, window],
    news: [people, window],
    meetings: [people, window],
    meetingExceptions: [[S.meeting]],
    pendingRequests: [people, window],
    reportComments: [people, window],
    surveys: [people, window],
    contentWatermarks: [people],
    people: [people, 'WEEKLY'],
    person: [S.person],
    zonesInUse: [],
    zoneMembers: ['WEEKLY', ['Europe/Berlin', null], S.digestRun],
    createRun: [
      'WEEKLY',
      { label: '2026-03-09', start: S.later, end: new Date(S.later.getTime() + 7 * 86_400_000) },
      S.at,
    ],
    findRun: [S.digestRun],
    findRunOf: ['WEEKLY', '2026-03-02'],
    listRuns: [20],
    startZone: [S.digestRun, 'Europe/Rome', { start: S.at, end: S.later }, S.at],
    findZoneRun: { read: [S.digestZone], locked: [S.digestZone, true] },
    startZoneRun: [S.digestZone, 2, 1, S.at],
    finishBatch: [
      {
        id: S.digestZone,
        runId: S.digestRun,
        frequency: 'WEEKLY',
        zone: 'Europe/Berlin',
        periodStart: S.at,
        periodEnd: S.later,
        status: 'RUNNING',
        members: 2,
        batches: 1,
        startedAt: S.at,
      },
      0,
      1,
      S.at,
    ],
    refreshRun: [S.digestRun, S.at],
    skippedOf: [S.digestRun],
    advanceWatermarks: [
      [
        {
          personId: S.person,
          contentUntil: until,
          meetingsUntil: until,
          surveysUntil: until,
          surveysClosingUntil: until,
        },
      ],
    ],
    stopDigests: [S.person],
  }),
];
