import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { KoaContextWithOIDC, Provider } from 'oidc-provider';
import { inMemoryOidcAdapter } from '@cop/identity';

/** An account of a test issuer; its subject is `sub`, or its key in `accounts`. */
export interface TestIssuerAccount {
  sub?: string;
  email?: string | null;
  emailVerified?: boolean;
  name?: string;
  /** Released under the issuer's entitlements claim (eduperson_entitlement unless told otherwise). */
  entitlements?: string[];
}

export interface TestIssuerClient {
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
  postLogoutRedirectUris?: string[];
}

export interface StartTestIssuerOptions {
  clients: TestIssuerClient[];
  accounts: Record<string, TestIssuerAccount>;
  /**
   * RFC 9207: put `iss` in authorization responses and advertise it in discovery (default true,
   * as oidc-provider does). False imitates an issuer that predates it.
   */
  sendIss?: boolean;
  /** E-mail, name and entitlements in the ID token too (default false: from userinfo only). */
  claimsInIdToken?: boolean;
  entitlementsClaim?: string;
}

export interface TestIssuer {
  /** `http://127.0.0.1:<port>`, the issuer identifier. */
  readonly issuer: string;
  readonly port: number;
  /** Accounts by key; change them between sign-ins (entitlements gained or lost). */
  readonly accounts: Record<string, TestIssuerAccount>;
  /**
   * The account (key) that the login interaction signs in, without any page, until changed;
   * null makes the interaction answer access_denied. A `login_hint` naming an account key
   * wins over it.
   */
  nextLogin: string | null;
  /** Rewrites (and re-signs) the claims of the next ID token the token endpoint returns. */
  tamperNextIdToken(change: (claims: Record<string, unknown>) => Record<string, unknown>): void;
  /** An OIDC_PROVIDERS entry for this issuer and one of its clients. */
  providerEntry(
    id: string,
    clientId: string,
    extra?: Record<string, unknown>,
  ): { id: string; name: string; issuer: string; clientId: string; clientSecret: string };
  stop(): Promise<void>;
}

/** An independent OpenID Provider (oidc-provider) on 127.0.0.1 and a random port, for end-to-end tests. */
export async function startTestIssuer(opts: StartTestIssuerOptions): Promise<TestIssuer> {
  const entitlementsClaim = opts.entitlementsClaim ?? 'eduperson_entitlement';
  const sendIss = opts.sendIss ?? true;
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = `test-${Math.random().toString(36).slice(2, 10)}`;
  let tamper: ((claims: Record<string, unknown>) => Record<string, unknown>) | null = null;

  const server: Server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const issuer = `http://127.0.0.1:${port}`;
  const redirectUris = new Set(opts.clients.flatMap((c) => c.redirectUris));

  const accountBySub = (sub: string) =>
    Object.entries(opts.accounts).find(([key, a]) => (a.sub ?? key) === sub)?.[1];

  // Loaded here, not at the top: @cop/testing is imported by every suite, this by few.
  const { Provider } = await import('oidc-provider');
  const provider = new Provider(issuer, {
    adapter: inMemoryOidcAdapter(),
    clients: opts.clients.map((c) => ({
      client_id: c.clientId,
      client_secret: c.clientSecret,
      redirect_uris: c.redirectUris,
      post_logout_redirect_uris: c.postLogoutRedirectUris ?? [],
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
    })),
    pkce: { required: () => true },
    jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), kid, use: 'sig', alg: 'RS256' }] },
    // Names of its own: several issuers on 127.0.0.1 share one cookie jar (ports do not separate cookies).
    cookies: {
      keys: [`cookie-key-${port}-${kid}`],
      names: {
        session: `op${port}_session`,
        interaction: `op${port}_interaction`,
        resume: `op${port}_resume`,
      },
    },
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      profile: ['name'],
      [entitlementsClaim]: [entitlementsClaim],
    },
    conformIdTokenClaims: !opts.claimsInIdToken,
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: async (ctx: KoaContextWithOIDC, form: string) => {
          ctx.body = `<!DOCTYPE html><html><body>${form}<button form="op.logoutForm" name="logout" value="yes">Sign out</button></body></html>`;
        },
        postLogoutSuccessSource: async (ctx: KoaContextWithOIDC) => {
          ctx.body = '<!DOCTYPE html><html><body>Signed out.</body></html>';
        },
      },
    },
    ttl: {
      AccessToken: 600,
      AuthorizationCode: 60,
      IdToken: 600,
      Interaction: 600,
      Session: 600,
      Grant: 600,
    },
    interactions: { url: async (_ctx, interaction) => `/interaction/${interaction.uid}` },
    findAccount: async (_ctx, sub) => {
      if (!accountBySub(sub)) return undefined;
      return {
        accountId: sub,
        // Read at issue time, so tests can change an account between sign-ins.
        claims: () => {
          const account = accountBySub(sub) ?? {};
          const claims: Record<string, unknown> = { sub };
          if (account.email !== undefined && account.email !== null) {
            claims.email = account.email;
            claims.email_verified = account.emailVerified ?? false;
          }
          if (account.name !== undefined) claims.name = account.name;
          if (account.entitlements !== undefined) claims[entitlementsClaim] = account.entitlements;
          return claims as { sub: string };
        },
      };
    },
    // Every client is trusted: consent is implied for what it asked.
    loadExistingGrant: async (ctx) => {
      const oidc = ctx.oidc;
      const existing = oidc.result?.consent?.grantId ?? oidc.session?.grantIdFor(oidc.client!.clientId);
      if (existing) return oidc.provider.Grant.find(existing);
      if (!oidc.session?.accountId || !oidc.client) return undefined;
      const grant = new oidc.provider.Grant({
        clientId: oidc.client.clientId,
        accountId: oidc.session.accountId,
      });
      grant.addOIDCScope(String(oidc.params?.scope ?? 'openid'));
      await grant.save();
      return grant;
    },
    clientBasedCORS: () => false,
    renderError: async (ctx, out) => {
      ctx.type = 'json';
      ctx.body = out;
    },
  });

  provider.use(async (ctx: KoaContextWithOIDC, next) => {
    await next();
    if (ctx.path === '/token' && ctx.status === 200 && tamper) {
      const body = ctx.body as { id_token?: string };
      if (body?.id_token) {
        body.id_token = resign(body.id_token, tamper, privateKey);
        tamper = null;
      }
    }
    if (!sendIss) {
      if (ctx.path === '/.well-known/openid-configuration' && ctx.body && typeof ctx.body === 'object') {
        delete (ctx.body as Record<string, unknown>).authorization_response_iss_parameter_supported;
      }
      const location = ctx.status >= 300 && ctx.status < 400 ? ctx.response.get('location') : '';
      if (location) {
        const target = new URL(location, issuer);
        if (redirectUris.has(`${target.origin}${target.pathname}`) && target.searchParams.has('iss')) {
          target.searchParams.delete('iss');
          ctx.response.set('location', target.href);
        }
      }
    }
  });

  const handle = provider.callback();
  const testIssuer: TestIssuer = {
    issuer,
    port,
    accounts: opts.accounts,
    nextLogin: Object.keys(opts.accounts)[0] ?? null,
    tamperNextIdToken(change) {
      tamper = change;
    },
    providerEntry(id, clientId, extra = {}) {
      const client = opts.clients.find((c) => c.clientId === clientId);
      if (!client) throw new Error(`No client ${clientId} at ${issuer}`);
      return { id, name: `Issuer ${id}`, issuer, clientId, clientSecret: client.clientSecret, ...extra };
    },
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const interaction = /^\/interaction\/([\w-]+)$/.exec((req.url ?? '').split('?')[0]);
    if (!interaction) {
      void handle(req, res);
      return;
    }
    loginWithoutPage(provider, testIssuer, req, res).catch((err: Error) => {
      res.statusCode = 400;
      res.setHeader('content-type', 'text/plain');
      res.end(`interaction failed: ${err.message}`);
    });
  });
  return testIssuer;
}

/** The login and consent interactions, answered at once: the account of nextLogin (or login_hint), or access_denied. */
async function loginWithoutPage(
  provider: Provider,
  issuer: TestIssuer,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const details = await provider.interactionDetails(req, res);
  if (details.prompt.name === 'login') {
    const hint = typeof details.params.login_hint === 'string' ? details.params.login_hint : null;
    const key = hint && issuer.accounts[hint] ? hint : issuer.nextLogin;
    const account = key ? issuer.accounts[key] : undefined;
    if (!key || !account) {
      await provider.interactionFinished(
        req,
        res,
        { error: 'access_denied', error_description: 'The test issuer was told to refuse.' },
        { mergeWithLastSubmission: false },
      );
      return;
    }
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId: account.sub ?? key } },
      { mergeWithLastSubmission: false },
    );
    return;
  }
  const grant = new provider.Grant({
    clientId: String(details.params.client_id),
    accountId: details.session!.accountId!,
  });
  grant.addOIDCScope(String(details.params.scope ?? 'openid'));
  await provider.interactionFinished(
    req,
    res,
    { consent: { grantId: await grant.save() } },
    { mergeWithLastSubmission: true },
  );
}

/** Changes the claims of a signed JWT and signs it again with the issuer's own key (RS256). */
function resign(
  jwt: string,
  change: (claims: Record<string, unknown>) => Record<string, unknown>,
  key: KeyObject,
): string {
  const [header, payload] = jwt.split('.');
  const claims = change(
    JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>,
  );
  const body = `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}`;
  return `${body}.${sign('sha256', Buffer.from(body), key).toString('base64url')}`;
}

/** A TCP port free right now on 127.0.0.1 (to give PUBLIC_URL before the API listens). */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}
