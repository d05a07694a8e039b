import { Client, cacheExchange, fetchExchange } from 'urql';

// POST, always: Apollo's CSRF prevention refuses a GET without a preflight-forcing header, and
// the session cookie rides along on the same origin.
export const client = new Client({
  url: '/graphql',
  exchanges: [cacheExchange, fetchExchange],
  preferGetMethod: false,
  requestPolicy: 'cache-and-network',
  fetchOptions: () => ({
    credentials: 'same-origin',
    headers: { 'apollo-require-preflight': 'true' },
  }),
});
