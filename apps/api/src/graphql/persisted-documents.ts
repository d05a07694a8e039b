import { Logger } from '@nestjs/common';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { DocumentNode, GraphQLError } from 'graphql';
import { LRUCache } from 'lru-cache';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Request } from 'express';
import { SESSION_COOKIE, readCookie } from '@cop/identity';

const logger = new Logger('PersistedDocuments');

/** The manifest codegen writes beside the web app's typed operations (apps/web/codegen.ts). */
const MANIFEST = 'persisted-documents.json';

/** A request whose document is not one of the web app's, refused in production when it rides on a session cookie. */
export const PERSISTED_QUERY_REQUIRED = 'PERSISTED_QUERY_REQUIRED';

/**
 * The web app's operations, by the sha256 (hex) of their text: "trusted documents". The source
 * tree's manifest when there is one (development, tests: always the current codegen output),
 * else the copy vite puts into the web build (the image has no source tree).
 */
export function persistedDocumentsFile(webDistDir: string): string | null {
  let dir = __dirname;
  while (!existsSync(join(dir, 'nx.json')) && dirname(dir) !== dir) dir = dirname(dir);
  for (const file of [join(dir, 'apps/web/src/gql', MANIFEST), join(webDistDir, MANIFEST)]) {
    if (existsSync(file)) return file;
  }
  return null;
}

export function readPersistedDocuments(file: string | null): Map<string, string> {
  const documents = new Map<string, string>();
  if (!file) return documents;
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  for (const [hash, text] of Object.entries(manifest)) {
    const sha256 = createHash('sha256').update(text).digest('hex');
    // A hand-edited or foreign manifest must not map a hash to another text.
    if (hash !== sha256) throw new Error(`${file}: ${hash} is not the sha256 of its document`);
    documents.set(hash, text);
  }
  return documents;
}

type PersistedQueryCache = Exclude<NonNullable<ApolloDriverConfig['persistedQueries']>, false>['cache'];
type DocumentStore = NonNullable<ApolloDriverConfig['documentStore']>;

/**
 * Apollo's persisted-query protocol (`extensions.persistedQuery.sha256Hash`) over the manifest,
 * read-only: no automatic registration, so an unknown hash is PERSISTED_QUERY_NOT_FOUND and
 * nobody can add documents at run time. Apollo prefixes keys with `apq:`.
 */
function manifestQueryCache(documents: Map<string, string>, reload: () => void): PersistedQueryCache {
  return {
    get: async (key: string) => {
      const hash = key.startsWith('apq:') ? key.slice(4) : key;
      if (!documents.has(hash)) reload();
      return documents.get(hash);
    },
    set: async () => undefined,
    delete: async () => false,
  } as PersistedQueryCache;
}

const hashOf = (key: string) => key.slice(key.lastIndexOf(':') + 1);

/**
 * Apollo's parsed-and-validated documents, keyed `<schema hash>:<sha256 of the text>`. Apollo
 * parses and validates a document once and keeps it in an LRU; the manifest's documents are
 * pinned there once validated, so that no flood of other documents evicts the web app's.
 * (Validating all of them at start instead cost 0.3 s per start for a few ms saved on each
 * document's first request: see the closing note of issue 23.)
 */
export class PinningDocumentStore {
  private readonly pinned = new Map<string, DocumentNode>();
  private readonly others = new LRUCache<string, DocumentNode>({
    // About the 30 MB of Apollo's default store: an AST takes roughly ten times its text.
    maxSize: 3_000_000,
    sizeCalculation: (document) => Math.max(1, document.loc?.end ?? 1_000),
  });

  constructor(private readonly documents: Map<string, string>) {}

  async get(key: string): Promise<DocumentNode | undefined> {
    return this.pinned.get(hashOf(key)) ?? this.others.get(key);
  }
  async set(key: string, document: DocumentNode): Promise<void> {
    const hash = hashOf(key);
    if (this.documents.has(hash)) this.pinned.set(hash, document);
    else this.others.set(key, document);
  }
  async delete(key: string): Promise<boolean> {
    return this.others.delete(key);
  }
}

function isCookieBrowserRequest(req: Request | undefined): boolean {
  if (!req) return false;
  // The viewer middleware takes a bearer token over the cookie: such a request is an API client's.
  if (/^Bearer\s+\S+$/i.test(req.headers.authorization ?? '')) return false;
  return readCookie(req.headers.cookie, SESSION_COOKIE) !== null;
}

/**
 * Trusted documents: the options that make Apollo run the web app's operations by hash, and,
 * in production, refuse any other document from a request that carries a session cookie
 * (an injected script or a forged form in a signed-in browser can then only run what the app
 * runs). Bearer-token clients and anonymous callers keep arbitrary documents, within the limits.
 */
export function persistedDocumentOptions(opts: {
  production: boolean;
  /** Production with GRAPHQL_TRUSTED_DOCUMENTS=cookie: a session cookie runs only the manifest. */
  cookiesRunOnlyPersisted: boolean;
  webDistDir: string;
}): Pick<ApolloDriverConfig, 'persistedQueries' | 'documentStore'> & { plugin: ApolloServerPlugin } {
  const file = persistedDocumentsFile(opts.webDistDir);
  const documents = readPersistedDocuments(file);
  // Outside production, `npm run codegen` beside a running API (the web app on Vite's dev server)
  // adds hashes: a miss re-reads a manifest that has changed since. Production's is the build's.
  let readAt = file ? statSync(file).mtimeMs : 0;
  const reload = () => {
    if (opts.production || !file) return;
    try {
      const mtime = statSync(file).mtimeMs;
      if (mtime === readAt) return;
      for (const [hash, text] of readPersistedDocuments(file)) documents.set(hash, text);
      readAt = mtime;
    } catch (err) {
      // Half written by codegen: the next miss reads it again.
      logger.warn(`${file}: ${(err as Error).message}`);
    }
  };
  if (documents.size === 0) logger.warn(`No ${MANIFEST}: the web app's operations cannot be sent by hash.`);

  const plugin: ApolloServerPlugin = {
    async requestDidStart() {
      if (!opts.cookiesRunOnlyPersisted) return;
      return {
        // Apollo answers an error thrown here in its own shape (earlier hooks' errors become a
        // 500); the document is parsed and validated by then, within the usual limits.
        async didResolveOperation(context: GraphQLRequestContext<{ req?: Request }>) {
          if (documents.has(context.queryHash!)) return;
          if (!isCookieBrowserRequest(context.contextValue.req)) return;
          throw new GraphQLError(
            'This request carries a session cookie: it may only run the web app’s persisted operations. ' +
              'Scripts use an access token (Authorization: Bearer).',
            { extensions: { code: PERSISTED_QUERY_REQUIRED, http: { status: 400 } } },
          );
        },
      };
    },
  };
  return {
    persistedQueries: { cache: manifestQueryCache(documents, reload) },
    documentStore: new PinningDocumentStore(documents) as unknown as DocumentStore,
    plugin,
  };
}
