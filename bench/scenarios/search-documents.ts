import { graphql, timed, type RunningApi } from '../lib/api';
import { explain, isDomainQuery, type QueryPlan } from '../lib/explain';
import { latency, seededRandom, type Latency } from '../lib/stats';
import type { SqlRecorder } from '../lib/sql-recorder';
import { FUNCTION_WORD_COUNT, VOCABULARY } from '../lib/vocabulary';

const SEARCH = `query Search($q: String!) {
  searchDocuments(query: $q, first: 20) {
    totalCount
    hits { rank headline document { id title updatedAt } }
  }
}`;

export interface SearchRun {
  queries: number;
  latency: Latency;
  meanTotalCount: number;
}

export interface SearchResultFigures extends SearchRun {
  warmups: number;
  sqlPerRequest: number;
  /** The worst case: both words among the 30 most frequent content words of the corpus. */
  commonWords: SearchRun;
  plans: QueryPlan[];
}

/**
 * A content word (never a function word) with the corpus's own Zipf law, as the seed draws them:
 * words people type are words of the text, frequent ones more often.
 */
function zipfWord(random: () => number): string {
  const lo = FUNCTION_WORD_COUNT + 1;
  const rank = Math.floor(lo * ((VOCABULARY.length + 1) / lo) ** random());
  return VOCABULARY[Math.min(VOCABULARY.length, rank) - 1];
}

/** Two words of the corpus, the same ones every run. */
function twoWordQueries(n: number, seed: number): string[] {
  const random = seededRandom(seed);
  return Array.from({ length: n }, () => `${zipfWord(random)} ${zipfWord(random)}`);
}

/** Two of the 30 most frequent content words, each in a third to three quarters of the documents. */
function commonWordQueries(n: number, seed: number): string[] {
  const random = seededRandom(seed);
  const pick = () => VOCABULARY[FUNCTION_WORD_COUNT + Math.floor(random() * 30)];
  return Array.from({ length: n }, () => `${pick()} ${pick()}`);
}

type Data = { searchDocuments: { totalCount: number } };

async function run(api: RunningApi, cookie: string, queries: string[]): Promise<SearchRun> {
  const samples: number[] = [];
  let totalCount = 0;
  for (const q of queries) {
    samples.push(
      await timed(async () => {
        totalCount += (await graphql<Data>(api, cookie, SEARCH, { q })).searchDocuments.totalCount;
      }),
    );
  }
  return {
    queries: queries.length,
    latency: latency(samples),
    meanTotalCount: Math.round(totalCount / queries.length),
  };
}

/** searchDocuments with two-word queries, sequential, as a MEMBER (the visibility rule applies). */
export async function searchDocuments(
  api: RunningApi,
  cookie: string,
  recorder: SqlRecorder,
  databaseUrl: string,
  opts = { runs: 200, warmups: 20, commonRuns: 50 },
): Promise<SearchResultFigures> {
  for (const q of twoWordQueries(opts.warmups, 1)) await graphql(api, cookie, SEARCH, { q });
  const figures = await run(api, cookie, twoWordQueries(opts.runs, 2));
  const commonWords = await run(api, cookie, commonWordQueries(opts.commonRuns, 3));
  // The statements of a query of two of the most frequent words, and their plans.
  const { queries } = await recorder.record(() => graphql(api, cookie, SEARCH, { q: 'data analysis' }));
  const plans = await explain(databaseUrl, 'searchDocuments "data analysis"', queries.filter(isDomainQuery));
  return { ...figures, warmups: opts.warmups, sqlPerRequest: queries.length, commonWords, plans };
}
