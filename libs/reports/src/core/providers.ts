import { ReportWritesService } from './report-writes.service';
import {
  RecommendationsResolver,
  ReportSectionsResolver,
  ReportTargetReportsResolver,
  ReportsResolver,
} from './reports.resolver';
import { ReportsRepository } from './reports.repository';
import { ReportsService } from './reports.service';
import { ReportVisibility } from './report-visibility';

// The core part of the reports domain: its providers, listed here so the module needs no edit.
export const CORE_PROVIDERS: unknown[] = [
  ReportsRepository,
  ReportVisibility,
  ReportsService,
  ReportWritesService,
  ReportsResolver,
  ReportSectionsResolver,
  RecommendationsResolver,
  ReportTargetReportsResolver,
];
