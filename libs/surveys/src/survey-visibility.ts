import { Injectable } from '@nestjs/common';
import type { Scope, Viewer } from '@cop/identity';
import { TransactionContext, Visibility, ident, isUuid, sql, type Sql } from '@cop/platform';

/**
 * Who may see which survey (DESIGN rule 4), decided here once: a DRAFT survey the office only;
 * OPEN and CLOSED ones anyone. Lists compose `surveyVisibleSql`, single surveys `surveyVisible`.
 * Below, the surveys' other rules as SQL, for queries of other domains (the digests): the same
 * rules as SurveysService.answerableOrThrow, for a signed-in person.
 */
export type SurveyScope = { kind: 'office' } | { kind: 'published' };

/** The caller as the rules read them: a request's Scope, or a Viewer (both have role and personId). */
type Caller = Pick<Scope, 'role' | 'personId'> | Viewer | null | undefined;

export function surveyScope(viewer: Caller): SurveyScope {
  return viewer?.role === 'OFFICE' && viewer.personId !== null ? { kind: 'office' } : { kind: 'published' };
}

/** The SQL condition on surveys alias `s`. */
export function surveyVisibleSql(scope: SurveyScope, s: string): Sql {
  return scope.kind === 'office' ? sql`TRUE` : sql`${ident(s)}.status <> 'DRAFT'`;
}

/** The same rule for one survey. */
export function surveyVisible(scope: SurveyScope, survey: { status: string }): boolean {
  return scope.kind === 'office' || survey.status !== 'DRAFT';
}

/**
 * Who may read a survey's results (surveyResults, and the reports citing them): the OFFICE at
 * any time; a MEMBER once the survey is CLOSED (by closeSurvey or its closesAt); nobody else.
 */
export function surveyResultsVisible(
  viewer: Pick<Viewer, 'role'> | null,
  survey: { status: string; closesAt: Date | null },
  now: Date,
): boolean {
  if (viewer?.role === 'OFFICE') return true;
  return viewer?.role === 'MEMBER' && surveyClosed(survey, now);
}

/** CLOSED by closeSurvey, or OPEN past its closesAt. */
function surveyClosed(survey: { status: string; closesAt: Date | null }, now: Date): boolean {
  return (
    survey.status === 'CLOSED' ||
    (survey.status === 'OPEN' && survey.closesAt !== null && now >= survey.closesAt)
  );
}

/**
 * The results rule for an audience: every reader of something published at a visibility (a
 * report's published notes), not one person. PUBLIC: the public, who never read results.
 * COMMUNITY and WORKING_GROUP: members, once the survey is CLOSED (surveyResultsVisible's MEMBER rule).
 */
export function surveyResultsVisibleToAudience(
  audience: Visibility,
  survey: { status: string; closesAt: Date | null },
  now: Date,
): boolean {
  return audience !== Visibility.PUBLIC && surveyClosed(survey, now);
}

/** The same rule as SQL on surveys alias `s`, at the instant `at`. */
export function surveyResultsVisibleSql(viewer: Pick<Viewer, 'role'> | null, s: string, at: Date): Sql {
  const a = ident(s);
  if (viewer?.role === 'OFFICE') return sql`TRUE`;
  if (viewer?.role !== 'MEMBER') return sql`FALSE`;
  return sql`(${a}.status = 'CLOSED' OR (${a}.status = 'OPEN' AND ${a}.closes_at IS NOT NULL AND ${a}.closes_at <= ${at}))`;
}

/** Survey alias `s` is OPEN and inside its window at the instant `at` (a bound value or a column). */
export function surveyAnswerableCondition(s: string, at: Sql): Sql {
  const a = ident(s);
  return sql`(${a}.status = 'OPEN' AND (${a}.opens_at IS NULL OR ${a}.opens_at <= ${at})
    AND (${a}.closes_at IS NULL OR ${a}.closes_at > ${at}))`;
}

/** The person `person` names (a bound id, or a column such as sql`p.id`) has submitted a response to survey alias `s`. */
export function surveyAnsweredByCondition(s: string, person: Sql): Sql {
  return sql`EXISTS (SELECT 1 FROM survey_responses sr WHERE sr.survey_id = ${ident(s)}.id
    AND sr.person_id = ${person} AND sr.submitted_at IS NOT NULL)`;
}

/**
 * When survey alias `s` opened: its opensAt, or the last change of an OPEN survey (only the
 * opening changes a survey once it left DRAFT).
 */
export function surveyOpenedAtExpression(s: string): Sql {
  const a = ident(s);
  return sql`GREATEST(${a}.opens_at, ${a}.updated_at)`;
}

/**
 * The surveys' visibility contract (issue 24): the SQL condition, the predicate for one survey,
 * and which of many surveys a caller may see, in one statement.
 */
@Injectable()
export class SurveyVisibility {
  constructor(private readonly tx: TransactionContext) {}

  /** The condition on surveys alias `s` for this caller. */
  sql(scope: Caller, s: string): Sql {
    return surveyVisibleSql(surveyScope(scope), s);
  }

  /** The same rule for one survey. */
  visible(scope: Caller, survey: { status: string }): boolean {
    return surveyVisible(surveyScope(scope), survey);
  }

  /** The ids among `ids` of surveys the caller may see (unknown ids and non-UUIDs left out). */
  async visibleIdsAmong(scope: Caller, ids: readonly string[]): Promise<Set<string>> {
    const wanted = [...new Set(ids.filter(isUuid))];
    if (!wanted.length) return new Set();
    const rows = await this.tx.query<{ id: string }>(
      sql`SELECT s.id FROM surveys s WHERE s.id = ANY(${wanted}::uuid[]) AND ${surveyVisibleSql(surveyScope(scope), 's')}`,
    );
    return new Set(rows.map((r) => r.id));
  }
}
