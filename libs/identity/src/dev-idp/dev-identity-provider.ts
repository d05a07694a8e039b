import { createHmac, generateKeyPairSync, type JsonWebKey } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { Provider, type KoaContextWithOIDC } from 'oidc-provider';
import type { AppConfig } from '@cop/platform';
import { DEV_IDP_PATH, DEV_PROVIDER_ID, developmentProviderConfig } from '../oidc/oidc-providers';
import type { DevIdpAccount } from './dev-idp-accounts.repository';
import { escapeHtml, renderProblem } from './dev-idp.page';
import { inMemoryOidcAdapter } from './in-memory-oidc-adapter';

/** Where the provider finds the people it offers (the people table, in the API). */
export interface DevIdpAccountSource {
  findByEmail(email: string): Promise<DevIdpAccount | null>;
}

/**
 * A real OpenID Provider (oidc-provider) for development: issuer `${PUBLIC_URL}/dev/idp`, one
 * client (the platform itself, PKCE required), people as accounts with their e-mail as the
 * stable subject. Refuses to exist in production or beside configured issuers: it signs anyone
 * in without a password.
 */
export function createDevIdentityProvider(config: AppConfig, accounts: DevIdpAccountSource): Provider {
  if (config.production || config.env === 'production') {
    throw new Error('The development identity provider cannot run with NODE_ENV=production.');
  }
  if (config.oidcProviders !== null) {
    throw new Error('The development identity provider runs only when OIDC_PROVIDERS is unset.');
  }
  const logger = new Logger('DevIdentityProvider');
  const rp = developmentProviderConfig(config);
  const provider = new Provider(rp.issuer, {
    // Development only: sign-ins in flight are lost on restart, which is fine here.
    adapter: inMemoryOidcAdapter(),
    clients: [
      {
        client_id: rp.clientId,
        client_secret: rp.clientSecret,
        client_name: 'the CoP platform',
        redirect_uris: [`${config.publicUrl}/auth/${DEV_PROVIDER_ID}/callback`],
        post_logout_redirect_uris: [`${config.publicUrl}/`],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    pkce: { required: () => true },
    // A fresh signing key per process: ID tokens of a previous run need not verify.
    jwks: { keys: [signingKey()] },
    cookies: {
      keys: [createHmac('sha256', config.sessionSecret).update('dev-idp cookies').digest('base64url')],
      // Distinct names: the platform and other local issuers share the host in development.
      names: { session: 'dev_idp_session', interaction: 'dev_idp_interaction', resume: 'dev_idp_resume' },
    },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    // The claims go into the ID token, so the platform needs no userinfo call for them.
    conformIdTokenClaims: false,
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: async (ctx: KoaContextWithOIDC, form: string) => {
          ctx.body = page(
            'Sign out',
            `${form}<p>Sign out of the development identity provider too?</p>
             <button form="op.logoutForm" name="logout" value="yes" type="submit">Yes, sign me out</button>
             <button form="op.logoutForm" type="submit">No</button>`,
          );
        },
        postLogoutSuccessSource: async (ctx: KoaContextWithOIDC) => {
          ctx.body = page(
            'Signed out',
            `<p>You are signed out. <a href="${escapeHtml(config.publicUrl)}/">Back</a></p>`,
          );
        },
      },
    },
    ttl: {
      AccessToken: 600,
      AuthorizationCode: 60,
      IdToken: 3600,
      Interaction: 600,
      Session: 8 * 3600,
      Grant: 8 * 3600,
    },
    interactions: { url: async (_ctx, interaction) => `${DEV_IDP_PATH}/interaction/${interaction.uid}` },
    findAccount: async (_ctx, sub) => {
      const account = await accounts.findByEmail(sub);
      if (!account) return undefined;
      return {
        accountId: account.email,
        claims: () => ({
          sub: account.email,
          email: account.email,
          email_verified: true,
          name: account.displayName,
        }),
      };
    },
    // The only client is the platform itself: consent is implied, so no consent page.
    loadExistingGrant: async (ctx) => {
      const oidc = ctx.oidc;
      const existing = oidc.result?.consent?.grantId ?? oidc.session?.grantIdFor(oidc.client!.clientId);
      if (existing) return oidc.provider.Grant.find(existing);
      if (!oidc.session?.accountId || !oidc.client) return undefined;
      const grant = new oidc.provider.Grant({
        clientId: oidc.client.clientId,
        accountId: oidc.session.accountId,
      });
      grant.addOIDCScope('openid email profile');
      await grant.save();
      return grant;
    },
    clientBasedCORS: () => false,
    renderError: async (ctx, out) => {
      ctx.type = 'html';
      ctx.body = renderProblem(
        'Sign-in problem',
        `${out.error ?? 'error'}: ${out.error_description ?? 'the request could not be processed.'}`,
      );
    },
  });
  provider.on('server_error', (_ctx, err) => logger.error(err));
  return provider;
}

function signingKey(): JsonWebKey {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { ...privateKey.export({ format: 'jwk' }), use: 'sig', alg: 'RS256' };
}

function page(title: string, body: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 32rem; margin: 3rem auto">${body}</body></html>`;
}
