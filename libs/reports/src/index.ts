// @cop/reports: reports of the CoP's second phase, with recommendations traced to their evidence.
export { ReportsModule, ReportsJobsModule } from './reports.module';
export {
  Report,
  ReportConnection,
  ReportSection,
  Recommendation,
  ReportStatus,
  RecommendationPriority,
} from './models/report.model';
export type { ReportEntity, ReportStatusValue } from './report.entity';
export * from './core/public';
export * from './evidence/public';
export * from './review/public';
export * from './publishing/public';
export { reportsSqlCases } from './reports.sql-cases';
