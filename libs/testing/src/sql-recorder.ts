import { DataSource } from 'typeorm';
import type { TestApi } from './test-api';

export interface SqlRecorder {
  /** Runs fn and returns how many SQL statements the API sent meanwhile, and their shapes. */
  measure<T>(fn: () => Promise<T>): Promise<{ result: T; queries: number; log: string[] }>;
}

/**
 * Counts every statement the API's TypeORM data source sends, through its logger (called for
 * each query): how tests hold DESIGN rule 5 (no N+1) without timing anything.
 */
export function recordSql(api: TestApi): SqlRecorder {
  let queries = 0;
  const log: string[] = [];
  const logger = api.app.get(DataSource).logger;
  const logQuery = logger.logQuery.bind(logger);
  logger.logQuery = (...args) => {
    queries += 1;
    log.push(String(args[0]).replace(/\s+/g, ' ').slice(0, 90));
    return logQuery(...args);
  };
  return {
    async measure(fn) {
      const before = queries;
      log.length = 0;
      const result = await fn();
      return { result, queries: queries - before, log: [...log] };
    },
  };
}
