import { Client } from 'pg';
import type { RecordedQuery } from './sql-recorder';

/** A statement the API sent and its plan, run again with EXPLAIN (ANALYZE, BUFFERS). */
export interface QueryPlan {
  label: string;
  sql: string;
  params: unknown[];
  plan: string;
}

/** Session and viewer look-ups are the same for every request; the plans are of the rest. */
export function isDomainQuery(q: RecordedQuery): boolean {
  return !/\b(sessions|access_tokens)\b/.test(q.text) && /^\s*(SELECT|WITH)/i.test(q.text);
}

export async function explain(
  databaseUrl: string,
  label: string,
  queries: RecordedQuery[],
): Promise<QueryPlan[]> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const plans: QueryPlan[] = [];
    for (const [i, q] of queries.entries()) {
      const r = await db.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${q.text}`, q.values);
      plans.push({
        label: queries.length > 1 ? `${label} (${i + 1}/${queries.length})` : label,
        sql: q.text.replace(/\s+/g, ' ').trim(),
        params: q.values,
        plan: r.rows.map((row) => row['QUERY PLAN']).join('\n'),
      });
    }
    return plans;
  } finally {
    await db.end();
  }
}
