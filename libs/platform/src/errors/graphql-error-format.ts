import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { DomainError, ErrorCode } from './domain-errors';

const CONTRACT_CODES = new Set<ErrorCode>([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'RATE_LIMITED',
  'INTERNAL_SERVER_ERROR',
]);

/** Codes of Apollo, graphql-armor and graphql-js that mean "your request is wrong". */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Persisted operations (apps/api/src/graphql/persisted-documents.ts): an unknown hash, and an
 * unknown document sent with a session cookie in production. Clients act on these two codes
 * (the urql exchange matches the message PersistedQueryNotFound), so they keep code and message.
 */
const PERSISTED_QUERY_CODES = new Set(['PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_REQUIRED']);

/** graphql-js aborts variable coercion with this error, with no code, past 50 bad values. */
const VARIABLE_ERROR_LIMIT = /^Too many errors processing variables/;

/**
 * The one place where errors leave the API: domain errors keep their code and extensions,
 * request errors become BAD_USER_INPUT, everything else INTERNAL_SERVER_ERROR with no stack,
 * SQL or path outside development.
 */
export function formatGraphQLError(
  formatted: GraphQLFormattedError,
  error: unknown,
  opts: { exposeInternals: boolean; log?: (err: unknown) => void },
): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

  if (original instanceof DomainError) {
    return {
      ...base,
      message: original.message,
      extensions: { code: original.code, ...original.extensions() },
    };
  }
  const code = formatted.extensions?.code as string | undefined;
  if (code && PERSISTED_QUERY_CODES.has(code)) return { message: formatted.message, extensions: { code } };
  if (original instanceof GraphQLError && VARIABLE_ERROR_LIMIT.test(original.message)) {
    return { ...base, extensions: { code: 'BAD_USER_INPUT' } };
  }
  if (original instanceof GraphQLError || (code && REQUEST_ERROR_CODES.has(code))) {
    if (code === undefined || REQUEST_ERROR_CODES.has(code)) {
      const extensions: Record<string, unknown> = { code: 'BAD_USER_INPUT' };
      const variable = /Variable "\$([^"]+)"/.exec(formatted.message)?.[1];
      if (variable) extensions.fields = { [variable]: formatted.message };
      return { ...base, extensions };
    }
  }
  if (code && CONTRACT_CODES.has(code as ErrorCode) && code !== 'INTERNAL_SERVER_ERROR') {
    return { ...base, extensions: { code } };
  }
  opts.log?.(original);
  return {
    message: opts.exposeInternals ? formatted.message : 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: opts.exposeInternals
      ? { code: 'INTERNAL_SERVER_ERROR', stacktrace: (original as Error)?.stack?.split('\n') }
      : { code: 'INTERNAL_SERVER_ERROR' },
  };
}
