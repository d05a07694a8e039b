import type { EvidenceKindValue, RecommendationPriorityValue, ReportStatusValue } from '../../report.entity';

/**
 * A report as its exports (Markdown, DOCX) and the published document see it: plain data, already
 * cut to what one reader may see. Evidence a reader may not see arrives with visible false and
 * nothing but its kind; the exporters then write `hiddenEvidenceNote` instead of its figures.
 */
export interface ReportExport {
  title: string;
  kind: string;
  /** The owning working groups' names, in the report's order. */
  workingGroups: string[];
  status: ReportStatusValue;
  /** The latest publication, if any. */
  publishedAt: Date | null;
  sections: ExportSection[];
  /** What a note of evidence the reader may not see says, e.g. 'Evidence not visible to you.' */
  hiddenEvidenceNote: string;
}

export interface ExportSection {
  number: number;
  title: string;
  /** Markdown. */
  body: string;
  recommendations: ExportRecommendation[];
}

export interface ExportRecommendation {
  /** '2.1' */
  number: string;
  statement: string;
  /** Markdown. */
  rationale: string | null;
  priority: RecommendationPriorityValue;
  evidence: ExportEvidence[];
}

export interface ExportEvidence {
  visible: boolean;
  kind: EvidenceKindValue;
  /** Null when not visible. */
  label: string | null;
  /** The snapshot's one line of figures, e.g. 'Infrastructure manager: 22 of 80 respondents (27.5%)'. */
  summary: string | null;
  /** When the snapshot was taken (linked or last re-confirmed). */
  takenAt: Date | null;
  /** The editor's note on the evidence. */
  note: string | null;
  /** Absolute URL of the live source (a page of the web app). */
  sourceUrl: string | null;
}

/** One evidence note, numbered 1..N across the report in reading order. */
export interface NumberedNote {
  number: number;
  evidence: ExportEvidence;
}

export const EVIDENCE_NOT_VISIBLE_TO_YOU = 'Evidence not visible to you.';
export const EVIDENCE_NOT_PUBLIC_AT_VISIBILITY = 'Evidence not public at this visibility.';

const KIND_LABELS: Record<EvidenceKindValue, string> = {
  SURVEY_RESULT: 'Survey result',
  USE_CASE: 'Use case',
  DOCUMENT_VERSION: 'Document',
  MEETING_MINUTES: 'Meeting minutes',
};

const STATUS_LABELS: Record<ReportStatusValue, string> = {
  DRAFTING: 'Drafting',
  IN_REVIEW: 'In review',
  PUBLISHED: 'Published',
};

export const evidenceKindLabel = (kind: EvidenceKindValue): string => KIND_LABELS[kind] ?? kind;
export const reportStatusLabel = (status: ReportStatusValue): string => STATUS_LABELS[status] ?? status;
export const priorityLabel = (priority: RecommendationPriorityValue): string => priority.toLowerCase();

/** YYYY-MM-DD in UTC: a date that reads the same wherever the file is opened. */
export function isoDate(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** One line of text: user text never breaks a note or a heading apart. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The parts of one evidence note as plain text, shared by both exporters so they say the same:
 * visible: "Survey result · <label>: <summary> (figures as taken on 2026-11-03). <note>";
 * hidden: "Document: evidence not visible to you." and no URL.
 */
export function noteParts(
  evidence: ExportEvidence,
  hiddenEvidenceNote: string,
): { text: string; sourceUrl: string | null } {
  const kind = evidenceKindLabel(evidence.kind);
  if (!evidence.visible) {
    const hidden = oneLine(hiddenEvidenceNote);
    return { text: `${kind}: ${hidden.charAt(0).toLowerCase()}${hidden.slice(1)}`, sourceUrl: null };
  }
  const parts: string[] = [];
  const head = [kind, evidence.label ? oneLine(evidence.label) : null].filter(Boolean).join(' · ');
  const summary = evidence.summary ? oneLine(evidence.summary) : null;
  let first = summary ? `${head}: ${summary}` : head;
  if (evidence.takenAt) first += ` (figures as taken on ${isoDate(evidence.takenAt)})`;
  parts.push(`${first}.`);
  if (evidence.note) parts.push(`Note: ${oneLine(evidence.note)}`.replace(/([^.!?])$/, '$1.'));
  return { text: parts.join(' '), sourceUrl: evidence.sourceUrl };
}

/** Every evidence note of the report, numbered 1..N in reading order (sections, recommendations, evidence). */
export function numberedNotes(report: Pick<ReportExport, 'sections'>): Map<ExportEvidence, number> {
  const numbers = new Map<ExportEvidence, number>();
  for (const section of report.sections)
    for (const rec of section.recommendations)
      for (const evidence of rec.evidence) numbers.set(evidence, numbers.size + 1);
  return numbers;
}

/** A file name from a title: ASCII letters and digits joined by hyphens, at most 60 characters. */
export function slugFileName(title: string, fallback = 'report'): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return slug || fallback;
}
