// What the core part of the reports domain offers other libraries (and the other parts).
export { ReportsService, toReport, toSection, toRecommendation } from './reports.service';
export { ReportWritesService, StaleVersionError } from './report-writes.service';
export { ReportsRepository } from './reports.repository';
export { ReportVisibility, reportVisibleSql } from './report-visibility';
export { ReportInput, ReportSectionInput, RecommendationInput } from './inputs/report.input';
export {
  mayEditReport,
  mayReadReports,
  mayCreateReport,
  sectionNumber,
  recommendationNumber,
  rolesById,
  type EditorFacts,
} from './report-rules';
