import { Injectable } from '@nestjs/common';
import {
  BadUserInputError,
  Clock,
  ForbiddenError,
  InputProblems,
  NotFoundError,
  byKeys,
  groupedByKeys,
  isUuid,
  requestLoader,
} from '@cop/platform';
import {
  isMember,
  isOffice,
  PeopleRepository,
  PeopleService,
  type Person,
  type PersonEntity,
  type Scope,
  type Viewer,
} from '@cop/identity';
import { WorkingGroupsService, type WorkingGroup } from '@cop/community';
import type { InitiativeEntity, InitiativeGroupEntity, ReportTargetEntity } from './initiative.entity';
import {
  DUE_WITHIN_MAX_DAYS,
  addDays,
  checkDescription,
  checkName,
  checkOptionalId,
  checkSlug,
  checkUrl,
  daysBetween,
  isoDateOf,
  utcDate,
} from './initiative-rules';
import type { InitiativeGroupInput, InitiativeInput, ReportTargetInput } from './inputs/initiative.input';
import {
  InitiativesRepository,
  type GroupPersonRow,
  type InitiativeFields,
  type ReportTargetFields,
} from './initiatives.repository';
import type { Initiative, InitiativeGroup, ReportTarget } from './models/initiative.model';

export function toInitiative(e: InitiativeEntity): Initiative {
  return { id: e.id, slug: e.slug, name: e.name, description: e.description, url: e.url };
}

export function toInitiativeGroup(e: InitiativeGroupEntity): InitiativeGroup {
  return { id: e.id, name: e.name, description: e.description, initiativeId: e.initiativeId };
}

export function toReportTarget(e: ReportTargetEntity): ReportTarget {
  return {
    id: e.id,
    name: e.name,
    description: e.description,
    url: e.url,
    dueDate: e.dueDate,
    initiativeId: e.initiativeId,
  };
}

/**
 * Related initiatives, their groups, the CoP groups and people linked to them, and the report
 * targets. Every MEMBER reads them (nothing here is secret within the community); the OFFICE
 * keeps them. Days are counted in UTC (DESIGN rule 8: UTC inside): the community has no zone of
 * its own, and a due date is a calendar date, not an instant.
 */
@Injectable()
export class InitiativesService {
  constructor(
    private readonly repository: InitiativesRepository,
    private readonly people: PeopleService,
    private readonly peopleRepository: PeopleRepository,
    private readonly workingGroups: WorkingGroupsService,
    private readonly clock: Clock,
  ) {}

  // ------------------------------------------------------------------ reading

  /** For Report.target's DataLoader. Targets are not secret: every member may read them. */
  async targetsByIds(ids: readonly string[]): Promise<ReportTarget[]> {
    return (await this.repository.targetsByIds(ids.filter(isUuid))).map(toReportTarget);
  }

  /**
   * Targets due from `from` to `to` (YYYY-MM-DD, both days included), by due date: the digests'
   * "targets due soon". BAD_USER_INPUT naming `from` or `to` when one is not a date.
   */
  async targetsDueBetween(from: string, to: string): Promise<ReportTarget[]> {
    const problems = new InputProblems();
    const start = isoDateOf(from);
    const end = isoDateOf(to);
    problems.check(start !== null, 'from', 'must be a date (YYYY-MM-DD)');
    problems.check(end !== null, 'to', 'must be a date (YYYY-MM-DD)');
    problems.throwIfAny();
    return (await this.repository.targetsDue(start, end)).map(toReportTarget);
  }

  async list(): Promise<Initiative[]> {
    return (await this.repository.allInitiatives()).map(toInitiative);
  }

  async bySlug(slug: string): Promise<Initiative | null> {
    if (slug.length > 63) return null;
    const found = await this.repository.initiativeBySlug(slug.trim().toLowerCase());
    return found ? toInitiative(found) : null;
  }

  /** Every target (by due date), or those due from today to `dueWithinDays` days ahead. */
  async reportTargets(dueWithinDays: number | null | undefined): Promise<ReportTarget[]> {
    if (dueWithinDays === null || dueWithinDays === undefined)
      return (await this.repository.targetsDue(null, null)).map(toReportTarget);
    if (dueWithinDays < 0 || dueWithinDays > DUE_WITHIN_MAX_DAYS)
      throw BadUserInputError.field('dueWithinDays', `must be 0 to ${DUE_WITHIN_MAX_DAYS}`);
    const today = this.today();
    return (await this.repository.targetsDue(today, addDays(today, dueWithinDays))).map(toReportTarget);
  }

  /** Whole days from today (UTC) to the due date; negative once it has passed. */
  daysLeft(target: ReportTarget): number {
    return daysBetween(this.today(), target.dueDate);
  }

  // ------------------------------------------------ relations (DataLoaders)

  async initiative(req: object, id: string): Promise<Initiative | null> {
    const found = await requestLoader<string, InitiativeEntity | null>(req, 'initiatives.byId', async (ids) =>
      byKeys(ids, await this.repository.initiativesByIds(ids), (i) => i.id),
    ).load(id);
    return found ? toInitiative(found) : null;
  }

  async groups(req: object, initiativeId: string): Promise<InitiativeGroup[]> {
    const rows = await requestLoader<string, InitiativeGroupEntity[]>(
      req,
      'initiatives.groupsOf',
      async (ids) =>
        groupedByKeys(ids, await this.repository.groupsOfInitiatives(ids), (g) => g.initiativeId),
    ).load(initiativeId);
    return rows.map(toInitiativeGroup);
  }

  async targets(req: object, initiativeId: string): Promise<ReportTarget[]> {
    const rows = await requestLoader<string, ReportTargetEntity[]>(
      req,
      'initiatives.targetsOf',
      async (ids) =>
        groupedByKeys(ids, await this.repository.targetsOfInitiatives(ids), (t) => t.initiativeId ?? ''),
    ).load(initiativeId);
    return rows.map(toReportTarget);
  }

  async linkedWorkingGroups(req: object, groupId: string): Promise<WorkingGroup[]> {
    const ids = await requestLoader<string, string[]>(req, 'initiatives.linksOf', async (keys) =>
      groupedByKeys(
        keys,
        await this.repository.linksOfGroups(keys),
        (l) => l.initiativeGroupId,
        (l) => l.workingGroupId,
      ),
    ).load(groupId);
    const groups = await Promise.all(ids.map((id) => this.workingGroups.load(req, id)));
    return groups.filter((g) => g !== null);
  }

  async members(scope: Scope, groupId: string): Promise<Person[]> {
    const ids = await requestLoader<string, string[]>(scope.loaders, 'initiatives.membersOf', async (keys) =>
      byPerson(keys, await this.repository.membersOfGroups(keys)),
    ).load(groupId);
    return this.loadPeople(scope, ids, 'initiatives.memberPeople');
  }

  async peopleInBoth(scope: Scope, groupId: string): Promise<Person[]> {
    const ids = await requestLoader<string, string[]>(
      scope.loaders,
      'initiatives.peopleInBothOf',
      async (keys) => byPerson(keys, await this.repository.peopleInBothOfGroups(keys)),
    ).load(groupId);
    return this.loadPeople(scope, ids, 'initiatives.bothPeople');
  }

  /** WorkingGroup.initiativeGroups: for members; others (the field sits on a public type) get none. */
  async groupsOfWorkingGroup(scope: Scope, workingGroupId: string) {
    if (!isMember(scope.viewer)) return [];
    const ids = await requestLoader<string, string[]>(
      scope.loaders,
      'initiatives.groupsOfWorkingGroup',
      async (keys) =>
        groupedByKeys(
          keys,
          await this.repository.linksOfWorkingGroups(keys),
          (l) => l.workingGroupId,
          (l) => l.initiativeGroupId,
        ),
    ).load(workingGroupId);
    const loader = this.groupLoader(scope.loaders);
    const groups = await Promise.all(ids.map((id) => loader.load(id)));
    return groups.filter((g) => g !== null).map(toInitiativeGroup);
  }

  // ----------------------------------------------------------------- writing

  async createInitiative(viewer: Viewer, input: InitiativeInput): Promise<Initiative> {
    assertOffice(viewer);
    const fields = await this.checkInitiative(input, null);
    return toInitiative(await this.repository.insertInitiative(fields, this.clock.now()));
  }

  async updateInitiative(viewer: Viewer, id: string, input: InitiativeInput): Promise<Initiative> {
    assertOffice(viewer);
    const current = await this.lockInitiativeOrThrow(id);
    const fields = await this.checkInitiative(input, current.id);
    return toInitiative(await this.repository.updateInitiative(current.id, fields, this.clock.now()));
  }

  async addGroup(
    viewer: Viewer,
    initiativeId: string,
    input: InitiativeGroupInput,
  ): Promise<InitiativeGroup> {
    assertOffice(viewer);
    const initiative = await this.lockInitiativeOrThrow(initiativeId);
    const fields = await this.checkGroup(input, initiative.id, null);
    const created = await this.repository.insertGroup(initiative.id, fields);
    await this.repository.touchInitiative(initiative.id, this.clock.now());
    return toInitiativeGroup(created);
  }

  async updateGroup(viewer: Viewer, id: string, input: InitiativeGroupInput): Promise<InitiativeGroup> {
    assertOffice(viewer);
    const group = await this.lockGroupOrThrow(id);
    const fields = await this.checkGroup(input, group.initiativeId, group.id);
    return toInitiativeGroup(await this.repository.updateGroup(group.id, fields));
  }

  /** Removes the group with its links and marks; answers the initiative. */
  async removeGroup(viewer: Viewer, id: string): Promise<Initiative> {
    assertOffice(viewer);
    const group = await this.lockGroupOrThrow(id);
    await this.repository.deleteGroup(group.id);
    await this.repository.touchInitiative(group.initiativeId, this.clock.now());
    return toInitiative((await this.repository.initiativesByIds([group.initiativeId]))[0]);
  }

  /** Idempotent: linking a linked group changes nothing. */
  async link(viewer: Viewer, groupId: string, workingGroupId: string): Promise<InitiativeGroup> {
    assertOffice(viewer);
    const group = await this.lockGroupOrThrow(groupId);
    if (!isUuid(workingGroupId) || !(await this.repository.workingGroupExists(workingGroupId)))
      throw BadUserInputError.field('workingGroupId', `no working group has the id "${workingGroupId}"`);
    await this.repository.link(group.id, workingGroupId, viewer.personId, this.clock.now());
    return toInitiativeGroup(group);
  }

  async unlink(viewer: Viewer, groupId: string, workingGroupId: string): Promise<InitiativeGroup> {
    assertOffice(viewer);
    const group = await this.lockGroupOrThrow(groupId);
    if (!isUuid(workingGroupId))
      throw BadUserInputError.field('workingGroupId', `no working group has the id "${workingGroupId}"`);
    await this.repository.unlink(group.id, workingGroupId);
    return toInitiativeGroup(group);
  }

  /** Marks a member of the community (MEMBER or OFFICE) as sitting in the group. Idempotent. */
  async mark(viewer: Viewer, groupId: string, personId: string): Promise<InitiativeGroup> {
    assertOffice(viewer);
    const group = await this.lockGroupOrThrow(groupId);
    const role = isUuid(personId) ? await this.repository.roleOfPerson(personId) : null;
    if (role === null) throw BadUserInputError.field('personId', `no person has the id "${personId}"`);
    if (role !== 'MEMBER' && role !== 'OFFICE')
      throw BadUserInputError.field('personId', 'must be a member of the community (a guest is not yet)');
    await this.repository.mark(group.id, personId, viewer.personId, this.clock.now());
    return toInitiativeGroup(group);
  }

  async unmark(viewer: Viewer, groupId: string, personId: string): Promise<InitiativeGroup> {
    assertOffice(viewer);
    const group = await this.lockGroupOrThrow(groupId);
    if (!isUuid(personId)) throw BadUserInputError.field('personId', `no person has the id "${personId}"`);
    await this.repository.unmark(group.id, personId);
    return toInitiativeGroup(group);
  }

  async createTarget(viewer: Viewer, input: ReportTargetInput): Promise<ReportTarget> {
    assertOffice(viewer);
    const fields = await this.checkTarget(input);
    return toReportTarget(await this.repository.insertTarget(fields, this.clock.now()));
  }

  async updateTarget(viewer: Viewer, id: string, input: ReportTargetInput): Promise<ReportTarget> {
    assertOffice(viewer);
    const target = isUuid(id) ? await this.repository.lockTarget(id) : null;
    if (!target) throw new NotFoundError('Report target', id);
    const fields = await this.checkTarget(input);
    return toReportTarget(await this.repository.updateTarget(target.id, fields));
  }

  /** Reports aimed at it keep existing, without a target. */
  async removeTarget(viewer: Viewer, id: string): Promise<boolean> {
    assertOffice(viewer);
    const target = isUuid(id) ? await this.repository.lockTarget(id) : null;
    if (!target) throw new NotFoundError('Report target', id);
    await this.repository.deleteTarget(target.id);
    return true;
  }

  // ------------------------------------------------------------------ helpers

  private today(): string {
    return utcDate(this.clock.now());
  }

  private groupLoader(req: object) {
    return requestLoader<string, InitiativeGroupEntity | null>(req, 'initiatives.groupById', async (ids) =>
      byKeys(ids, await this.repository.groupsByIds(ids), (g) => g.id),
    );
  }

  private async loadPeople(
    scope: Scope,
    ids: string[],
    name: 'initiatives.memberPeople' | 'initiatives.bothPeople',
  ): Promise<Person[]> {
    // A loader per list, so the two lists never share (or not) a batch by timing: the request's
    // query count stays the same from run to run.
    const loader = requestLoader<string, PersonEntity | null>(scope.loaders, name, async (keys) =>
      byKeys(keys, await this.peopleRepository.findByIds(keys), (p) => p.id),
    );
    const people = await Promise.all(ids.map((id) => loader.load(id)));
    return people.filter((p) => p !== null).map((p) => this.people.toModel(p, scope.viewer));
  }

  private async lockInitiativeOrThrow(id: string): Promise<InitiativeEntity> {
    const found = isUuid(id) ? await this.repository.lockInitiative(id) : null;
    if (!found) throw new NotFoundError('Initiative', id);
    return found;
  }

  private async lockGroupOrThrow(id: string): Promise<InitiativeGroupEntity> {
    const found = isUuid(id) ? await this.repository.lockGroup(id) : null;
    if (!found) throw new NotFoundError('Initiative group', id);
    return found;
  }

  private async checkInitiative(input: InitiativeInput, exceptId: string | null): Promise<InitiativeFields> {
    const problems = new InputProblems();
    const fields: InitiativeFields = {
      slug: checkSlug(input.slug, 'input.slug', problems),
      name: checkName(input.name, 'input.name', problems),
      description: checkDescription(input.description, 'input.description', problems),
      url: checkUrl(input.url, 'input.url', problems),
    };
    if (problems.empty && (await this.repository.slugTaken(fields.slug, exceptId)))
      problems.add('input.slug', `another initiative has the slug "${fields.slug}"`);
    problems.throwIfAny();
    return fields;
  }

  private async checkGroup(
    input: InitiativeGroupInput,
    initiativeId: string,
    exceptId: string | null,
  ): Promise<{ name: string; description: string | null }> {
    const problems = new InputProblems();
    const fields = {
      name: checkName(input.name, 'input.name', problems),
      description: checkDescription(input.description, 'input.description', problems),
    };
    if (problems.empty && (await this.repository.groupNameTaken(initiativeId, fields.name, exceptId)))
      problems.add('input.name', `the initiative already has a group named "${fields.name}"`);
    problems.throwIfAny();
    return fields;
  }

  private async checkTarget(input: ReportTargetInput): Promise<ReportTargetFields> {
    const problems = new InputProblems();
    const dueDate = isoDateOf(input.dueDate);
    problems.check(dueDate !== null, 'input.dueDate', 'must be a date (YYYY-MM-DD)');
    const initiativeId = checkOptionalId(input.initiativeId, 'input.initiativeId', problems);
    const fields: ReportTargetFields = {
      name: checkName(input.name, 'input.name', problems),
      description: checkDescription(input.description, 'input.description', problems),
      url: checkUrl(input.url, 'input.url', problems),
      dueDate: dueDate ?? '',
      initiativeId,
    };
    if (initiativeId && isUuid(initiativeId)) {
      const [found] = await this.repository.initiativesByIds([initiativeId]);
      if (!found) problems.add('input.initiativeId', `no initiative has the id "${initiativeId}"`);
    }
    problems.throwIfAny();
    return fields;
  }
}

function assertOffice(viewer: Viewer): void {
  if (!isOffice(viewer)) throw new ForbiddenError('Only the project office keeps the initiatives.');
}

function byPerson(keys: readonly string[], rows: GroupPersonRow[]): string[][] {
  return groupedByKeys(
    keys,
    rows,
    (r) => r.initiativeGroupId,
    (r) => r.personId,
  );
}
