import { scopeForPerson } from '@cop/identity';
import { SQL_SAMPLE as S, perRole, sqlCases } from '@cop/platform';
import { UseCasePeopleRepository } from './use-case-people.repository';
import { UseCasesRepository } from './use-cases.repository';
import { UseCaseVisibility, useCaseScope } from './use-case-visibility';

/** The use cases' SQL snapshots (libs/platform/src/database/sql-cases.ts): libs/use-cases/sql/. */
export const useCasesSqlCases = [
  sqlCases(
    'use-cases/use-cases.repository',
    UseCasesRepository,
    {
      page: {
        first: [{ status: null, domain: null, after: null, limit: 20 }],
        'filtered, after a cursor': [
          {
            status: 'PROPOSED',
            domain: 'HEP',
            after: { updatedAt: S.at.toISOString(), id: S.useCase },
            limit: 20,
          },
        ],
      },
      findById: [S.useCase],
      lockById: [S.useCase],
      findByIds: [[S.useCase, S.id]],
      findByTitle: ['Sample use case'],
      existingPeople: [[S.person, S.id]],
      existingWorkingGroups: [[S.group, S.id]],
      isExpert: [S.useCase, S.person],
      expertsOf: [[S.useCase]],
      workingGroupsOf: [[S.useCase]],
      requirementsOf: [[S.useCase]],
      totals: {
        all: [{ year: null, category: null }],
        'one year and category': [{ year: 2030, category: 'STORAGE' }],
      },
      update: [S.useCase, { title: 'Renamed' }],
      replaceExperts: [S.useCase, [S.person]],
      replaceWorkingGroups: [S.useCase, [S.group]],
      replaceRequirements: [
        S.useCase,
        [{ category: 'STORAGE', metric: 'Disk', value: 12, unit: 'PB', year: 2030, note: null }],
      ],
    },
    { insert: "TypeORM's save of one entity" },
  ),
  sqlCases('use-cases/use-case-people.repository', UseCasePeopleRepository, {
    expertLinksOf: perRole((v) => [[S.person, S.otherPerson], useCaseScope(v)]),
    expertSuggestions: perRole((v) => [
      scopeForPerson(v),
      { id: S.useCase, domains: ['HEP'], title: 'Grid storage at scale' },
      5,
    ]),
  }),
  sqlCases(
    'use-cases/use-case-visibility',
    UseCaseVisibility,
    { visibleIdsAmong: perRole((v) => [scopeForPerson(v), [S.useCase, S.id]]) },
    { sql: 'composed into the statements of the repositories', visible: 'a predicate: no SQL' },
  ),
];
