import { Injectable } from '@nestjs/common';
import { Clock, ForbiddenError, NotFoundError, isUuid, requestLoader } from '@cop/platform';
import type { Viewer } from '@cop/identity';
import type { ReportEntity } from '../report.entity';
import { mayEditReport, mayReadReports } from './report-rules';
import { ReportsRepository } from './reports.repository';

/**
 * The reports' access and lifecycle that every part of the domain shares: who may read a report,
 * who may edit it, and the report's updatedAt moving with every change of its content.
 */
@Injectable()
export class ReportsService {
  constructor(
    private readonly reports: ReportsRepository,
    private readonly clock: Clock,
  ) {}

  /** The report if the viewer may read it (MEMBER or OFFICE); NOT_FOUND when missing or not. */
  async readable(viewer: Viewer | null | undefined, reportId: string): Promise<ReportEntity> {
    const found = mayReadReports(viewer) && isUuid(reportId) ? await this.reports.findById(reportId) : null;
    if (!found) throw new NotFoundError('Report', reportId);
    return found;
  }

  /**
   * The report, locked for the rest of the mutation, if the viewer may edit it: the office, an
   * active chair of an owning working group, or a named editor. NOT_FOUND when missing or not
   * readable, FORBIDDEN when readable but not editable.
   */
  async assertEditor(viewer: Viewer | null | undefined, reportId: string): Promise<ReportEntity> {
    const found = mayReadReports(viewer) && isUuid(reportId) ? await this.reports.lockById(reportId) : null;
    if (!found) throw new NotFoundError('Report', reportId);
    const facts =
      viewer!.role === 'OFFICE'
        ? { chairOf: false, namedEditor: false }
        : await this.reports.editorFacts(found.id, viewer!.personId);
    if (!mayEditReport(viewer, facts))
      throw new ForbiddenError(
        "Only the chairs of the report's working groups, its named editors and the office may edit it.",
      );
    return found;
  }

  /**
   * Whether the viewer may edit the report (Report.viewerCanEdit). With a request, the answers for
   * every report of the request come in one query.
   */
  async viewerCanEdit(viewer: Viewer | null | undefined, reportId: string, req?: object): Promise<boolean> {
    if (!viewer || !mayReadReports(viewer)) return false;
    if (viewer.role === 'OFFICE') return true;
    if (!req) return mayEditReport(viewer, await this.reports.editorFacts(reportId, viewer.personId));
    const editable = await requestLoader<string, boolean>(
      req,
      `reports.viewerCanEdit.${viewer.personId}`,
      async (ids) => {
        const set = await this.reports.editableAmong(ids, viewer.personId);
        return ids.map((id) => set.has(id));
      },
    ).load(reportId);
    return mayEditReport(viewer, { chairOf: editable, namedEditor: editable });
  }

  /** Moves the report's updatedAt to now: every change of its content calls it. */
  async touch(reportId: string): Promise<void> {
    await this.reports.update(reportId, { updatedAt: this.clock.now() });
  }
}
