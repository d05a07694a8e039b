import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { workingGroupIdsAmongSql } from '@cop/community';
import { personIdsAmongSql } from '@cop/identity';
import { TransactionContext, sql } from '@cop/platform';
import {
  RequirementEntity,
  UseCaseEntity,
  UseCaseExpertEntity,
  UseCaseWorkingGroupEntity,
  type RequirementCategoryValue,
  type RequirementUnitValue,
  type UseCaseStatusValue,
} from './use-case.entity';

/** The sort key of the compendium page: newest updated first. */
export interface UseCaseCursor {
  updatedAt: string;
  id: string;
}

export type UseCaseFields = Omit<UseCaseEntity, 'id' | 'createdAt'>;

export type RequirementFields = Pick<
  RequirementEntity,
  'category' | 'metric' | 'value' | 'unit' | 'year' | 'note'
>;

export interface RequirementTotalRow {
  category: RequirementCategoryValue;
  metric: string;
  year: number;
  unit: RequirementUnitValue;
  total: number;
  useCases: number;
  /** Each contributing use case's sum, in the total's unit, largest first. */
  contributionRows: { useCaseId: string; total: number }[];
}

/** A row of the totals statement, as PostgreSQL answers it (counts as text). */
interface TotalRow {
  category: RequirementCategoryValue;
  metric: string;
  year: number;
  unit: RequirementUnitValue;
  total: number;
  use_cases: string;
  contributions: { useCaseId: string; total: number }[];
}

@Injectable()
export class UseCasesRepository {
  constructor(private readonly tx: TransactionContext) {}

  private get useCases() {
    return this.tx.manager().getRepository(UseCaseEntity);
  }
  private get groups() {
    return this.tx.manager().getRepository(UseCaseWorkingGroupEntity);
  }
  private get experts() {
    return this.tx.manager().getRepository(UseCaseExpertEntity);
  }
  private get requirements() {
    return this.tx.manager().getRepository(RequirementEntity);
  }

  findById(id: string): Promise<UseCaseEntity | null> {
    return this.useCases.findOneBy({ id });
  }

  /** Locks the row for the rest of the mutation, so concurrent edits queue up. */
  lockById(id: string): Promise<UseCaseEntity | null> {
    return this.useCases
      .createQueryBuilder('u')
      .where('u.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
  }

  findByIds(ids: readonly string[]): Promise<UseCaseEntity[]> {
    return ids.length ? this.useCases.findBy({ id: In([...ids]) }) : Promise.resolve([]);
  }

  findByTitle(title: string): Promise<UseCaseEntity | null> {
    return this.useCases.findOneBy({ title });
  }

  async page(args: {
    status: UseCaseStatusValue | null;
    domain: string | null;
    after: UseCaseCursor | null;
    limit: number;
  }): Promise<{ rows: UseCaseEntity[]; total: number }> {
    const filtered = () => {
      const q = this.useCases.createQueryBuilder('u');
      if (args.status) q.andWhere('u.status = :status', { status: args.status });
      if (args.domain) q.andWhere('u.domains @> ARRAY[:domain]::text[]', { domain: args.domain });
      return q;
    };
    const page = filtered().orderBy('u.updated_at', 'DESC').addOrderBy('u.id', 'DESC').limit(args.limit);
    if (args.after)
      page.andWhere('(u.updated_at, u.id) < (:updatedAt::timestamptz, :id::uuid)', { ...args.after });
    const [rows, total] = await Promise.all([page.getMany(), filtered().getCount()]);
    return { rows, total };
  }

  insert(fields: UseCaseFields & Pick<UseCaseEntity, 'createdAt'>): Promise<UseCaseEntity> {
    return this.useCases.save(this.useCases.create(fields));
  }

  async update(id: string, fields: Partial<UseCaseFields>): Promise<void> {
    await this.useCases.update({ id }, fields);
  }

  /** The ids among these that name people (identity's people-sql.ts). */
  async existingPeople(ids: readonly string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows = await this.tx.query<{ id: string }>(personIdsAmongSql(ids));
    return new Set(rows.map((r) => r.id));
  }

  /** The ids among these that name working groups (community's seat-sql.ts). */
  async existingWorkingGroups(ids: readonly string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows = await this.tx.query<{ id: string }>(workingGroupIdsAmongSql(ids));
    return new Set(rows.map((r) => r.id));
  }

  async isExpert(useCaseId: string, personId: string): Promise<boolean> {
    return this.experts.existsBy({ useCaseId, personId });
  }

  async replaceExperts(useCaseId: string, personIds: readonly string[]): Promise<void> {
    await this.experts.delete({ useCaseId });
    if (personIds.length)
      await this.experts.insert(personIds.map((personId, position) => ({ useCaseId, personId, position })));
  }

  async replaceWorkingGroups(useCaseId: string, groupIds: readonly string[]): Promise<void> {
    await this.groups.delete({ useCaseId });
    if (groupIds.length)
      await this.groups.insert(
        groupIds.map((workingGroupId, position) => ({ useCaseId, workingGroupId, position })),
      );
  }

  async replaceRequirements(useCaseId: string, requirements: readonly RequirementFields[]): Promise<void> {
    await this.requirements.delete({ useCaseId });
    if (requirements.length)
      await this.requirements.insert(requirements.map((r, position) => ({ ...r, useCaseId, position })));
  }

  /** Expert links of many use cases at once (one query), in each use case's order. */
  expertsOf(useCaseIds: readonly string[]): Promise<UseCaseExpertEntity[]> {
    return this.experts
      .createQueryBuilder('e')
      .where('e.use_case_id = ANY(:ids::uuid[])', { ids: useCaseIds })
      .orderBy('e.position')
      .getMany();
  }

  workingGroupsOf(useCaseIds: readonly string[]): Promise<UseCaseWorkingGroupEntity[]> {
    return this.groups
      .createQueryBuilder('g')
      .where('g.use_case_id = ANY(:ids::uuid[])', { ids: useCaseIds })
      .orderBy('g.position')
      .getMany();
  }

  requirementsOf(useCaseIds: readonly string[]): Promise<RequirementEntity[]> {
    return this.requirements
      .createQueryBuilder('r')
      .where('r.use_case_id = ANY(:ids::uuid[])', { ids: useCaseIds })
      .orderBy('r.position')
      .getMany();
  }

  /**
   * Sums per category, metric (by metric_key), year and normalized unit, in SQL. Storage in PB,
   * transport in GBIT_PER_S; core-hours and GPU-hours stay apart (they do not convert). The
   * metric shown is the most common spelling, ties going to the earliest proposed use case.
   */
  async totals(filter: {
    year: number | null;
    category: RequirementCategoryValue | null;
  }): Promise<RequirementTotalRow[]> {
    const rows = await this.tx.query<TotalRow>(
      sql`
      WITH r AS (
        SELECT r.category, r.metric, r.metric_key, r.year, r.use_case_id,
               u.created_at, u.id AS first_id, r.position,
               CASE r.unit WHEN 'TB' THEN r.value / 1000
                           WHEN 'EB' THEN r.value * 1000
                           WHEN 'TBIT_PER_S' THEN r.value * 1000
                           ELSE r.value END AS amount,
               CASE r.unit WHEN 'TB' THEN 'PB' WHEN 'EB' THEN 'PB'
                           WHEN 'TBIT_PER_S' THEN 'GBIT_PER_S'
                           ELSE r.unit END AS total_unit
        FROM requirements r JOIN use_cases u ON u.id = r.use_case_id
        WHERE (${filter.year}::int IS NULL OR r.year = ${filter.year}) AND (${filter.category}::text IS NULL OR r.category = ${filter.category})
      ),
      spellings AS (
        SELECT DISTINCT ON (category, metric_key) category, metric_key, metric
        FROM (
          SELECT category, metric_key, metric, count(*) AS n,
                 min(created_at) AS first_at, min(first_id::text) AS first_id, min(position) AS first_position
          FROM r GROUP BY category, metric_key, metric
        ) s
        ORDER BY category, metric_key, n DESC, first_at, first_id, first_position, metric
      ),
      per_use_case AS (
        SELECT category, metric_key, year, total_unit, use_case_id, sum(amount) AS amount
        FROM r GROUP BY category, metric_key, year, total_unit, use_case_id
      )
      SELECT p.category, s.metric, p.year, p.total_unit AS unit,
             sum(p.amount)::double precision AS total,
             count(*) AS use_cases,
             json_agg(json_build_object('useCaseId', p.use_case_id, 'total', p.amount::double precision)
                      ORDER BY p.amount DESC, p.use_case_id) AS contributions
      FROM per_use_case p JOIN spellings s USING (category, metric_key)
      GROUP BY p.category, p.metric_key, s.metric, p.year, p.total_unit
      ORDER BY p.category, p.metric_key, p.year, p.total_unit`,
    );
    return rows.map((r) => ({
      category: r.category,
      metric: r.metric,
      year: Number(r.year),
      unit: r.unit,
      total: Number(r.total),
      useCases: Number(r.use_cases),
      contributionRows: r.contributions.map((c) => ({ useCaseId: c.useCaseId, total: Number(c.total) })),
    }));
  }
}
