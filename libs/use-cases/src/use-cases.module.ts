import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { readConfigVariable } from '@cop/platform';
import { CommunityModule } from '@cop/community';
import { IdentityModule } from '@cop/identity';
import {
  RequirementEntity,
  UseCaseEntity,
  UseCaseExpertEntity,
  UseCaseWorkingGroupEntity,
} from './use-case.entity';
import { UseCasesRepository } from './use-cases.repository';
import { UseCaseVisibility } from './use-case-visibility';
import { RequirementTotalsResolver, UseCasesResolver } from './use-cases.resolver';
import { USE_CASE_PART_MAX_CHARS, UseCasesService } from './use-cases.service';
import { UseCasePeopleRepository } from './use-case-people.repository';
import { UseCasePeopleService } from './use-case-people.service';
import { PersonExpertOnUseCasesResolver, UseCaseExpertSuggestionsResolver } from './use-case-people.resolver';
import { UseCasesPersonalData } from './personal-data';

/** The compendium of use cases (API side). */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      UseCaseEntity,
      UseCaseWorkingGroupEntity,
      UseCaseExpertEntity,
      RequirementEntity,
    ]),
    IdentityModule,
    CommunityModule,
  ],
  providers: [
    UseCasesRepository,
    UseCaseVisibility,
    UseCasesService,
    UseCasesResolver,
    RequirementTotalsResolver,
    UseCasePeopleRepository,
    UseCasePeopleService,
    PersonExpertOnUseCasesResolver,
    UseCaseExpertSuggestionsResolver,
    UseCasesPersonalData,
    { provide: USE_CASE_PART_MAX_CHARS, useFactory: () => readConfigVariable('USE_CASE_PART_MAX_CHARS') },
  ],
  exports: [UseCasesService, UseCasesRepository, UseCaseVisibility],
})
export class UseCasesModule {}
