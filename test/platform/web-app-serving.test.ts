import { request } from 'node:http';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestEnvironment, startTestApi, type TestApi, type TestEnvironment } from '@cop/testing';

/**
 * The API serves the built web app (WEB_DIST_DIR): hashed assets cached for good and never
 * answered with index.html, index.html for the app's pages (browser navigations on paths that
 * are not the API's own), the app's security headers, and a 503 page when there is no build.
 */
describe('serving the web app', () => {
  let env: TestEnvironment;
  let api: TestApi;
  let dist: string;
  const MARKER = '<!-- the test build of the web app -->';
  const INDEX = `<!doctype html><html lang="en"><head><script type="module" src="/assets/index-Abc123.js"></script></head><body><div id="root"></div>${MARKER}</body></html>`;
  const SCRIPT = 'console.log("app");';
  const HTML = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8'; // a browser's navigation

  const get = (path: string, accept = HTML, init: RequestInit = {}) =>
    fetch(`${api.url}${path}`, { ...init, headers: { accept, ...(init.headers ?? {}) }, redirect: 'manual' });
  const rawGet = (path: string) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(`${api.url}/`, { path, headers: { accept: HTML } }, (res) => {
        let body = '';
        res.on('data', (d: Buffer) => (body += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      req.end();
    });
  const isTheApp = async (res: Response) => (await res.text()).includes(MARKER);

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'cop-web-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), INDEX);
    writeFileSync(join(dist, 'assets', 'index-Abc123.js'), SCRIPT);
    writeFileSync(join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    env = await createTestEnvironment({ WEB_DIST_DIR: dist });
    api = await startTestApi(env.config);
  });
  afterAll(async () => {
    await api?.close();
    await env?.cleanup();
    rmSync(dist, { recursive: true, force: true });
  });

  it.each(['/', '/working-groups/WG1', '/settings/email', '/meetings/123?occurrence=x', '/no/such/page'])(
    'answers index.html to a browser at %s, revalidated on every load',
    async (path) => {
      const res = await get(path);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(res.headers.get('vary')).toMatch(/Accept/i);
      expect(await isTheApp(res)).toBe(true);
    },
  );

  it('answers HEAD like GET, without a body', async () => {
    const res = await get('/working-groups', HTML, { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await res.text()).toBe('');
  });

  it('puts the app under a CSP that forbids inline scripts, with nosniff and a referrer policy', async () => {
    for (const res of [await get('/'), await get('/assets/index-Abc123.js', '*/*')]) {
      const csp = res.headers.get('content-security-policy') ?? '';
      const directives = new Map(
        csp.split(';').map((d) => {
          const [name, ...values] = d.trim().split(/\s+/);
          return [name, values] as const;
        }),
      );
      expect(directives.get('script-src')).toEqual(["'self'"]);
      expect(directives.get('default-src')).toEqual(["'self'"]);
      expect(directives.get('object-src')).toEqual(["'none'"]);
      expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
      expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    }
  });

  it('serves a hashed asset as immutable for a year, and a missing one as 404, never index.html', async () => {
    const asset = await get('/assets/index-Abc123.js', '*/*');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await asset.text()).toBe(SCRIPT);

    for (const path of ['/assets/x.js', '/assets/old-Zzz999.js', '/assets/', '/assets']) {
      const missing = await get(path);
      expect(missing.status).toBe(404);
      expect(missing.headers.get('cache-control')).not.toMatch(/immutable/);
      expect(await isTheApp(missing)).toBe(false);
    }
    // Out of assets/ by a raw path (fetch would resolve the dots itself).
    for (const path of ['/assets/../index.html', '/assets/%2e%2e/index.html', '/assets/..%2findex.html']) {
      const raw = await rawGet(path);
      expect(raw.status).not.toBe(200);
      expect(raw.body).not.toContain(MARKER);
    }
  });

  it('serves the build’s other root files (favicon.svg) whatever the Accept header', async () => {
    const res = await get('/favicon.svg', 'image/avif,image/webp,*/*');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('leaves the API’s own routes to the API, even to a browser', async () => {
    const sandbox = await get('/graphql');
    expect(await isTheApp(sandbox)).toBe(false);
    const feed = await get('/calendar/public.ics');
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toMatch(/^text\/calendar/);
    expect(await isTheApp(feed)).toBe(false);
    const health = await get('/health');
    expect(await isTheApp(health)).toBe(false);
    const unsubscribe = await get('/newsletter/unsubscribe?token=nope');
    expect(unsubscribe.status).toBe(400);
    expect(await isTheApp(unsubscribe)).toBe(false);
  });

  it('answers only GET and HEAD navigations: a POST to / goes to the API (404)', async () => {
    const res = await fetch(`${api.url}/`, {
      method: 'POST',
      headers: { accept: HTML, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(res.status).toBe(404);
    expect(await isTheApp(res)).toBe(false);
  });

  it('answers JSON (a 404) to a script asking for JSON or anything, on an app path', async () => {
    for (const accept of ['application/json', '*/*']) {
      const res = await get('/working-groups', accept);
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await isTheApp(res)).toBe(false);
    }
  });

  it('puts nosniff on the API’s own responses too', async () => {
    const res = await get('/health', 'application/json');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('reads index.html per request: without a build, a 503 page says how to make one', async () => {
    renameSync(join(dist, 'index.html'), join(dist, 'index.html.away'));
    try {
      const res = await get('/working-groups/WG1');
      expect(res.status).toBe(503);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(res.headers.get('cache-control')).toBe('no-store');
      const html = await res.text();
      expect(html).toMatch(/web app is not built/);
      expect(html).toContain('npm run build');
      expect(html).not.toContain(dist); // no server paths in a public page
      // Assets are still files or 404s, never this page.
      expect((await get('/assets/index-Abc123.js', '*/*')).status).toBe(200);
      expect((await get('/assets/gone.js', '*/*')).status).toBe(404);
    } finally {
      renameSync(join(dist, 'index.html.away'), join(dist, 'index.html'));
    }
    expect(await isTheApp(await get('/'))).toBe(true);
  });
});
