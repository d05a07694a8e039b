import { plural } from '../../components/words';

/**
 * The API counts a search's matches exactly up to this many and answers this many when there
 * are more (SEARCH_COUNT_CAP of libs/knowledge, SearchResult.totalCount in the schema).
 */
export const SEARCH_COUNT_CAP = 1000;

const number = new Intl.NumberFormat('en');

/** "3 documents match", "No document matches", "1,000 or more documents match; the best 50 are shown". */
export function searchCountWords(totalCount: number, shown: number): string {
  if (totalCount === 0) return 'No document matches.';
  const count =
    totalCount >= SEARCH_COUNT_CAP
      ? `${number.format(SEARCH_COUNT_CAP)} or more documents match`
      : `${plural(totalCount, 'document matches', 'documents match').replace(/^\d+/, number.format(totalCount))}`;
  return shown < totalCount ? `${count}; the best ${shown} are shown.` : `${count}.`;
}
