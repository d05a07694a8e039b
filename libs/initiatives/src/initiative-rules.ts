import { InputProblems, NO_CONTROL_CHARS, isUuid } from '@cop/platform';

/** As the initiatives table's CHECK: lower-case letters, digits and dashes, a letter or digit first. */
export const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{0,62}$/;
export const NAME_MAX_CHARS = 200;
export const DESCRIPTION_MAX_CHARS = 20_000;
export const URL_MAX_CHARS = 2_000;
/** reportTargets(dueWithinDays): up to ten years ahead. */
export const DUE_WITHIN_MAX_DAYS = 3660;

const DAY_MS = 24 * 3600_000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The date (YYYY-MM-DD) of an instant in UTC: days left are counted in UTC, the house's inside zone. */
export function utcDate(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (YYYY-MM-DD): 0 on the day, negative once past. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** `date` plus `days` (YYYY-MM-DD). */
export function addDays(date: string, days: number): string {
  return utcDate(new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS));
}

/** A calendar date as YYYY-MM-DD, or null when it is not one (2025-02-30 included). */
export function isoDateOf(value: unknown): string | null {
  const text =
    value instanceof Date ? (Number.isNaN(value.getTime()) ? '' : utcDate(value)) : String(value ?? '');
  if (!ISO_DATE.test(text)) return null;
  const parsed = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && utcDate(parsed) === text ? text : null;
}

/** A required one-line name: trimmed, 1..200 characters, no control characters. */
export function checkName(value: unknown, path: string, problems: InputProblems): string {
  const name = typeof value === 'string' ? value.trim() : '';
  problems.check(name !== '', path, 'must not be blank');
  problems.check(name.length <= NAME_MAX_CHARS, path, `must be at most ${NAME_MAX_CHARS} characters`);
  problems.check(NO_CONTROL_CHARS.test(name), path, 'must not contain control characters');
  return name;
}

/** An optional markdown text: null when blank. */
export function checkDescription(value: unknown, path: string, problems: InputProblems): string | null {
  const text = typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
  problems.check(
    (text?.length ?? 0) <= DESCRIPTION_MAX_CHARS,
    path,
    `must be at most ${DESCRIPTION_MAX_CHARS} characters`,
  );
  return text;
}

/** An optional link: http(s) only (the URL scalar also takes mailto:, javascript: and the like). */
export function checkUrl(value: unknown, path: string, problems: InputProblems): string | null {
  if (value === null || value === undefined || String(value).trim() === '') return null;
  const url = String(value).trim();
  problems.check(/^https?:\/\/[^\s]+$/i.test(url), path, 'must be an http(s) link');
  problems.check(url.length <= URL_MAX_CHARS, path, `must be at most ${URL_MAX_CHARS} characters`);
  return url;
}

export function checkSlug(value: unknown, path: string, problems: InputProblems): string {
  const slug = typeof value === 'string' ? value.trim() : '';
  problems.check(
    SLUG_PATTERN.test(slug),
    path,
    'must be 1 to 63 lower-case letters, digits or dashes, starting with a letter or digit',
  );
  return slug;
}

/** An optional id: null when absent; a problem when it is not an id at all. */
export function checkOptionalId(value: unknown, path: string, problems: InputProblems): string | null {
  if (value === null || value === undefined || value === '') return null;
  const id = String(value);
  problems.check(isUuid(id), path, 'must be an id');
  return id;
}
