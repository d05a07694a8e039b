import { Controller, Get, HttpCode, Inject, Logger, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { CookieOptions, Request, Response } from 'express';
import { APP_CONFIG, AppConfig, DomainError, RateLimit, sendPlainPage } from '@cop/platform';
import { CommunityService } from '@cop/community';
import {
  Access,
  LOGIN_ATTEMPT_TTL_SECONDS,
  OidcSignInService,
  SESSION_COOKIE,
  SignInFailedError,
  readCookie,
  signValue,
  verifySignedValue,
} from '@cop/identity';
import { webPaths, webUrl } from '@cop/web-routes';
import { signInProblemPage } from './auth-error.page';

/** Carries the id of the login attempt from /login to /callback, signed, for one provider's paths only. */
export const LOGIN_COOKIE = 'cop_login';
/** Sign-in starts per client address and minute: each writes a row and costs the issuer a page. */
const LOGIN_STARTS_PER_MINUTE = 20;

/**
 * The browser side of federated sign-in: /auth/:provider/login sends the browser to the issuer,
 * /auth/:provider/callback brings it back with a session, /auth/logout ends it.
 */
@Access('ANYONE')
@Controller('auth')
export class AuthController {
  private readonly logger = new Logger(AuthController.name);
  private readonly loginStarts = new RateLimit('login-starts', LOGIN_STARTS_PER_MINUTE, 60);
  private readonly secure: boolean;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly signIn: OidcSignInService,
    private readonly community: CommunityService,
  ) {
    this.secure = config.publicUrl.startsWith('https:');
  }

  @Get(':provider/login')
  async login(
    @Param('provider') providerId: string,
    @Query('returnTo') returnTo: unknown,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    await this.loginStarts.consume(req.ip ?? 'unknown');
    try {
      const { authorizationUrl, attemptId } = await this.signIn.start(providerId, returnTo);
      res.cookie(LOGIN_COOKIE, signValue(this.config.sessionSecret, `${LOGIN_COOKIE}:${attemptId}`), {
        ...this.loginCookieOptions(providerId),
        maxAge: LOGIN_ATTEMPT_TTL_SECONDS * 1000,
      });
      res.set('Cache-Control', 'no-store').redirect(302, authorizationUrl.href);
    } catch (err) {
      await this.fail(req, res, providerId, err);
    }
  }

  @Get(':provider/callback')
  async callback(
    @Param('provider') providerId: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const signed = readCookie(req.headers.cookie, LOGIN_COOKIE);
    // The cookie's name is part of what is signed, so no other signed value passes for it.
    const value = signed ? verifySignedValue(this.config.sessionSecret, signed) : null;
    const attemptId = value?.startsWith(`${LOGIN_COOKIE}:`) ? value.slice(LOGIN_COOKIE.length + 1) : null;
    const queryAt = req.originalUrl.indexOf('?');
    try {
      const session = await this.signIn.finish(
        providerId,
        attemptId,
        queryAt < 0 ? '' : req.originalUrl.slice(queryAt),
        {
          userAgent: req.get('user-agent'),
          ip: req.ip,
          previousSessionToken: readCookie(req.headers.cookie, SESSION_COOKIE),
        },
      );
      res.clearCookie(LOGIN_COOKIE, this.loginCookieOptions(providerId));
      res.cookie(SESSION_COOKIE, session.token, {
        httpOnly: true,
        sameSite: 'lax',
        secure: this.secure,
        path: '/',
        maxAge: Math.max(0, session.expiresAt.getTime() - Date.now()),
      });
      res.set('Cache-Control', 'no-store').redirect(302, session.returnTo);
    } catch (err) {
      if (err instanceof SignInFailedError)
        res.clearCookie(LOGIN_COOKIE, this.loginCookieOptions(providerId));
      await this.fail(req, res, providerId, err);
    }
  }

  @Post('logout')
  @HttpCode(200)
  async logout(@Req() req: Request, @Res() res: Response): Promise<void> {
    const result = await this.signIn.logout(readCookie(req.headers.cookie, SESSION_COOKIE));
    res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure: this.secure, path: '/' });
    res.set('Cache-Control', 'no-store').status(200).json({ endSessionUrl: result.endSessionUrl });
  }

  private loginCookieOptions(providerId: string): CookieOptions {
    return { httpOnly: true, sameSite: 'lax', secure: this.secure, path: `/auth/${providerId}/` };
  }

  /** A failed sign-in ends on a page (or JSON for scripts); unknown providers and rate limits go to the filter. */
  private async fail(req: Request, res: Response, providerId: string, err: unknown): Promise<void> {
    if (err instanceof DomainError) throw err;
    let status: number;
    let body: { code: string; reason: string; message: string };
    if (err instanceof SignInFailedError) {
      if (err.detail) this.logger.log(`Sign-in at ${providerId} failed (${err.reason}): ${err.detail}`);
      status = err.httpStatus;
      body = { code: err.code, reason: err.reason, message: err.message };
    } else {
      this.logger.error(err);
      status = 500;
      body = {
        code: 'INTERNAL_SERVER_ERROR',
        reason: 'INTERNAL',
        message: 'Something went wrong on our side while signing you in. Please try again.',
      };
    }
    if (req.accepts(['html', 'json']) === 'json') {
      res.status(status).set('Cache-Control', 'no-store').json({ error: body });
      return;
    }
    sendPlainPage(
      res,
      status,
      signInProblemPage({
        status,
        message: body.message,
        // Signing in again cannot help when the platform itself refused the person.
        retryUrl: body.reason === 'SIGN_IN_REFUSED' ? null : `/auth/${encodeURIComponent(providerId)}/login`,
        homeUrl: webUrl(this.config.webUrl, webPaths.home()),
        communityName: await this.community.communityName(),
      }),
    );
  }
}
