import { sql, type Sql } from '@cop/platform';

/**
 * The use cases' compendium as SQL for the statements of other domains (issue 24), in the style of
 * community's seat-sql.ts: the reports' evidence runs these instead of reading use_cases and
 * requirements itself, so the tables stay the use cases' and a change to them is made here once.
 * Who may see a use case is use-case-visibility.ts; these statements decide nothing about a viewer.
 * `pattern`: a LIKE pattern, escaped by the caller.
 */

/** The columns of a requirement with its use case's title (requirements r JOIN use_cases u). */
const REQUIREMENT_SOURCE = sql`r.id, r.use_case_id AS "useCaseId", u.title AS "useCaseTitle", r.category, r.metric,
             r.value, r.unit, r.year, r.note
      FROM requirements r JOIN use_cases u ON u.id = r.use_case_id`;

/** A statement: the requirements of these ids (rows id, "useCaseId", "useCaseTitle", category, metric, value, unit, year, note). */
export function requirementSourcesByIdsSql(ids: readonly string[]): Sql {
  return sql`SELECT ${REQUIREMENT_SOURCE}
      WHERE r.id = ANY(${ids}::uuid[])`;
}

/** A statement: the requirements of these use cases, in each one's order (rows as requirementSourcesByIdsSql). */
export function requirementSourcesOfUseCasesSql(useCaseIds: readonly string[]): Sql {
  return sql`SELECT ${REQUIREMENT_SOURCE}
      WHERE r.use_case_id = ANY(${useCaseIds}::uuid[]) ORDER BY r.use_case_id, r.position`;
}

/** A statement: requirements whose metric or use case title matches, recently changed use cases first. */
export function requirementCandidatesSql(pattern: string, limit: number): Sql {
  return sql`SELECT ${REQUIREMENT_SOURCE}
      WHERE r.metric ILIKE ${pattern} OR u.title ILIKE ${pattern}
      ORDER BY u.updated_at DESC, r.use_case_id, r.position
      LIMIT ${limit}`;
}

/** A statement: every COMPLETE use case, by title (rows id, title). */
export function completeUseCasesSql(): Sql {
  return sql`SELECT u.id, u.title FROM use_cases u WHERE u.status = 'COMPLETE' ORDER BY u.title, u.id`;
}

/**
 * A statement: the use cases whose title or one of whose parts matches, title matches and recently
 * changed first (rows id, title, parts: the parts by their GraphQL names).
 */
export function useCaseCandidatesSql(pattern: string, limit: number): Sql {
  return sql`SELECT u.id, u.title, json_build_object(
          'scientificChallenge', u.scientific_challenge, 'storage', u.storage, 'dataTransport', u.data_transport,
          'compute', u.compute, 'workflowManagement', u.workflow_management, 'accessAndAnalysis', u.access_and_analysis,
          'gapAnalysis', u.gap_analysis, 'nonTechnicalChallenges', u.non_technical_challenges) AS parts
      FROM use_cases u
      WHERE u.title ILIKE ${pattern} OR u.gap_analysis ILIKE ${pattern} OR u.scientific_challenge ILIKE ${pattern}
        OR u.storage ILIKE ${pattern} OR u.data_transport ILIKE ${pattern} OR u.compute ILIKE ${pattern}
        OR u.workflow_management ILIKE ${pattern} OR u.access_and_analysis ILIKE ${pattern}
        OR u.non_technical_challenges ILIKE ${pattern}
      ORDER BY (u.title ILIKE ${pattern}) DESC, u.updated_at DESC, u.id
      LIMIT ${limit}`;
}
