/** The error codes of the contract (extensions.code). */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'INTERNAL_SERVER_ERROR';

/** A failure a caller can act on; turned into a GraphQL error or an HTTP status in one place. */
export abstract class DomainError extends Error {
  abstract readonly code: ErrorCode;
  abstract readonly httpStatus: number;
  /** Extra extensions beside code (fields, retryAfterSeconds). */
  extensions(): Record<string, unknown> {
    return {};
  }
}

export class UnauthenticatedError extends DomainError {
  readonly code = 'UNAUTHENTICATED';
  readonly httpStatus = 401;
  constructor(message = 'Sign in first.') {
    super(message);
  }
}

export class ForbiddenError extends DomainError {
  readonly code = 'FORBIDDEN';
  readonly httpStatus = 403;
  constructor(message = 'You are not allowed to do this.') {
    super(message);
  }
}

export class NotFoundError extends DomainError {
  readonly code = 'NOT_FOUND';
  readonly httpStatus = 404;
  constructor(what: string, id?: string) {
    super(id === undefined ? `${what} not found.` : `${what} "${id}" not found.`);
  }
}

/** Invalid input; `fields` maps input paths (e.g. "input.name") to messages. */
export class BadUserInputError extends DomainError {
  readonly code = 'BAD_USER_INPUT';
  readonly httpStatus = 400;
  constructor(
    readonly fields: Record<string, string>,
    message?: string,
  ) {
    super(
      message ??
        Object.entries(fields)
          .map(([f, m]) => `${f}: ${m}`)
          .join('; '),
    );
  }
  override extensions() {
    return { fields: this.fields };
  }
  /** One field, one message. */
  static field(path: string, message: string): BadUserInputError {
    return new BadUserInputError({ [path]: message });
  }
}

export class ConflictError extends DomainError {
  readonly code = 'CONFLICT';
  readonly httpStatus = 409;
}

export class RateLimitedError extends DomainError {
  readonly code = 'RATE_LIMITED';
  readonly httpStatus = 429;
  constructor(
    readonly retryAfterSeconds: number,
    message = 'Too many requests; try again later.',
  ) {
    super(message);
  }
  override extensions() {
    return { retryAfterSeconds: this.retryAfterSeconds };
  }
}

/**
 * Collects field problems so validation can name every one of them at once, then throws a
 * single BadUserInputError.
 */
export class InputProblems {
  private readonly fields: Record<string, string> = {};
  add(path: string, message: string): this {
    if (!(path in this.fields)) this.fields[path] = message;
    return this;
  }
  check(condition: boolean, path: string, message: string): this {
    if (!condition) this.add(path, message);
    return this;
  }
  get empty(): boolean {
    return Object.keys(this.fields).length === 0;
  }
  throwIfAny(): void {
    if (!this.empty) throw new BadUserInputError({ ...this.fields });
  }
}
