import { graphql, timed, type RunningApi } from '../lib/api';
import { explain, isDomainQuery, type QueryPlan } from '../lib/explain';
import { latency, type Latency } from '../lib/stats';
import type { SqlRecorder } from '../lib/sql-recorder';
import { BENCH_SURVEY_SLUG } from '../lib/seed';

const RESULTS = `query Results($slug: String!, $where: [AnswerFilter!]) {
  surveyResults(slug: $slug, where: $where) {
    responses
    questions {
      question { key }
      shown answered noAnswer mean
      options { key count ratio share }
      texts(first: 5)
    }
  }
}`;

export interface SurveyResultsFigures {
  responses: { unfiltered: number; filtered: number; twoFilters: number };
  unfiltered: Latency;
  filtered: Latency;
  twoFilters: Latency;
  sqlPerRequest: number;
  plans: QueryPlan[];
}

/** The cross-tabulation filter: respondents whose role (q01) is o1. */
const WHERE = [{ questionKey: 'q01', anyOf: ['o1'] }];
/** Two filters (AND), the first with two options (OR): roles o1 or o2 who chose o1 for q03. */
const WHERE_TWO = [
  { questionKey: 'q01', anyOf: ['o1', 'o2'] },
  { questionKey: 'q03', anyOf: ['o1'] },
];

/** surveyResults over every submitted response, unfiltered, with one and with two `where` filters. */
export async function surveyResults(
  api: RunningApi,
  cookie: string,
  recorder: SqlRecorder,
  databaseUrl: string,
  runs = 30,
): Promise<SurveyResultsFigures> {
  type Data = { surveyResults: { responses: number; questions: unknown[] } };
  const run = async (where: unknown) => {
    let responses = 0;
    for (let i = 0; i < 3; i++) await graphql(api, cookie, RESULTS, { slug: BENCH_SURVEY_SLUG, where });
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      samples.push(
        await timed(async () => {
          const data = await graphql<Data>(api, cookie, RESULTS, { slug: BENCH_SURVEY_SLUG, where });
          if (data.surveyResults.questions.length !== 40)
            throw new Error('surveyResults: expected 40 questions');
          responses = data.surveyResults.responses;
        }),
      );
    }
    return { samples, responses };
  };
  const unfiltered = await run(null);
  const filtered = await run(WHERE);
  const twoFilters = await run(WHERE_TWO);
  const plans: QueryPlan[] = [];
  let sqlPerRequest = 0;
  for (const [label, where] of [
    ['surveyResults unfiltered', null],
    ['surveyResults where q01 = o1', WHERE],
    ['surveyResults where q01 in (o1, o2) and q03 = o1', WHERE_TWO],
  ] as const) {
    const { queries } = await recorder.record(() =>
      graphql(api, cookie, RESULTS, { slug: BENCH_SURVEY_SLUG, where }),
    );
    sqlPerRequest = Math.max(sqlPerRequest, queries.length);
    plans.push(...(await explain(databaseUrl, label, queries.filter(isDomainQuery))));
  }
  return {
    responses: {
      unfiltered: unfiltered.responses,
      filtered: filtered.responses,
      twoFilters: twoFilters.responses,
    },
    unfiltered: latency(unfiltered.samples),
    filtered: latency(filtered.samples),
    twoFilters: latency(twoFilters.samples),
    sqlPerRequest,
    plans,
  };
}
