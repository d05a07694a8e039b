import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CommunityModule } from '@cop/community';
import { IdentityModule } from '@cop/identity';
import { EXPERTISE_ENTITIES } from './expertise.entity';
import { ExpertisePeopleFilter } from './expertise-people-filter';
import { ExpertiseRepository } from './expertise.repository';
import { ExpertiseResolver, PersonExpertiseResolver } from './expertise.resolver';
import { ExpertiseService } from './expertise.service';
import { ExpertisePersonalData } from './personal-data';

/** Expertise and interests: the vocabulary, people's entries and who sees them, the directory's filters. */
@Module({
  imports: [TypeOrmModule.forFeature(EXPERTISE_ENTITIES), IdentityModule, CommunityModule],
  providers: [
    ExpertiseRepository,
    ExpertiseService,
    ExpertiseResolver,
    PersonExpertiseResolver,
    ExpertisePeopleFilter,
    ExpertisePersonalData,
  ],
  exports: [ExpertiseService, ExpertiseRepository],
})
export class ExpertiseModule {}
