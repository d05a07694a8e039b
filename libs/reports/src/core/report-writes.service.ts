import { Injectable } from '@nestjs/common';
import {
  BadUserInputError,
  Clock,
  ConflictError,
  ForbiddenError,
  InputProblems,
  NotFoundError,
  isUuid,
} from '@cop/platform';
import { PeopleRepository, type Viewer } from '@cop/identity';
import { InitiativesService } from '@cop/initiatives';
import type { RecommendationInput, ReportInput, ReportSectionInput } from './inputs/report.input';
import {
  RecommendationPriority,
  ReportStatus,
  type Recommendation,
  type Report,
  type ReportSection,
} from '../models/report.model';
import type { RecommendationEntity, ReportEntity, ReportSectionEntity } from '../report.entity';
import {
  MAX_NAMED_EDITORS,
  MAX_REPORT_WORKING_GROUPS,
  RATIONALE_MAX_CHARS,
  REPORT_KIND_MAX_CHARS,
  REPORT_TITLE_MAX_CHARS,
  SECTION_BODY_MAX_CHARS,
  SECTION_TITLE_MAX_CHARS,
  STATEMENT_MAX_CHARS,
  clampPosition,
  isAllowedStatusChange,
  mayCreateReport,
  recommendationNumber,
  rolesById,
  sectionNumber,
} from './report-rules';
import { ReportsRepository } from './reports.repository';
import { ReportsService, toRecommendation, toReport, toSection } from './reports.service';

/** CONFLICT on a stale expectedVersion, naming the field in extensions.fields as BAD_INPUT does. */
export class StaleVersionError extends ConflictError {
  constructor(
    what: string,
    readonly current: number,
    expected: number,
  ) {
    super(`The ${what} is at version ${current}, not ${expected}: reload it and apply your changes again.`);
  }
  override extensions() {
    return { fields: { expectedVersion: `the current version is ${this.current}` } };
  }
}

/** Creating and editing reports, their sections and recommendations (editors and the office). */
@Injectable()
export class ReportWritesService {
  constructor(
    private readonly reports: ReportsRepository,
    private readonly access: ReportsService,
    private readonly initiatives: InitiativesService,
    private readonly people: PeopleRepository,
    private readonly clock: Clock,
  ) {}

  // ------------------------------------------------------------------ reports

  /** The creator chairs every named group, or is the office. No sections: the web adds them. */
  async create(viewer: Viewer, input: ReportInput): Promise<Report> {
    const checked = await this.checkReportInput(input);
    const chaired = await this.reports.chairedAmong(checked.workingGroupIds, viewer.personId);
    if (!mayCreateReport(viewer, checked.workingGroupIds, chaired))
      throw new ForbiddenError(
        'Only a chair of every one of its working groups, or the office, may start a report.',
      );
    const now = this.clock.now();
    const created = await this.reports.insert({
      ...checked.fields,
      status: 'DRAFTING',
      documentId: null,
      createdBy: viewer.personId,
      createdAt: now,
      updatedAt: now,
    });
    await this.reports.replaceWorkingGroups(created.id, checked.workingGroupIds);
    return toReport((await this.reports.findById(created.id))!);
  }

  async update(viewer: Viewer, id: string, input: ReportInput): Promise<Report> {
    const report = await this.access.assertEditor(viewer, id);
    const checked = await this.checkReportInput(input);
    await this.reports.update(report.id, { ...checked.fields, updatedAt: this.clock.now() });
    await this.reports.replaceWorkingGroups(report.id, checked.workingGroupIds);
    return toReport((await this.reports.findById(report.id))!);
  }

  /** Replaces the named editors; each must be a MEMBER (or the office). */
  async setEditors(viewer: Viewer, id: string, personIds: string[]): Promise<Report> {
    const report = await this.access.assertEditor(viewer, id);
    const problems = new InputProblems();
    const unique = [...new Set(personIds)];
    problems.check(unique.length <= MAX_NAMED_EDITORS, 'personIds', `at most ${MAX_NAMED_EDITORS} editors`);
    const roles = rolesById(await this.people.findByIds(unique.filter(isUuid)));
    unique.forEach((pid) => {
      const at = `personIds.${personIds.indexOf(pid)}`;
      const role = roles.get(pid);
      if (role === undefined) problems.add(at, `no person has the id "${pid}"`);
      else if (role !== 'MEMBER' && role !== 'OFFICE') problems.add(at, 'only members may edit reports');
    });
    problems.throwIfAny();
    const now = this.clock.now();
    await this.reports.replaceNamedEditors(report.id, unique, viewer.personId, now);
    await this.reports.update(report.id, { updatedAt: now });
    return toReport((await this.reports.findById(report.id))!);
  }

  /** DRAFTING and IN_REVIEW either way; PUBLISHED only through publishReport. */
  async setStatus(viewer: Viewer, id: string, status: ReportStatus): Promise<Report> {
    const report = await this.access.assertEditor(viewer, id);
    if (!isAllowedStatusChange(report.status as ReportStatus, status))
      throw BadUserInputError.field('status', 'a report is published with publishReport');
    if (report.status !== status)
      await this.reports.update(report.id, { status, updatedAt: this.clock.now() });
    return toReport((await this.reports.findById(report.id))!);
  }

  // ----------------------------------------------------------------- sections

  /** At `position` (from 1; clamped), or at the end. */
  async addSection(
    viewer: Viewer,
    reportId: string,
    input: ReportSectionInput,
    position: number | null | undefined,
  ): Promise<ReportSection> {
    const report = await this.access.assertEditor(viewer, reportId);
    const fields = checkSectionInput(input);
    const now = this.clock.now();
    const existing = await this.reports.sectionsOf([report.id]);
    const created = await this.reports.insertSection({
      reportId: report.id,
      position: existing.length,
      title: fields.title,
      body: fields.body,
      version: 1,
      updatedBy: viewer.personId,
      updatedAt: now,
    });
    const order = existing.map((s) => s.id);
    order.splice(clampPosition(position, order.length + 1) - 1, 0, created.id);
    await this.reports.renumberSections(order);
    await this.access.touch(report.id);
    return this.freshSection(created.id);
  }

  /** CONFLICT (naming expectedVersion) when someone else saved the section first. */
  async updateSection(
    viewer: Viewer,
    id: string,
    input: ReportSectionInput,
    expectedVersion: number,
  ): Promise<ReportSection> {
    const section = await this.sectionOrThrow(viewer, id);
    await this.access.assertEditor(viewer, section.reportId);
    // Read again under the report's lock: a concurrent update has committed by now.
    const current = (await this.reports.findSection(section.id))!;
    if (current.version !== expectedVersion)
      throw new StaleVersionError('section', current.version, expectedVersion);
    const fields = checkSectionInput(input);
    const now = this.clock.now();
    const updated = await this.reports.updateSectionIfVersion(section.id, expectedVersion, {
      ...fields,
      updatedBy: viewer.personId,
      updatedAt: now,
    });
    if (!updated) {
      const latest = (await this.reports.findSection(section.id))!;
      throw new StaleVersionError('section', latest.version, expectedVersion);
    }
    await this.access.touch(section.reportId);
    return this.freshSection(section.id);
  }

  async moveSection(viewer: Viewer, id: string, position: number): Promise<Report> {
    const section = await this.sectionOrThrow(viewer, id);
    const report = await this.access.assertEditor(viewer, section.reportId);
    const order = (await this.reports.sectionsOf([report.id]))
      .map((s) => s.id)
      .filter((s) => s !== section.id);
    order.splice(clampPosition(position, order.length + 1) - 1, 0, section.id);
    await this.reports.renumberSections(order);
    await this.access.touch(report.id);
    return toReport((await this.reports.findById(report.id))!);
  }

  /** With its recommendations (and their evidence and comments). */
  async removeSection(viewer: Viewer, id: string): Promise<Report> {
    const section = await this.sectionOrThrow(viewer, id);
    const report = await this.access.assertEditor(viewer, section.reportId);
    await this.reports.deleteSection(section.id);
    await this.reports.renumberSections((await this.reports.sectionsOf([report.id])).map((s) => s.id));
    await this.access.touch(report.id);
    return toReport((await this.reports.findById(report.id))!);
  }

  // ---------------------------------------------------------- recommendations

  /** At the end of the section. */
  async addRecommendation(
    viewer: Viewer,
    sectionId: string,
    input: RecommendationInput,
  ): Promise<Recommendation> {
    const section = await this.sectionOrThrow(viewer, sectionId, 'sectionId');
    await this.access.assertEditor(viewer, section.reportId);
    const fields = checkRecommendationInput(input);
    const now = this.clock.now();
    const siblings = await this.reports.recommendationsOf([section.id]);
    const created = await this.reports.insertRecommendation({
      reportId: section.reportId,
      sectionId: section.id,
      position: siblings.length,
      ...fields,
      version: 1,
      createdBy: viewer.personId,
      createdAt: now,
      updatedBy: viewer.personId,
      updatedAt: now,
    });
    await this.reports.placeRecommendations(section.id, [...siblings.map((r) => r.id), created.id]);
    await this.access.touch(section.reportId);
    return this.freshRecommendation(created.id);
  }

  async updateRecommendation(
    viewer: Viewer,
    id: string,
    input: RecommendationInput,
    expectedVersion: number,
  ): Promise<Recommendation> {
    const found = await this.recommendationOrThrow(viewer, id);
    await this.access.assertEditor(viewer, found.reportId);
    const current = (await this.reports.findRecommendation(found.id))!;
    if (current.version !== expectedVersion)
      throw new StaleVersionError('recommendation', current.version, expectedVersion);
    const fields = checkRecommendationInput(input);
    const updated = await this.reports.updateRecommendationIfVersion(found.id, expectedVersion, {
      ...fields,
      updatedBy: viewer.personId,
      updatedAt: this.clock.now(),
    });
    if (!updated) {
      const latest = (await this.reports.findRecommendation(found.id))!;
      throw new StaleVersionError('recommendation', latest.version, expectedVersion);
    }
    await this.access.touch(found.reportId);
    return this.freshRecommendation(found.id);
  }

  /** To `position` (from 1; clamped) of a section of the same report. */
  async moveRecommendation(viewer: Viewer, id: string, sectionId: string, position: number): Promise<Report> {
    const found = await this.recommendationOrThrow(viewer, id);
    const report = await this.access.assertEditor(viewer, found.reportId);
    const target = isUuid(sectionId) ? await this.reports.findSection(sectionId) : null;
    if (!target || target.reportId !== report.id)
      throw BadUserInputError.field('sectionId', 'no section of this report has this id');
    if (target.id !== found.sectionId) {
      const left = (await this.reports.recommendationsOf([found.sectionId])).filter((r) => r.id !== found.id);
      await this.reports.placeRecommendations(
        found.sectionId,
        left.map((r) => r.id),
      );
    }
    const order = (await this.reports.recommendationsOf([target.id]))
      .map((r) => r.id)
      .filter((r) => r !== found.id);
    order.splice(clampPosition(position, order.length + 1) - 1, 0, found.id);
    await this.reports.placeRecommendations(target.id, order);
    await this.access.touch(report.id);
    return toReport((await this.reports.findById(report.id))!);
  }

  /** With its evidence and comments. */
  async removeRecommendation(viewer: Viewer, id: string): Promise<ReportSection> {
    const found = await this.recommendationOrThrow(viewer, id);
    await this.access.assertEditor(viewer, found.reportId);
    await this.reports.deleteRecommendation(found.id);
    await this.reports.placeRecommendations(
      found.sectionId,
      (await this.reports.recommendationsOf([found.sectionId])).map((r) => r.id),
    );
    await this.access.touch(found.reportId);
    return this.freshSection(found.sectionId);
  }

  // ------------------------------------------------------------------ helpers

  /** A section of a report the viewer may read, or NOT_FOUND (BAD_INPUT naming `field` if given). */
  private async sectionOrThrow(viewer: Viewer, id: string, field?: string): Promise<ReportSectionEntity> {
    const found = isUuid(id) ? await this.reports.findSection(id) : null;
    if (!found) {
      if (field) throw BadUserInputError.field(field, 'no report section has this id');
      throw new NotFoundError('Report section', id);
    }
    await this.access.readable(viewer, found.reportId);
    return found;
  }

  private async recommendationOrThrow(viewer: Viewer, id: string): Promise<RecommendationEntity> {
    const found = isUuid(id) ? await this.reports.findRecommendation(id) : null;
    if (!found) throw new NotFoundError('Recommendation', id);
    await this.access.readable(viewer, found.reportId);
    return found;
  }

  /** Read after the writes of this mutation (not through the request's loaders). */
  private async freshSection(id: string): Promise<ReportSection> {
    const section = (await this.reports.findSection(id))!;
    const siblings = await this.reports.sectionsOf([section.reportId]);
    return toSection(section, sectionNumber(siblings.findIndex((s) => s.id === id)));
  }

  private async freshRecommendation(id: string): Promise<Recommendation> {
    const found = (await this.reports.findRecommendation(id))!;
    const section = await this.freshSection(found.sectionId);
    const siblings = await this.reports.recommendationsOf([found.sectionId]);
    return toRecommendation(
      found,
      recommendationNumber(
        section.number,
        siblings.findIndex((r) => r.id === id),
      ),
    );
  }

  /** Every problem of a report input at once, as "input.<field>" paths. */
  private async checkReportInput(input: ReportInput): Promise<{
    fields: Pick<ReportEntity, 'title' | 'kind' | 'dueDate' | 'targetId'>;
    workingGroupIds: string[];
  }> {
    const problems = new InputProblems();
    const title = typeof input.title === 'string' ? input.title.trim() : '';
    problems.check(title !== '', 'input.title', 'must not be blank');
    problems.check(
      title.length <= REPORT_TITLE_MAX_CHARS,
      'input.title',
      `must be at most ${REPORT_TITLE_MAX_CHARS} characters`,
    );
    const kind = typeof input.kind === 'string' ? input.kind.trim() : '';
    problems.check(kind !== '', 'input.kind', 'must not be blank');
    problems.check(
      kind.length <= REPORT_KIND_MAX_CHARS,
      'input.kind',
      `must be at most ${REPORT_KIND_MAX_CHARS} characters`,
    );

    const list = input.workingGroupIds ?? [];
    const unique = [...new Set(list)];
    problems.check(unique.length > 0, 'input.workingGroupIds', 'name at least one working group');
    problems.check(
      unique.length <= MAX_REPORT_WORKING_GROUPS,
      'input.workingGroupIds',
      `at most ${MAX_REPORT_WORKING_GROUPS} working groups`,
    );
    const found = await this.reports.existingWorkingGroups(unique.filter(isUuid));
    unique.forEach((id) => {
      if (!found.has(id))
        problems.add(`input.workingGroupIds.${list.indexOf(id)}`, `no working group has the id "${id}"`);
    });

    const targetId = input.targetId || null;
    if (targetId !== null)
      problems.check(
        isUuid(targetId) && (await this.initiatives.targetsByIds([targetId])).length > 0,
        'input.targetId',
        `no report target has the id "${targetId}"`,
      );
    const dueDate = isoDate(input.dueDate);
    problems.check(dueDate !== undefined, 'input.dueDate', 'must be a date (YYYY-MM-DD)');

    problems.throwIfAny();
    return { fields: { title, kind, dueDate: dueDate ?? null, targetId }, workingGroupIds: unique };
  }
}

function checkSectionInput(input: ReportSectionInput): { title: string; body: string } {
  const problems = new InputProblems();
  const title = typeof input.title === 'string' ? input.title.trim() : '';
  problems.check(title !== '', 'input.title', 'must not be blank');
  problems.check(
    title.length <= SECTION_TITLE_MAX_CHARS,
    'input.title',
    `must be at most ${SECTION_TITLE_MAX_CHARS} characters`,
  );
  const body = typeof input.body === 'string' ? input.body : '';
  problems.check(
    body.length <= SECTION_BODY_MAX_CHARS,
    'input.body',
    `must be at most ${SECTION_BODY_MAX_CHARS} characters`,
  );
  problems.throwIfAny();
  return { title, body };
}

function checkRecommendationInput(
  input: RecommendationInput,
): Pick<RecommendationEntity, 'statement' | 'rationale' | 'priority'> {
  const problems = new InputProblems();
  const statement = typeof input.statement === 'string' ? input.statement.trim() : '';
  problems.check(statement !== '', 'input.statement', 'must not be blank');
  problems.check(
    statement.length <= STATEMENT_MAX_CHARS,
    'input.statement',
    `must be at most ${STATEMENT_MAX_CHARS} characters`,
  );
  const rationale = input.rationale?.trim() ? input.rationale : null;
  problems.check(
    (rationale?.length ?? 0) <= RATIONALE_MAX_CHARS,
    'input.rationale',
    `must be at most ${RATIONALE_MAX_CHARS} characters`,
  );
  const priority = input.priority ?? RecommendationPriority.MEDIUM;
  problems.check(
    Object.values(RecommendationPriority).includes(priority),
    'input.priority',
    'must be HIGH, MEDIUM or LOW',
  );
  problems.throwIfAny();
  return { statement, rationale, priority };
}

/** YYYY-MM-DD (years 1000 to 9999), null for none, undefined when not a date. */
function isoDate(value: Date | string | null | undefined): string | null | undefined {
  if (value === null || value === undefined || value === '') return null;
  const text =
    value instanceof Date
      ? Number.isNaN(value.getTime())
        ? ''
        : value.toISOString().slice(0, 10)
      : String(value);
  return /^[1-9]\d{3}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(text)) ? text : undefined;
}
