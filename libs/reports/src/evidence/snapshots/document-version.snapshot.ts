import type { DocumentVersionRow } from '../evidence.repository';
import { day, excerptOf, hashOf, type FiguresData } from './figures';

/**
 * DOCUMENT_VERSION evidence: one version of a document (title, version, excerpt), and the
 * document's newest version: the evidence drifts when the document has versions newer than the
 * one cited, which its summary says.
 */
export function documentFigures(
  v: DocumentVersionRow,
  currentVersion: number,
  at: Date,
  citedVersion: number | null = null,
): FiguresData {
  const text = v.body ?? v.summary;
  const newer =
    citedVersion !== null && v.version > citedVersion
      ? ` (newer than the cited version ${citedVersion})`
      : currentVersion > v.version
        ? ` (the document is at version ${currentVersion}: newer versions exist)`
        : '';
  return {
    takenAt: at.toISOString(),
    summary: `“${v.title}”, version ${v.version} of ${day(v.editedAt)}${newer}`,
    title: v.title,
    version: v.version,
    excerpt: excerptOf(text),
    hash: hashOf(text),
    updatedAt: v.editedAt.toISOString(),
    currentVersion,
  };
}

/** A pinned version drifts when the document has a newer one. */
export function documentChanged(snapshot: FiguresData, live: FiguresData): boolean {
  return (live.version ?? 0) > (snapshot.version ?? 0);
}

export function documentLabel(d: FiguresData, version: number | null): string {
  return `${d.title ?? 'Document'} · version ${version ?? d.version ?? '?'}`;
}
