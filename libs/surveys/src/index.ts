// @cop/surveys: conditional questionnaires, drafts and responses, results.
export { SurveysModule } from './surveys.module';
export { SurveysService, RESULT_TEXTS_MAX } from './surveys.service';
export { SURVEY_TEXT_MAX_LENGTH, OTHER_OPTION_KEY } from './survey-definition';
export type { SurveyFieldsInput, AnswerInputLike } from './survey-definition';
export * from './models/survey.model';
export {
  SurveyVisibility,
  surveyScope,
  surveyVisible,
  surveyVisibleSql,
  surveyAnswerableCondition,
  surveyAnsweredByCondition,
  surveyOpenedAtExpression,
  surveyResultsVisible,
  surveyResultsVisibleSql,
  surveyResultsVisibleToAudience,
} from './survey-visibility';
export { surveyResultFactsSql, surveysAnswerableBySql } from './survey-sql';
export { AnswerFilter } from './inputs/survey.input';
export { surveysSqlCases } from './surveys.sql-cases';
