import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError } from './domain-errors';

/**
 * Domain errors thrown by HTTP routes (feeds, attachments, auth) become the matching status
 * with a JSON body; GraphQL errors are left to formatGraphQLError.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpErrorFilter');

  catch(exception: unknown, host: ArgumentsHost) {
    if (host.getType() !== 'http') throw exception;
    const res = host.switchToHttp().getResponse<Response>();
    if (res.headersSent) return;
    if (exception instanceof DomainError) {
      if (exception.code === 'RATE_LIMITED') {
        res.setHeader('Retry-After', String(exception.extensions().retryAfterSeconds));
      }
      res
        .status(exception.httpStatus)
        .json({ error: { code: exception.code, message: exception.message, ...exception.extensions() } });
      return;
    }
    if (exception instanceof HttpException) {
      res
        .status(exception.getStatus())
        .json({ error: { code: httpCode(exception.getStatus()), message: exception.message } });
      return;
    }
    const status = (exception as { status?: number; statusCode?: number })?.status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      res.status(status).json({ error: { code: httpCode(status), message: (exception as Error).message } });
      return;
    }
    this.logger.error(exception);
    res.status(500).json({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' } });
  }
}

function httpCode(status: number): string {
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 409) return 'CONFLICT';
  if (status === 429) return 'RATE_LIMITED';
  if (status >= 500) return 'INTERNAL_SERVER_ERROR';
  return 'BAD_USER_INPUT';
}
