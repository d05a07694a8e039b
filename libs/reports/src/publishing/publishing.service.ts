import { Inject, Injectable } from '@nestjs/common';
import {
  APP_CONFIG,
  type AppConfig,
  BadUserInputError,
  Clock,
  Visibility,
  groupedByKeys,
  requestLoader,
} from '@cop/platform';
import { type Person, type Scope, scopeForPerson, type Viewer } from '@cop/identity';
import { type Document, DocumentKind, DocumentsService } from '@cop/knowledge';
import { webUrl } from '@cop/web-routes';
import { ReportsRepository, ReportsService, toReport } from '../core/public';
import { EvidenceService } from '../evidence/public';
import type { Evidence } from '../evidence/models/evidence.model';
import type { Report } from '../models/report.model';
import type { EvidenceKindValue, ReportEntity, ReportPublicationEntity } from '../report.entity';
import { reportToDocx } from './export/docx';
import { reportToMarkdown } from './export/markdown';
import {
  EVIDENCE_NOT_PUBLIC_AT_VISIBILITY,
  EVIDENCE_NOT_VISIBLE_TO_YOU,
  slugFileName,
  type ExportEvidence,
  type ReportExport,
} from './export/report-export';
import type { ReportPublication } from './models/report-publication.model';
import { PublishingRepository } from './publishing.repository';

export interface ExportFile {
  fileName: string;
  contentType: string;
  body: Buffer | string;
}

/**
 * Publishing a report (a knowledge-base document of kind REPORT, a version per publication) and
 * its exports (Markdown, DOCX) with the evidence as numbered notes, each cut to what its reader
 * may see.
 */
@Injectable()
export class PublishingService {
  constructor(
    private readonly reportsService: ReportsService,
    private readonly reports: ReportsRepository,
    private readonly evidence: EvidenceService,
    private readonly publications: PublishingRepository,
    private readonly documents: DocumentsService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * publishReport: an editor or the office. The first publication posts the document, later ones
   * update the same document (a new version each); a publication row records which version at
   * which visibility, and the report becomes PUBLISHED. Its notes quote only evidence that every
   * reader of the chosen visibility may see (the audience rules of each source's domain); the rest
   * reads "Evidence not public at this visibility."
   */
  async publish(viewer: Viewer, reportId: string, visibility: Visibility): Promise<Report> {
    const report = await this.reportsService.assertEditor(viewer, reportId);
    if (!Object.values(Visibility).includes(visibility))
      throw new BadUserInputError({ visibility: 'must be PUBLIC, COMMUNITY or WORKING_GROUP' });
    const groupIds = (await this.reports.workingGroupsOf([report.id])).map((g) => g.workingGroupId);
    if (visibility === Visibility.WORKING_GROUP && groupIds.length === 0)
      throw new BadUserInputError({
        visibility: 'a report without working groups cannot be published to them',
      });

    const at = this.clock.now();
    const content = await this.exportOf(report, (ids) => this.evidence.forAudience(visibility, ids), {
      status: 'PUBLISHED',
      publishedAt: at,
      hiddenEvidenceNote: EVIDENCE_NOT_PUBLIC_AT_VISIBILITY,
    });
    // Who may publish is the report's rule, checked above. The document is the report's own, so the
    // knowledge base writes it as the system on the publisher's behalf, without its own rules for
    // changing a document (its author or a chair of its groups; a seat in each group for
    // WORKING_GROUP); the publisher is recorded as its author (first publication) and as the editor
    // of each version.
    let document: Document;
    try {
      document = await this.documents.writeOnBehalf(viewer.personId, report.documentId, (current) => ({
        title: report.title,
        summary: report.kind,
        body: reportToMarkdown(content),
        kind: DocumentKind.REPORT,
        visibility,
        externalUrl: null,
        workingGroupIds: groupIds,
        topicIds: [],
        tags: current?.tags ?? [],
      }));
    } catch (e) {
      // The knowledge base names its own input's fields; the caller named only the report.
      if (e instanceof BadUserInputError && e.fields['input.body'])
        throw BadUserInputError.field('id', `the report is too long to publish: ${e.fields['input.body']}`);
      throw e;
    }

    await this.publications.insert({
      reportId: report.id,
      number: await this.publications.nextNumber(report.id),
      documentId: document.id,
      documentVersion: document.version,
      visibility,
      publishedBy: viewer.personId,
      publishedAt: at,
    });
    await this.reports.update(report.id, { status: 'PUBLISHED', documentId: document.id, updatedAt: at });
    return toReport((await this.reports.findById(report.id))!);
  }

  /** Report.publications, oldest first, for every report of the request in one query. */
  async publicationsOf(req: object, reportId: string): Promise<ReportPublication[]> {
    const rows = await requestLoader<string, ReportPublicationEntity[]>(
      req,
      'reports.publications',
      async (ids) => groupedByKeys(ids, await this.publications.publicationsOf(ids), (p) => p.reportId),
    ).load(reportId);
    return rows.map(toPublication);
  }

  /** Report.document: the published document if the viewer may see it. */
  async documentOf(scope: Scope, report: Report): Promise<Document | null> {
    if (!report.documentId) return null;
    return requestLoader<string, Document | null>(scope.loaders, 'reports.document', (ids) =>
      this.documents.documentsAmong(scope.viewer, ids),
    ).load(report.documentId);
  }

  person(scope: Scope, id: string): Promise<Person | null> {
    return this.reportsService.person(scope, id);
  }

  /**
   * GET /reports/:id/export.md|docx: the report as the viewer reads it (NOT_FOUND when they may not),
   * evidence they may not see as "Evidence not visible to you."
   */
  async exportFile(viewer: Viewer | null, reportId: string, format: 'md' | 'docx'): Promise<ExportFile> {
    const report = await this.reportsService.readable(viewer, reportId);
    const latest = (await this.publications.publicationsOf([report.id])).at(-1);
    const content = await this.exportOf(
      report,
      (ids) => this.evidence.forRecommendations(scopeForPerson(viewer!), ids),
      {
        status: report.status,
        publishedAt: latest?.publishedAt ?? null,
        hiddenEvidenceNote: EVIDENCE_NOT_VISIBLE_TO_YOU,
      },
    );
    const name = slugFileName(report.title);
    return format === 'md'
      ? {
          fileName: `${name}.md`,
          contentType: 'text/markdown; charset=utf-8',
          body: reportToMarkdown(content),
        }
      : {
          fileName: `${name}.docx`,
          contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          body: await reportToDocx(content),
        };
  }

  /**
   * The report in the exporters' plain shape, its evidence as `evidenceOf` resolves it: for one
   * reader (their export) or for an audience (the published document).
   */
  private async exportOf(
    report: ReportEntity,
    evidenceOf: (recommendationIds: string[]) => Promise<Evidence[]>,
    meta: Pick<ReportExport, 'status' | 'publishedAt' | 'hiddenEvidenceNote'>,
  ): Promise<ReportExport> {
    // A request of its own: the loaders of this export are not shared with anything else.
    const req = {};
    const [groups, sections] = await Promise.all([
      this.reportsService.workingGroups(req, report.id),
      this.reportsService.sections(req, report.id),
    ]);
    const recommendations = await Promise.all(
      sections.map((s) => this.reportsService.recommendations(req, s)),
    );
    const ids = recommendations.flat().map((r) => r.id);
    const evidence = ids.length ? await evidenceOf(ids) : [];
    const byRecommendation = new Map<string, Evidence[]>();
    for (const e of evidence)
      byRecommendation.set(e.recommendationId, [...(byRecommendation.get(e.recommendationId) ?? []), e]);
    return {
      title: report.title,
      kind: report.kind,
      workingGroups: groups.map((g) => g.name),
      ...meta,
      sections: sections.map((s, i) => ({
        number: s.number,
        title: s.title,
        body: s.body,
        recommendations: recommendations[i].map((r) => ({
          number: r.number,
          statement: r.statement,
          rationale: r.rationale,
          priority: r.priority,
          evidence: (byRecommendation.get(r.id) ?? []).map((e) => this.exportEvidence(e)),
        })),
      })),
    };
  }

  private exportEvidence(e: Evidence): ExportEvidence {
    const kind = e.kind as EvidenceKindValue;
    if (!e.visible)
      return { visible: false, kind, label: null, summary: null, takenAt: null, note: null, sourceUrl: null };
    return {
      visible: true,
      kind,
      label: e.label,
      summary: e.snapshot?.summary ?? null,
      takenAt: e.snapshot?.takenAt ?? null,
      note: e.note,
      sourceUrl: e.sourcePath ? webUrl(this.config.webUrl, e.sourcePath) : null,
    };
  }
}

function toPublication(p: ReportPublicationEntity): ReportPublication {
  return {
    number: p.number,
    documentVersion: p.documentVersion,
    visibility: p.visibility as Visibility,
    publishedAt: p.publishedAt,
    publishedById: p.publishedBy,
    reportId: p.reportId,
  };
}
