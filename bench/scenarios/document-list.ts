import { graphql, timed, type RunningApi } from '../lib/api';
import { explain, isDomainQuery, type QueryPlan } from '../lib/explain';
import { latency, type Latency } from '../lib/stats';
import type { SqlRecorder } from '../lib/sql-recorder';

const LIST = `query List($first: Int!) {
  documents(first: $first) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      node {
        id title kind visibility updatedAt tags
        author { id displayName }
        workingGroups { id code name }
        topics { id name }
        attachments { id filename size contentType }
      }
    }
  }
}`;

export interface DocumentListFigures {
  /** SQL statements per request, by page size; equal when the list batches its relations. */
  sqlPerRequest: Record<string, number>;
  constant: boolean;
  latencyFirst20: Latency;
  plans: QueryPlan[];
}

/** documents(first: N) with author, groups, topics and attachments: SQL statements counted. */
export async function documentList(
  api: RunningApi,
  cookie: string,
  recorder: SqlRecorder,
  databaseUrl: string,
): Promise<DocumentListFigures> {
  type Data = { documents: { edges: unknown[] } };
  const sqlPerRequest: Record<string, number> = {};
  let last20: Awaited<ReturnType<SqlRecorder['record']>>['queries'] = [];
  for (const first of [5, 20]) {
    await graphql(api, cookie, LIST, { first }); // warm
    const counts: number[] = [];
    for (let i = 0; i < 3; i++) {
      const { result, queries } = await recorder.record(() => graphql<Data>(api, cookie, LIST, { first }));
      if (result.documents.edges.length !== first)
        throw new Error(`documents(first: ${first}) came back short`);
      counts.push(queries.length);
      if (first === 20) last20 = queries;
    }
    sqlPerRequest[`first${first}`] = Math.max(...counts);
  }
  const samples: number[] = [];
  for (let i = 0; i < 30; i++) samples.push(await timed(() => graphql(api, cookie, LIST, { first: 20 })));
  return {
    sqlPerRequest,
    constant: sqlPerRequest.first5 === sqlPerRequest.first20,
    latencyFirst20: latency(samples),
    plans: await explain(databaseUrl, 'documents(first: 20)', last20.filter(isDomainQuery)),
  };
}
