import { scopeForPerson } from '@cop/identity';
import { SQL_SAMPLE as S, perRole, sql, sqlCases } from '@cop/platform';
import { ExpertiseRepository } from './expertise.repository';

/** Expertise's SQL snapshots (libs/platform/src/database/sql-cases.ts): libs/expertise/sql/. */
export const expertiseSqlCases = [
  sqlCases('expertise/expertise.repository', ExpertiseRepository, {
    searchTerms: {
      ...perRole((v) => [scopeForPerson(v), { search: null, kind: null, limit: 20 }]),
      'MEMBER, tags by prefix': [
        scopeForPerson({ personId: S.person, role: 'MEMBER', via: 'session' }),
        { search: 'gri', kind: 'TAG', limit: 20 },
      ],
    },
    peopleCounts: perRole((v) => [scopeForPerson(v), [S.id]]),
    entriesOfPeople: perRole((v) => [scopeForPerson(v), [S.person, S.otherPerson]]),
    match: {
      ...perRole((v) => [scopeForPerson(v), { domains: ['HEP'], words: 'grid storage', limit: 10 }]),
      'MEMBER, topics, leaving people out': [
        scopeForPerson({ personId: S.person, role: 'MEMBER', via: 'session' }),
        { topicIds: [S.topic], excludePersonIds: [S.otherPerson], limit: 10 },
      ],
      'OFFICE, MEMBER and OFFICE people only, less a statement of ids': [
        scopeForPerson({ personId: S.person, role: 'OFFICE', via: 'session' }),
        {
          domains: ['HEP'],
          roles: ['MEMBER', 'OFFICE'],
          excludeSql: sql`SELECT x.person_id FROM person_expertise x WHERE x.term_id = ${S.id}::uuid`,
          limit: 10,
        },
      ],
    },
    termsByIds: [[S.id]],
    lockTerms: [[S.id]],
    termsByLabels: [['Grid', 'Storage']],
    entriesOf: [S.person],
    visibilityOf: [S.person],
    liveTermId: [S.id],
    insertTags: [['Grid', 'Storage']],
    renameTerm: [S.id, 'Renamed'],
    mergeTerms: [[S.id], S.otherGroup],
    replaceEntries: [S.person, [{ termId: S.id, level: 'KNOWS' }], S.at],
    setVisibility: [S.person, 'PRIVATE', S.at],
    eraseOf: [S.person],
  }),
];
