import { SQL_SAMPLE as S, sqlCases } from '@cop/platform';
import { InitiativesRepository } from './initiatives.repository';

/** The initiatives' SQL snapshots (libs/platform/src/database/sql-cases.ts): libs/initiatives/sql/. */
const initiative = { slug: 'sample', name: 'Sample initiative', description: null, url: null };
const group = { name: 'Sample initiative group', description: null };
const target = {
  name: 'Sample target',
  description: null,
  url: null,
  dueDate: '2026-06-30',
  initiativeId: S.initiative,
};

export const initiativesSqlCases = [
  sqlCases('initiatives/initiatives.repository', InitiativesRepository, {
    allInitiatives: [],
    initiativeBySlug: ['sample'],
    initiativesByIds: [[S.initiative, S.id]],
    lockInitiative: [S.initiative],
    slugTaken: { new: ['sample', null], 'another initiative': ['sample', S.id] },
    groupsOfInitiatives: [[S.initiative]],
    groupsByIds: [[S.id]],
    lockGroup: [S.id],
    groupNameTaken: { new: [S.initiative, 'Group', null], 'another group': [S.initiative, 'Group', S.id] },
    linksOfGroups: [[S.id]],
    linksOfWorkingGroups: [[S.group]],
    membersOfGroups: [[S.id]],
    peopleInBothOfGroups: [[S.id]],
    workingGroupExists: [S.group],
    roleOfPerson: [S.person],
    targetsByIds: [[S.id]],
    targetsOfInitiatives: [[S.initiative]],
    targetsDue: { all: [null, null], 'in a window': ['2026-03-01', '2026-06-30'] },
    targetByName: ['Sample target'],
    lockTarget: [S.id],
    insertInitiative: [{ ...initiative, slug: 'new' }, S.at],
    updateInitiative: [S.initiative, initiative, S.at],
    touchInitiative: [S.initiative, S.at],
    insertGroup: [S.initiative, { ...group, name: 'New initiative group' }],
    updateGroup: [S.id, group],
    deleteGroup: [S.id],
    link: [S.id, S.group, S.person, S.at],
    unlink: [S.id, S.group],
    mark: [S.id, S.person, S.person, S.at],
    unmark: [S.id, S.person],
    insertTarget: [target, S.at],
    updateTarget: [S.id, target],
    deleteTarget: [S.id],
  }),
];
