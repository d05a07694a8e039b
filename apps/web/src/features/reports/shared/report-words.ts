import { formatInZone } from '../../../components/time';

/**
 * Words for reports, shared by the list, the reading view and the editor. The unions repeat the
 * API's enums so these files stand on their own; the generated types are the same strings.
 */
export type ReportStatusValue = 'DRAFTING' | 'IN_REVIEW' | 'PUBLISHED';
export type PriorityValue = 'HIGH' | 'MEDIUM' | 'LOW';
export type EvidenceKindValue = 'SURVEY_RESULT' | 'USE_CASE' | 'DOCUMENT_VERSION' | 'MEETING_MINUTES';

export const REPORT_STATUS_ORDER: readonly ReportStatusValue[] = ['DRAFTING', 'IN_REVIEW', 'PUBLISHED'];

export const REPORT_STATUS_WORDS: Record<ReportStatusValue, string> = {
  DRAFTING: 'Drafting',
  IN_REVIEW: 'In review',
  PUBLISHED: 'Published',
};

// Plain color names: the theme gives their light and outline variants inks that pass AA.
export const REPORT_STATUS_COLOR: Record<ReportStatusValue, string> = {
  DRAFTING: 'gray',
  IN_REVIEW: 'orange',
  PUBLISHED: 'teal',
};

export const PRIORITY_WORDS: Record<PriorityValue, string> = {
  HIGH: 'High priority',
  MEDIUM: 'Medium priority',
  LOW: 'Low priority',
};

export const PRIORITY_COLOR: Record<PriorityValue, string> = {
  HIGH: 'red',
  MEDIUM: 'yellow',
  LOW: 'gray',
};

export const EVIDENCE_KIND_WORDS: Record<EvidenceKindValue, string> = {
  SURVEY_RESULT: 'Survey result',
  USE_CASE: 'Use case',
  DOCUMENT_VERSION: 'Document',
  MEETING_MINUTES: 'Meeting minutes',
};

/** What the new-report form suggests for a report's kind (free text: others are fine). */
export const REPORT_KIND_SUGGESTIONS = [
  'Survey interpretation',
  'Landscape analysis',
  'Access-policy recommendations',
  'Technical blueprint',
  'SRIDA input',
];

/**
 * Evidence notes are numbered 1..N across the report in reading order: sections in order, their
 * recommendations in order, each recommendation's evidence in order (as the exports number them).
 * Returns the number of each evidence id.
 */
export function numberEvidence(
  sections: readonly { recommendations: readonly { evidence: readonly { id: string }[] }[] }[],
): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const section of sections)
    for (const recommendation of section.recommendations)
      for (const evidence of recommendation.evidence) numbers.set(evidence.id, numbers.size + 1);
  return numbers;
}

/** A report target as a choice: "SRIDA input (SPECTRUM), due 30 Jun 2026". */
export function reportTargetLabel(t: {
  name: string;
  dueDate: string;
  initiative?: { name: string } | null;
}): string {
  const due = formatInZone(`${t.dueDate}T12:00:00Z`, 'UTC', 'date');
  return `${t.name}${t.initiative ? ` (${t.initiative.name})` : ''}, due ${due}`;
}
