import { Module } from '@nestjs/common';
import { CommunityModule } from '@cop/community';
import { DevIdpModule, OidcModule } from '@cop/identity';
import { AuthController } from './auth.controller';

/** Sign-in routes (/auth/…) and, in development, the identity provider under /dev/idp. */
@Module({
  imports: [OidcModule, DevIdpModule, CommunityModule],
  controllers: [AuthController],
})
export class AuthModule {}
