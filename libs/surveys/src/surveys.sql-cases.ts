import { scopeForPerson } from '@cop/identity';
import { SQL_SAMPLE as S, perRole, sqlCases } from '@cop/platform';
import { surveyScope } from './survey-visibility';
import { SurveysRepository } from './surveys.repository';
import { SurveyVisibility } from './survey-visibility';

/** The surveys' SQL snapshots (libs/platform/src/database/sql-cases.ts): libs/surveys/sql/. */
const answers = [
  { questionKey: 'role', optionKeys: ['manager'], otherText: null, text: null, number: null },
  { questionKey: 'size', optionKeys: [], otherText: null, text: null, number: 12 },
];

export const surveysSqlCases = [
  sqlCases(
    'surveys/surveys.repository',
    SurveysRepository,
    {
      list: perRole((v) => [surveyScope(v)]),
      findById: [S.survey],
      findBySlug: ['sample'],
      slugTaken: { new: ['sample', null], 'another survey': ['sample', S.id] },
      countSubmitted: [[S.survey, S.id]],
      hasResponses: [S.survey],
      findPersonResponse: [S.survey, S.person],
      answersOf: [S.id],
      results: {
        unfiltered: [S.survey, [], ['comments'], 20],
        'two filters': [
          S.survey,
          [
            { questionKey: 'role', anyOf: ['manager', 'developer'] },
            { questionKey: 'country', anyOf: ['DE'] },
          ],
          ['comments'],
          20,
        ],
      },
      exportPage: { first: [S.survey, null, 100], 'after a response': [S.survey, S.id, 100] },
      update: [S.survey, { title: 'Renamed', status: 'CLOSED' }],
      saveResponse: {
        'signed in': [
          { surveyId: S.survey, personId: S.person, submittedAt: S.at, shownKeys: ['role', 'size'] },
          answers,
        ],
        'signed out': [
          { surveyId: S.survey, personId: null, submittedAt: S.at, shownKeys: ['role', 'size'] },
          answers,
        ],
      },
      rebuildBitmaps: [S.survey],
    },
    {
      insert: "TypeORM's save of one entity (a survey's whole definition)",
      setBits: 'private: in saveResponse',
      clearBits: 'private: in saveResponse',
    },
  ),
  sqlCases(
    'surveys/survey-visibility',
    SurveyVisibility,
    { visibleIdsAmong: perRole((v) => [scopeForPerson(v), [S.survey, S.id]]) },
    { sql: 'composed into the statements of the repositories', visible: 'a predicate: no SQL' },
  ),
];
