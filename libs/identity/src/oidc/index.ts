// Federated sign-in over OpenID Connect (re-exported by the library's index.ts).
export { OidcModule } from './oidc.module';
export {
  OidcProviders,
  IssuerUnavailableError,
  DEV_PROVIDER_ID,
  DEV_IDP_PATH,
  devIdpEnabled,
  developmentProviderConfig,
} from './oidc-providers';
export type { AuthProviderLink } from './oidc-providers';
export { OidcSignInService, LOGIN_ATTEMPT_TTL_SECONDS } from './oidc-sign-in.service';
export { SignInFailedError } from './sign-in-failed.error';
export type { SignInFailureReason } from './sign-in-failed.error';
export { safeReturnTo } from './return-to';
