import { Client, cacheExchange, fetchExchange } from 'urql';
import { persistedExchange } from '@urql/exchange-persisted';

/** The sha256 that codegen puts into every generated document (apps/web/codegen.ts). */
function documentHash(document: unknown): Promise<string | undefined> {
  return Promise.resolve((document as { __meta__?: { hash?: string } }).__meta__?.hash);
}

// POST, always: Apollo's CSRF prevention refuses a GET without a preflight-forcing header, and
// the session cookie rides along on the same origin.
// Every operation goes by its hash alone (trusted documents: in production the API runs nothing
// else for a signed-in browser). No fallback to the text on PersistedQueryNotFound: the text
// the app would print is not the manifest's, and a build the API does not know must reload.
export const client = new Client({
  url: '/graphql',
  exchanges: [
    cacheExchange,
    persistedExchange({
      enforcePersistedQueries: true,
      enableForMutation: true,
      preferGetForPersistedQueries: false,
      generateHash: (_query, document) => documentHash(document),
    }),
    fetchExchange,
  ],
  preferGetMethod: false,
  requestPolicy: 'cache-and-network',
  fetchOptions: () => ({
    credentials: 'same-origin',
    headers: { 'apollo-require-preflight': 'true' },
  }),
});
