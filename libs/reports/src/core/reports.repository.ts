import { Injectable } from '@nestjs/common';
import { activeChairsOfGroupSql, chairsGroupSql, workingGroupIdsAmongSql } from '@cop/community';
import { memberOrOfficeIdsSql } from '@cop/identity';
import { TransactionContext, sql } from '@cop/platform';
import {
  RecommendationEntity,
  ReportEditorEntity,
  ReportEntity,
  ReportSectionEntity,
  ReportWorkingGroupEntity,
  type ReportStatusValue,
} from '../report.entity';
import type { EditorFacts } from './report-rules';

/** The sort key of the reports page: newest updated first. */
export interface ReportCursor {
  updatedAt: string;
  id: string;
}

export type ReportFields = Pick<ReportEntity, 'title' | 'kind' | 'dueDate' | 'targetId'>;

/** Reports, their owning groups, named editors, sections and recommendations. */
@Injectable()
export class ReportsRepository {
  constructor(private readonly tx: TransactionContext) {}

  private get reports() {
    return this.tx.manager().getRepository(ReportEntity);
  }
  private get groups() {
    return this.tx.manager().getRepository(ReportWorkingGroupEntity);
  }
  private get editors() {
    return this.tx.manager().getRepository(ReportEditorEntity);
  }
  private get sections() {
    return this.tx.manager().getRepository(ReportSectionEntity);
  }
  private get recommendations() {
    return this.tx.manager().getRepository(RecommendationEntity);
  }

  // ------------------------------------------------------------------ reports

  findById(id: string): Promise<ReportEntity | null> {
    return this.reports.findOneBy({ id });
  }

  /** Locks the report row for the rest of the mutation, so edits of one report queue up. */
  lockById(id: string): Promise<ReportEntity | null> {
    return this.reports
      .createQueryBuilder('r')
      .where('r.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
  }

  findByIds(ids: readonly string[]): Promise<ReportEntity[]> {
    return this.reports.createQueryBuilder('r').where('r.id = ANY(:ids::uuid[])', { ids }).getMany();
  }

  async page(args: {
    status: ReportStatusValue | null;
    workingGroupId: string | null;
    after: ReportCursor | null;
    limit: number;
  }): Promise<{ rows: ReportEntity[]; total: number }> {
    const filtered = () => {
      const q = this.reports.createQueryBuilder('r');
      if (args.status) q.andWhere('r.status = :status', { status: args.status });
      if (args.workingGroupId)
        q.andWhere(
          'EXISTS (SELECT 1 FROM report_working_groups g WHERE g.report_id = r.id AND g.working_group_id = :groupId)',
          { groupId: args.workingGroupId },
        );
      return q;
    };
    const page = filtered().orderBy('r.updated_at', 'DESC').addOrderBy('r.id', 'DESC').limit(args.limit);
    if (args.after)
      page.andWhere('(r.updated_at, r.id) < (:updatedAt::timestamptz, :id::uuid)', { ...args.after });
    const [rows, total] = await Promise.all([page.getMany(), filtered().getCount()]);
    return { rows, total };
  }

  /** The reports aimed at these targets, newest updated first (ReportTarget.reports). */
  byTargets(targetIds: readonly string[]): Promise<ReportEntity[]> {
    return this.reports
      .createQueryBuilder('r')
      .where('r.target_id = ANY(:ids::uuid[])', { ids: targetIds })
      .orderBy('r.updated_at', 'DESC')
      .addOrderBy('r.id', 'DESC')
      .getMany();
  }

  insert(fields: Omit<ReportEntity, 'id'>): Promise<ReportEntity> {
    return this.reports.save(this.reports.create(fields));
  }

  async update(id: string, fields: Partial<Omit<ReportEntity, 'id'>>): Promise<void> {
    await this.reports.update({ id }, fields);
  }

  // ------------------------------------------------------- groups and editors

  /**
   * What the edit rule needs of one person and one report, in one statement. The seats are
   * community's: its chairsGroupSql says what an active chair is.
   */
  async editorFacts(reportId: string, personId: string): Promise<EditorFacts> {
    const [row] = await this.tx.query<{ chair_of: boolean; named_editor: boolean }>(sql`
      SELECT EXISTS (
               SELECT 1 FROM report_working_groups g
               WHERE g.report_id = ${reportId} AND ${chairsGroupSql(sql`g.working_group_id`, sql`${personId}::uuid`)}
             ) AS chair_of,
             EXISTS (
               SELECT 1 FROM report_editors e WHERE e.report_id = ${reportId} AND e.person_id = ${personId}
             ) AS named_editor`);
    return { chairOf: row?.chair_of === true, namedEditor: row?.named_editor === true };
  }

  /** For many reports at once: the ids among them one person may edit as chair or named editor. */
  async editableAmong(reportIds: readonly string[], personId: string): Promise<Set<string>> {
    if (!reportIds.length) return new Set();
    const rows = await this.tx.query<{ id: string }>(sql`
      SELECT g.report_id AS id FROM report_working_groups g
      WHERE g.report_id = ANY(${reportIds}::uuid[])
        AND ${chairsGroupSql(sql`g.working_group_id`, sql`${personId}::uuid`)}
      UNION
      SELECT e.report_id FROM report_editors e
      WHERE e.report_id = ANY(${reportIds}::uuid[]) AND e.person_id = ${personId}`);
    return new Set(rows.map((r) => r.id));
  }

  /** The groups among these the person chairs (actively). */
  async chairedAmong(groupIds: readonly string[], personId: string): Promise<Set<string>> {
    if (!groupIds.length) return new Set();
    const rows = await this.tx.query<{ id: string }>(sql`
      SELECT x.id FROM unnest(${groupIds}::uuid[]) AS x(id)
      WHERE ${chairsGroupSql(sql`x.id`, sql`${personId}::uuid`)}`);
    return new Set(rows.map((r) => r.id));
  }

  workingGroupsOf(reportIds: readonly string[]): Promise<ReportWorkingGroupEntity[]> {
    return this.groups
      .createQueryBuilder('g')
      .where('g.report_id = ANY(:ids::uuid[])', { ids: reportIds })
      .orderBy('g.position')
      .getMany();
  }

  namedEditorsOf(reportIds: readonly string[]): Promise<ReportEditorEntity[]> {
    return this.editors
      .createQueryBuilder('e')
      .where('e.report_id = ANY(:ids::uuid[])', { ids: reportIds })
      .orderBy('e.added_at')
      .addOrderBy('e.person_id')
      .getMany();
  }

  /**
   * Chairs of the owning groups (members still: a chair demoted to GUEST edits nothing), then
   * named editors, each person once, per report.
   */
  async editorIdsOf(reportIds: readonly string[]): Promise<{ reportId: string; personId: string }[]> {
    if (!reportIds.length) return [];
    const rows = await this.tx.query<{ report_id: string; person_id: string }>(sql`
      SELECT report_id, person_id FROM (
        SELECT DISTINCT ON (report_id, person_id) report_id, person_id, rank, ord1, ord2
        FROM (
          SELECT g.report_id, c."personId" AS person_id, 0 AS rank, g.position AS ord1, c."joinedAt" AS ord2
          FROM report_working_groups g
          CROSS JOIN LATERAL (${activeChairsOfGroupSql(sql`g.working_group_id`)}) c
          WHERE g.report_id = ANY(${reportIds}::uuid[]) AND c."personId" IN (${memberOrOfficeIdsSql()})
          UNION ALL
          SELECT e.report_id, e.person_id, 1, 0, e.added_at
          FROM report_editors e WHERE e.report_id = ANY(${reportIds}::uuid[])
        ) x
        ORDER BY report_id, person_id, rank, ord1, ord2
      ) y
      ORDER BY report_id, rank, ord1, ord2, person_id`);
    return rows.map((r) => ({ reportId: r.report_id, personId: r.person_id }));
  }

  async replaceWorkingGroups(reportId: string, groupIds: readonly string[]): Promise<void> {
    await this.groups.delete({ reportId });
    if (groupIds.length)
      await this.groups.insert(
        groupIds.map((workingGroupId, position) => ({ reportId, workingGroupId, position })),
      );
  }

  async replaceNamedEditors(
    reportId: string,
    personIds: readonly string[],
    addedBy: string,
    now: Date,
  ): Promise<void> {
    const current = await this.editors.findBy({ reportId });
    const keep = new Set(personIds);
    const gone = current.filter((e) => !keep.has(e.personId)).map((e) => e.personId);
    if (gone.length)
      await this.tx.query(
        sql`DELETE FROM report_editors WHERE report_id = ${reportId} AND person_id = ANY(${gone}::uuid[])`,
      );
    const had = new Set(current.map((e) => e.personId));
    const added = personIds.filter((id) => !had.has(id));
    if (added.length)
      await this.editors.insert(added.map((personId) => ({ reportId, personId, addedBy, addedAt: now })));
  }

  /** The ids among these that name working groups. */
  async existingWorkingGroups(ids: readonly string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows = await this.tx.query<{ id: string }>(workingGroupIdsAmongSql(ids));
    return new Set(rows.map((r) => r.id));
  }

  // ----------------------------------------------------------------- sections

  findSection(id: string): Promise<ReportSectionEntity | null> {
    return this.sections.findOneBy({ id });
  }

  /** Sections of many reports, each report's in position order. */
  sectionsOf(reportIds: readonly string[]): Promise<ReportSectionEntity[]> {
    return this.sections
      .createQueryBuilder('s')
      .where('s.report_id = ANY(:ids::uuid[])', { ids: reportIds })
      .orderBy('s.report_id')
      .addOrderBy('s.position')
      .addOrderBy('s.id')
      .getMany();
  }

  findSectionsByIds(ids: readonly string[]): Promise<ReportSectionEntity[]> {
    return this.sections.createQueryBuilder('s').where('s.id = ANY(:ids::uuid[])', { ids }).getMany();
  }

  insertSection(fields: Omit<ReportSectionEntity, 'id'>): Promise<ReportSectionEntity> {
    return this.sections.save(this.sections.create(fields));
  }

  async updateSection(id: string, fields: Partial<Omit<ReportSectionEntity, 'id'>>): Promise<void> {
    await this.sections.update({ id }, fields);
  }

  /**
   * Bumps the version only when it is still `expectedVersion`; false when someone else's update
   * came first (the caller answers CONFLICT and the mutation writes nothing).
   */
  async updateSectionIfVersion(
    id: string,
    expectedVersion: number,
    fields: Pick<ReportSectionEntity, 'title' | 'body' | 'updatedBy' | 'updatedAt'>,
  ): Promise<boolean> {
    const rows = await this.tx.query<{ id: string }>(sql`
      UPDATE report_sections
      SET title = ${fields.title}, body = ${fields.body}, updated_by = ${fields.updatedBy},
          updated_at = ${fields.updatedAt}, version = version + 1
      WHERE id = ${id} AND version = ${expectedVersion}
      RETURNING id`);
    return rows.length > 0;
  }

  async deleteSection(id: string): Promise<void> {
    await this.sections.delete({ id });
  }

  /** Writes positions 0..n-1 in this order. */
  async renumberSections(orderedIds: readonly string[]): Promise<void> {
    if (!orderedIds.length) return;
    await this.tx.query(sql`
      UPDATE report_sections s SET position = o.ord - 1
      FROM unnest(${orderedIds}::uuid[]) WITH ORDINALITY AS o(id, ord)
      WHERE s.id = o.id AND s.position <> o.ord - 1`);
  }

  // ---------------------------------------------------------- recommendations

  findRecommendation(id: string): Promise<RecommendationEntity | null> {
    return this.recommendations.findOneBy({ id });
  }

  findRecommendationsByIds(ids: readonly string[]): Promise<RecommendationEntity[]> {
    return this.recommendations.createQueryBuilder('r').where('r.id = ANY(:ids::uuid[])', { ids }).getMany();
  }

  /** Recommendations of many sections, each section's in position order. */
  recommendationsOf(sectionIds: readonly string[]): Promise<RecommendationEntity[]> {
    return this.recommendations
      .createQueryBuilder('r')
      .where('r.section_id = ANY(:ids::uuid[])', { ids: sectionIds })
      .orderBy('r.section_id')
      .addOrderBy('r.position')
      .addOrderBy('r.id')
      .getMany();
  }

  insertRecommendation(fields: Omit<RecommendationEntity, 'id'>): Promise<RecommendationEntity> {
    return this.recommendations.save(this.recommendations.create(fields));
  }

  async updateRecommendationIfVersion(
    id: string,
    expectedVersion: number,
    fields: Pick<RecommendationEntity, 'statement' | 'rationale' | 'priority' | 'updatedBy' | 'updatedAt'>,
  ): Promise<boolean> {
    const rows = await this.tx.query<{ id: string }>(sql`
      UPDATE report_recommendations
      SET statement = ${fields.statement}, rationale = ${fields.rationale}, priority = ${fields.priority},
          updated_by = ${fields.updatedBy}, updated_at = ${fields.updatedAt}, version = version + 1
      WHERE id = ${id} AND version = ${expectedVersion}
      RETURNING id`);
    return rows.length > 0;
  }

  async deleteRecommendation(id: string): Promise<void> {
    await this.recommendations.delete({ id });
  }

  /** Puts these recommendations into this section at positions 0..n-1 in this order. */
  async placeRecommendations(sectionId: string, orderedIds: readonly string[]): Promise<void> {
    if (!orderedIds.length) return;
    await this.tx.query(sql`
      UPDATE report_recommendations r SET position = o.ord - 1, section_id = ${sectionId}
      FROM unnest(${orderedIds}::uuid[]) WITH ORDINALITY AS o(id, ord)
      WHERE r.id = o.id AND (r.position <> o.ord - 1 OR r.section_id <> ${sectionId})`);
  }
}
