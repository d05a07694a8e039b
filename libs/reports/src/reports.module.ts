import { Module, type Provider, type Type } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@cop/identity';
import { CommunityModule } from '@cop/community';
import { KnowledgeModule } from '@cop/knowledge';
import { SurveysModule } from '@cop/surveys';
import { UseCasesModule } from '@cop/use-cases';
import { MeetingsModule } from '@cop/meetings';
import { InitiativesModule } from '@cop/initiatives';
import { REPORT_ENTITIES } from './report.entity';
import { CORE_PROVIDERS } from './core/providers';
import { EVIDENCE_PROVIDERS } from './evidence/providers';
import { REVIEW_JOB_PROVIDERS, REVIEW_PROVIDERS } from './review/providers';
import { PUBLISHING_CONTROLLERS, PUBLISHING_PROVIDERS } from './publishing/providers';
import { ReportsPersonalData } from './personal-data';

/** Reports (API side): drafting, evidence, review, publishing. Each part lists its own providers. */
@Module({
  imports: [
    TypeOrmModule.forFeature(REPORT_ENTITIES),
    IdentityModule,
    CommunityModule,
    KnowledgeModule,
    SurveysModule,
    UseCasesModule,
    MeetingsModule,
    InitiativesModule,
  ],
  controllers: PUBLISHING_CONTROLLERS as Type[],
  providers: [
    ...CORE_PROVIDERS,
    ...EVIDENCE_PROVIDERS,
    ...REVIEW_PROVIDERS,
    ...PUBLISHING_PROVIDERS,
    ReportsPersonalData,
  ] as Provider[],
  exports: [
    ...CORE_PROVIDERS,
    ...EVIDENCE_PROVIDERS,
    ...REVIEW_PROVIDERS,
    ...PUBLISHING_PROVIDERS,
  ] as Provider[],
})
export class ReportsModule {}

/** The reports domain's job handlers, for the worker. */
@Module({
  imports: [TypeOrmModule.forFeature(REPORT_ENTITIES)],
  providers: REVIEW_JOB_PROVIDERS as Provider[],
})
export class ReportsJobsModule {}
