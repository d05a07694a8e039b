import { Logger, type INestApplication } from '@nestjs/common';
import { Client } from 'pg';
import type { AppConfig } from '@cop/platform';
import { createTestEnvironment, type GraphQLResponse, type TestEnvironment } from '@cop/testing';
import { createApi } from '../../apps/api/src/bootstrap';
import { Browser, type Page } from '../../libs/testing/src/browser';
import { freePort, startTestIssuer, type TestIssuer } from '../../libs/testing/src/oidc-test-issuer';

// End to end over HTTP: the real API (listening where PUBLIC_URL says, as the issuers redirect
// there), two independent oidc-provider issuers in this process, and a scripted browser.

const VIEWER = '{ viewer { person { id displayName role email } identities { provider subject } } }';

interface ViewerData {
  viewer: {
    person: { id: string; displayName: string; role: string; email: string | null };
    identities: { provider: string; subject: string }[];
  } | null;
}

interface RunningApi {
  app: INestApplication;
  url: string;
  close(): Promise<void>;
}

/** The API on the port of its PUBLIC_URL. */
async function startApiAt(config: AppConfig): Promise<RunningApi> {
  const app = await createApi(config, { logger: false });
  await app.listen(config.port, '127.0.0.1');
  return { app, url: config.publicUrl, close: () => app.close() };
}

async function viewerOf(
  api: RunningApi,
  sessionToken: string | undefined,
): Promise<GraphQLResponse<ViewerData>> {
  const res = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(sessionToken ? { cookie: `cop_session=${sessionToken}` } : {}),
    },
    body: JSON.stringify({ query: VIEWER }),
  });
  return { ...((await res.json()) as GraphQLResponse<ViewerData>), status: res.status };
}

async function sql<T = Record<string, unknown>>(env: TestEnvironment, text: string, params: unknown[] = []) {
  const db = new Client({ connectionString: env.db.url });
  await db.connect();
  try {
    return (await db.query(text, params)).rows as T[];
  } finally {
    await db.end();
  }
}

/** Each browser comes from its own address, so the per-address sign-in limit is the test's own. */
let browsers = 0;
function newBrowser(): Browser {
  browsers += 1;
  return new Browser({ headers: { 'x-forwarded-for': `198.51.100.${browsers}` } });
}

function cookieAttributes(res: Response, name: string): string {
  const header = res.headers.getSetCookie().find((c) => c.startsWith(`${name}=`));
  if (!header) throw new Error(`no Set-Cookie for ${name}: ${res.headers.getSetCookie().join(' | ')}`);
  return header;
}

async function jsonError(res: Response): Promise<{ code: string; reason: string; message: string }> {
  expect(res.headers.get('content-type')).toMatch(/application\/json/);
  return ((await res.json()) as { error: { code: string; reason: string; message: string } }).error;
}

describe('federated sign-in over OpenID Connect with two issuers', () => {
  let env: TestEnvironment;
  let api: RunningApi;
  let issuerA: TestIssuer;
  let issuerB: TestIssuer;
  let carolId: string;

  beforeAll(async () => {
    const port = await freePort();
    const publicUrl = `http://127.0.0.1:${port}`;
    issuerA = await startTestIssuer({
      clients: [
        {
          clientId: 'cop-a',
          clientSecret: 'secret-of-cop-at-a',
          redirectUris: [`${publicUrl}/auth/a/callback`],
          postLogoutRedirectUris: [`${publicUrl}/`],
        },
      ],
      accounts: {
        alice: { email: 'Alice@Example.org', emailVerified: true, name: 'Alice Adams' },
        mallory: { email: 'carol@example.org', emailVerified: false, name: 'Mallory' },
      },
      sendIss: true,
    });
    issuerB = await startTestIssuer({
      clients: [
        {
          clientId: 'cop-b',
          clientSecret: 'secret-of-cop-at-b',
          redirectUris: [`${publicUrl}/auth/b/callback`],
          postLogoutRedirectUris: [`${publicUrl}/`],
        },
      ],
      accounts: { bob: { email: 'bob@example.org', emailVerified: true, name: 'Bob Brown' } },
      sendIss: false,
      claimsInIdToken: true,
    });
    const unreachable = await freePort();
    env = await createTestEnvironment();
    const config = env.configWith({
      PORT: String(port),
      PUBLIC_URL: publicUrl,
      OIDC_PROVIDERS: JSON.stringify([
        issuerA.providerEntry('a', 'cop-a', { name: 'Issuer A' }),
        issuerB.providerEntry('b', 'cop-b', { name: 'Issuer B' }),
        {
          id: 'down',
          name: 'Unreachable',
          issuer: `http://127.0.0.1:${unreachable}`,
          clientId: 'x',
          clientSecret: 'y',
        },
      ]),
    });
    [{ id: carolId }] = await sql<{ id: string }>(
      env,
      `INSERT INTO people (display_name, email, email_verified, role) VALUES ('Carol', 'carol@example.org', true, 'MEMBER') RETURNING id`,
    );
    api = await startApiAt(config);
  });

  afterAll(async () => {
    await api?.close();
    await issuerA?.stop();
    await issuerB?.stop();
    await env?.cleanup();
  });

  // The page never says which check failed; the log does, and proves each refusal is for its reason.
  let logged: jest.SpyInstance;
  beforeEach(() => {
    logged = jest.spyOn(Logger.prototype, 'log');
  });
  afterEach(() => {
    logged.mockRestore();
    issuerA.nextLogin = 'alice';
  });
  const lastRefusal = () =>
    logged.mock.calls
      .map((call) => String(call[0]))
      .filter((message) => message.startsWith('Sign-in at'))
      .pop();

  const isCallback = (provider: string) => (url: URL) =>
    url.origin === api.url && url.pathname === `/auth/${provider}/callback`;

  /** Starts a sign-in and lets the issuer answer; stops before the browser reaches the platform's callback. */
  async function untilCallback(browser: Browser, provider: string, returnTo = '/'): Promise<URL> {
    const page = await browser.navigate(
      `${api.url}/auth/${provider}/login?returnTo=${encodeURIComponent(returnTo)}`,
      { stopAt: isCallback(provider) },
    );
    expect(page.stopped).toBe(true);
    return page.url;
  }

  /** A whole sign-in; returns the session token and where the platform sent the browser. */
  async function signIn(
    browser: Browser,
    provider: string,
    returnTo = '/',
  ): Promise<{ token: string; location: string }> {
    const callback = await untilCallback(browser, provider, returnTo);
    const res = await browser.fetch(callback);
    expect(res.status).toBe(302);
    const token = browser.jar.get('cop_session', api.url)?.value;
    expect(token).toBeTruthy();
    return { token: token!, location: res.headers.get('location')! };
  }

  it('lists the configured issuers in authProviders', async () => {
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ authProviders { id name loginUrl } }' }),
    });
    const body = (await res.json()) as {
      data: { authProviders: { id: string; name: string; loginUrl: string }[] };
    };
    expect(body.data.authProviders).toEqual([
      { id: 'a', name: 'Issuer A', loginUrl: `${api.url}/auth/a/login` },
      { id: 'b', name: 'Issuer B', loginUrl: `${api.url}/auth/b/login` },
      { id: 'down', name: 'Unreachable', loginUrl: `${api.url}/auth/down/login` },
    ]);
  });

  it('signs in through issuer A with the code flow and serves viewer over the session cookie', async () => {
    const browser = newBrowser();
    const login = await browser.fetch(
      `${api.url}/auth/a/login?returnTo=${encodeURIComponent('/groups?tab=1')}`,
    );
    expect(login.status).toBe(302);
    const authorize = new URL(login.headers.get('location')!);
    expect(`${authorize.origin}${authorize.pathname}`).toBe(`${issuerA.issuer}/auth`);
    const q = authorize.searchParams;
    expect(q.get('response_type')).toBe('code');
    expect(q.get('client_id')).toBe('cop-a');
    expect(q.get('redirect_uri')).toBe(`${api.url}/auth/a/callback`);
    expect(q.get('scope')?.split(' ')).toEqual(expect.arrayContaining(['openid', 'profile', 'email']));
    expect(q.get('code_challenge_method')).toBe('S256');
    expect(q.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(q.get('state')).toBeTruthy();
    expect(q.get('nonce')).toBeTruthy();
    const loginCookie = cookieAttributes(login, 'cop_login');
    expect(loginCookie).toMatch(/; HttpOnly/i);
    expect(loginCookie).toMatch(/; SameSite=Lax/i);
    expect(loginCookie).toMatch(/; Path=\/auth\/a\//);
    expect(loginCookie).toMatch(/; Max-Age=600/);
    expect(loginCookie).not.toMatch(/; Secure/i); // PUBLIC_URL is http here

    const atCallback = await browser.navigate(authorize, { stopAt: isCallback('a') });
    expect(atCallback.stopped).toBe(true);
    expect(atCallback.url.searchParams.get('iss')).toBe(issuerA.issuer); // RFC 9207, sent by A
    const callback = await browser.fetch(atCallback.url);
    expect(callback.status).toBe(302);
    expect(callback.headers.get('location')).toBe('/groups?tab=1');
    const session = cookieAttributes(callback, 'cop_session');
    expect(session).toMatch(/; HttpOnly/i);
    expect(session).toMatch(/; SameSite=Lax/i);
    expect(session).toMatch(/; Path=\/(;|$)/);
    const maxAge = Number(/Max-Age=(\d+)/i.exec(session)?.[1]);
    expect(maxAge).toBeGreaterThan(3600);
    expect(cookieAttributes(callback, 'cop_login')).toMatch(/Expires=Thu, 01 Jan 1970|Max-Age=0/i);

    const res = await viewerOf(api, browser.jar.get('cop_session', api.url)?.value);
    expect(res.errors).toBeUndefined();
    expect(res.data?.viewer?.person).toMatchObject({
      displayName: 'Alice Adams',
      email: 'alice@example.org',
    });
    expect(res.data?.viewer?.identities).toEqual([{ provider: 'a', subject: 'alice' }]);
  });

  it('signs in through issuer B, which sends no iss and puts the claims in the ID token', async () => {
    const browser = newBrowser();
    const callback = await untilCallback(browser, 'b', '/after-b');
    expect(callback.searchParams.has('iss')).toBe(false);
    const res = await browser.fetch(callback);
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/after-b');
    const viewer = await viewerOf(api, browser.jar.get('cop_session', api.url)?.value);
    expect(viewer.data?.viewer?.person).toMatchObject({ displayName: 'Bob Brown', email: 'bob@example.org' });
    expect(viewer.data?.viewer?.identities).toEqual([{ provider: 'b', subject: 'bob' }]);
  });

  it('refuses a callback with a changed state, and a replayed callback', async () => {
    const browser = newBrowser();
    const callback = await untilCallback(browser, 'a');
    const forged = new URL(callback);
    forged.searchParams.set('state', 'not-the-state-we-sent');
    const refused = await browser.fetch(forged, { headers: { accept: 'application/json' } });
    expect(refused.status).toBe(400);
    expect(await jsonError(refused)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'RESPONSE_INVALID' });
    expect(lastRefusal()).toMatch(/unexpected "state"/);
    expect(browser.jar.get('cop_session', api.url)).toBeUndefined();

    // A genuine callback works once; the same one replayed (cookie and all) does not.
    const second = await untilCallback(browser, 'a');
    const attemptCookie = browser.jar.get('cop_login', second)!.value;
    expect((await browser.fetch(second)).status).toBe(302);
    browser.jar.set(second, `cop_login=${attemptCookie}; Path=/auth/a/`);
    const replay = await browser.fetch(second, { headers: { accept: 'application/json' } });
    expect(replay.status).toBe(400);
    expect((await jsonError(replay)).reason).toBe('ATTEMPT_INVALID');
  });

  it('refuses a callback without the login cookie, or with a forged one, on a page that says so', async () => {
    const browser = newBrowser();
    const callback = await untilCallback(browser, 'a');
    const value = browser.jar.get('cop_login', callback)!.value;
    browser.jar.set(callback, `cop_login=${value.replace(/\.[^.]+$/, '.forged-signature')}; Path=/auth/a/`);
    const forged = await browser.fetch(callback);
    expect(forged.status).toBe(400);
    expect(forged.headers.get('content-type')).toMatch(/text\/html/);
    const html = await forged.text();
    expect(html).toMatch(/Sign-in failed/);
    expect(html).toMatch(/expired, was already used or was started in another browser/);
    // The web app's chrome, and no Referer (the callback's URL holds the code) to where it links.
    expect(html).toMatch(/<header class="bar"><a href="[^"]+\/">[^<]+<\/a><\/header>/);
    expect(forged.headers.get('referrer-policy')).toBe('no-referrer');
    expect(forged.headers.get('cache-control')).toBe('no-store');
    expect(html).not.toMatch(/at .*\.ts:\d+/); // no stack

    const stranger = newBrowser();
    const none = await stranger.fetch(callback, { headers: { accept: 'application/json' } });
    expect(none.status).toBe(400);
    expect((await jsonError(none)).reason).toBe('ATTEMPT_INVALID');
  });

  it('refuses an ID token whose nonce is not the one of the attempt', async () => {
    const browser = newBrowser();
    const login = await browser.fetch(`${api.url}/auth/a/login`);
    const authorize = new URL(login.headers.get('location')!);
    authorize.searchParams.set('nonce', 'a-nonce-injected-by-an-attacker');
    const page = await browser.navigate(authorize, { stopAt: isCallback('a') });
    const res = await browser.fetch(page.url, { headers: { accept: 'application/json' } });
    expect(res.status).toBe(400);
    expect((await jsonError(res)).reason).toBe('RESPONSE_INVALID');
    expect(lastRefusal()).toMatch(/"nonce" claim/);
    expect(browser.jar.get('cop_session', api.url)).toBeUndefined();
  });

  it('refuses an ID token issued for another client', async () => {
    const browser = newBrowser();
    const callback = await untilCallback(browser, 'a');
    issuerA.tamperNextIdToken((claims) => ({ ...claims, aud: 'another-client' }));
    const res = await browser.fetch(callback, { headers: { accept: 'application/json' } });
    expect(res.status).toBe(400);
    expect((await jsonError(res)).reason).toBe('RESPONSE_INVALID');
    expect(lastRefusal()).toMatch(/"aud" \(audience\)/);
    expect(browser.jar.get('cop_session', api.url)).toBeUndefined();
  });

  describe('mix-up between issuers', () => {
    it("refuses issuer A's response at issuer B's callback, whichever attempt cookie comes with it", async () => {
      const browser = newBrowser();
      const fromA = await untilCallback(browser, 'a');
      const attemptOfA = browser.jar.get('cop_login', fromA)!.value;

      // With A's own attempt moved to B's path: the attempt belongs to A, so B finds none.
      browser.jar.set(`${api.url}/auth/b/`, `cop_login=${attemptOfA}; Path=/auth/b/`);
      const atB = new URL(`${api.url}/auth/b/callback${fromA.search}`);
      const moved = await browser.fetch(atB, { headers: { accept: 'application/json' } });
      expect(moved.status).toBe(400);
      expect((await jsonError(moved)).reason).toBe('ATTEMPT_INVALID');

      // With an attempt genuinely started at B: the response is not the answer to it.
      expect((await browser.fetch(`${api.url}/auth/b/login`)).status).toBe(302);
      const started = await browser.fetch(atB, { headers: { accept: 'application/json' } });
      expect(started.status).toBe(400);
      expect((await jsonError(started)).reason).toBe('RESPONSE_INVALID');
      expect(lastRefusal()).toMatch(/unexpected "iss"/);

      // Neither used up A's attempt: its own response still completes at A.
      expect(browser.jar.get('cop_session', api.url)).toBeUndefined();
      expect((await browser.fetch(fromA)).status).toBe(302);
    });

    it('refuses a response whose iss names another issuer, or lacks the iss that A advertises (RFC 9207)', async () => {
      const browser = newBrowser();
      const callback = await untilCallback(browser, 'a');
      const otherIss = new URL(callback);
      otherIss.searchParams.set('iss', issuerB.issuer);
      const wrong = await browser.fetch(otherIss, { headers: { accept: 'application/json' } });
      expect(wrong.status).toBe(400);
      expect((await jsonError(wrong)).reason).toBe('RESPONSE_INVALID');
      expect(lastRefusal()).toMatch(/unexpected "iss"/);

      const again = await untilCallback(browser, 'a');
      const noIss = new URL(again);
      noIss.searchParams.delete('iss');
      const missing = await browser.fetch(noIss, { headers: { accept: 'application/json' } });
      expect(missing.status).toBe(400);
      expect((await jsonError(missing)).reason).toBe('RESPONSE_INVALID');
      expect(lastRefusal()).toMatch(/"iss" \(issuer\) missing/);
      expect(browser.jar.get('cop_session', api.url)).toBeUndefined();
    });
  });

  it('refuses an expired login attempt', async () => {
    const browser = newBrowser();
    const callback = await untilCallback(browser, 'a');
    // The cookie is `cop_login:<attempt id>.<signature>`, URL-encoded.
    const cookie = decodeURIComponent(browser.jar.get('cop_login', callback)!.value);
    const attemptId = /^cop_login:([0-9a-f-]{36})\./.exec(cookie)![1];
    await sql(env, `UPDATE login_attempts SET expires_at = now() - interval '1 second' WHERE id = $1`, [
      attemptId,
    ]);
    const res = await browser.fetch(callback, { headers: { accept: 'application/json' } });
    expect(res.status).toBe(400);
    expect((await jsonError(res)).reason).toBe('ATTEMPT_INVALID');
  });

  it('ends on a clear 403 page when the issuer denies access', async () => {
    issuerA.nextLogin = null;
    const browser = newBrowser();
    const callback = await untilCallback(browser, 'a');
    expect(callback.searchParams.get('error')).toBe('access_denied');
    const page = await browser.fetch(callback);
    expect(page.status).toBe(403);
    expect(await page.text()).toMatch(/Sign-in was cancelled, or Issuer A did not allow it/);
    expect(browser.jar.get('cop_session', api.url)).toBeUndefined();
  });

  it('answers 502, not 500, when the issuer cannot be reached', async () => {
    const res = await newBrowser().fetch(`${api.url}/auth/down/login`, {
      headers: { accept: 'application/json' },
    });
    expect(res.status).toBe(502);
    expect((await jsonError(res)).reason).toBe('ISSUER_UNAVAILABLE');
  });

  it('answers 404 for an unknown provider', async () => {
    const res = await newBrowser().fetch(`${api.url}/auth/nowhere/login`, {
      headers: { accept: 'application/json' },
    });
    expect(res.status).toBe(404);
    expect((await jsonError(res)).code).toBe('NOT_FOUND');
    const callback = await newBrowser().fetch(`${api.url}/auth/nowhere/callback?code=x&state=y`, {
      headers: { accept: 'application/json' },
    });
    expect(callback.status).toBe(404);
  });

  it('never links an unverified e-mail to the person who owns it', async () => {
    issuerA.nextLogin = 'mallory';
    const { token } = await signIn(newBrowser(), 'a');
    const res = await viewerOf(api, token);
    expect(res.data?.viewer?.person.id).toBeDefined();
    expect(res.data?.viewer?.person.id).not.toBe(carolId);
    expect(res.data?.viewer?.person.email).toBeNull();
    expect(res.data?.viewer?.identities).toEqual([{ provider: 'a', subject: 'mallory' }]);
    const carolsIdentities = await sql(env, `SELECT 1 FROM identities WHERE person_id = $1`, [carolId]);
    expect(carolsIdentities).toHaveLength(0);
  });

  it.each(['https://evil.example/', '//evil.example', '/\\evil.example', 'javascript:alert(1)'])(
    'ignores returnTo=%s and sends the browser to /',
    async (returnTo) => {
      const { location } = await signIn(newBrowser(), 'a', returnTo);
      expect(location).toBe('/');
    },
  );

  it('ends the earlier session of a browser that signs in again', async () => {
    const browser = newBrowser();
    const first = await signIn(browser, 'a');
    expect((await viewerOf(api, first.token)).data?.viewer).not.toBeNull();
    const second = await signIn(browser, 'b');
    expect(second.token).not.toBe(first.token);
    expect((await viewerOf(api, second.token)).data?.viewer).not.toBeNull();
    expect((await viewerOf(api, first.token)).data?.viewer).toBeNull();
  });

  it('logs out: the issuer end-session URL is returned and the cookie stops working', async () => {
    const browser = newBrowser();
    const { token } = await signIn(browser, 'a');
    expect((await viewerOf(api, token)).data?.viewer).not.toBeNull();

    const res = await browser.fetch(`${api.url}/auth/logout`, { method: 'POST' });
    expect(res.status).toBe(200);
    const { endSessionUrl } = (await res.json()) as { endSessionUrl: string | null };
    const end = new URL(endSessionUrl!);
    expect(`${end.origin}${end.pathname}`).toBe(`${issuerA.issuer}/session/end`);
    expect(end.searchParams.get('id_token_hint')).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(end.searchParams.get('post_logout_redirect_uri')).toBe(`${api.url}/`);
    expect(end.searchParams.get('client_id')).toBe('cop-a');
    expect(cookieAttributes(res, 'cop_session')).toMatch(/Expires=Thu, 01 Jan 1970|Max-Age=0/i);
    expect(browser.jar.get('cop_session', api.url)).toBeUndefined();

    const after = await viewerOf(api, token);
    expect(after.errors).toBeUndefined();
    expect(after.data?.viewer).toBeNull();

    // The issuer accepts the URL: confirming there brings the browser back to PUBLIC_URL.
    const confirm = await browser.navigate(end);
    expect(confirm.status).toBe(200);
    const form = browser.forms(confirm).find((f) => f.id === 'op.logoutForm')!;
    const back = await browser.submit(
      form,
      {},
      {
        submitter: { name: 'logout', value: 'yes' },
        stopAt: (url) => url.origin === api.url,
      },
    );
    expect(back.stopped).toBe(true);
    expect(back.url.href).toBe(`${api.url}/`);

    // Logging out twice, or without a session, is harmless.
    const again = await fetch(`${api.url}/auth/logout`, {
      method: 'POST',
      headers: { cookie: `cop_session=${token}` },
    });
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ endSessionUrl: null });
  });

  it('rate-limits sign-in starts per client address with 429 and Retry-After', async () => {
    const browser = new Browser({ headers: { 'x-forwarded-for': '203.0.113.77' } });
    for (let i = 0; i < 20; i++) {
      const ok = await browser.fetch(`${api.url}/auth/b/login`);
      expect(ok.status).toBe(302);
    }
    const limited = await browser.fetch(`${api.url}/auth/b/login`);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = (await limited.json()) as { error: { code: string; retryAfterSeconds: number } };
    expect(body.error.code).toBe('RATE_LIMITED');
    expect(body.error.retryAfterSeconds).toBeGreaterThan(0);
    // Another address is not affected.
    expect((await newBrowser().fetch(`${api.url}/auth/b/login`)).status).toBe(302);
  });
});

describe('the development identity provider', () => {
  let env: TestEnvironment;
  let api: RunningApi;
  let officeId: string;

  beforeAll(async () => {
    const port = await freePort();
    env = await createTestEnvironment();
    [{ id: officeId }] = await sql<{ id: string }>(
      env,
      `INSERT INTO people (display_name, email, email_verified, role)
       VALUES ('Olga Office', 'office@example.org', true, 'OFFICE') RETURNING id`,
    );
    await sql(
      env,
      `INSERT INTO people (display_name, email, email_verified, role) VALUES
         ('<script>alert(1)</script> Mel', 'mel@example.org', true, 'MEMBER'),
         ('Nobody Without Mail', NULL, false, 'MEMBER')`,
    );
    api = await startApiAt(env.configWith({ PORT: String(port), PUBLIC_URL: `http://127.0.0.1:${port}` }));
  });

  afterAll(async () => {
    await api?.close();
    await env?.cleanup();
  });

  it('is listed as provider dev', async () => {
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ authProviders { id name loginUrl } }' }),
    });
    expect(((await res.json()) as { data: unknown }).data).toEqual({
      authProviders: [{ id: 'dev', name: 'Development sign-in', loginUrl: `${api.url}/auth/dev/login` }],
    });
  });

  it('is a real OpenID Provider under /dev/idp', async () => {
    const res = await fetch(`${api.url}/dev/idp/.well-known/openid-configuration`);
    expect(res.status).toBe(200);
    const metadata = (await res.json()) as Record<string, unknown>;
    expect(metadata.issuer).toBe(`${api.url}/dev/idp`);
    expect(metadata.authorization_endpoint).toBe(`${api.url}/dev/idp/auth`);
    expect(metadata.code_challenge_methods_supported).toEqual(['S256']);
  });

  it('signs in the person picked on its page, with no password, and links them by e-mail', async () => {
    const browser = newBrowser();
    const page: Page = await browser.navigate(`${api.url}/auth/dev/login?returnTo=/start`);
    expect(page.status).toBe(200);
    expect(page.url.pathname).toMatch(/^\/dev\/idp\/interaction\/[\w-]+$/);
    expect(page.body).toContain('Olga Office');
    expect(page.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Mel');
    expect(page.body).not.toContain('<script>alert(1)');
    expect(page.body).not.toContain('Nobody Without Mail');
    // The office comes first.
    expect(page.body.indexOf('Olga Office')).toBeLessThan(page.body.indexOf('mel@example.org'));

    const pick = browser.forms(page).find((f) => f.fields.email === 'office@example.org');
    expect(pick).toBeDefined();
    const done = await browser.submit(
      pick!,
      {},
      { stopAt: (url) => url.origin === api.url && url.pathname === '/start' },
    );
    expect(done.stopped).toBe(true);

    const res = await viewerOf(api, browser.jar.get('cop_session', api.url)?.value);
    expect(res.errors).toBeUndefined();
    expect(res.data?.viewer?.person).toMatchObject({
      id: officeId,
      displayName: 'Olga Office',
      role: 'OFFICE',
    });
    expect(res.data?.viewer?.identities).toEqual([{ provider: 'dev', subject: 'office@example.org' }]);
  });

  it('ends on a 403 page when the person cancels', async () => {
    const browser = newBrowser();
    const page = await browser.navigate(`${api.url}/auth/dev/login`);
    const cancel = browser.forms(page).find((f) => f.action.pathname.endsWith('/abort'))!;
    const done = await browser.submit(cancel);
    expect(done.url.pathname).toBe('/auth/dev/callback');
    expect(done.status).toBe(403);
    expect(browser.jar.get('cop_session', api.url)).toBeUndefined();
  });

  it('answers an unknown or expired sign-in page with a plain 400 page', async () => {
    const res = await newBrowser().fetch(`${api.url}/dev/idp/interaction/no-such-interaction`);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('This sign-in page has expired');
  });

  it('refuses a forged pick of someone not listed', async () => {
    const browser = newBrowser();
    const page = await browser.navigate(`${api.url}/auth/dev/login`);
    const form = browser.forms(page).find((f) => f.fields.email === 'office@example.org')!;
    const res = await browser.submit(form, { email: 'stranger@example.org' });
    expect(res.status).toBe(400);
    expect(res.body).toContain('Pick one of the people listed');
  });
});

describe('in production without OIDC_PROVIDERS', () => {
  it('serves no development identity provider and no dev sign-in', async () => {
    const env = await createTestEnvironment();
    const port = await freePort();
    const api = await startApiAt(
      env.configWith({ NODE_ENV: 'production', PORT: String(port), PUBLIC_URL: `http://127.0.0.1:${port}` }),
    );
    try {
      expect((await fetch(`${api.url}/dev/idp/.well-known/openid-configuration`)).status).toBe(404);
      expect((await fetch(`${api.url}/auth/dev/login`, { redirect: 'manual' })).status).toBe(404);
    } finally {
      await api.close();
      await env.cleanup();
    }
  });
});
