import { loadConfig } from '@cop/platform';
import { devIdpEnabled } from '../oidc/oidc-providers';
import { createDevIdentityProvider } from './dev-identity-provider';

const accounts = { findByEmail: async () => null };
const secret = 's'.repeat(40);

describe('the development identity provider', () => {
  it('cannot be built in production, even when asked directly', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      SESSION_SECRET: secret,
      DATABASE_URL: 'postgres://db/cop',
      PUBLIC_URL: 'https://cop.example.org',
      REDIS_URL: 'redis://redis:6379',
    });
    expect(devIdpEnabled(config)).toBe(false);
    expect(() => createDevIdentityProvider(config, accounts)).toThrow(/production/);
    // Even a configuration object claiming otherwise in one field is refused.
    expect(() => createDevIdentityProvider({ ...config, production: false }, accounts)).toThrow(/production/);
  });

  it('cannot be built beside configured issuers', () => {
    const config = loadConfig({
      NODE_ENV: 'development',
      SESSION_SECRET: secret,
      OIDC_PROVIDERS: JSON.stringify([
        {
          id: 'egi',
          name: 'EGI',
          issuer: 'https://aai.egi.eu/auth/realms/egi',
          clientId: 'c',
          clientSecret: 's',
        },
      ]),
    });
    expect(devIdpEnabled(config)).toBe(false);
    expect(() => createDevIdentityProvider(config, accounts)).toThrow(/OIDC_PROVIDERS/);
  });

  it('is built in development with no issuer configured, at PUBLIC_URL/dev/idp', () => {
    const config = loadConfig({
      NODE_ENV: 'development',
      SESSION_SECRET: secret,
      PUBLIC_URL: 'http://localhost:3000',
    });
    expect(devIdpEnabled(config)).toBe(true);
    expect(createDevIdentityProvider(config, accounts).issuer).toBe('http://localhost:3000/dev/idp');
  });
});
