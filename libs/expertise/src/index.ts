// @cop/expertise (issue 26): what people know or want to work on, from a shared vocabulary (the
// survey's domains, the working groups' topics, free tags the office merges), who may see it, the
// directory's expertise filters, and the match the suggestions are computed with.
export { ExpertiseModule } from './expertise.module';
export { ExpertiseService } from './expertise.service';
export { ExpertiseRepository } from './expertise.repository';
export { ExpertisePersonalData } from './personal-data';
export type { TermRow, EntryRow } from './expertise.repository';
export { expertiseVisibleSql, expertiseVisible } from './expertise-visibility';
export type { ExpertiseVisibilityValue } from './expertise-visibility';
export { expertSuggestionsSql, wordsOf, MATCH_WEIGHTS } from './expertise-match';
export type { ExpertMatchQuery, ExpertMatchRow, ExpertMatchTerm } from './expertise-match';
export type { ExpertiseLevelValue, ExpertiseTermKindValue } from './expertise.entity';
export {
  ExpertiseEntry,
  ExpertiseLevel,
  ExpertiseTerm,
  ExpertiseTermKind,
  ExpertiseVisibility,
} from './models/expertise.model';
export { ExpertiseEntryInput, MyExpertiseInput } from './inputs/expertise.input';
export { expertiseSqlCases } from './expertise.sql-cases';
