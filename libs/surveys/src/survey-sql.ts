import { ident, sql, type Sql } from '@cop/platform';
import {
  surveyAnswerableCondition,
  surveyAnsweredByCondition,
  surveyOpenedAtExpression,
} from './survey-visibility';

/**
 * Surveys as SQL for the statements of other domains (issue 24), in the style of community's
 * seat-sql.ts: they compose these instead of reading the surveys table themselves. A survey is
 * given as SQL (a column of the outer statement, such as sql`e.survey_id`); `alias` names the
 * surveys row inside, kept apart from the outer statement's aliases.
 */

/**
 * A derived table for `LEFT JOIN LATERAL (…) x ON TRUE`: the survey's slug and what its results
 * rule needs (surveyResultsVisible): rows slug, status, "closesAt"; none for no survey.
 */
export function surveyResultFactsSql(survey: Sql, alias = 'srf'): Sql {
  const s = ident(alias);
  return sql`SELECT ${s}.slug, ${s}.status, ${s}.closes_at AS "closesAt" FROM surveys ${s} WHERE ${s}.id = ${survey}`;
}

/**
 * A derived table for the digests (`JOIN LATERAL (…) s ON TRUE`): the surveys answerable at `at`
 * that `person` (an outer column such as sql`p.id`) has not answered (rows id, slug, title,
 * closes_at, opened_at: surveyOpenedAtExpression). `alias` names the surveys row inside.
 */
export function surveysAnswerableBySql(at: Sql, person: Sql, alias = 'sab'): Sql {
  const s = ident(alias);
  return sql`SELECT ${s}.id, ${s}.slug, ${s}.title, ${s}.closes_at, ${surveyOpenedAtExpression(alias)} AS opened_at
      FROM surveys ${s}
      WHERE ${surveyAnswerableCondition(alias, at)} AND NOT ${surveyAnsweredByCondition(alias, person)}`;
}
