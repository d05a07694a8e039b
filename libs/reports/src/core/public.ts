// What the core part of the reports domain offers other libraries (and the other parts).
export { ReportsService } from './reports.service';
export { ReportsRepository } from './reports.repository';
export {
  mayEditReport,
  mayReadReports,
  sectionNumber,
  recommendationNumber,
  type EditorFacts,
} from './report-rules';
