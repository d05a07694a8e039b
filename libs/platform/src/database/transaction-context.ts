import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/**
 * The unit of work of a request or a job. `run` opens one transaction and every repository
 * called inside it (through `manager()`) takes part, so a failed mutation writes nothing and
 * outbox rows commit with the change that caused them.
 */
@Injectable()
export class TransactionContext {
  private readonly storage = new AsyncLocalStorage<EntityManager>();

  constructor(private readonly dataSource: DataSource) {}

  /** The manager of the surrounding transaction, or the pool's when there is none. */
  manager(): EntityManager {
    return this.storage.getStore() ?? this.dataSource.manager;
  }

  /**
   * The rows of a raw statement in the surrounding transaction. TypeORM's postgres driver answers
   * UPDATE/DELETE … RETURNING with [rows, affected]; this gives the rows whatever the statement.
   */
  async rows<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    const r: unknown = await this.manager().query(sql, params);
    if (Array.isArray(r) && r.length === 2 && Array.isArray(r[0]) && typeof r[1] === 'number')
      return r[0] as T[];
    return r as T[];
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
      await this.manager().query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [lockKey]);
      return fn();
    });
  }
}
