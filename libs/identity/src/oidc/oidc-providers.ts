import { createHmac } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import * as client from 'openid-client';
import { APP_CONFIG, AppConfig, NotFoundError, OidcProviderConfig } from '@cop/platform';

/** The development identity provider: its id in /auth/:provider and where the API serves it. */
export const DEV_PROVIDER_ID = 'dev';
export const DEV_IDP_PATH = '/dev/idp';

const DEFAULT_SCOPES = ['openid', 'profile', 'email'];
export const DEFAULT_ENTITLEMENTS_CLAIM = 'eduperson_entitlement';
/** Discovered metadata is reused this long; keys rotate through the JWKS, which the library refetches. */
const METADATA_TTL_MS = 24 * 3600 * 1000;
const DISCOVERY_TIMEOUT_SECONDS = 10;

/** The development identity provider runs only when no issuer is configured, and never in production. */
export function devIdpEnabled(config: AppConfig): boolean {
  return config.oidcProviders === null && !config.production;
}

/**
 * The platform's registration at the development identity provider. The secret is derived from
 * SESSION_SECRET so the relying party and the provider (same process) agree without storing it.
 */
export function developmentProviderConfig(config: AppConfig): OidcProviderConfig {
  return {
    id: DEV_PROVIDER_ID,
    name: 'Development sign-in',
    issuer: `${config.publicUrl}${DEV_IDP_PATH}`,
    clientId: 'cop-platform',
    clientSecret: createHmac('sha256', config.sessionSecret)
      .update('dev-idp client secret')
      .digest('base64url'),
    scopes: DEFAULT_SCOPES,
  };
}

/** A provider as Query.authProviders lists it. */
export interface AuthProviderLink {
  id: string;
  name: string;
  loginUrl: string;
}

/** The issuer could not be reached or its metadata is unusable. */
export class IssuerUnavailableError extends Error {}

/**
 * The issuers the platform federates with (OIDC_PROVIDERS, or the development one), with their
 * metadata discovered on first use: the development issuer is this API, not yet listening
 * when modules start, and a remote issuer that is down must not stop the platform.
 */
@Injectable()
export class OidcProviders {
  private readonly logger = new Logger(OidcProviders.name);
  private readonly byId: Map<string, OidcProviderConfig>;
  private readonly discovered = new Map<string, { config: Promise<client.Configuration>; at: number }>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    const providers =
      config.oidcProviders ?? (devIdpEnabled(config) ? [developmentProviderConfig(config)] : []);
    this.byId = new Map(providers.map((p) => [p.id, p]));
    if (this.byId.size === 0) {
      this.logger.warn('No OIDC_PROVIDERS configured: nobody can sign in.');
    }
  }

  list(): AuthProviderLink[] {
    return [...this.byId.values()].map((p) => ({
      id: p.id,
      name: p.name,
      loginUrl: `${this.config.publicUrl}/auth/${encodeURIComponent(p.id)}/login`,
    }));
  }

  /** The provider of this id; NotFoundError when none is configured. */
  get(id: string): OidcProviderConfig {
    const provider = this.byId.get(id);
    if (!provider) throw new NotFoundError('Sign-in provider', id);
    return provider;
  }

  redirectUri(id: string): string {
    return `${this.config.publicUrl}/auth/${encodeURIComponent(id)}/callback`;
  }

  /** The scopes to request: the configured ones, or openid profile email plus the entitlement scope when roles depend on it. */
  scopeOf(provider: OidcProviderConfig): string {
    const scopes = provider.scopes?.length ? [...provider.scopes] : [...DEFAULT_SCOPES];
    if (!scopes.includes('openid')) scopes.unshift('openid');
    const wantsEntitlements = !!(provider.memberEntitlements?.length || provider.officeEntitlements?.length);
    if (!provider.scopes?.length && wantsEntitlements) {
      scopes.push(provider.entitlementsClaim ?? DEFAULT_ENTITLEMENTS_CLAIM);
    }
    return scopes.join(' ');
  }

  /** The client configuration of this provider, discovered once and cached; a failure is retried on the next call. */
  async configuration(id: string): Promise<client.Configuration> {
    const provider = this.get(id);
    const cached = this.discovered.get(id);
    if (cached && Date.now() - cached.at < METADATA_TTL_MS) return cached.config;
    const config = this.discover(provider);
    this.discovered.set(id, { config, at: Date.now() });
    try {
      return await config;
    } catch (err) {
      if (this.discovered.get(id)?.config === config) this.discovered.delete(id);
      this.logger.warn(`Discovery of ${provider.issuer} failed: ${(err as Error).message}`);
      throw new IssuerUnavailableError(
        `The identity provider "${provider.name}" cannot be reached right now.`,
      );
    }
  }

  /**
   * Where to send the browser to end the session at the issuer too (RP-initiated logout), or
   * null when the issuer has no end-session endpoint or cannot be reached.
   */
  async endSessionUrl(id: string, idToken: string | null): Promise<string | null> {
    if (!this.byId.has(id)) return null;
    let config: client.Configuration;
    try {
      config = await this.configuration(id);
    } catch {
      return null;
    }
    if (!config.serverMetadata().end_session_endpoint) return null;
    const params: Record<string, string> = { post_logout_redirect_uri: `${this.config.publicUrl}/` };
    if (idToken) params.id_token_hint = idToken;
    return client.buildEndSessionUrl(config, params).href;
  }

  private discover(provider: OidcProviderConfig): Promise<client.Configuration> {
    // Plain http only for development and test issuers, or where the operator says so (compose's Keycloak).
    const insecure =
      new URL(provider.issuer).protocol === 'http:' &&
      (!this.config.production || this.config.oidcAllowHttpIssuers);
    return client.discovery(
      new URL(provider.issuer),
      provider.clientId,
      { client_secret: provider.clientSecret },
      client.ClientSecretBasic(provider.clientSecret),
      {
        execute: insecure ? [client.allowInsecureRequests] : [],
        timeout: DISCOVERY_TIMEOUT_SECONDS,
      },
    );
  }
}
