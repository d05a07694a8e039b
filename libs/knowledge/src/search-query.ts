import { BadUserInputError } from '@cop/platform';

export const SEARCH_QUERY_MAX = 500;

/**
 * A search counts its visible matches exactly up to this many; with more it answers this many
 * (SearchResult.totalCount says so). Counting further would read every match of a common word.
 */
export const SEARCH_COUNT_CAP = 1000;

/**
 * How many matches at most are ranked on the full vector (title, summary, tags and body), chosen
 * by their title/summary/tags rank with recency breaking ties; a search with no more matches
 * than this ranks every one of them.
 */
export const SEARCH_RANK_CANDIDATES = 200;

/**
 * A search as PostgreSQL will get it: `websearch` goes to websearch_to_tsquery (which never
 * raises a syntax error), `prefix` is the last word being typed, letters and digits only, safe
 * to hand to to_tsquery as `word:*`.
 */
export interface ParsedSearch {
  websearch: string;
  prefix: string | null;
}

// Sentinels of ts_headline (private-use characters) and control characters never reach SQL.

const UNWANTED = /[\u0000-\u001f\u007f\ue000\ue001]/g;
const WORD = /^[\p{L}\p{N}]+$/u;

export function parseSearchQuery(raw: string, field = 'query'): ParsedSearch {
  if (raw.length > SEARCH_QUERY_MAX)
    throw BadUserInputError.field(field, `must be at most ${SEARCH_QUERY_MAX} characters`);
  const text = raw.replace(UNWANTED, ' ').trim();
  if (!/[\p{L}\p{N}]/u.test(text)) throw BadUserInputError.field(field, 'must contain a word to search for');
  const tokens = text.split(/\s+/);
  const last = tokens[tokens.length - 1];
  const before = tokens[tokens.length - 2]?.toLowerCase();
  const quotes = (text.match(/"/g) ?? []).length;
  // Prefix matching only for a plain last word: not negated, not quoted, not after OR.
  if (WORD.test(last) && last.toLowerCase() !== 'or' && before !== 'or' && quotes % 2 === 0) {
    return { websearch: tokens.slice(0, -1).join(' '), prefix: last.toLowerCase() };
  }
  return { websearch: text, prefix: null };
}
