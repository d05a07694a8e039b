// What the publishing part of the reports domain offers other libraries.
export { PublishingService } from './publishing.service';
export { ReportPublication } from './models/report-publication.model';
export { reportToMarkdown } from './export/markdown';
export { reportToDocx } from './export/docx';
export {
  EVIDENCE_NOT_PUBLIC_AT_VISIBILITY,
  EVIDENCE_NOT_VISIBLE_TO_YOU,
  type ReportExport,
  type ExportSection,
  type ExportRecommendation,
  type ExportEvidence,
} from './export/report-export';
