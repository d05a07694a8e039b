import type { ApolloServerPlugin, BaseContext, GraphQLRequestContext } from '@apollo/server';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import { Logger } from '@nestjs/common';
import { SESSION_COOKIE, type ViewerRequest } from '@cop/identity';
import { type CachePlan, cachePlanOf } from './response-cache-fields';
import { TableGenerations } from '@cop/platform';

type Context = BaseContext & { req?: ViewerRequest };

/**
 * Whether nobody is signed in, decided from the request alone: no Authorization header of any
 * kind and no cookie named like the session's. A session cookie that turns out stale, or a bad
 * token, still bypasses the cache: the simplest rule, and the safest.
 */
function isAnonymous(ctx: GraphQLRequestContext<Context>): boolean {
  const headers = ctx.request.http?.headers;
  if (!headers || headers.has('authorization')) return false;
  if (headers.get('cookie')?.includes(SESSION_COOKIE)) return false;
  const req = ctx.contextValue.req;
  return !!req && !req.viewer && !req.authError;
}

/**
 * The anonymous response cache (issue 23): answers that every caller without a session shares
 * (the public home page, the working-group list and pages, news, FAQ) are kept per process and
 * served without executing GraphQL.
 *
 * Apollo's response cache plugin does the keeping and serving (a size-bounded LRU; only queries,
 * never an answer with errors); this decides what it may touch:
 * - only anonymous requests read or write it (`isAnonymous`);
 * - only operations whose every field is in PUBLIC_FIELDS (`cachePlanOf`);
 * - the key is the document, its operation name and variables (the plugin's own) and, added here,
 *   the role and the generations of the tables the fields read (`TableGenerations`, moved by
 *   PostgreSQL's NOTIFY at each commit that writes them): a change makes older answers
 *   unreachable at once, in every process; the LRU and the TTL take them away;
 * - race: an answer whose tables moved while it executed is not stored;
 * - the TTL is set per answer here (Apollo's per-field cache control stays disabled, it costs a
 *   wrapper around every resolver): 5 minutes, 1 minute when a field compares with now.
 *
 * Null without a database URL of its own (the embedded PGlite of the quick start).
 */
export function anonymousResponseCache(opts: {
  databaseUrl: string | null;
  maxBytes: number;
}): (ApolloServerPlugin<Context> & { generations: TableGenerations }) | null {
  if (!opts.databaseUrl) return null;
  const store = new InMemoryLRUCache<string>({ maxSize: opts.maxBytes });
  const generations = new TableGenerations(opts.databaseUrl, () => store.clear());
  const started = new WeakMap<object, { plan: CachePlan; snapshot: string }>();

  const cachePlugin = responseCachePlugin<Context>({
    cache: store,
    // Called first, for every query: the request's plan and snapshot, taken before execution.
    async extraCacheKeyData(ctx) {
      if (!isAnonymous(ctx) || !ctx.document) return null;
      const plan = cachePlanOf(ctx.schema, ctx.document, ctx.operationName);
      const snapshot = plan && generations.snapshot(plan.tables);
      if (!plan || snapshot === null) return null;
      started.set(ctx.contextValue, { plan, snapshot });
      return { role: 'anonymous', generations: snapshot };
    },
    async shouldReadFromCache(ctx) {
      return started.has(ctx.contextValue);
    },
    async shouldWriteToCache(ctx) {
      const request = started.get(ctx.contextValue);
      if (!request || generations.snapshot(request.plan.tables) !== request.snapshot) return false;
      // The plugin stores an answer only with a cacheable policy, for its maxAge.
      ctx.overallCachePolicy.replace({ maxAge: request.plan.maxAgeSeconds, scope: 'PUBLIC' });
      return true;
    },
  });

  return {
    generations,
    async serverWillStart() {
      await generations.start();
      if (!generations.live)
        new Logger('ResponseCache').warn('Starting without the anonymous response cache.');
      return {
        async serverWillStop() {
          await generations.stop();
        },
      };
    },
    requestDidStart: cachePlugin.requestDidStart,
  };
}
