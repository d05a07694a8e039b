import { ident, sql, type Sql } from '@cop/platform';

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
