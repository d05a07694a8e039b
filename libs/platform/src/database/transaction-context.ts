import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { raw } from 'sql-template-tag';
import { ident, sql, type Sql } from './sql';

/**
 * The unit of work of a request or a job. `run` opens one transaction and every repository
 * called inside it (through `manager()`) takes part, so a failed mutation writes nothing and
 * outbox rows commit with the change that caused them.
 */
@Injectable()
export class TransactionContext {
  private readonly storage = new AsyncLocalStorage<EntityManager>();
  private readonly columnLists = new Map<string, Sql>();

  constructor(private readonly dataSource: DataSource) {}

  /** The manager of the surrounding transaction, or the pool's when there is none. */
  manager(): EntityManager {
    return this.storage.getStore() ?? this.dataSource.manager;
  }

  /**
   * The rows of a raw statement (sql`…`, see sql.ts) in the surrounding transaction. TypeORM's
   * postgres driver answers UPDATE/DELETE … RETURNING with [rows, affected]; this gives the rows
   * whatever the statement.
   */
  async query<T>(statement: Sql): Promise<T[]> {
    const r: unknown = await this.manager().query(statement.text, statement.values);
    if (Array.isArray(r) && r.length === 2 && Array.isArray(r[0]) && typeof r[1] === 'number')
      return r[0] as T[];
    return r as T[];
  }

  /**
   * `alias."column" AS "property", …` for every column of an entity: a raw read that selects it
   * comes back in the entity's shape (pg already gives dates, arrays and booleans) without
   * TypeORM's query building and hydration, ten times the SQL's cost on a list of a few
   * hundred rows. Entities with column transformers or embedded columns are refused.
   */
  columnsOf(entity: EntityTarget<ObjectLiteral>, alias: string): Sql {
    const key = `${alias}\u0000${typeof entity === 'function' ? entity.name : String(entity)}`;
    let list = this.columnLists.get(key);
    if (!list) {
      const metadata = this.dataSource.getMetadata(entity);
      const a = ident(alias).text;
      // Trusted text: the alias checked by ident, the names from the entity's metadata.
      const text = metadata.columns
        .map((c) => {
          if (c.transformer || c.embeddedMetadata || c.propertyPath.includes('.')) {
            throw new Error(`columnsOf(${metadata.name}): ${c.propertyPath} is not a plain column`);
          }
          return `${a}."${c.databaseName}" AS "${c.propertyName}"`;
        })
        .join(', ');
      list = raw(text);
      this.columnLists.set(key, list);
    }
    return list;
  }

  inTransaction(): boolean {
    return this.storage.getStore() !== undefined;
  }

  /** Runs fn in a transaction; joins the surrounding one when already inside. */
  run<T>(fn: () => Promise<T>): Promise<T> {
    if (this.inTransaction()) return fn();
    return this.dataSource.transaction((manager) => this.storage.run(manager, fn));
  }

  /** Runs fn in a SERIALIZABLE-free transaction with a transaction-scoped advisory lock on key. */
  runLocked<T>(lockKey: string, fn: () => Promise<T>): Promise<T> {
    return this.run(async () => {
      await this.query(sql`SELECT pg_advisory_xact_lock(hashtextextended(${lockKey}, 0))`);
      return fn();
    });
  }
}
