import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Request, Response } from 'express';
import { AppConfig, formatGraphQLError } from '@cop/platform';
import { persistedDocumentOptions } from './persisted-documents';
import { anonymousResponseCache } from './response-cache';
import { compiledExecutionPlugin } from './compiled-execution';

const logger = new Logger('GraphQL');

/** Where `npm run build` and `npm test` write the generated schema: committed at the root. */
export function schemaFile(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'nx.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return join(dir, 'schema.gql');
}

/**
 * Apollo, code-first. Depth, alias, cost, token and directive limits on every operation
 * (graphql-armor), CSRF prevention on, no batching, introspection and the sandbox off in
 * production, the web app's persisted operations (the only ones a session cookie may run in
 * production), and errors shaped in one place.
 */
export function graphqlOptions(config: AppConfig, opts: { emitSchema: boolean }): ApolloDriverConfig {
  const armor = new ApolloArmor({
    maxDepth: { n: config.graphql.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: config.graphql.maxAliases },
    costLimit: { maxCost: config.graphql.maxCost, ignoreIntrospection: true },
    // Tokens are limited by graphql-js's own parser (parseOptions below): armor's plugin turns
    // a syntax error into a 500.
    maxTokens: { enabled: false },
    maxDirectives: { n: 20 },
    blockFieldSuggestion: { enabled: config.production },
  });
  const protection = armor.protect();
  // GRAPHQL_RESPONSE_CACHE: anonymous callers' shared answers, served without execution (response-cache.ts).
  const responseCache =
    config.graphql.responseCache.enabled && !opts.emitSchema
      ? anonymousResponseCache({
          databaseUrl: config.databaseUrl,
          maxBytes: config.graphql.responseCache.maxBytes,
        })
      : null;
  const persisted = persistedDocumentOptions({
    production: config.production,
    cookiesRunOnlyPersisted: config.production && config.graphql.trustedDocuments === 'cookie',
    webDistDir: config.webDistDir,
  });
  return {
    driver: ApolloDriver,
    autoSchemaFile: opts.emitSchema ? schemaFile() : true,
    sortSchema: true,
    // No guards on field resolvers, so that graphql-js calls those without parameter
    // decorators directly; their access rules are field middleware (@cop/identity
    // enforceFieldAccess, in createApi): a nested field is still no way around them.
    fieldResolverEnhancers: [],
    path: '/graphql',
    introspection: !config.production,
    playground: false,
    parseOptions: { maxTokens: config.graphql.maxTokens },
    // The web app's operations by hash (persisted-documents.ts), kept parsed and validated.
    persistedQueries: persisted.persistedQueries,
    documentStore: persisted.documentStore,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    // graphql-armor is typed against Apollo's ESM build, Nest against its CJS build: same objects.
    plugins: [
      ...protection.plugins,
      // Apollo installs cache control by default: a wrapper around every field's resolver to
      // collect cache hints, which nothing here sets (responses are per viewer).
      ApolloServerPluginCacheControlDisabled(),
      persisted.plugin,
      // Ahead of any plugin that executes (responseForOperation: the first answer wins).
      ...(responseCache ? [responseCache] : []),
      // GRAPHQL_EXECUTOR=jit (the default): queries that come back run compiled by graphql-jit (compiled-execution.ts).
      ...(config.graphql.executor === 'jit' ? [compiledExecutionPlugin()] : []),
      ...(config.production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ] as NonNullable<ApolloDriverConfig['plugins']>,
    validationRules: protection.validationRules,
    context: ({ req, res }: { req: Request; res: Response }) => ({ req, res }),
    formatError: (formatted, error) =>
      formatGraphQLError(formatted, error, {
        exposeInternals: !config.production,
        log: (err) => logger.error(err instanceof Error ? (err.stack ?? err.message) : String(err)),
      }),
  };
}
