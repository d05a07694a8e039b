import { API_ROUTES, apiRoutePattern, isApiPath, WEB_PAGES } from '@cop/web-routes';
import { createTestEnvironment, startTestApi, type TestApi, type TestEnvironment } from '@cop/testing';

/** A layer of Express 5's router (router 2.x): a route, or middleware mounted at rawPath. */
interface RouterLayer {
  name: string;
  rawPath: string | string[] | RegExp;
  route?: { path: string | string[] };
  /** False, or what matched (router 2.3 returns the match and keeps no state). */
  match(path: string): false | object;
}

const matches = (layer: RouterLayer, path: string) => layer.match(path) !== false;

/** Path values for an Express 5 pattern: both forms of `{optional}` parts, params and wildcards filled. */
function samplePaths(pattern: string): string[] {
  const optional = /\{([^{}]*)\}/.exec(pattern);
  if (optional) {
    const before = pattern.slice(0, optional.index);
    const after = pattern.slice(optional.index + optional[0].length);
    return [...samplePaths(before + after), ...samplePaths(before + optional[1] + after)];
  }
  return [pattern.replace(/:\w+/g, 'sample-1').replace(/\*\w+/g, 'sample-2/deeper')];
}

/**
 * libs/web-routes' API_ROUTES decide which paths the API serves index.html on (and what Vite's
 * dev server proxies). This walks what the real API registered on Express: a controller route
 * missing from the list fails here (the app would shadow it for browsers), and so does an entry
 * that no longer answers anything.
 */
describe('API_ROUTES against the routes the API registers', () => {
  let env: TestEnvironment;
  let api: TestApi;
  /** Every path some route or path-mounted middleware of the API answers. */
  let endpoints: { pattern: string; layer: RouterLayer }[];

  beforeAll(async () => {
    // The defaults mount everything: the development identity provider (no OIDC_PROVIDERS,
    // not production) and Bull Board (QUEUE_BOARD=true).
    env = await createTestEnvironment();
    api = await startTestApi(env.config);
    const express = api.app.getHttpAdapter().getInstance() as { router: { stack: RouterLayer[] } };
    const stack = express.router.stack;
    // Global middleware (Nest's onResponse hook, body parsers, logging, viewer, admission,
    // the web app's own page handler) answers every path: it is not an endpoint. So is what
    // Nest mounts as catch-all routes (`/{*path}`, module middleware for every route).
    const everywhere = (l: RouterLayer) => matches(l, '/no-such-route/anywhere/at-all');
    endpoints = stack
      .filter((l) => !everywhere(l))
      // `/assets` is the web app's (its hashed files), mounted as middleware before Nest's routes.
      .filter((l) => !(l.route === undefined && l.rawPath === '/assets'))
      .flatMap((l) => {
        const paths = l.route ? l.route.path : l.rawPath;
        if (paths instanceof RegExp) throw new Error(`a route by regular expression: ${String(paths)}`);
        return (Array.isArray(paths) ? paths : [paths]).map((pattern) => ({ pattern, layer: l }));
      });
  });
  afterAll(async () => {
    await api?.close();
    await env?.cleanup();
  });

  it('finds the routes (the walk itself works)', () => {
    const patterns = endpoints.map((e) => e.pattern);
    // A controller route, a middleware mount (Apollo), a wildcard route (the dev IdP).
    expect(patterns).toEqual(
      expect.arrayContaining(['/health', '/graphql', '/calendar/feeds/:file', '/dev/idp/*path']),
    );
    for (const { pattern, layer } of endpoints)
      for (const path of samplePaths(pattern))
        expect([pattern, path, matches(layer, path)]).toEqual([pattern, path, true]);
  });

  it('covers every route the API registers', () => {
    const uncovered = endpoints
      .flatMap(({ pattern }) => samplePaths(pattern).map((path) => ({ pattern, path })))
      .filter(({ path }) => !isApiPath(path));
    expect(uncovered).toEqual([]);
  });

  it('lists no route the API does not answer', () => {
    // `/dev/idp` is the development identity provider's issuer identifier (the `iss` of its
    // tokens): the provider itself is mounted under `/dev/idp/*path` and nothing answers the bare
    // path (Nest's 404), but it names the provider, never a page of the app, so it stays listed.
    // Bull Board (`/admin/queues`, `/admin/queues/*rest`) is a controller with real routes when
    // QUEUE_BOARD=true, as here; the dev IdP's mount is a route too (Nest turns its
    // all-methods middleware into one). Neither needs an exception.
    // `/dev/clock` and `/dev/jobs/:name` exist only with DEV_CLOCK=true in development
    // (test/platform/dev-clock.test.ts), not with the defaults used here.
    const NOT_SERVED_ON_PURPOSE = new Set(['/dev/idp', '/dev/clock', '/dev/jobs/:name']);
    const stale = API_ROUTES.filter((route) => !NOT_SERVED_ON_PURPOSE.has(route)).filter((route) => {
      const pattern = apiRoutePattern(route);
      const samples = samplePaths(route);
      // Either a registered path falls under the entry, or the entry's own sample reaches a layer.
      return !endpoints.some(
        ({ pattern: registered, layer }) =>
          samplePaths(registered).some((p) => pattern.test(p)) || samples.some((s) => matches(layer, s)),
      );
    });
    expect(stale).toEqual([]);
    for (const route of NOT_SERVED_ON_PURPOSE) expect(API_ROUTES).toContain(route);
  });

  it('lets no page of the app fall under an API route', () => {
    const shadowed = Object.entries(WEB_PAGES)
      .flatMap(([page, pattern]) => samplePaths(pattern).map((path) => ({ page, path })))
      .filter(({ path }) => isApiPath(path));
    expect(shadowed).toEqual([]);
    expect(isApiPath('/assets/index-Abc123.js')).toBe(false);
  });

  it('answers no page of the app with an API route (the calendar page beside the /calendar/ feeds)', () => {
    const answered = Object.entries(WEB_PAGES)
      .flatMap(([page, pattern]) => samplePaths(pattern).map((path) => ({ page, path })))
      .filter(({ path }) => endpoints.some(({ layer }) => matches(layer, path)));
    expect(answered).toEqual([]);
    expect(WEB_PAGES.calendar).toBe('/calendar');
    expect(endpoints.some(({ layer }) => matches(layer, '/calendar/public.ics'))).toBe(true);
  });
});
