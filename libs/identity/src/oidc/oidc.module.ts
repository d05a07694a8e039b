import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '../identity.module';
import { AuthProvidersResolver } from './auth-providers.resolver';
import { LoginAttemptEntity } from './login-attempt.entity';
import { LoginAttemptsRepository } from './login-attempts.repository';
import { OidcProviders } from './oidc-providers';
import { OidcSignInService } from './oidc-sign-in.service';

/** Federated sign-in: the configured issuers (and Query.authProviders), login attempts and the code flow. */
@Module({
  imports: [IdentityModule, TypeOrmModule.forFeature([LoginAttemptEntity])],
  providers: [LoginAttemptsRepository, OidcProviders, OidcSignInService, AuthProvidersResolver],
  exports: [OidcProviders, OidcSignInService],
})
export class OidcModule {}
