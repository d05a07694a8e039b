import { Query, Resolver } from '@nestjs/graphql';
import { Access } from '../access';
import { AuthProvider } from '../models/viewer.model';
import { OidcProviders } from './oidc-providers';

/** Query.authProviders: where the "sign in with …" buttons lead. Here, beside the issuers, so IdentityModule need not import them. */
@Resolver()
export class AuthProvidersResolver {
  constructor(private readonly providers: OidcProviders) {}

  @Query(() => [AuthProvider])
  @Access('ANYONE')
  authProviders(): AuthProvider[] {
    return this.providers.list();
  }
}
