import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@cop/identity';
import { CommunityModule } from '@cop/community';
import { INITIATIVE_ENTITIES } from './initiative.entity';
import { InitiativesRepository } from './initiatives.repository';
import {
  InitiativeGroupsResolver,
  InitiativesResolver,
  ReportTargetsResolver,
  WorkingGroupInitiativesResolver,
} from './initiatives.resolver';
import { InitiativesService } from './initiatives.service';
import { InitiativesPersonalData } from './personal-data';

/** Related initiatives, their groups and the report targets (API side). */
@Module({
  imports: [TypeOrmModule.forFeature(INITIATIVE_ENTITIES), IdentityModule, CommunityModule],
  providers: [
    InitiativesRepository,
    InitiativesService,
    InitiativesResolver,
    InitiativeGroupsResolver,
    ReportTargetsResolver,
    WorkingGroupInitiativesResolver,
    InitiativesPersonalData,
  ],
  exports: [InitiativesService, InitiativesRepository],
})
export class InitiativesModule {}
