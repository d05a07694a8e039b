import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { IdentityModule } from '@cop/identity';
import { CommunityModule } from '@cop/community';
import { SurveysModule } from '@cop/surveys';
import { UseCasesModule } from '@cop/use-cases';
import { KnowledgeModule } from '@cop/knowledge';
import { MeetingsModule } from '@cop/meetings';
import { NewsletterModule } from '@cop/newsletter';
import { InitiativesModule } from '@cop/initiatives';
import { ReportsModule } from '@cop/reports';
import { DigestsModule } from '@cop/digests';
import { ExpertiseModule } from '@cop/expertise';
import { ErasureService } from './erasure.service';
import { ExportBuilder } from './export-builder';
import { DataExportJob } from './jobs/data-export.job';
import { ErasureDueJob } from './jobs/erasure-due.job';
import { PurgeExportsJob } from './jobs/purge-exports.job';
import { MyDataController } from './my-data.controller';
import { PersonalDataRegistry } from './personal-data.registry';
import { PrivacyRepository } from './privacy.repository';
import { PrivacyResolver, ViewerPrivacyResolver } from './privacy.resolver';
import { PrivacyService } from './privacy.service';

/** One's own data (API side): the requests, the office's records and the export's download. */
@Module({
  imports: [DiscoveryModule, IdentityModule, CommunityModule],
  controllers: [MyDataController],
  providers: [
    PrivacyRepository,
    PersonalDataRegistry,
    PrivacyService,
    PrivacyResolver,
    ViewerPrivacyResolver,
  ],
})
export class PrivacyModule {}

/**
 * The export and erasure jobs, for the worker. The domains' modules are imported for their
 * personal-data providers (each registers its own); their resolvers stay idle in the worker.
 */
@Module({
  imports: [
    DiscoveryModule,
    IdentityModule,
    CommunityModule,
    SurveysModule,
    UseCasesModule,
    KnowledgeModule,
    MeetingsModule,
    NewsletterModule,
    InitiativesModule,
    ReportsModule,
    DigestsModule,
    ExpertiseModule,
  ],
  providers: [
    PrivacyRepository,
    PersonalDataRegistry,
    ExportBuilder,
    ErasureService,
    DataExportJob,
    ErasureDueJob,
    PurgeExportsJob,
  ],
  exports: [ErasureService, PersonalDataRegistry],
})
export class PrivacyJobsModule {}
