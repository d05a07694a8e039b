import { Query, Resolver } from '@nestjs/graphql';
import { Access } from '@cop/identity';
import { CommunityService } from './community.service';
import { Community } from './models/community.model';

@Resolver(() => Community)
export class CommunityResolver {
  constructor(private readonly communities: CommunityService) {}

  @Query(() => Community)
  @Access('ANYONE')
  community(): Promise<Community> {
    return this.communities.theCommunity();
  }
}
