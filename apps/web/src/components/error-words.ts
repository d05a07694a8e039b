import type { CombinedError } from 'urql';

// The contract's error codes in words (a pure module: the pages' alerts use it, and Jest reads it).

export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'PERSISTED_QUERY_NOT_FOUND'
  | 'PERSISTED_QUERY_REQUIRED'
  | 'NETWORK'
  | 'INTERNAL_SERVER_ERROR';

/** The contract's code of an urql error (a failed fetch is NETWORK). */
export function errorCode(error: CombinedError | undefined | null): ErrorCode | null {
  if (!error) return null;
  if (error.networkError) return 'NETWORK';
  const code = error.graphQLErrors[0]?.extensions?.code;
  return typeof code === 'string' ? (code as ErrorCode) : 'INTERNAL_SERVER_ERROR';
}

/** extensions.fields of a BAD_USER_INPUT error: input path -> message. */
export function fieldErrors(error: CombinedError | undefined | null): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of error?.graphQLErrors ?? []) {
    const fields = e.extensions?.fields;
    if (fields && typeof fields === 'object') Object.assign(out, fields as Record<string, string>);
  }
  return out;
}

/** When a RATE_LIMITED error says to try again: "in 30 seconds", "in 2 minutes", or "shortly". */
export function retryAfterWords(error: CombinedError | undefined | null): string {
  const after = error?.graphQLErrors[0]?.extensions?.retryAfterSeconds;
  if (typeof after !== 'number') return 'shortly';
  return after < 90 ? `in ${Math.max(1, Math.ceil(after))} seconds` : `in ${Math.ceil(after / 60)} minutes`;
}

/** The API does not know this build's operations: the platform was updated after the page loaded. */
export function isStaleBuild(error: CombinedError | undefined | null): boolean {
  const code = errorCode(error);
  return code === 'PERSISTED_QUERY_NOT_FOUND' || code === 'PERSISTED_QUERY_REQUIRED';
}

/** A sentence for an error that belongs to no single field. */
export function errorMessage(error: CombinedError | undefined | null): string | null {
  const code = errorCode(error);
  if (!code) return null;
  switch (code) {
    case 'NETWORK':
      return 'The server could not be reached. Check your connection and try again.';
    case 'UNAUTHENTICATED':
      return 'Your session has ended. Sign in again to continue.';
    case 'FORBIDDEN':
      return 'You are not allowed to do this.';
    case 'RATE_LIMITED':
      return `Too many requests. Try again ${retryAfterWords(error)}.`;
    case 'INTERNAL_SERVER_ERROR':
      return 'Something went wrong on the server. Try again in a moment.';
    case 'PERSISTED_QUERY_NOT_FOUND':
    case 'PERSISTED_QUERY_REQUIRED':
      return 'The platform was updated since this page was opened. Reload the page to continue; what you typed here is not saved.';
    default: {
      const fields = fieldErrors(error);
      if (Object.keys(fields).length) return 'Some fields need attention.';
      return error?.graphQLErrors[0]?.message ?? 'Something went wrong.';
    }
  }
}
