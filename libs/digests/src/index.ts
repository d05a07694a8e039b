// @cop/digests: per-member daily and weekly digests that never repeat an item.
export { DigestsModule, DigestsJobsModule } from './digests.module';
export { DigestsService } from './digests.service';
export { DigestRun, RunStatus } from './models/digest-run.model';
export { DigestPeriod, DigestPreview } from './models/digest-preview.model';
export {
  duePeriod,
  effectiveZone,
  lastEndedPeriod,
  localPeriod,
  sendTime,
  type LocalPeriod,
  type DigestFrequencyValue,
} from './digest-period';
export { DIGEST_LATE_LIMIT_MS } from './digest-scheduling.service';
export { digestsSqlCases } from './digests.sql-cases';
