// What the evidence part of the reports domain offers other libraries (and the other parts).
export { EvidenceService } from './evidence.service';
export { CoverageService } from './coverage.service';
export {
  Evidence,
  EvidenceFigures,
  EvidenceKind,
  EvidenceCandidate,
  ReportCoverage,
  CoverageItem,
  CoverageItemKind,
  AnswerFilterValue,
} from './models/evidence.model';
export { EvidenceInput } from './inputs/evidence.input';
