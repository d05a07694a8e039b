import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CommunityEntity } from './community.entity';
import { CommunityRepository } from './community.repository';
import { CommunityResolver } from './community.resolver';
import { CommunityService } from './community.service';

@Module({
  imports: [TypeOrmModule.forFeature([CommunityEntity])],
  providers: [CommunityRepository, CommunityService, CommunityResolver],
  exports: [CommunityService, CommunityRepository],
})
export class CommunityModule {}
