import { createHash } from 'node:crypto';
import type { EvidenceFigures } from '../models/evidence.model';

/** Characters of a cited text kept in a snapshot (the hash stands for the whole). */
export const EXCERPT_MAX_CHARS = 600;

/**
 * The figures of one piece of evidence as stored in report_evidence.snapshot (jsonb) and as
 * computed live: what EvidenceFigures shows, plus `hash` (of a cited text, whole) and
 * `currentVersion` (a document's newest version) that decide drift.
 */
export interface FiguresData {
  takenAt: string;
  summary: string;
  questionText?: string | null;
  responses?: number | null;
  shown?: number | null;
  answered?: number | null;
  options?: { key: string; label: string; count: number; ratio: number; share: number }[] | null;
  mean?: number | null;
  title?: string | null;
  excerpt?: string | null;
  version?: number | null;
  updatedAt?: string | null;
  hash?: string | null;
  currentVersion?: number | null;
  /** What was cited, for a label when the source is gone: 'requirement', 'part', 'case'. */
  cites?: string | null;
  /** The survey's title, the quoted option's label. */
  surveyTitle?: string | null;
  optionLabel?: string | null;
  /** When the evidence was first linked (kept through re-confirmations). */
  linkedAt?: string | null;
}

export function toFigures(d: FiguresData): EvidenceFigures {
  return {
    takenAt: new Date(d.takenAt),
    summary: d.summary,
    questionText: d.questionText ?? null,
    responses: d.responses ?? null,
    shown: d.shown ?? null,
    answered: d.answered ?? null,
    options: d.options ?? null,
    mean: d.mean ?? null,
    title: d.title ?? null,
    excerpt: d.excerpt ?? null,
    version: d.version ?? null,
    updatedAt: d.updatedAt ? new Date(d.updatedAt) : null,
  };
}

/** The start of a text, cut at a word where one is near, with an ellipsis when cut. */
export function excerptOf(text: string | null | undefined): string | null {
  if (text === null || text === undefined) return null;
  const t = text.trim();
  if (t.length <= EXCERPT_MAX_CHARS) return t;
  const cut = t.slice(0, EXCERPT_MAX_CHARS - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > EXCERPT_MAX_CHARS * 0.8 ? cut.slice(0, space) : cut}…`;
}

/** Identifies a text whole: two snapshots of the same text have the same hash. */
export function hashOf(text: string | null | undefined): string {
  return createHash('sha256')
    .update(text ?? '')
    .digest('hex')
    .slice(0, 32);
}

/** 0.275 → "27.5%". */
export function percent(ratio: number): string {
  return `${Math.round(ratio * 1000) / 10}%`;
}

/** A date as YYYY-MM-DD (UTC). */
export function day(at: Date | string): string {
  return new Date(at).toISOString().slice(0, 10);
}
