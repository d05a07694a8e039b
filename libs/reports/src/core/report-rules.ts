import { ReportStatus } from '../models/report.model';

/** What the edit rule needs to know of one viewer and one report. */
export interface EditorFacts {
  /** An active chair of one of the report's owning working groups. */
  chairOf: boolean;
  /** Named among the report's editors (setReportEditors). */
  namedEditor: boolean;
}

/**
 * Who may edit a report (every editor mutation of core, evidence, review and publishing, and
 * Report.viewerCanEdit): the office, an active chair of an owning working group, or a named editor.
 * GUESTs and anonymous viewers never, whatever the facts say.
 */
export function mayEditReport(
  viewer: { role: string; personId: string } | null | undefined,
  facts: EditorFacts,
): boolean {
  if (!viewer) return false;
  if (viewer.role === 'OFFICE') return true;
  if (viewer.role !== 'MEMBER') return false;
  return facts.chairOf || facts.namedEditor;
}

/** Who may read reports at all: every MEMBER and the OFFICE. */
export function mayReadReports(viewer: { role: string } | null | undefined): boolean {
  return viewer?.role === 'MEMBER' || viewer?.role === 'OFFICE';
}

/**
 * Who may create a report for these working groups: the office, or a member who chairs every
 * one of them (`chairedGroupIds` are the groups the viewer chairs, actively).
 */
export function mayCreateReport(
  viewer: { role: string } | null | undefined,
  workingGroupIds: readonly string[],
  chairedGroupIds: ReadonlySet<string>,
): boolean {
  if (!viewer) return false;
  if (viewer.role === 'OFFICE') return true;
  if (viewer.role !== 'MEMBER') return false;
  return workingGroupIds.every((id) => chairedGroupIds.has(id));
}

/**
 * setReportStatus moves between DRAFTING and IN_REVIEW only (either way); PUBLISHED is reached
 * through publishReport alone; a published report may go back to DRAFTING (or IN_REVIEW) for a new edition.
 */
export function isAllowedStatusChange(_from: ReportStatus, to: ReportStatus): boolean {
  return to !== ReportStatus.PUBLISHED;
}

export const REPORT_TITLE_MAX_CHARS = 200;
export const REPORT_KIND_MAX_CHARS = 100;
export const SECTION_TITLE_MAX_CHARS = 200;
export const SECTION_BODY_MAX_CHARS = 100_000;
export const STATEMENT_MAX_CHARS = 2_000;
export const RATIONALE_MAX_CHARS = 20_000;
export const MAX_REPORT_WORKING_GROUPS = 20;
export const MAX_NAMED_EDITORS = 50;

/** Section numbers: 1..n in position order. */
export function sectionNumber(index: number): number {
  return index + 1;
}

/** A recommendation's number, e.g. "2.1": its section's number and its place there from 1. */
export function recommendationNumber(sectionNo: number, index: number): string {
  return `${sectionNo}.${index + 1}`;
}

/** A wanted position (from 1) clamped to 1..count; null or undefined means the end. */
export function clampPosition(position: number | null | undefined, count: number): number {
  if (position === null || position === undefined) return count;
  return Math.min(Math.max(Math.trunc(position), 1), Math.max(count, 1));
}

/** People's platform roles by id, from identity's rows (people not found are absent). */
export function rolesById(people: readonly { id: string; role: string }[]): Map<string, string> {
  return new Map(people.map((p) => [p.id, p.role]));
}
