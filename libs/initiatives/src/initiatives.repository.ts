import { Injectable } from '@nestjs/common';
import { groupCodeSql, holdsActiveSeatSql, workingGroupIdsAmongSql } from '@cop/community';
import { nameSortKeySql, personRoleByIdSql } from '@cop/identity';
import { TransactionContext, sql, type Sql } from '@cop/platform';
import type { InitiativeEntity, InitiativeGroupEntity, ReportTargetEntity } from './initiative.entity';

export type InitiativeFields = Pick<InitiativeEntity, 'slug' | 'name' | 'description' | 'url'>;
export type InitiativeGroupFields = Pick<InitiativeGroupEntity, 'name' | 'description'>;
export type ReportTargetFields = Pick<
  ReportTargetEntity,
  'name' | 'description' | 'url' | 'dueDate' | 'initiativeId'
>;

export interface GroupLinkRow {
  initiativeGroupId: string;
  workingGroupId: string;
}
export interface GroupPersonRow {
  initiativeGroupId: string;
  personId: string;
}

// Raw reads name their columns: a `date` column comes back as text ('YYYY-MM-DD'), never as a
// Date that node-pg would place at local midnight.
const INITIATIVE = sql`i.id, i.slug, i.name, i.description, i.url,
  i.created_at AS "createdAt", i.updated_at AS "updatedAt"`;
const GROUP = sql`g.id, g.initiative_id AS "initiativeId", g.name, g.description, g.position`;
const TARGET = sql`t.id, t.name, t.description, t.url, t.initiative_id AS "initiativeId",
  t.due_date::text AS "dueDate", t.created_at AS "createdAt"`;

/** The only code that touches the initiatives' tables. */
@Injectable()
export class InitiativesRepository {
  constructor(private readonly tx: TransactionContext) {}

  // ------------------------------------------------------------- initiatives

  allInitiatives(): Promise<InitiativeEntity[]> {
    return this.tx.query(sql`SELECT ${INITIATIVE} FROM initiatives i ORDER BY lower(i.name), i.id`);
  }

  async initiativeBySlug(slug: string): Promise<InitiativeEntity | null> {
    const [row] = await this.tx.query<InitiativeEntity>(
      sql`SELECT ${INITIATIVE} FROM initiatives i WHERE i.slug = ${slug}`,
    );
    return row ?? null;
  }

  initiativesByIds(ids: readonly string[]): Promise<InitiativeEntity[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.tx.query(sql`SELECT ${INITIATIVE} FROM initiatives i WHERE i.id = ANY(${ids}::uuid[])`);
  }

  /** Locks the row for the rest of the mutation, so concurrent edits queue up. */
  async lockInitiative(id: string): Promise<InitiativeEntity | null> {
    const [row] = await this.tx.query<InitiativeEntity>(
      sql`SELECT ${INITIATIVE} FROM initiatives i WHERE i.id = ${id}::uuid FOR UPDATE`,
    );
    return row ?? null;
  }

  /** Whether another initiative (not `exceptId`) has the slug. */
  async slugTaken(slug: string, exceptId: string | null): Promise<boolean> {
    const rows = await this.tx.query(
      sql`SELECT 1 FROM initiatives WHERE slug = ${slug} AND (${exceptId}::uuid IS NULL OR id <> ${exceptId}::uuid)`,
    );
    return rows.length > 0;
  }

  async insertInitiative(f: InitiativeFields, now: Date): Promise<InitiativeEntity> {
    const [row] = await this.tx.query<InitiativeEntity>(
      sql`INSERT INTO initiatives AS i (slug, name, description, url, created_at, updated_at)
        VALUES (${f.slug}, ${f.name}, ${f.description}, ${f.url}, ${now}, ${now}) RETURNING ${INITIATIVE}`,
    );
    return row;
  }

  async updateInitiative(id: string, f: InitiativeFields, now: Date): Promise<InitiativeEntity> {
    const [row] = await this.tx.query<InitiativeEntity>(
      sql`UPDATE initiatives AS i SET slug = ${f.slug}, name = ${f.name}, description = ${f.description},
          url = ${f.url}, updated_at = ${now}
        WHERE i.id = ${id}::uuid RETURNING ${INITIATIVE}`,
    );
    return row;
  }

  // ------------------------------------------------------------------ groups

  groupsOfInitiatives(initiativeIds: readonly string[]): Promise<InitiativeGroupEntity[]> {
    if (!initiativeIds.length) return Promise.resolve([]);
    return this.tx.query(
      sql`SELECT ${GROUP} FROM initiative_groups g WHERE g.initiative_id = ANY(${initiativeIds}::uuid[])
        ORDER BY g.initiative_id, g.position, g.id`,
    );
  }

  groupsByIds(ids: readonly string[]): Promise<InitiativeGroupEntity[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.tx.query(sql`SELECT ${GROUP} FROM initiative_groups g WHERE g.id = ANY(${ids}::uuid[])`);
  }

  async lockGroup(id: string): Promise<InitiativeGroupEntity | null> {
    const [row] = await this.tx.query<InitiativeGroupEntity>(
      sql`SELECT ${GROUP} FROM initiative_groups g WHERE g.id = ${id}::uuid FOR UPDATE`,
    );
    return row ?? null;
  }

  async groupNameTaken(initiativeId: string, name: string, exceptId: string | null): Promise<boolean> {
    const rows = await this.tx.query(
      sql`SELECT 1 FROM initiative_groups WHERE initiative_id = ${initiativeId}::uuid
        AND lower(name) = lower(${name}) AND (${exceptId}::uuid IS NULL OR id <> ${exceptId}::uuid)`,
    );
    return rows.length > 0;
  }

  async insertGroup(initiativeId: string, f: InitiativeGroupFields): Promise<InitiativeGroupEntity> {
    const [row] = await this.tx.query<InitiativeGroupEntity>(
      sql`INSERT INTO initiative_groups AS g (initiative_id, name, description, position)
        VALUES (${initiativeId}::uuid, ${f.name}, ${f.description},
          (SELECT coalesce(max(position) + 1, 0) FROM initiative_groups WHERE initiative_id = ${initiativeId}::uuid))
        RETURNING ${GROUP}`,
    );
    return row;
  }

  async updateGroup(id: string, f: InitiativeGroupFields): Promise<InitiativeGroupEntity> {
    const [row] = await this.tx.query<InitiativeGroupEntity>(
      sql`UPDATE initiative_groups AS g SET name = ${f.name}, description = ${f.description}
        WHERE g.id = ${id}::uuid RETURNING ${GROUP}`,
    );
    return row;
  }

  async deleteGroup(id: string): Promise<void> {
    await this.tx.query(sql`DELETE FROM initiative_groups WHERE id = ${id}::uuid`);
  }

  /** Marks the initiative as changed (its groups changed). */
  async touchInitiative(id: string, now: Date): Promise<void> {
    await this.tx.query(sql`UPDATE initiatives SET updated_at = ${now} WHERE id = ${id}::uuid`);
  }

  // ------------------------------------------------------- links and people

  linksOfGroups(groupIds: readonly string[]): Promise<GroupLinkRow[]> {
    if (!groupIds.length) return Promise.resolve([]);
    return this.tx.query(
      sql`SELECT l.initiative_group_id AS "initiativeGroupId", l.working_group_id AS "workingGroupId"
        FROM initiative_group_links l
        WHERE l.initiative_group_id = ANY(${groupIds}::uuid[]) ORDER BY ${groupCodeSql(sql`l.working_group_id`)}, l.working_group_id`,
    );
  }

  linksOfWorkingGroups(workingGroupIds: readonly string[]): Promise<GroupLinkRow[]> {
    if (!workingGroupIds.length) return Promise.resolve([]);
    return this.tx.query(
      sql`SELECT l.initiative_group_id AS "initiativeGroupId", l.working_group_id AS "workingGroupId"
        FROM initiative_group_links l JOIN initiative_groups g ON g.id = l.initiative_group_id
          JOIN initiatives i ON i.id = g.initiative_id
        WHERE l.working_group_id = ANY(${workingGroupIds}::uuid[]) ORDER BY lower(i.name), g.position, g.id`,
    );
  }

  /** Whether the link was new. */
  async link(groupId: string, workingGroupId: string, by: string | null, now: Date): Promise<boolean> {
    const rows = await this.tx.query(
      sql`INSERT INTO initiative_group_links (initiative_group_id, working_group_id, linked_by, linked_at)
        VALUES (${groupId}::uuid, ${workingGroupId}::uuid, ${by}::uuid, ${now})
        ON CONFLICT DO NOTHING RETURNING 1`,
    );
    return rows.length > 0;
  }

  async unlink(groupId: string, workingGroupId: string): Promise<void> {
    await this.tx.query(
      sql`DELETE FROM initiative_group_links
        WHERE initiative_group_id = ${groupId}::uuid AND working_group_id = ${workingGroupId}::uuid`,
    );
  }

  /** The marked people of the groups, by name. */
  membersOfGroups(groupIds: readonly string[]): Promise<GroupPersonRow[]> {
    if (!groupIds.length) return Promise.resolve([]);
    return this.tx.query(
      sql`SELECT m.initiative_group_id AS "initiativeGroupId", m.person_id AS "personId"
        FROM initiative_group_members m
        WHERE m.initiative_group_id = ANY(${groupIds}::uuid[]) ORDER BY ${nameSortKeySql(sql`m.person_id`)}, m.person_id`,
    );
  }

  /**
   * The marked people of the groups who also hold an ACTIVE seat in a CoP group linked to it,
   * by name. ACTIVE seats are what every member may see (membership-visibility.ts).
   */
  peopleInBothOfGroups(groupIds: readonly string[]): Promise<GroupPersonRow[]> {
    if (!groupIds.length) return Promise.resolve([]);
    return this.tx.query(
      sql`SELECT m.initiative_group_id AS "initiativeGroupId", m.person_id AS "personId"
        FROM initiative_group_members m
        WHERE m.initiative_group_id = ANY(${groupIds}::uuid[])
          AND EXISTS (SELECT 1 FROM initiative_group_links l
            WHERE l.initiative_group_id = m.initiative_group_id
              AND ${holdsActiveSeatSql(sql`l.working_group_id`, sql`m.person_id`, 's')})
        ORDER BY ${nameSortKeySql(sql`m.person_id`)}, m.person_id`,
    );
  }

  async mark(groupId: string, personId: string, by: string | null, now: Date): Promise<boolean> {
    const rows = await this.tx.query(
      sql`INSERT INTO initiative_group_members (initiative_group_id, person_id, marked_by, marked_at)
        VALUES (${groupId}::uuid, ${personId}::uuid, ${by}::uuid, ${now})
        ON CONFLICT DO NOTHING RETURNING 1`,
    );
    return rows.length > 0;
  }

  async unmark(groupId: string, personId: string): Promise<void> {
    await this.tx.query(
      sql`DELETE FROM initiative_group_members
        WHERE initiative_group_id = ${groupId}::uuid AND person_id = ${personId}::uuid`,
    );
  }

  async workingGroupExists(id: string): Promise<boolean> {
    return (await this.tx.query(workingGroupIdsAmongSql([id]))).length > 0;
  }

  /** The person's platform role, or null for no such person. */
  async roleOfPerson(id: string): Promise<string | null> {
    const [row] = await this.tx.query<{ role: string }>(personRoleByIdSql(id));
    return row?.role ?? null;
  }

  // ----------------------------------------------------------------- targets

  targetsByIds(ids: readonly string[]): Promise<ReportTargetEntity[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.tx.query(sql`SELECT ${TARGET} FROM report_targets t WHERE t.id = ANY(${ids}::uuid[])`);
  }

  targetsOfInitiatives(initiativeIds: readonly string[]): Promise<ReportTargetEntity[]> {
    if (!initiativeIds.length) return Promise.resolve([]);
    return this.tx.query(
      sql`SELECT ${TARGET} FROM report_targets t WHERE t.initiative_id = ANY(${initiativeIds}::uuid[])
        ORDER BY t.due_date, lower(t.name), t.id`,
    );
  }

  /** Targets due from `from` to `to` (YYYY-MM-DD, both included; null: open), by due date. */
  targetsDue(from: string | null, to: string | null): Promise<ReportTargetEntity[]> {
    const after: Sql = from === null ? sql`TRUE` : sql`t.due_date >= ${from}::date`;
    const before: Sql = to === null ? sql`TRUE` : sql`t.due_date <= ${to}::date`;
    return this.tx.query(
      sql`SELECT ${TARGET} FROM report_targets t WHERE ${after} AND ${before}
        ORDER BY t.due_date, lower(t.name), t.id`,
    );
  }

  async targetByName(name: string): Promise<ReportTargetEntity | null> {
    const [row] = await this.tx.query<ReportTargetEntity>(
      sql`SELECT ${TARGET} FROM report_targets t WHERE t.name = ${name} ORDER BY t.created_at LIMIT 1`,
    );
    return row ?? null;
  }

  async lockTarget(id: string): Promise<ReportTargetEntity | null> {
    const [row] = await this.tx.query<ReportTargetEntity>(
      sql`SELECT ${TARGET} FROM report_targets t WHERE t.id = ${id}::uuid FOR UPDATE`,
    );
    return row ?? null;
  }

  async insertTarget(f: ReportTargetFields, now: Date): Promise<ReportTargetEntity> {
    const [row] = await this.tx.query<ReportTargetEntity>(
      sql`INSERT INTO report_targets AS t (name, description, url, due_date, initiative_id, created_at)
        VALUES (${f.name}, ${f.description}, ${f.url}, ${f.dueDate}::date, ${f.initiativeId}::uuid, ${now})
        RETURNING ${TARGET}`,
    );
    return row;
  }

  async updateTarget(id: string, f: ReportTargetFields): Promise<ReportTargetEntity> {
    const [row] = await this.tx.query<ReportTargetEntity>(
      sql`UPDATE report_targets AS t SET name = ${f.name}, description = ${f.description}, url = ${f.url},
          due_date = ${f.dueDate}::date, initiative_id = ${f.initiativeId}::uuid
        WHERE t.id = ${id}::uuid RETURNING ${TARGET}`,
    );
    return row;
  }

  async deleteTarget(id: string): Promise<void> {
    await this.tx.query(sql`DELETE FROM report_targets WHERE id = ${id}::uuid`);
  }
}
