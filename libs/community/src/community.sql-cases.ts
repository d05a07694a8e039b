import { scopeForPerson } from '@cop/identity';
import { SQL_SAMPLE as S, perRole, sqlCases } from '@cop/platform';
import { CommunityRepository } from './community.repository';
import { seatScope } from './membership-visibility';
import { MembershipsRepository } from './memberships.repository';
import { WorkingGroupsRepository } from './working-groups.repository';
import { MembershipVisibility } from './membership-visibility';

/** The community's SQL snapshots (libs/platform/src/database/sql-cases.ts): libs/community/sql/. */
const groupFields = {
  code: 'WG-N',
  name: 'New group',
  description: null,
  joinPolicy: 'OPEN' as const,
  seatLimit: null,
};

export const communitySqlCases = [
  sqlCases('community/memberships.repository', MembershipsRepository, {
    pageOfGroups: {
      ...perRole((v) => [[S.group, S.otherGroup], seatScope(v), null, 20]),
      'MEMBER, after a cursor': [
        [S.group],
        seatScope({ personId: S.person, role: 'MEMBER' }),
        { chairFirst: 1, requestedAt: S.at.toISOString(), id: S.id },
        20,
      ],
    },
    visibleCounts: perRole((v) => [[S.group, S.otherGroup], seatScope(v)]),
    visibleOfPeople: perRole((v) => [[S.person, S.otherPerson], seatScope(v)]),
    findById: [S.id],
    findSeat: [S.person, S.group],
    countActiveSeats: [S.group],
    countActiveChairs: [S.group],
    isActiveChair: [S.person, S.group],
    eventsOfGroup: [S.group],
    historyPage: { first: [S.group, null, 20], 'after an event': [S.group, '42', 20] },
    countHistory: [S.group],
    growth: [S.at],
    activeCounts: [[S.group, S.otherGroup]],
    activeChairs: [[S.group, S.otherGroup]],
    seatsOfPersonIn: [S.person, [S.group, S.otherGroup]],
    stats: [],
    personBrief: [S.person],
    recipientsOfRequest: [S.group],
    insert: [
      {
        personId: S.otherPerson,
        workingGroupId: S.group,
        role: 'MEMBER',
        status: 'PENDING',
        requestedAt: S.at,
        joinedAt: null,
      },
    ],
    update: [S.id, { status: 'ACTIVE', joinedAt: S.at }],
    delete: [S.id],
    recordEvent: [
      { id: S.id, personId: S.person, workingGroupId: S.group, role: 'MEMBER' },
      'JOINED',
      S.person,
    ],
  }),
  sqlCases('community/working-groups.repository', WorkingGroupsRepository, {
    page: {
      'every group, bounded': [{ search: null, after: null, limit: 1000 }],
      'searched, after a group': [{ search: 'data', after: S.group, limit: 30 }],
    },
    findById: [S.group],
    findByIds: [[S.group, S.otherGroup]],
    findByCode: ['WG-S'],
    lockById: [S.group],
    codeTaken: { new: ['WG-S', null], 'another group': ['WG-S', S.otherGroup] },
    count: [],
    topicsOfGroups: [[S.group, S.otherGroup]],
    topicsByIds: [[S.topic, S.id]],
    findTopicById: [S.topic],
    topicNameTaken: {
      new: [S.group, 'Sample topic', null],
      'another topic': [S.group, 'Sample topic', S.id],
    },
    insert: [groupFields],
    update: [S.group, { name: 'Renamed', seatLimit: 12 }],
    insertTopic: [{ workingGroupId: S.group, name: 'New topic', description: null }],
    updateTopic: [S.topic, { name: 'Renamed topic', description: 'About' }],
    deleteTopic: [S.topic],
  }),
  sqlCases('community/community.repository', CommunityRepository, {
    findTheCommunity: [],
    saveTheCommunity: [
      { name: 'Sample CoP', shortName: null, mission: 'Share', description: null, phases: [] },
    ],
  }),
  sqlCases(
    'community/membership-visibility',
    MembershipVisibility,
    { visibleIdsAmong: perRole((v) => [scopeForPerson(v), [S.id, S.otherGroup]]) },
    { sql: 'composed into the statements of the repositories', visible: 'a predicate: no SQL' },
  ),
];
