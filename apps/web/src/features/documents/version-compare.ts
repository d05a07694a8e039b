import { diffWords, type ChangeObject } from 'diff';

/** `?compare=2..5`: two versions, the older first; null when the value is not that. */
export function parseCompare(value: string | null): [number, number] | null {
  const m = /^(\d{1,6})\.\.(\d{1,6})$/.exec(value ?? '');
  if (!m) return null;
  const a = Number(m[1]);
  const b = Number(m[2]);
  if (a < 1 || b < 1 || a === b) return null;
  return a < b ? [a, b] : [b, a];
}

export const compareParam = (from: number, to: number) => `${Math.min(from, to)}..${Math.max(from, to)}`;

/** Word-level changes from `before` to `after`. */
export function wordChanges(before: string, after: string): ChangeObject<string>[] {
  return diffWords(before, after);
}
