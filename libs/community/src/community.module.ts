import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@cop/identity';
import { CommunityEntity } from './community.entity';
import { TopicsLookup, WorkingGroupPeopleFilter } from './community-people-filter';
import { CommunityRepository } from './community.repository';
import { CommunityResolver } from './community.resolver';
import { CommunityService } from './community.service';
import { MembershipRequestedJob } from './jobs/membership-requested.job';
import { MembershipEntity, MembershipEventEntity } from './membership.entity';
import { MembershipsRepository } from './memberships.repository';
import { MembershipsService } from './memberships.service';
import {
  MembershipFieldsResolver,
  PersonMembershipsResolver,
  SeatEventFieldsResolver,
  TopicFieldsResolver,
} from './seat-relations.resolver';
import { TopicEntity } from './topic.entity';
import { WorkingGroupEntity } from './working-group.entity';
import { WorkingGroupsRepository } from './working-groups.repository';
import { WorkingGroupsResolver } from './working-groups.resolver';
import { WorkingGroupsService } from './working-groups.service';
import { MembershipVisibility } from './membership-visibility';
import { CommunityPersonalData } from './personal-data';

const ENTITIES = [CommunityEntity, WorkingGroupEntity, TopicEntity, MembershipEntity, MembershipEventEntity];

/** The community, its working groups, topics and seats (API side). */
@Module({
  imports: [TypeOrmModule.forFeature(ENTITIES), IdentityModule],
  providers: [
    CommunityRepository,
    WorkingGroupsRepository,
    MembershipsRepository,
    MembershipVisibility,
    CommunityService,
    WorkingGroupsService,
    MembershipsService,
    CommunityResolver,
    WorkingGroupsResolver,
    MembershipFieldsResolver,
    TopicFieldsResolver,
    PersonMembershipsResolver,
    SeatEventFieldsResolver,
    WorkingGroupPeopleFilter,
    TopicsLookup,
    CommunityPersonalData,
  ],
  exports: [
    CommunityService,
    CommunityRepository,
    WorkingGroupsRepository,
    MembershipsRepository,
    MembershipVisibility,
    WorkingGroupsService,
    TopicsLookup,
  ],
})
export class CommunityModule {}

/** The community's job handlers, for the worker (no GraphQL, no identity module). */
@Module({
  imports: [TypeOrmModule.forFeature(ENTITIES)],
  providers: [WorkingGroupsRepository, MembershipsRepository, MembershipRequestedJob],
})
export class CommunityJobsModule {}
