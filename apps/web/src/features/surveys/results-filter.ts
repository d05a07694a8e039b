import { useCallback, useMemo } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { webPaths, type SurveyResultsFilter } from '@cop/web-routes';

/** A cross-tabulation as the page holds it: one entry a question, its option keys in URL order. */
export type ResultsWhere = { questionKey: string; anyOf: string[] }[];

/**
 * `?where=roles:rse,researcher&where=infrastructure_manager:yes`, as webPaths.surveyResults writes
 * it: one `where` a question. A question named twice gets the union of its options; an entry
 * without a question or an option is dropped (the API checks that the keys exist).
 */
export function parseResultsWhere(params: URLSearchParams): ResultsWhere {
  const byQuestion = new Map<string, string[]>();
  for (const value of params.getAll('where')) {
    const colon = value.indexOf(':');
    if (colon < 1) continue;
    const questionKey = value.slice(0, colon).trim();
    const anyOf = value
      .slice(colon + 1)
      .split(',')
      .map((k) => k.trim())
      .filter(Boolean);
    if (!anyOf.length) continue;
    const known = byQuestion.get(questionKey) ?? [];
    byQuestion.set(questionKey, [...new Set([...known, ...anyOf])]);
  }
  return [...byQuestion].map(([questionKey, anyOf]) => ({ questionKey, anyOf }));
}

/** The filter with one question's options replaced; no options drops the question. */
export function withOptions(where: ResultsWhere, questionKey: string, anyOf: string[]): ResultsWhere {
  const at = where.findIndex((f) => f.questionKey === questionKey);
  if (!anyOf.length) return where.filter((f) => f.questionKey !== questionKey);
  if (at < 0) return [...where, { questionKey, anyOf }];
  return where.map((f, i) => (i === at ? { questionKey, anyOf } : f));
}

/**
 * The page's cross-tabulation read from the URL, and a way to change it: each change is a new
 * history entry, so back undoes it and the address bar is always a link to the same view.
 */
export function useResultsWhere(slug: string): {
  where: ResultsWhere;
  setWhere: (next: readonly SurveyResultsFilter[]) => void;
} {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const key = params.toString();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the string is the identity of the params
  const where = useMemo(() => parseResultsWhere(params), [key]);
  const setWhere = useCallback(
    (next: readonly SurveyResultsFilter[]) =>
      navigate(webPaths.surveyResults(slug, next), { preventScrollReset: true }),
    [navigate, slug],
  );
  return { where, setWhere };
}
