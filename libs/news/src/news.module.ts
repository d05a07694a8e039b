import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CommunityModule } from '@cop/community';
import { IdentityModule } from '@cop/identity';
import { FaqEntryEntity, NewsItemEntity } from './news-item.entity';
import { NewsRepository } from './news.repository';
import { NewsResolver } from './news.resolver';
import { NewsService } from './news.service';

@Module({
  imports: [TypeOrmModule.forFeature([NewsItemEntity, FaqEntryEntity]), IdentityModule, CommunityModule],
  providers: [NewsRepository, NewsService, NewsResolver],
  exports: [NewsService, NewsRepository],
})
export class NewsModule {}
