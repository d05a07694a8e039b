import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, PlatformModule, WorkerRuntimeModule } from '@cop/platform';
import { CommunityJobsModule } from '@cop/community';
import { KnowledgeJobsModule } from '@cop/knowledge';
import { MeetingsJobsModule } from '@cop/meetings';
import { NewsletterJobsModule } from '@cop/newsletter';
import { DigestsJobsModule } from '@cop/digests';
import { ReportsJobsModule } from '@cop/reports';
import { PrivacyJobsModule } from '@cop/privacy';

/** The worker: platform, the job runtime, and the domains whose handlers it runs. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        PlatformModule.forRoot(config),
        WorkerRuntimeModule,
        CommunityJobsModule,
        KnowledgeJobsModule,
        MeetingsJobsModule,
        NewsletterJobsModule,
        ReportsJobsModule,
        DigestsJobsModule,
        PrivacyJobsModule,
      ],
    };
  }
}
