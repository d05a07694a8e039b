import { Injectable } from '@nestjs/common';
import type { Scope, Viewer } from '@cop/identity';
import { TransactionContext, ident, isUuid, sql, type Sql } from '@cop/platform';
import { mayReadReports } from './report-rules';

/**
 * Who may see which report (DESIGN rule 4): every MEMBER and the OFFICE see every report
 * (mayReadReports), GUESTs and anonymous callers none; what a report cites is cut per reader by
 * each cited domain's own contract. The contract of issue 24: the SQL condition, the predicate
 * for one report, and `visibleIdsAmong` in one statement.
 */
type Caller = Pick<Scope, 'role' | 'personId'> | Viewer | null | undefined;

const reads = (viewer: Caller) => Boolean(viewer && viewer.personId !== null && mayReadReports(viewer));

/** The SQL condition on reports alias `r`. */
export function reportVisibleSql(viewer: Caller, r: string): Sql {
  ident(r); // an alias that is not an identifier is refused, as by the other domains' builders
  return reads(viewer) ? sql`TRUE` : sql`FALSE`;
}

@Injectable()
export class ReportVisibility {
  constructor(private readonly tx: TransactionContext) {}

  /** The condition on reports alias `r` for this caller. */
  sql(scope: Caller, r: string): Sql {
    return reportVisibleSql(scope, r);
  }

  /** The same rule for one report. */
  visible(scope: Caller): boolean {
    return reads(scope);
  }

  /** The ids among `ids` of reports the caller may see (unknown ids and non-UUIDs left out). */
  async visibleIdsAmong(scope: Caller, ids: readonly string[]): Promise<Set<string>> {
    const wanted = [...new Set(ids.filter(isUuid))];
    if (!wanted.length || !reads(scope)) return new Set();
    const rows = await this.tx.query<{ id: string }>(
      sql`SELECT r.id FROM reports r WHERE r.id = ANY(${wanted}::uuid[]) AND ${reportVisibleSql(scope, 'r')}`,
    );
    return new Set(rows.map((row) => row.id));
  }
}
