import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Response } from 'express';
import { RateLimit, RateLimitedError } from '@cop/platform';
import { AccessTokensService } from './access-tokens.service';
import { SESSION_COOKIE } from './secrets';
import { SessionsService } from './sessions.service';
import type { ViewerRequest } from './viewer';

/** Requests that carry a bearer token, per client address: scripts must not hammer the API. */
const tokenRequests = new RateLimit('token-requests', 600, 60);

/**
 * Resolves the viewer of every request from `Authorization: Bearer <token>` or the
 * `cop_session` cookie. A stale cookie means anonymous; a bad bearer token is an error.
 */
@Injectable()
export class ViewerMiddleware implements NestMiddleware {
  constructor(
    private readonly sessions: SessionsService,
    private readonly tokens: AccessTokensService,
  ) {}

  async use(req: ViewerRequest, res: Response, next: NextFunction): Promise<void> {
    try {
      const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
      if (bearer) {
        await tokenRequests.consume(req.ip ?? 'unknown');
        const viewer = this.tokens.looksLikeAccessToken(bearer) ? await this.tokens.viewerOf(bearer) : null;
        if (viewer) req.viewer = viewer;
        else req.authError = 'The access token is not valid (unknown, expired or revoked).';
      } else {
        const cookie = readCookie(req.headers.cookie, SESSION_COOKIE);
        if (cookie) req.viewer = (await this.sessions.viewerOf(cookie)) ?? undefined;
      }
      next();
    } catch (err) {
      if (err instanceof RateLimitedError) {
        res.setHeader('Retry-After', String(err.retryAfterSeconds));
        res
          .status(429)
          .json({ errors: [{ message: err.message, extensions: { code: err.code, ...err.extensions() } }] });
        return;
      }
      next(err);
    }
  }
}

export function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return null;
      }
    }
  }
  return null;
}
