import type { CombinedError } from 'urql';
import { errorCode, errorMessage, isStaleBuild } from '../../apps/web/src/components/error-words';

// What the web app says for the contract's codes; a CombinedError is only read, so its shape suffices.
const failed = (code: string, extra: Record<string, unknown> = {}) =>
  ({ graphQLErrors: [{ message: code, extensions: { code, ...extra } }] }) as unknown as CombinedError;

describe("the web app's error words", () => {
  it('says the platform was updated when the API does not know the build’s operation, and offers no retry', () => {
    for (const code of ['PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_REQUIRED']) {
      expect(isStaleBuild(failed(code))).toBe(true);
      expect(errorMessage(failed(code))).toMatch(
        /^The platform was updated since this page was opened\. Reload/,
      );
    }
    expect(isStaleBuild(failed('INTERNAL_SERVER_ERROR'))).toBe(false);
    expect(isStaleBuild(null)).toBe(false);
  });

  it('keeps the other codes’ words', () => {
    expect(errorCode({ networkError: new Error('x'), graphQLErrors: [] } as unknown as CombinedError)).toBe(
      'NETWORK',
    );
    expect(errorMessage(failed('RATE_LIMITED', { retryAfterSeconds: 120 }))).toBe(
      'Too many requests. Try again in 2 minutes.',
    );
    expect(errorMessage(failed('BAD_USER_INPUT', { fields: { 'input.title': 'Required' } }))).toBe(
      'Some fields need attention.',
    );
  });
});
