import { graphql, timed, type RunningApi } from '../lib/api';
import { explain, isDomainQuery, type QueryPlan } from '../lib/explain';
import { latency, seededRandom, type Latency } from '../lib/stats';
import type { SqlRecorder } from '../lib/sql-recorder';
import { VOCABULARY } from '../lib/vocabulary';

const SEARCH = `query Search($q: String!) {
  searchDocuments(query: $q, first: 20) {
    totalCount
    hits { rank headline document { id title updatedAt } }
  }
}`;

export interface SearchResultFigures {
  queries: number;
  warmups: number;
  latency: Latency;
  meanTotalCount: number;
  sqlPerRequest: number;
  plans: QueryPlan[];
}

/** Two words drawn from the seed's vocabulary, the same ones every run. */
function twoWordQueries(n: number, seed: number): string[] {
  const random = seededRandom(seed);
  const pick = () => VOCABULARY[Math.floor(random() * VOCABULARY.length)];
  return Array.from({ length: n }, () => `${pick()} ${pick()}`);
}

/** searchDocuments with two-word queries, sequential, as a MEMBER (the visibility rule applies). */
export async function searchDocuments(
  api: RunningApi,
  cookie: string,
  recorder: SqlRecorder,
  databaseUrl: string,
  opts = { runs: 200, warmups: 20 },
): Promise<SearchResultFigures> {
  type Data = { searchDocuments: { totalCount: number } };
  for (const q of twoWordQueries(opts.warmups, 1)) await graphql(api, cookie, SEARCH, { q });
  const samples: number[] = [];
  let totalCount = 0;
  for (const q of twoWordQueries(opts.runs, 2)) {
    samples.push(
      await timed(async () => {
        totalCount += (await graphql<Data>(api, cookie, SEARCH, { q })).searchDocuments.totalCount;
      }),
    );
  }
  // The statements of one typical query, and their plans.
  const { queries } = await recorder.record(() => graphql(api, cookie, SEARCH, { q: 'data analysis' }));
  const plans = await explain(databaseUrl, 'searchDocuments "data analysis"', queries.filter(isDomainQuery));
  return {
    queries: opts.runs,
    warmups: opts.warmups,
    latency: latency(samples),
    meanTotalCount: Math.round(totalCount / opts.runs),
    sqlPerRequest: queries.length,
    plans,
  };
}
