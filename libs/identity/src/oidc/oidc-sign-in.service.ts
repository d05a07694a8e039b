import { Injectable, Logger } from '@nestjs/common';
import * as client from 'openid-client';
import type { OidcProviderConfig } from '@cop/platform';
import { SessionsService } from '../sessions.service';
import { SignInRefusedError, SignInService, type VerifiedSignIn } from '../sign-in.service';
import { LoginAttemptsRepository } from './login-attempts.repository';
import { DEFAULT_ENTITLEMENTS_CLAIM, IssuerUnavailableError, OidcProviders } from './oidc-providers';
import { safeReturnTo } from './return-to';
import { SignInFailedError } from './sign-in-failed.error';

/** How long a browser has to come back from the issuer (also the cop_login cookie's Max-Age). */
export const LOGIN_ATTEMPT_TTL_SECONDS = 600;
const PURGE_EVERY_MS = 10 * 60 * 1000;

type Claims = Record<string, unknown>;

/**
 * The authorization code flow with PKCE S256, state and nonce, the same for every issuer
 * (the development one included). The attempt row binds the flow to the browser and to the
 * issuer it was started for; openid-client validates the response (state, RFC 9207 `iss`
 * when sent or advertised) and the ID token (signature, issuer, audience, nonce, expiry).
 */
@Injectable()
export class OidcSignInService {
  private readonly logger = new Logger(OidcSignInService.name);
  private lastPurge = 0;

  constructor(
    private readonly providers: OidcProviders,
    private readonly attempts: LoginAttemptsRepository,
    private readonly signIns: SignInService,
    private readonly sessions: SessionsService,
  ) {}

  /** Records a login attempt and returns where to send the browser. Unknown provider: NotFoundError. */
  async start(providerId: string, returnTo: unknown): Promise<{ authorizationUrl: URL; attemptId: string }> {
    const provider = this.providers.get(providerId);
    const config = await this.issuerConfiguration(providerId);
    const codeVerifier = client.randomPKCECodeVerifier();
    const attempt = await this.attempts.create(
      {
        provider: provider.id,
        state: client.randomState(),
        nonce: client.randomNonce(),
        codeVerifier,
        returnTo: safeReturnTo(returnTo),
      },
      LOGIN_ATTEMPT_TTL_SECONDS,
    );
    const authorizationUrl = client.buildAuthorizationUrl(config, {
      redirect_uri: this.providers.redirectUri(provider.id),
      scope: this.providers.scopeOf(provider),
      state: attempt.state,
      nonce: attempt.nonce,
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
    });
    await this.purgeNowAndThen();
    return { authorizationUrl, attemptId: attempt.id };
  }

  /**
   * Completes the flow at /auth/:provider/callback: uses up the attempt (so a replayed callback
   * fails), exchanges the code, links the identity and opens a session.
   */
  async finish(
    providerId: string,
    attemptId: string | null,
    callbackQuery: string,
    meta: { userAgent?: string; ip?: string; previousSessionToken?: string | null } = {},
  ): Promise<{ token: string; expiresAt: Date; returnTo: string }> {
    const provider = this.providers.get(providerId);
    // The attempt must have been started for this very provider: a response of another issuer
    // delivered here (mix-up) finds no attempt.
    const attempt = attemptId ? await this.attempts.consume(attemptId, provider.id) : null;
    if (!attempt) {
      throw new SignInFailedError(
        'ATTEMPT_INVALID',
        'This sign-in has expired, was already used or was started in another browser. Please sign in again.',
        400,
      );
    }
    const config = await this.issuerConfiguration(provider.id);
    const currentUrl = new URL(this.providers.redirectUri(provider.id));
    currentUrl.search = callbackQuery;

    let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
    try {
      tokens = await client.authorizationCodeGrant(config, currentUrl, {
        pkceCodeVerifier: attempt.codeVerifier,
        expectedState: attempt.state,
        expectedNonce: attempt.nonce,
        idTokenExpected: true,
      });
    } catch (err) {
      throw this.failure(provider, err);
    }
    const idTokenClaims = tokens.claims() as Claims | undefined;
    if (!idTokenClaims) {
      throw new SignInFailedError('RESPONSE_INVALID', RESPONSE_INVALID_MESSAGE, 400, 'no ID token');
    }
    const claims = await this.withUserInfo(provider, config, tokens.access_token, idTokenClaims);

    const verified: VerifiedSignIn = {
      provider: provider.id,
      subject: String(idTokenClaims.sub),
      email: typeof claims.email === 'string' ? claims.email : null,
      emailVerified: claims.email_verified === true || claims.email_verified === 'true',
      displayName: displayNameOf(claims),
      entitlements: entitlementsOf(claims, provider.entitlementsClaim ?? DEFAULT_ENTITLEMENTS_CLAIM),
    };
    let personId: string;
    try {
      ({ personId } = await this.signIns.completeSignIn(verified));
    } catch (err) {
      if (err instanceof SignInRefusedError) throw new SignInFailedError('SIGN_IN_REFUSED', err.message, 403);
      throw err;
    }
    const session = await this.sessions.create(personId, {
      provider: provider.id,
      idToken: tokens.id_token ?? null,
      userAgent: meta.userAgent,
      ip: meta.ip,
    });
    // The browser's earlier session ends with this sign-in: one live session per cookie jar.
    if (meta.previousSessionToken) await this.sessions.revoke(meta.previousSessionToken);
    return { ...session, returnTo: attempt.returnTo };
  }

  /** Ends the session of this cookie; returns the issuer's end-session URL when it has one. */
  async logout(sessionToken: string | null): Promise<{ endSessionUrl: string | null }> {
    const revoked = sessionToken ? await this.sessions.revoke(sessionToken) : null;
    if (!revoked) return { endSessionUrl: null };
    return { endSessionUrl: await this.providers.endSessionUrl(revoked.provider, revoked.idToken) };
  }

  private async issuerConfiguration(providerId: string): Promise<client.Configuration> {
    try {
      return await this.providers.configuration(providerId);
    } catch (err) {
      if (err instanceof IssuerUnavailableError) {
        throw new SignInFailedError('ISSUER_UNAVAILABLE', err.message, 502);
      }
      throw err;
    }
  }

  /** Fills what the ID token lacks (e-mail, name, entitlements) from the userinfo endpoint. */
  private async withUserInfo(
    provider: OidcProviderConfig,
    config: client.Configuration,
    accessToken: string,
    idTokenClaims: Claims,
  ): Promise<Claims> {
    const entitlementsClaim = provider.entitlementsClaim ?? DEFAULT_ENTITLEMENTS_CLAIM;
    // Entitlements count as missing only where they matter: roles depend on them, or the operator named the claim.
    const wantsEntitlements = !!(
      provider.entitlementsClaim ||
      provider.memberEntitlements?.length ||
      provider.officeEntitlements?.length
    );
    const missing =
      idTokenClaims.email === undefined ||
      (idTokenClaims.name === undefined && idTokenClaims.given_name === undefined) ||
      (wantsEntitlements && idTokenClaims[entitlementsClaim] === undefined);
    if (!missing || !config.serverMetadata().userinfo_endpoint) return idTokenClaims;
    let userInfo: Claims;
    try {
      // The library refuses userinfo of another subject than the ID token's.
      userInfo = (await client.fetchUserInfo(config, accessToken, String(idTokenClaims.sub))) as Claims;
    } catch (err) {
      // Entitlements decide roles: signing in without them would demote someone on a hiccup.
      throw this.failure(provider, err);
    }
    return { ...userInfo, ...idTokenClaims };
  }

  /** Turns what openid-client throws into the failure the person sees (the controller logs the detail). */
  private failure(provider: OidcProviderConfig, err: unknown): Error {
    const detail = describe(err);
    if (err instanceof client.AuthorizationResponseError) {
      if (err.error === 'access_denied') {
        return new SignInFailedError(
          'ACCESS_DENIED',
          `Sign-in was cancelled, or ${provider.name} did not allow it.`,
          403,
          detail,
        );
      }
      return new SignInFailedError(
        'ISSUER_ERROR',
        `${provider.name} reported an error (${err.error}). Please try again.`,
        400,
        detail,
      );
    }
    if (err instanceof client.ResponseBodyError) {
      return new SignInFailedError(
        'RESPONSE_INVALID',
        `${provider.name} did not accept this sign-in; it may have expired or been used already. Please sign in again.`,
        400,
        detail,
      );
    }
    if (err instanceof client.ClientError) {
      // Wrong state, wrong `iss`, nonce, audience, signature or expiry: never trust the response.
      return new SignInFailedError('RESPONSE_INVALID', RESPONSE_INVALID_MESSAGE, 400, detail);
    }
    if (isNetworkFailure(err)) {
      return new SignInFailedError(
        'ISSUER_UNAVAILABLE',
        `${provider.name} cannot be reached right now. Please try again later.`,
        502,
        detail,
      );
    }
    return err instanceof Error ? err : new Error(detail);
  }

  /** Expired attempts are deleted now and then by whichever process is starting sign-ins. */
  private async purgeNowAndThen(): Promise<void> {
    if (Date.now() - this.lastPurge < PURGE_EVERY_MS) return;
    this.lastPurge = Date.now();
    try {
      await this.attempts.purgeExpired();
    } catch (err) {
      this.logger.warn(`Purging expired login attempts failed: ${(err as Error).message}`);
    }
  }
}

const RESPONSE_INVALID_MESSAGE =
  'The answer of the identity provider could not be verified, so you were not signed in. Please sign in again.';

function displayNameOf(claims: Claims): string | null {
  if (typeof claims.name === 'string' && claims.name.trim()) return claims.name.trim();
  const parts = [claims.given_name, claims.family_name].filter(
    (p): p is string => typeof p === 'string' && p.trim() !== '',
  );
  return parts.length ? parts.join(' ') : null;
}

/** An entitlements claim may be one string or an array of them; anything else counts as none. */
function entitlementsOf(claims: Claims, claim: string): string[] {
  const value = claims[claim];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}

/** The library's message and that of its cause (which says which check failed), for the logs. */
function describe(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const cause = err.cause instanceof Error ? ` (${err.cause.message})` : '';
  return `${err.name}: ${err.message}${cause}`;
}

function isNetworkFailure(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  if (err.name === 'TimeoutError' || err.name === 'AbortError') return true;
  return err instanceof TypeError && err.message === 'fetch failed';
}
