import { Injectable } from '@nestjs/common';
import { TransactionContext } from '@cop/platform';
import { CommunityEntity } from './community.entity';

const THE_COMMUNITY = 1;

@Injectable()
export class CommunityRepository {
  constructor(private readonly tx: TransactionContext) {}

  private get repo() {
    return this.tx.manager().getRepository(CommunityEntity);
  }

  findTheCommunity(): Promise<CommunityEntity | null> {
    return this.repo.findOneBy({ id: THE_COMMUNITY });
  }

  /** Creates or replaces the community's fields (seed, updateCommunity). */
  async saveTheCommunity(fields: Omit<CommunityEntity, 'id' | 'updatedAt'>): Promise<CommunityEntity> {
    await this.repo.upsert({ id: THE_COMMUNITY, ...fields }, ['id']);
    return (await this.findTheCommunity())!;
  }
}
