import { Injectable } from '@nestjs/common';
import {
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  InputProblems,
  NotFoundError,
  byKeys,
  decodeCursor,
  encodeCursor,
  pageSize,
  requestLoader,
  groupedByKeys,
  isUuid,
  Clock,
} from '@cop/platform';
import {
  PeopleRepository,
  PeopleService,
  type Person,
  type PersonEntity,
  type Scope,
  type Viewer,
} from '@cop/identity';
import type { WorkingGroupInput } from './inputs/working-group.input';
import type { MembershipEntity, MembershipEventEntity } from './membership.entity';
import { seatScope } from './membership-visibility';
import { MembershipsRepository, type SeatCursor } from './memberships.repository';
import {
  JoinPolicy,
  type Membership,
  type MembershipConnection,
  MembershipRole,
  MembershipStatus,
  type GrowthPoint,
  type SeatEvent,
  type SeatEventConnection,
  SeatEventKind,
  type Topic,
  type WorkingGroup,
} from './models/working-group.model';
import type { TopicEntity } from './topic.entity';
import type { WorkingGroupEntity } from './working-group.entity';
import { WorkingGroupsRepository } from './working-groups.repository';

export function toWorkingGroup(e: WorkingGroupEntity): WorkingGroup {
  return {
    id: e.id,
    code: e.code,
    name: e.name,
    description: e.description,
    joinPolicy: e.joinPolicy as JoinPolicy,
    seatLimit: e.seatLimit,
  };
}

export function toTopic(e: TopicEntity): Topic {
  return { id: e.id, name: e.name, description: e.description, workingGroupId: e.workingGroupId };
}

export function toMembership(e: MembershipEntity): Membership {
  return {
    id: e.id,
    role: e.role as MembershipRole,
    status: e.status as MembershipStatus,
    requestedAt: e.requestedAt,
    joinedAt: e.joinedAt,
    personId: e.personId,
    workingGroupId: e.workingGroupId,
  };
}

/** The most groups the list answers without `first` (the contract's unpaginated form, bounded). */
export const WORKING_GROUP_LIST_BOUND = 1000;
export const WORKING_GROUP_PAGE_MAX = 100;
const WORKING_GROUP_SEARCH_MAX = 200;

export interface WorkingGroupListArgs {
  first?: number | null;
  /** The id of the previous page's last group. */
  after?: string | null;
  search?: string | null;
}

const TOPIC_NAME_MAX = 200;
const TOPIC_DESCRIPTION_MAX = 2000;

/** Working groups and their topics: reads through per-request DataLoaders, writes by office and chairs. */
@Injectable()
export class WorkingGroupsService {
  constructor(
    private readonly groups: WorkingGroupsRepository,
    private readonly seats: MembershipsRepository,
    private readonly people: PeopleService,
    private readonly peopleRepository: PeopleRepository,
    private readonly clock: Clock,
  ) {}

  /**
   * The list in its order (WG2 before WG10), a page at a time: `first` 1..100 groups after the
   * group `after` names; without `first`, the first WORKING_GROUP_LIST_BOUND. Bad input changes
   * nothing and names its field; one SQL statement a page (a second only when a page after an id
   * comes back empty, to tell the list's end from an unknown id).
   */
  async list(args: WorkingGroupListArgs = {}): Promise<WorkingGroup[]> {
    const { first, after } = args;
    const search = args.search?.trim() || null;
    new InputProblems()
      .check(
        first == null || (Number.isInteger(first) && first >= 1 && first <= WORKING_GROUP_PAGE_MAX),
        'first',
        `must be between 1 and ${WORKING_GROUP_PAGE_MAX}`,
      )
      .check(after == null || isUuid(after), 'after', 'not the id of a working group')
      .check(
        !search || search.length <= WORKING_GROUP_SEARCH_MAX,
        'search',
        `must be at most ${WORKING_GROUP_SEARCH_MAX} characters`,
      )
      .throwIfAny();
    const rows = await this.groups.page({
      search,
      after: after ?? null,
      limit: first ?? WORKING_GROUP_LIST_BOUND,
    });
    if (after && !rows.length && !(await this.groups.findById(after)))
      throw BadUserInputError.field('after', 'not the id of a working group');
    return rows.map(toWorkingGroup);
  }

  async byCode(code: string): Promise<WorkingGroup | null> {
    if (code.length > 20) return null;
    const group = await this.groups.findByCode(code.trim().toUpperCase());
    return group ? toWorkingGroup(group) : null;
  }

  async load(req: object, id: string): Promise<WorkingGroup | null> {
    const group = await this.groupLoader(req).load(id);
    return group ? toWorkingGroup(group) : null;
  }

  /** Groups another statement of this request has read already (a person's seats): no statement for them. */
  prime(req: object, groups: readonly WorkingGroupEntity[]): void {
    const loader = this.groupLoader(req);
    for (const g of groups) loader.prime(g.id, g);
  }

  private groupLoader(req: object) {
    return requestLoader<string, WorkingGroupEntity | null>(req, 'community.groupById', async (ids) =>
      byKeys(ids, await this.groups.findByIds(ids), (g) => g.id),
    );
  }

  async topicsOf(req: object, groupId: string): Promise<Topic[]> {
    const topics = await requestLoader<string, TopicEntity[]>(req, 'community.topicsOfGroup', async (ids) => {
      const rows = await this.groups.topicsOfGroups(ids);
      return groupedByKeys(ids, rows, (t) => t.workingGroupId);
    }).load(groupId);
    return topics.map(toTopic);
  }

  /** Chairs are public (name and affiliation; the e-mail follows Person's own rule). */
  async chairsOf(scope: Scope, groupId: string): Promise<Person[]> {
    const chairs = await requestLoader<string, MembershipEntity[]>(
      scope.loaders,
      'community.chairsOfGroup',
      async (ids) => {
        const rows = await this.seats.activeChairs(ids);
        return groupedByKeys(ids, rows, (m) => m.workingGroupId);
      },
    ).load(groupId);
    // A loader of its own, so chairs never share (or not) a batch with member lists by timing:
    // the request's query count stays the same from run to run.
    const loader = requestLoader<string, PersonEntity | null>(
      scope.loaders,
      'community.chairPeople',
      async (ids) => byKeys(ids, await this.peopleRepository.findByIds(ids), (p) => p.id),
    );
    const people = await Promise.all(chairs.map((c) => loader.load(c.personId)));
    return people.filter((p) => p !== null).map((p) => this.people.toModel(p, scope.viewer));
  }

  memberCount(req: object, groupId: string): Promise<number> {
    return requestLoader<string, number>(req, 'community.memberCount', async (ids) => {
      const counts = await this.seats.activeCounts(ids);
      return ids.map((id) => counts.get(id) ?? 0);
    }).load(groupId);
  }

  /**
   * The seats of a group the viewer may see (membership-visibility.ts). Anonymous callers and
   * guests get an empty connection rather than an error: the field sits inside the public
   * workingGroups list, and an error there would null the whole list.
   */
  async members(
    scope: Scope,
    groupId: string,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<MembershipConnection> {
    const limit = pageSize(first, 50);
    const cursor = parseSeatCursor(after);
    const visible = seatScope(scope.viewer);
    const key = `community.members:${limit}:${after ?? ''}`;
    const [rows, totalCount] = await Promise.all([
      requestLoader<string, MembershipEntity[]>(scope.loaders, key, async (ids) => {
        const found = await this.seats.pageOfGroups(ids, visible, cursor, limit + 1);
        return groupedByKeys(ids, found, (m) => m.workingGroupId);
      }).load(groupId),
      requestLoader<string, number>(scope.loaders, 'community.visibleSeatCount', async (ids) => {
        const counts = await this.seats.visibleCounts(ids, visible);
        return ids.map((id) => counts.get(id) ?? 0);
      }).load(groupId),
    ]);
    const page = rows.slice(0, limit);
    const edges = page.map((m) => ({ cursor: seatCursorOf(m), node: toMembership(m) }));
    return {
      edges,
      totalCount,
      pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
    };
  }

  /** Who joined, asked, left or was removed, and by whom: the office and the group's chairs. */
  async seatHistory(
    viewer: Viewer,
    groupId: string,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<SeatEventConnection> {
    await this.assertChairOrOffice(viewer, groupId);
    const limit = pageSize(first, 20);
    const cursor = parseHistoryCursor(after);
    const [rows, totalCount] = await Promise.all([
      this.seats.historyPage(groupId, cursor, limit + 1),
      this.seats.countHistory(groupId),
    ]);
    const edges = rows.slice(0, limit).map((e) => ({
      cursor: encodeCursor([e.id]),
      node: toSeatEvent(e),
    }));
    return {
      edges,
      totalCount,
      pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
    };
  }

  growth(): Promise<GrowthPoint[]> {
    return this.seats.growth(this.clock.now());
  }

  async viewerMembership(scope: Scope, groupId: string): Promise<Membership | null> {
    const { viewer } = scope;
    if (!viewer) return null;
    const seat = await requestLoader<string, MembershipEntity | null>(
      scope.loaders,
      'community.viewerSeat',
      async (ids) =>
        byKeys(ids, await this.seats.seatsOfPersonIn(viewer.personId, ids), (m) => m.workingGroupId),
    ).load(groupId);
    return seat ? toMembership(seat) : null;
  }

  async create(input: WorkingGroupInput): Promise<WorkingGroup> {
    const problems = new InputProblems();
    problems.check(Boolean(input.code), 'input.code', 'is required');
    problems.check(Boolean(input.name), 'input.name', 'is required');
    problems.throwIfAny();
    const code = input.code!.toUpperCase();
    if (await this.groups.codeTaken(code, null))
      throw new ConflictError(`A working group with code ${code} already exists; choose another code.`);
    const group = await this.groups.insert({
      code,
      name: input.name!.trim(),
      description: input.description?.trim() || null,
      joinPolicy: input.joinPolicy ?? JoinPolicy.OPEN,
      seatLimit: input.seatLimit ?? null,
    });
    return toWorkingGroup(group);
  }

  /** CHAIR: name, description, joinPolicy; OFFICE: anything. */
  async update(viewer: Viewer, id: string, input: WorkingGroupInput): Promise<WorkingGroup> {
    const group = await this.lockGroupOrThrow(id);
    await this.assertChairOrOffice(viewer, group.id);
    const office = viewer.role === 'OFFICE';
    if (!office && input.code !== undefined && input.code?.toUpperCase() !== group.code)
      throw new ForbiddenError('Only the project office may change the code of a working group.');
    if (!office && input.seatLimit !== undefined && input.seatLimit !== group.seatLimit)
      throw new ForbiddenError('Only the project office may change the seat limit of a working group.');
    if (input.code === null) throw BadUserInputError.field('input.code', 'must not be null');
    if (input.name === null) throw BadUserInputError.field('input.name', 'must not be null');
    if (input.joinPolicy === null) throw BadUserInputError.field('input.joinPolicy', 'must not be null');

    const fields: Parameters<WorkingGroupsRepository['update']>[1] = {};
    if (input.code !== undefined && input.code.toUpperCase() !== group.code) {
      const code = input.code.toUpperCase();
      if (await this.groups.codeTaken(code, group.id))
        throw new ConflictError(`A working group with code ${code} already exists; choose another code.`);
      fields.code = code;
    }
    if (input.name !== undefined) fields.name = input.name.trim();
    if (input.description !== undefined) fields.description = input.description?.trim() || null;
    if (input.joinPolicy !== undefined) fields.joinPolicy = input.joinPolicy;
    if (input.seatLimit !== undefined && input.seatLimit !== group.seatLimit) {
      // The group row is locked, so no join can slip in between this count and the update.
      const taken = await this.seats.countActiveSeats(group.id);
      if (input.seatLimit !== null && input.seatLimit < taken)
        throw BadUserInputError.field(
          'input.seatLimit',
          `must be at least ${taken}: ${group.code} has ${taken} active seats; remove members first`,
        );
      fields.seatLimit = input.seatLimit;
    }
    if (Object.keys(fields).length) await this.groups.update(group.id, fields);
    return toWorkingGroup((await this.groups.findById(group.id))!);
  }

  async addTopic(
    viewer: Viewer,
    groupId: string,
    name: string,
    description: string | null | undefined,
  ): Promise<Topic> {
    const group = await this.findGroupOrThrow(groupId);
    await this.assertChairOrOffice(viewer, group.id);
    const fields = checkTopic(name, description);
    if (await this.groups.topicNameTaken(group.id, fields.name, null))
      throw new ConflictError(`${group.code} already has a topic named "${fields.name}".`);
    return toTopic(await this.groups.insertTopic({ workingGroupId: group.id, ...fields }));
  }

  async updateTopic(
    viewer: Viewer,
    id: string,
    name: string,
    description: string | null | undefined,
  ): Promise<Topic> {
    const topic = await this.findTopicOrThrow(id);
    await this.assertChairOrOffice(viewer, topic.workingGroupId);
    const fields = checkTopic(name, description);
    if (await this.groups.topicNameTaken(topic.workingGroupId, fields.name, topic.id))
      throw new ConflictError(`This working group already has a topic named "${fields.name}".`);
    await this.groups.updateTopic(topic.id, fields);
    return toTopic((await this.groups.findTopicById(topic.id))!);
  }

  async removeTopic(viewer: Viewer, id: string): Promise<boolean> {
    const topic = await this.findTopicOrThrow(id);
    await this.assertChairOrOffice(viewer, topic.workingGroupId);
    await this.groups.deleteTopic(topic.id);
    return true;
  }

  /** The CHAIR rule of the contract: an active chair of this group, or the office. */
  async assertChairOrOffice(viewer: Viewer, groupId: string): Promise<void> {
    if (viewer.role === 'OFFICE') return;
    if (await this.seats.isActiveChair(viewer.personId, groupId)) return;
    throw new ForbiddenError('Only a chair of this working group or the project office may do this.');
  }

  async findGroupOrThrow(id: string): Promise<WorkingGroupEntity> {
    const group = isUuid(id) ? await this.groups.findById(id) : null;
    if (!group) throw new NotFoundError('Working group', id);
    return group;
  }

  /** Finds and locks the group row for the rest of the mutation's transaction. */
  async lockGroupOrThrow(id: string): Promise<WorkingGroupEntity> {
    const group = isUuid(id) ? await this.groups.lockById(id) : null;
    if (!group) throw new NotFoundError('Working group', id);
    return group;
  }

  private async findTopicOrThrow(id: string): Promise<TopicEntity> {
    const topic = isUuid(id) ? await this.groups.findTopicById(id) : null;
    if (!topic) throw new NotFoundError('Topic', id);
    return topic;
  }
}

function checkTopic(name: string, description: string | null | undefined) {
  const trimmed = name.trim();
  new InputProblems()
    .check(trimmed.length > 0, 'name', 'must not be blank')
    .check(trimmed.length <= TOPIC_NAME_MAX, 'name', `must be at most ${TOPIC_NAME_MAX} characters`)
    .check(
      (description ?? '').length <= TOPIC_DESCRIPTION_MAX,
      'description',
      `must be at most ${TOPIC_DESCRIPTION_MAX} characters`,
    )
    .throwIfAny();
  return { name: trimmed, description: description?.trim() || null };
}

function toSeatEvent(e: MembershipEventEntity): SeatEvent {
  return {
    id: e.id,
    kind: e.event as SeatEventKind,
    role: e.role as MembershipRole,
    occurredAt: e.occurredAt,
    personId: e.personId,
    actorId: e.actorId,
  };
}

/** The cursor names the last event seen; its own (occurredAt, id) is the sort key. */
function parseHistoryCursor(after: string | null | undefined): string | null {
  const key = decodeCursor(after);
  if (!key) return null;
  const [id] = key;
  if (key.length !== 1 || typeof id !== 'string' || !/^\d{1,18}$/.test(id))
    throw BadUserInputError.field('after', 'not a cursor returned by this API');
  return id;
}

function seatCursorOf(m: MembershipEntity): string {
  return encodeCursor([m.role === 'CHAIR' ? 0 : 1, m.requestedAt.toISOString(), m.id]);
}

function parseSeatCursor(after: string | null | undefined): SeatCursor | null {
  const key = decodeCursor(after);
  if (!key) return null;
  const [chairFirst, requestedAt, id] = key;
  if (
    (chairFirst !== 0 && chairFirst !== 1) ||
    typeof requestedAt !== 'string' ||
    Number.isNaN(Date.parse(requestedAt)) ||
    typeof id !== 'string' ||
    !isUuid(id)
  )
    throw BadUserInputError.field('after', 'not a cursor returned by this API');
  return { chairFirst, requestedAt, id };
}
