import { scopeForPerson } from '@cop/identity';
import { SQL_SAMPLE as S, perRole, sqlCases } from '@cop/platform';
import { MeetingPeopleRepository } from './meeting-people.repository';
import { meetingScope } from './meeting-visibility';
import { MeetingRepository, type MeetingFields } from './meeting.repository';
import { MeetingVisibility } from './meeting-visibility';

/** The meetings' SQL snapshots (libs/platform/src/database/sql-cases.ts): libs/meetings/sql/. */
const fields: MeetingFields = {
  title: 'Sample meeting',
  description: null,
  workingGroupId: S.group,
  startsAt: S.at,
  endsAt: S.later,
  timeZone: 'Europe/Berlin',
  rrule: 'FREQ=WEEKLY;COUNT=4',
  seriesEndsAt: S.later,
  location: null,
  videoUrl: null,
  visibility: 'WORKING_GROUP',
  organizerId: S.person,
};
const tokenHashOf = (generation: number) => `sample-token-hash-${generation}`;

export const meetingsSqlCases = [
  sqlCases('meetings/meeting.repository', MeetingRepository, {
    visibleInWindow: {
      ...perRole((v) => [meetingScope(v), S.at, S.later]),
      'MEMBER, my groups and two groups': [
        meetingScope({ personId: S.person, role: 'MEMBER' }),
        S.at,
        S.later,
        { groupIds: [S.group, S.otherGroup], minePersonId: S.person },
      ],
      'ANONYMOUS, public only (the public feed)': [meetingScope(null), S.at, S.later, { publicOnly: true }],
    },
    agendaLinksOf: perRole((v) => [[S.document], meetingScope(v)]),
    findById: [S.meeting],
    findByIds: [[S.meeting, S.id]],
    findByTitle: {
      'in a group': ['Sample meeting', S.group],
      'community-wide': ['Sample meeting', null],
    },
    lockById: [S.meeting],
    findWithExceptions: [S.meeting],
    exceptionsOf: [[S.meeting]],
    agendaOf: [[S.meeting]],
    attendanceOf: [[S.meeting]],
    activeSeatHolders: [[S.group, S.otherGroup]],
    memberIds: [],
    activeGroupIdsOf: [S.person],
    chairedGroupIdsOf: [S.person],
    isActiveChair: [S.person, S.group],
    groupById: [S.group],
    groupIdsByCodes: [['WG-S', 'WG-T']],
    minutesRecipients: {
      'minutes mail': [{ id: S.meeting }],
      'reminder (who wants reminders)': [{ id: S.meeting }, { wantsReminders: true }],
    },
    feedOf: [S.person],
    feedOwnerByHash: ['sample-token-hash-1'],
    insert: [fields],
    update: [S.meeting, fields],
    setStatus: [S.meeting, 'CANCELLED'],
    setMinutes: [S.meeting, 'Minutes'],
    touch: [S.meeting],
    cancelOccurrence: [S.meeting, S.at],
    moveOccurrence: [S.meeting, S.at, S.later, new Date(S.later.getTime() + 3_600_000)],
    deleteExceptionsAt: [S.meeting, [S.at]],
    replaceAgenda: [
      S.meeting,
      [
        {
          position: 1,
          title: 'Welcome',
          presenter: 'Sample Member',
          presenterPersonId: S.person,
          durationMinutes: 10,
          documentIds: [S.document],
        },
      ],
    ],
    upsertAttendance: [
      { meetingId: S.meeting, personId: S.person, occurrenceStartsAt: null, response: 'YES' },
    ],
    ensureFeed: [S.person, tokenHashOf],
    rotateFeed: [S.person, tokenHashOf],
  }),
  sqlCases('meetings/meeting-people.repository', MeetingPeopleRepository, {
    presentationsOf: perRole((v) => [[S.person, S.otherPerson], meetingScope(v), 5]),
    displayNamesOf: [[S.person, S.otherPerson]],
    presenterSuggestions: [
      scopeForPerson({ personId: S.person, role: 'OFFICE', via: 'session' }),
      { topicIds: [S.topic], words: 'grid storage' },
      5,
    ],
  }),
  sqlCases(
    'meetings/meeting-visibility',
    MeetingVisibility,
    { visibleIdsAmong: perRole((v) => [scopeForPerson(v), [S.meeting, S.id]]) },
    { sql: 'composed into the statements of the repositories', visible: 'a predicate: no SQL' },
  ),
];
