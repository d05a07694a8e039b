import { empty, ident, sql, type Sql } from '../database/sql';
import type { MailDeliveryStatus } from './mail-delivery.entity';

/**
 * The mail deliveries as SQL for the statements of other domains (issue 24), in the style of
 * community's seat-sql.ts: newsletter and digests compose these instead of reading mail_deliveries
 * themselves. A delivery key (or a LIKE pattern of keys) is given as SQL: a bound value or an
 * expression over the outer statement's columns. `alias` names the mail_deliveries row inside.
 */

/** A delivery of this key exists; with `final`, one no longer PENDING (SENT or FAILED). */
export function mailDeliveredSql(key: Sql, opts: { final?: boolean } = {}, alias = 'mdl'): Sql {
  const d = ident(alias);
  const final = opts.final ? sql`AND ${d}.status <> 'PENDING'` : empty;
  return sql`EXISTS (SELECT 1 FROM mail_deliveries ${d} WHERE ${d}.key = ${key} ${final})`;
}

/** The statuses as SQL literals (as the statements wrote them: no bound value, the same plans). */
const STATUS: Record<MailDeliveryStatus, Sql> = {
  PENDING: sql`'PENDING'`,
  SENT: sql`'SENT'`,
  FAILED: sql`'FAILED'`,
};

/** The number of deliveries with this status whose key matches the LIKE pattern, as a scalar subquery. */
export function mailDeliveryCountSql(keyPattern: Sql, status: MailDeliveryStatus, alias = 'mdc'): Sql {
  const d = ident(alias);
  return sql`(SELECT count(*)::int FROM mail_deliveries ${d} WHERE ${d}.key LIKE ${keyPattern} AND ${d}.status = ${STATUS[status]})`;
}
