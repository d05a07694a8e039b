import { Injectable } from '@nestjs/common';
import {
  BadUserInputError,
  Clock,
  ForbiddenError,
  NotFoundError,
  byKeys,
  decodeCursor,
  encodeCursor,
  groupedByKeys,
  isUuid,
  pageSize,
  renderMarkdown,
  requestLoader,
} from '@cop/platform';
import {
  PeopleRepository,
  PeopleService,
  type Person,
  type PersonEntity,
  type Scope,
  type Viewer,
} from '@cop/identity';
import { WorkingGroupsService, type WorkingGroup } from '@cop/community';
import { InitiativesService, type ReportTarget } from '@cop/initiatives';
import {
  RecommendationPriority,
  ReportStatus,
  type Recommendation,
  type Report,
  type ReportConnection,
  type ReportSection,
} from '../models/report.model';
import type { RecommendationEntity, ReportEntity, ReportSectionEntity } from '../report.entity';
import { mayEditReport, mayReadReports, recommendationNumber, sectionNumber } from './report-rules';
import { ReportsRepository, type ReportCursor } from './reports.repository';

/**
 * The reports' access and reading that every part of the domain shares: who may read a report,
 * who may edit it, the report's updatedAt moving with every change of its content, and its
 * relations through per-request DataLoaders.
 */
@Injectable()
export class ReportsService {
  constructor(
    private readonly reports: ReportsRepository,
    private readonly people: PeopleService,
    private readonly peopleRepository: PeopleRepository,
    private readonly groups: WorkingGroupsService,
    private readonly initiatives: InitiativesService,
    private readonly clock: Clock,
  ) {}

  // ------------------------------------------------------------------- access

  /** The report if the viewer may read it (MEMBER or OFFICE); NOT_FOUND when missing or not. */
  async readable(viewer: Viewer | null | undefined, reportId: string): Promise<ReportEntity> {
    const found = mayReadReports(viewer) && isUuid(reportId) ? await this.reports.findById(reportId) : null;
    if (!found) throw new NotFoundError('Report', reportId);
    return found;
  }

  /**
   * The report, locked for the rest of the mutation, if the viewer may edit it: the office, an
   * active chair of an owning working group, or a named editor. NOT_FOUND when missing or not
   * readable, FORBIDDEN when readable but not editable. Edits of one report queue on the lock.
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

  /** Whether the viewer may edit the report, in one query of its own (a mutation's check). */
  async mayEdit(viewer: Viewer, reportId: string): Promise<boolean> {
    if (!mayReadReports(viewer)) return false;
    if (viewer.role === 'OFFICE') return true;
    return mayEditReport(viewer, await this.reports.editorFacts(reportId, viewer.personId));
  }

  /** Report.viewerCanEdit: the answers for every report of the request come in one query. */
  async viewerCanEdit(scope: Scope, reportId: string): Promise<boolean> {
    const { viewer } = scope;
    if (!viewer || !mayReadReports(viewer)) return false;
    if (viewer.role === 'OFFICE') return true;
    const editable = await requestLoader<string, boolean>(
      scope.loaders,
      `reports.viewerCanEdit.${viewer.personId}`,
      async (ids) => {
        const set = await this.reports.editableAmong(ids, viewer.personId);
        return ids.map((id) => set.has(id));
      },
    ).load(reportId);
    return mayEditReport(viewer, { chairOf: editable, namedEditor: false });
  }

  /** Moves the report's updatedAt to now: every change of its content calls it. */
  async touch(reportId: string): Promise<void> {
    await this.reports.update(reportId, { updatedAt: this.clock.now() });
  }

  // ------------------------------------------------------------------ reading

  async page(args: {
    status?: ReportStatus | null;
    workingGroupId?: string | null;
    first?: number | null;
    after?: string | null;
  }): Promise<ReportConnection> {
    const limit = pageSize(args.first, 20);
    const after = parseCursor(args.after);
    if (args.workingGroupId && !isUuid(args.workingGroupId))
      return { edges: [], totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null } };
    const { rows, total } = await this.reports.page({
      status: args.status ?? null,
      workingGroupId: args.workingGroupId ?? null,
      after,
      limit: limit + 1,
    });
    const edges = rows.slice(0, limit).map((r) => ({
      cursor: encodeCursor([r.updatedAt.toISOString(), r.id]),
      node: toReport(r),
    }));
    return {
      edges,
      totalCount: total,
      pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
    };
  }

  /** Null for an unknown id, or when the viewer may not read reports. */
  async report(viewer: Viewer | null | undefined, id: string): Promise<Report | null> {
    if (!mayReadReports(viewer) || !isUuid(id)) return null;
    const found = await this.reports.findById(id);
    return found ? toReport(found) : null;
  }

  /** A report by id through the request's loader (no access check: for relations of readable things). */
  async load(req: object, id: string): Promise<Report | null> {
    const found = await this.reportLoader(req).load(id);
    return found ? toReport(found) : null;
  }

  // ------------------------------------------------ relations (DataLoaders)

  async target(req: object, report: Report): Promise<ReportTarget | null> {
    if (!report.targetId) return null;
    return requestLoader<string, ReportTarget | null>(req, 'reports.target', async (ids) =>
      byKeys(ids, await this.initiatives.targetsByIds(ids), (t) => t.id),
    ).load(report.targetId);
  }

  async workingGroups(req: object, reportId: string): Promise<WorkingGroup[]> {
    const ids = await requestLoader<string, string[]>(req, 'reports.groupIds', async (keys) =>
      groupedByKeys(
        keys,
        await this.reports.workingGroupsOf(keys),
        (r) => r.reportId,
        (r) => r.workingGroupId,
      ),
    ).load(reportId);
    const groups = await Promise.all(ids.map((id) => this.groups.load(req, id)));
    return groups.filter((g) => g !== null);
  }

  /** The chairs of the owning groups, then the named editors, each once. */
  async editors(scope: Scope, reportId: string): Promise<Person[]> {
    const ids = await requestLoader<string, string[]>(scope.loaders, 'reports.editorIds', async (keys) =>
      groupedByKeys(
        keys,
        await this.reports.editorIdsOf(keys),
        (r) => r.reportId,
        (r) => r.personId,
      ),
    ).load(reportId);
    return this.peopleOf(scope, 'reports.editorPeople', ids);
  }

  async namedEditors(scope: Scope, reportId: string): Promise<Person[]> {
    const ids = await requestLoader<string, string[]>(scope.loaders, 'reports.namedEditorIds', async (keys) =>
      groupedByKeys(
        keys,
        await this.reports.namedEditorsOf(keys),
        (r) => r.reportId,
        (r) => r.personId,
      ),
    ).load(reportId);
    return this.peopleOf(scope, 'reports.namedEditorPeople', ids);
  }

  /**
   * One person by id (a report's creator, a section's last editor). `relation` names the loader:
   * each relation batches on its own, so the request's query count never depends on timing.
   */
  async person(scope: Scope, id: string | null, relation = 'people'): Promise<Person | null> {
    if (!id) return null;
    const [person] = await this.peopleOf(scope, `reports.${relation}`, [id]);
    return person ?? null;
  }

  /** The report's sections in order, numbered 1..n. */
  async sections(req: object, reportId: string): Promise<ReportSection[]> {
    const rows = await this.sectionsLoader(req).load(reportId);
    return rows.map((s, i) => toSection(s, sectionNumber(i)));
  }

  /** One section by id, numbered (no access check: for relations of readable things). */
  async section(req: object, id: string): Promise<ReportSection | null> {
    const found = await requestLoader<string, ReportSectionEntity | null>(
      req,
      'reports.sectionById',
      async (ids) => byKeys(ids, await this.reports.findSectionsByIds(ids), (s) => s.id),
    ).load(id);
    if (!found) return null;
    const siblings = await this.sectionsLoader(req).load(found.reportId);
    return toSection(found, sectionNumber(siblings.findIndex((s) => s.id === found.id)));
  }

  /** A section's recommendations in order, numbered "s.r". */
  async recommendations(req: object, section: ReportSection): Promise<Recommendation[]> {
    const rows = await this.recommendationsLoader(req).load(section.id);
    return rows.map((r, i) => toRecommendation(r, recommendationNumber(section.number, i)));
  }

  /** One recommendation by id, numbered (no access check: for relations of readable things). */
  async recommendation(req: object, id: string): Promise<Recommendation | null> {
    const found = await requestLoader<string, RecommendationEntity | null>(
      req,
      'reports.recommendationById',
      async (ids) => byKeys(ids, await this.reports.findRecommendationsByIds(ids), (r) => r.id),
    ).load(id);
    if (!found) return null;
    const section = await this.section(req, found.sectionId);
    if (!section) return null;
    const siblings = await this.recommendationsLoader(req).load(found.sectionId);
    return toRecommendation(
      found,
      recommendationNumber(
        section.number,
        siblings.findIndex((r) => r.id === found.id),
      ),
    );
  }

  /** The reports aimed at a target, newest updated first. */
  async reportsOfTarget(req: object, targetId: string): Promise<Report[]> {
    const rows = await requestLoader<string, ReportEntity[]>(req, 'reports.byTarget', async (ids) =>
      groupedByKeys(ids, await this.reports.byTargets(ids), (r) => r.targetId!),
    ).load(targetId);
    return rows.map(toReport);
  }

  // ------------------------------------------------------------------ helpers

  private reportLoader(req: object) {
    return requestLoader<string, ReportEntity | null>(req, 'reports.byId', async (ids) =>
      byKeys(ids, await this.reports.findByIds(ids), (r) => r.id),
    );
  }

  private sectionsLoader(req: object) {
    return requestLoader<string, ReportSectionEntity[]>(req, 'reports.sectionsOfReport', async (ids) =>
      groupedByKeys(ids, await this.reports.sectionsOf(ids), (s) => s.reportId),
    );
  }

  private recommendationsLoader(req: object) {
    return requestLoader<string, RecommendationEntity[]>(
      req,
      'reports.recommendationsOfSection',
      async (ids) => groupedByKeys(ids, await this.reports.recommendationsOf(ids), (r) => r.sectionId),
    );
  }

  private async peopleOf(scope: Scope, loaderName: string, ids: string[]): Promise<Person[]> {
    const loader = requestLoader<string, PersonEntity | null>(scope.loaders, loaderName, async (keys) =>
      byKeys(keys, await this.peopleRepository.findByIds(keys), (p) => p.id),
    );
    const people = await Promise.all(ids.map((id) => loader.load(id)));
    return people.filter((p) => p !== null).map((p) => this.people.toModel(p, scope.viewer));
  }
}

function parseCursor(after: string | null | undefined): ReportCursor | null {
  const key = decodeCursor(after);
  if (!key) return null;
  const [updatedAt, id] = key;
  if (
    typeof updatedAt !== 'string' ||
    Number.isNaN(Date.parse(updatedAt)) ||
    typeof id !== 'string' ||
    !isUuid(id)
  )
    throw BadUserInputError.field('after', 'not a cursor returned by this API');
  return { updatedAt, id };
}

export function toReport(r: ReportEntity): Report {
  return {
    id: r.id,
    title: r.title,
    kind: r.kind,
    status: r.status as ReportStatus,
    dueDate: r.dueDate,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    targetId: r.targetId,
    documentId: r.documentId,
    createdById: r.createdBy,
  };
}

export function toSection(s: ReportSectionEntity, number: number): ReportSection {
  return {
    id: s.id,
    number,
    title: s.title,
    body: s.body,
    get bodyHtml() {
      return renderMarkdown(s.body);
    },
    version: s.version,
    updatedAt: s.updatedAt,
    reportId: s.reportId,
    updatedById: s.updatedBy,
  };
}

export function toRecommendation(r: RecommendationEntity, number: string): Recommendation {
  return {
    id: r.id,
    number,
    statement: r.statement,
    rationale: r.rationale,
    get rationaleHtml() {
      return r.rationale === null ? null : renderMarkdown(r.rationale);
    },
    priority: r.priority as RecommendationPriority,
    version: r.version,
    updatedAt: r.updatedAt,
    reportId: r.reportId,
    sectionId: r.sectionId,
  };
}
