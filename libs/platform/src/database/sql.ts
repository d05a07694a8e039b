// Named imports only: the package is an ES module, required by the CommonJS build.
import { Sql, empty as emptySql, join as joinSql, raw } from 'sql-template-tag';

/**
 * The one way to write raw SQL (issue 24): a tagged template on sql-template-tag in which every
 * `${value}` is a bound parameter ($1, $2, … numbered for you) and a nested `Sql` composes. SQL
 * text comes only from template literals in the source and from `ident`, so a value can never
 * be passed where SQL text is expected. Run it with `TransactionContext.query<Row>(sql`…`)`.
 * `raw` is not exported, on purpose.
 */
export type { Sql };

/** sql`SELECT … WHERE id = ${id}`: values bound, nested Sql composed. */
export function sql(strings: TemplateStringsArray, ...values: readonly unknown[]): Sql {
  return new Sql(strings, values);
}

/** No SQL at all: the neutral part of an optional fragment. */
export const empty: Sql = emptySql;

/** The separators a list of fragments or values may be joined with. */
export type SqlSeparator = ', ' | ',' | ' AND ' | ' OR ' | ' UNION ALL ' | '\n';

/** Values (each bound) or fragments, joined with a separator; refuses an empty list. */
export function join(parts: readonly unknown[], separator: SqlSeparator = ', '): Sql {
  return joinSql(parts, separator);
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

/** A table alias or column name, as SQL text: only lower-case letters, digits and `_`. */
export function ident(name: string): Sql {
  if (!IDENTIFIER.test(name)) throw new Error(`Not an SQL identifier: ${JSON.stringify(name)}`);
  return raw(name);
}
