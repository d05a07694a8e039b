// The development identity provider (re-exported by the library's index.ts). Nothing here
// imports oidc-provider: DevIdpModule loads it only when the provider is enabled.
export { DevIdpModule } from './dev-idp.module';
export { inMemoryOidcAdapter } from './in-memory-oidc-adapter';
