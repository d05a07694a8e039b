// The publishing part of the reports domain: its providers, listed here so the module needs no edit.
import { PublishingRepository } from './publishing.repository';
import { PublishingResolver, ReportPublicationsResolver } from './publishing.resolver';
import { PublishingService } from './publishing.service';
import { ReportExportController } from './report-export.controller';

export const PUBLISHING_PROVIDERS: unknown[] = [
  PublishingRepository,
  PublishingService,
  PublishingResolver,
  ReportPublicationsResolver,
];

/** HTTP controllers (the Markdown and DOCX exports). */
export const PUBLISHING_CONTROLLERS: unknown[] = [ReportExportController];
