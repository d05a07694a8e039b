import type { INestApplication } from '@nestjs/common';
import type { AppConfig } from '@cop/platform';
import { createApi } from '../../../apps/api/src/bootstrap';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

export interface TestApi {
  app: INestApplication;
  url: string;
  /** POSTs a GraphQL operation; headers may carry a cookie or a bearer token. */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/** The real API on a random local port, over HTTP. */
export async function startTestApi(config: AppConfig): Promise<TestApi> {
  const app = await createApi(config, { logger: false });
  // Tests reuse connections through fetch (undici closes idle ones after 4 s); on a busy machine
  // its timer can fire after the server's own 5 s close, and a request on that socket fails with
  // ECONNRESET (seen once in a full run). The server keeps idle connections longer here.
  const server = app.getHttpServer() as { keepAliveTimeout: number; headersTimeout: number };
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${address.port}`;
  return {
    app,
    url,
    async gql(query, variables, headers = {}) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as GraphQLResponse;
      return { ...body, status: res.status } as never;
    },
    close: () => app.close(),
  };
}
