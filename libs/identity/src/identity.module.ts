import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessGuard } from './access';
import { AccessTokenEntity } from './access-token.entity';
import { AccessTokensRepository } from './access-tokens.repository';
import { AccessTokensService } from './access-tokens.service';
import { AccountErasureRepository } from './account-erasure.repository';
import { IdentityResolver } from './identity.resolver';
import { LinkedIdentitiesRepository } from './linked-identities.repository';
import { LinkedIdentityEntity } from './linked-identity.entity';
import { PeopleFilters } from './people-filters';
import { PeopleRepository } from './people.repository';
import { PeopleService } from './people.service';
import { PersonFieldsResolver } from './person-fields.resolver';
import { PersonEntity } from './person.entity';
import { SessionEntity } from './session.entity';
import { SessionsRepository } from './sessions.repository';
import { SessionsService } from './sessions.service';
import { SignInService } from './sign-in.service';
import { ViewerMiddleware } from './viewer.middleware';
import { ViewerResolver } from './viewer.resolver';
import { IdentityPersonalData } from './personal-data';

/** People, identities, sessions, access tokens and the access guard every resolver passes. */
@Module({
  imports: [TypeOrmModule.forFeature([PersonEntity, LinkedIdentityEntity, SessionEntity, AccessTokenEntity])],
  providers: [
    PeopleRepository,
    PeopleFilters,
    LinkedIdentitiesRepository,
    SessionsRepository,
    AccessTokensRepository,
    PeopleService,
    SessionsService,
    AccessTokensService,
    SignInService,
    AccountErasureRepository,
    IdentityPersonalData,
    ViewerMiddleware,
    IdentityResolver,
    ViewerResolver,
    PersonFieldsResolver,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [
    PeopleService,
    PeopleFilters,
    PeopleRepository,
    SessionsService,
    AccessTokensService,
    SignInService,
    AccountErasureRepository,
    ViewerMiddleware,
  ],
})
export class IdentityModule {}
