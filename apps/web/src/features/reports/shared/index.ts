// Shared by the reading view (H6) and the editor (H7).
export * from './report-words';
export * from './report-input-errors';
export * from './report-fields';
export { ReportStatusBadge, PriorityBadge } from './status-badge';
export {
  EvidenceChangedBadge,
  EvidenceNoteBody,
  EvidenceNotes,
  evidenceNoteAnchor,
  type EvidenceFiguresData,
  type EvidenceNoteData,
} from './evidence-note';
