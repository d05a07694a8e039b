import { Logger } from '@nestjs/common';
import type { ApolloServerPlugin, GraphQLRequestContext, GraphQLResponse } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { LRUCache } from 'lru-cache';
import { Counter, register } from 'prom-client';

const logger = new Logger('CompiledExecution');

/** Compiled queries kept per process; each holds generated code and its own closures. */
const COMPILED_MAX = 500;
/** Documents counted before their second run: a document is compiled when it comes back. */
const SEEN_MAX = 5_000;

/** What became of the queries the plugin saw: `compiled` (a document compiled), `served` (a clean answer), `rerun` (errors: graphql-js ran it again). */
export const compiledExecutions =
  (register.getSingleMetric('cop_graphql_compiled_total') as Counter<'outcome'>) ??
  new Counter({
    name: 'cop_graphql_compiled_total',
    help: 'Queries run by graphql-jit (GRAPHQL_EXECUTOR=jit), by outcome',
    labelNames: ['outcome'],
  });

/**
 * GRAPHQL_EXECUTOR=jit (the default; issue 23 measured 20 to 45% less API CPU per request on the
 * working-group list, survey results and calendar, answers byte for byte the same).
 * Queries executed by graphql-jit (compiled to JavaScript once per document) instead of
 * graphql-js, as an Apollo plugin's `responseForOperation`: Apollo has parsed and validated the
 * document by then (armor's limits, persisted documents, CSRF: all as before), and the schema's
 * resolvers are the same functions, Nest's field middleware (access rules) included.
 *
 * Apollo does not format a body that a plugin returns (requestPipeline: no formatError, no
 * didEncounterErrors, no 400 for bad variables), so only a clean answer is served from here:
 * a result with any error (bad variables, access refused, not found, a failure) returns null,
 * and Apollo executes the query again with graphql-js, whose errors it shapes as always. Only
 * queries: they read; mutations stay with graphql-js (and their one-transaction interceptor).
 * A document is compiled the second time it is seen, so that a caller sending ever new
 * documents costs a compilation never, and the compiled ones are a bounded LRU.
 */
export function compiledExecutionPlugin(): ApolloServerPlugin {
  let schemaOfCache: GraphQLSchema | null = null;
  const compiled = new LRUCache<string, CompiledQuery>({ max: COMPILED_MAX });
  const seen = new LRUCache<string, true>({ max: SEEN_MAX });

  const compiledFor = (ctx: GraphQLRequestContext<object>): CompiledQuery | null => {
    if (ctx.schema !== schemaOfCache) {
      compiled.clear();
      schemaOfCache = ctx.schema;
    }
    // queryHash is the sha256 of the document's text (or the persisted document's hash).
    const key = `${ctx.queryHash}:${ctx.operationName ?? ''}`;
    const hit = compiled.get(key);
    if (hit) return hit;
    if (!seen.has(key)) {
      seen.set(key, true);
      return null;
    }
    const result = compileQuery(ctx.schema, ctx.document!, ctx.operationName ?? undefined);
    if (!isCompiledQuery(result)) return null;
    compiled.set(key, result);
    compiledExecutions.inc({ outcome: 'compiled' });
    return result;
  };

  return {
    async requestDidStart() {
      return {
        async responseForOperation(ctx): Promise<GraphQLResponse | null> {
          if (ctx.operation?.operation !== 'query') return null;
          const compiledQuery = compiledFor(ctx);
          if (!compiledQuery) return null;
          let result: Awaited<ReturnType<CompiledQuery['query']>>;
          try {
            // graphql-jit's compiled function (not SQL: the raw-SQL rule matches any .query call).
            // eslint-disable-next-line no-restricted-syntax
            result = await compiledQuery.query(undefined, ctx.contextValue, ctx.request.variables ?? {});
          } catch (err) {
            // Resolver errors come back in result.errors; a throw is graphql-jit's own failure.
            logger.warn(`graphql-jit failed on ${ctx.operationName ?? 'an operation'}: ${String(err)}`);
            result = { errors: [] };
          }
          if (result.errors || !result.data) {
            compiledExecutions.inc({ outcome: 'rerun' });
            return null;
          }
          compiledExecutions.inc({ outcome: 'served' });
          return {
            http: { status: undefined, headers: new HeaderMap() },
            body: { kind: 'single', singleResult: { data: result.data } },
          };
        },
      };
    },
  };
}
