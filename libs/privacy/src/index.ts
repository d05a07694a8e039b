// @cop/privacy (issue 26): one's own data: the export (a ZIP made by the worker, a single-use
// link by mail), the erasure after a grace period, and the office's records of both.
export { PrivacyModule, PrivacyJobsModule } from './privacy.module';
export { PrivacyService, ERASURE_GRACE_MS, EXPORT_LINK_TTL_MS } from './privacy.service';
export { ErasureService, type ErasureResult } from './erasure.service';
export { PersonalDataRegistry } from './personal-data.registry';
export { dataExportMailKey } from './jobs/data-export.job';
export { PurgeExportsJob } from './jobs/purge-exports.job';
export {
  AccountErasure,
  DataExport,
  DataRequestKind,
  DataRequestOutcome,
  DataRequestRecord,
  DataRequestRecordConnection,
  ErasureBlocker,
} from './models/privacy.model';
export { privacySqlCases } from './privacy.sql-cases';
