import { isOffice, type Viewer } from '@cop/identity';

/**
 * Who may see which survey (DESIGN rule 4), decided here once: a DRAFT survey the office only;
 * OPEN and CLOSED ones anyone. Lists compose `surveyVisibleSql`, single surveys `surveyVisible`.
 * Below, the surveys' other rules as SQL, for queries of other domains (the digests): the same
 * rules as SurveysService.answerableOrThrow, for a signed-in person.
 */
export type SurveyScope = { kind: 'office' } | { kind: 'published' };

export function surveyScope(viewer: Viewer | null): SurveyScope {
  return isOffice(viewer) ? { kind: 'office' } : { kind: 'published' };
}

/** The SQL condition on surveys alias `s`. */
export function surveyVisibleSql(scope: SurveyScope, s: string): string {
  return scope.kind === 'office' ? 'TRUE' : `${s}.status <> 'DRAFT'`;
}

/** The same rule for one survey. */
export function surveyVisible(scope: SurveyScope, survey: { status: string }): boolean {
  return scope.kind === 'office' || survey.status !== 'DRAFT';
}

/** Survey alias `s` is OPEN and inside its window at the instant bound to `at`. */
export function surveyAnswerableSql(s: string, at: string): string {
  return `(${s}.status = 'OPEN' AND (${s}.opens_at IS NULL OR ${s}.opens_at <= ${at})
    AND (${s}.closes_at IS NULL OR ${s}.closes_at > ${at}))`;
}

/** The person bound to `person` has submitted a response to survey alias `s`. */
export function surveyAnsweredBySql(s: string, person: string): string {
  return `EXISTS (SELECT 1 FROM survey_responses sr WHERE sr.survey_id = ${s}.id
    AND sr.person_id = ${person} AND sr.submitted_at IS NOT NULL)`;
}

/**
 * When survey alias `s` opened: its opensAt, or the last change of an OPEN survey (only the
 * opening changes a survey once it left DRAFT).
 */
export function surveyOpenedAtSql(s: string): string {
  return `GREATEST(${s}.opens_at, ${s}.updated_at)`;
}
