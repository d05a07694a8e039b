/** Why a sign-in did not complete; the controller turns it into a page or a JSON error. */
export type SignInFailureReason =
  | 'ATTEMPT_INVALID'
  | 'ACCESS_DENIED'
  | 'ISSUER_ERROR'
  | 'RESPONSE_INVALID'
  | 'SIGN_IN_REFUSED'
  | 'ISSUER_UNAVAILABLE';

/**
 * A sign-in that ends on an error page rather than a session. The message is for the person
 * signing in; `detail` (what the library reported) is for the logs only.
 */
export class SignInFailedError extends Error {
  constructor(
    readonly reason: SignInFailureReason,
    message: string,
    readonly httpStatus: 400 | 403 | 502,
    readonly detail?: string,
  ) {
    super(message);
  }

  get code(): 'BAD_USER_INPUT' | 'FORBIDDEN' | 'INTERNAL_SERVER_ERROR' {
    if (this.httpStatus === 403) return 'FORBIDDEN';
    if (this.httpStatus === 400) return 'BAD_USER_INPUT';
    return 'INTERNAL_SERVER_ERROR';
  }
}
