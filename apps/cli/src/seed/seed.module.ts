import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, PlatformModule } from '@cop/platform';
import { CommunityModule } from '@cop/community';
import { IdentityModule } from '@cop/identity';
import { NewsModule } from '@cop/news';
import { SurveysModule } from '@cop/surveys';
import { KnowledgeModule } from '@cop/knowledge';
import { MeetingsModule } from '@cop/meetings';
import { UseCasesModule } from '@cop/use-cases';
import { InitiativesModule } from '@cop/initiatives';
import { ReportsModule } from '@cop/reports';
import { ExpertiseModule } from '@cop/expertise';
import { DemoSeeder } from './demo-seeder';
import { ReportsDemoSeeder } from './spectrum-reports';
import { ExpertiseDemoSeeder } from './spectrum-expertise';

@Module({})
export class SeedModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: SeedModule,
      imports: [
        PlatformModule.forRoot(config),
        IdentityModule,
        CommunityModule,
        NewsModule,
        UseCasesModule,
        SurveysModule,
        KnowledgeModule,
        MeetingsModule,
        InitiativesModule,
        ReportsModule,
        ExpertiseModule,
      ],
      providers: [DemoSeeder, ReportsDemoSeeder, ExpertiseDemoSeeder],
      exports: [DemoSeeder, ReportsDemoSeeder, ExpertiseDemoSeeder],
    };
  }
}
