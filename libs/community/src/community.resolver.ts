import { Args, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Access } from '@cop/identity';
import { CommunityService } from './community.service';
import { CommunityInput } from './inputs/community.input';
import { MembershipsService } from './memberships.service';
import { Community } from './models/community.model';
import { CommunityStats } from './models/working-group.model';

@Resolver(() => Community)
export class CommunityResolver {
  constructor(
    private readonly communities: CommunityService,
    private readonly memberships: MembershipsService,
  ) {}

  @Query(() => Community)
  @Access('ANYONE')
  community(): Promise<Community> {
    return this.communities.theCommunity();
  }

  /** Counts only: public, as the community's home page shows them. */
  @ResolveField(() => CommunityStats)
  @Access('ANYONE')
  stats(): Promise<CommunityStats> {
    return this.memberships.stats();
  }

  @Mutation(() => Community)
  @Access('OFFICE')
  updateCommunity(@Args('input') input: CommunityInput): Promise<Community> {
    return this.communities.update(input);
  }
}
