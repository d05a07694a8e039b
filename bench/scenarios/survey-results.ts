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
  responses: { unfiltered: number; filtered: number };
  unfiltered: Latency;
  filtered: Latency;
  sqlPerRequest: number;
  plans: QueryPlan[];
}

/** The cross-tabulation filter: respondents whose role (q01) is o1. */
const WHERE = [{ questionKey: 'q01', anyOf: ['o1'] }];

/** surveyResults over every submitted response, unfiltered and with one `where` filter. */
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
  const { queries } = await recorder.record(() =>
    graphql(api, cookie, RESULTS, { slug: BENCH_SURVEY_SLUG, where: WHERE }),
  );
  return {
    responses: { unfiltered: unfiltered.responses, filtered: filtered.responses },
    unfiltered: latency(unfiltered.samples),
    filtered: latency(filtered.samples),
    sqlPerRequest: queries.length,
    plans: await explain(databaseUrl, 'surveyResults where q01 = o1', queries.filter(isDomainQuery)),
  };
}
