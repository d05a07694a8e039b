import type { AddressInfo } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import { loadConfig } from '@cop/platform';
import { SessionsService } from '@cop/identity';
import { createApi } from '../../apps/api/src/bootstrap';

/** The API in production mode, in this process, listening on a free local port. */
export interface RunningApi {
  app: INestApplication;
  url: string;
  close(): Promise<void>;
}

export async function startApi(databaseUrl: string): Promise<RunningApi> {
  process.env.NODE_ENV = 'production';
  process.env.DATABASE_URL = databaseUrl;
  process.env.SESSION_SECRET ??= 'bench-session-secret-0123456789abcdef0123456789';
  process.env.PUBLIC_URL ??= 'http://127.0.0.1:3999';
  process.env.LOG_LEVEL ??= 'warn';
  // Production names its Redis (issue 25); the machine's, as the benchmark's worker uses.
  process.env.REDIS_URL ??= 'redis://127.0.0.1:6379';
  // The scenarios send their own documents over a session cookie, which production otherwise
  // holds to the web app's persisted operations (issue 23); api-process.ts inherits this too.
  process.env.GRAPHQL_TRUSTED_DOCUMENTS ??= 'off';
  const app = await createApi(loadConfig(process.env), { logger: false });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return { app, url: `http://127.0.0.1:${port}`, close: () => app.close() };
}

/** A real session for a person, as sign-in creates it; returns the cop_session cookie. */
export async function sessionCookie(api: RunningApi, personId: string): Promise<string> {
  const sessions = api.app.get(SessionsService, { strict: false });
  const { token } = await sessions.create(personId, { provider: 'bench', idToken: null, userAgent: 'bench' });
  return `cop_session=${encodeURIComponent(token)}`;
}

/** One GraphQL request; throws on any error so a benchmark never times a failure. */
export async function graphql<T = unknown>(
  api: RunningApi,
  cookie: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const res = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (!res.ok || body.errors?.length || !body.data) {
    throw new Error(`GraphQL ${res.status}: ${JSON.stringify(body.errors ?? body).slice(0, 500)}`);
  }
  return body.data;
}

/** Milliseconds taken by fn. */
export async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}
