import { Module } from '@nestjs/common';
import { DevIdpModule, OidcModule } from '@cop/identity';
import { AuthController } from './auth.controller';

/** Sign-in routes (/auth/…) and, in development, the identity provider under /dev/idp. */
@Module({
  imports: [OidcModule, DevIdpModule],
  controllers: [AuthController],
})
export class AuthModule {}
