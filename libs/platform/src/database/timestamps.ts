import { types } from 'pg';

const TIMESTAMPTZ = types.builtins.TIMESTAMPTZ;
const parseAnyTimestamp = types.getTypeParser(TIMESTAMPTZ, 'text') as (
  text: string,
) => Date | number | string;

const digits = (text: string, from: number, to: number): number => {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return NaN;
    n = n * 10 + d;
  }
  return n;
};

/**
 * A timestamptz as PostgreSQL writes it under `TimeZone=UTC` (data-source-options):
 * `YYYY-MM-DD HH:MM:SS[.ffffff]+00`, read by position. pg's parser (postgres-date) runs a
 * regular expression and builds a match array per value: 5% of the API's CPU on a list of
 * working groups (about 1,300 timestamps a request, issue 10). Anything else (other offsets, BC,
 * years before 1000 or after 9999, infinity) goes to pg's parser. Milliseconds are truncated,
 * as pg's parser does.
 */
export function parseUtcTimestamp(text: string): Date | number | string {
  const n = text.length;
  if (
    n >= 22 &&
    text.charCodeAt(n - 3) === 43 && // '+'
    text.charCodeAt(n - 2) === 48 &&
    text.charCodeAt(n - 1) === 48 &&
    text.charCodeAt(4) === 45 &&
    text.charCodeAt(7) === 45 &&
    text.charCodeAt(10) === 32 &&
    text.charCodeAt(13) === 58 &&
    text.charCodeAt(16) === 58 &&
    (n === 22 || text.charCodeAt(19) === 46)
  ) {
    const year = digits(text, 0, 4);
    let ms = 0;
    if (n > 22) {
      const end = n - 3;
      if (end - 20 < 1) return parseAnyTimestamp(text);
      for (let i = 20; i < 23; i++) ms = ms * 10 + (i < end ? digits(text, i, i + 1) : 0);
      if (end > 23 && Number.isNaN(digits(text, 23, end))) return parseAnyTimestamp(text);
    }
    const t = Date.UTC(
      year,
      digits(text, 5, 7) - 1,
      digits(text, 8, 10),
      digits(text, 11, 13),
      digits(text, 14, 16),
      digits(text, 17, 19),
      ms,
    );
    if (year >= 1000 && !Number.isNaN(t)) return new Date(t);
  }
  return parseAnyTimestamp(text);
}

/** pg's `types` option: pg's own parsers, with parseUtcTimestamp for timestamptz. */
export const pgTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === TIMESTAMPTZ && (format ?? 'text') === 'text') return parseUtcTimestamp;
    return types.getTypeParser(oid, format as 'text');
  },
};
