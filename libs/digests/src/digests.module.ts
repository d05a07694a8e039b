import { Module } from '@nestjs/common';
import { CommunityModule } from '@cop/community';
import { IdentityModule } from '@cop/identity';
import { InitiativesRepository } from '@cop/initiatives';
import { DigestComposer } from './digest-composer';
import { DigestLinksController } from './digest-links.controller';
import { DigestSchedulingService } from './digest-scheduling.service';
import { DigestsRepository } from './digests.repository';
import { DigestsResolver } from './digests.resolver';
import { DigestsService } from './digests.service';
import { DigestBatchJob } from './jobs/digest-batch.job';
import { DigestRunJob } from './jobs/digest-run.job';
import { DigestTickJob } from './jobs/digest-tick.job';
import { DigestsPersonalData } from './personal-data';

/** Digest runs and their unsubscribe link (API side). */
@Module({
  imports: [IdentityModule, CommunityModule],
  controllers: [DigestLinksController],
  // InitiativesRepository (the report targets) needs only the platform's TransactionContext.
  providers: [
    DigestsRepository,
    InitiativesRepository,
    DigestSchedulingService,
    DigestComposer,
    DigestsService,
    DigestsResolver,
    DigestsPersonalData,
  ],
})
export class DigestsModule {}

/** The digests' job handlers, for the worker. */
@Module({
  providers: [
    DigestsRepository,
    InitiativesRepository,
    DigestSchedulingService,
    DigestComposer,
    DigestTickJob,
    DigestRunJob,
    DigestBatchJob,
  ],
})
export class DigestsJobsModule {}
