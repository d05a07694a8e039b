import { GraphQLError } from 'graphql';
import { BadUserInputError, ConflictError, RateLimitedError } from './domain-errors';
import { formatGraphQLError } from './graphql-error-format';

const format = (error: unknown, exposeInternals = false) => {
  const gql =
    error instanceof GraphQLError
      ? error
      : new GraphQLError((error as Error).message, { originalError: error as Error });
  return formatGraphQLError(gql.toJSON(), gql, { exposeInternals });
};

describe('formatGraphQLError', () => {
  it('keeps a domain error code and its fields', () => {
    expect(format(new BadUserInputError({ 'input.name': 'must not be empty' })).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: { 'input.name': 'must not be empty' },
    });
    expect(format(new ConflictError('No seat left.'))).toMatchObject({
      message: 'No seat left.',
      extensions: { code: 'CONFLICT' },
    });
    expect(format(new RateLimitedError(30)).extensions).toEqual({
      code: 'RATE_LIMITED',
      retryAfterSeconds: 30,
    });
  });

  it('turns request errors into BAD_USER_INPUT naming the variable', () => {
    const err = new GraphQLError('Variable "$email" got invalid value "x"', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(format(err).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: { email: 'Variable "$email" got invalid value "x"' },
    });
    // graphql-js gives up past 50 bad variable values with a codeless error (found by fuzzing)
    const limit = new GraphQLError(
      'Too many errors processing variables, error limit reached. Execution aborted.',
      { extensions: { code: 'INTERNAL_SERVER_ERROR' } },
    );
    expect(format(limit).extensions).toEqual({ code: 'BAD_USER_INPUT' });
    const parse = new GraphQLError('Syntax Error', { extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
    expect(format(parse).extensions).toEqual({ code: 'BAD_USER_INPUT' });
  });

  it('hides the message, stack and SQL of unexpected errors outside development', () => {
    const sql = new Error('relation "secret_table" does not exist at /srv/app/x.js');
    const hidden = format(sql);
    expect(hidden).toEqual({
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(JSON.stringify(hidden)).not.toMatch(/secret_table|\/srv/);
    expect(format(sql, true).message).toMatch(/secret_table/);
  });
});
