// @cop/digests: per-member daily and weekly digests that never repeat an item.
export { DigestsModule, DigestsJobsModule } from './digests.module';
export { DigestsService } from './digests.service';
export { DigestRun, RunStatus } from './models/digest-run.model';
export { lastEndedPeriod } from './digest-period';
