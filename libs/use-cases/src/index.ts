// @cop/use-cases: the compendium of use cases, their requirements and the totals across them.
export { UseCasesModule } from './use-cases.module';
export { UseCasesService, USE_CASE_PART_MAX_CHARS, toUseCase } from './use-cases.service';
export { UseCasesRepository } from './use-cases.repository';
export {
  UseCaseVisibility,
  useCaseScope,
  useCaseVisible,
  useCaseVisibleSql,
  useCasesVisibleToAudience,
  type UseCaseScope,
} from './use-case-visibility';
export type { RequirementFields, UseCaseFields, RequirementTotalRow } from './use-cases.repository';
export {
  completeUseCasesSql,
  requirementCandidatesSql,
  requirementSourcesByIdsSql,
  requirementSourcesOfUseCasesSql,
  useCaseCandidatesSql,
} from './use-case-sql';
export type { UseCaseEntity, RequirementEntity } from './use-case.entity';
export {
  UseCase,
  UseCaseConnection,
  Requirement,
  RequirementTotal,
  UseCaseStatus,
  RequirementCategory,
  RequirementUnit,
} from './models/use-case.model';
export { TEMPLATE_PARTS, DEFAULT_PART_MAX_CHARS, completeness, metricKey } from './use-case-rules';
export { useCasesSqlCases } from './use-cases.sql-cases';
export { ExpertSuggestion, reasonsOf } from './models/expert-suggestion.model';
export { MAX_SUGGESTIONS, suggestionCount, toSuggestions } from './use-case-people.service';
