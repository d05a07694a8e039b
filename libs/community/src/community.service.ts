import { Injectable } from '@nestjs/common';
import { NotFoundError } from '@cop/platform';
import { CommunityEntity } from './community.entity';
import { CommunityRepository } from './community.repository';
import { Community } from './models/community.model';

@Injectable()
export class CommunityService {
  constructor(private readonly communities: CommunityRepository) {}

  async theCommunity(): Promise<Community> {
    const entity = await this.communities.findTheCommunity();
    if (!entity) throw new NotFoundError('Community (run `npm run db:seed` or updateCommunity first)');
    return toModel(entity);
  }
}

function toModel(e: CommunityEntity): Community {
  return {
    name: e.name,
    mission: e.mission,
    description: e.description,
    phases: [...e.phases].sort((a, b) => a.startsOn.localeCompare(b.startsOn)).map((p) => ({ ...p })),
  };
}
