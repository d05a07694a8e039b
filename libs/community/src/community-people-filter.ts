import { Injectable, type OnModuleInit } from '@nestjs/common';
import { PeopleFilters, type PeopleFilter, type PeopleFilterArgs, type Scope } from '@cop/identity';
import { NotFoundError, byKeys, isUuid, requestLoader, sql, type Sql } from '@cop/platform';
import { membershipVisibleSql, seatScope } from './membership-visibility';
import type { Topic } from './models/working-group.model';
import { WorkingGroupsRepository } from './working-groups.repository';
import { toTopic } from './working-groups.service';

/**
 * people(workingGroupId:): people holding an ACTIVE seat in the group, under the seats'
 * visibility rule (membership-visibility.ts). Registered in identity's directory (people-filters.ts)
 * so identity reads no community table.
 */
@Injectable()
export class WorkingGroupPeopleFilter implements PeopleFilter, OnModuleInit {
  readonly handles = ['workingGroupId'] as const;

  constructor(
    private readonly filters: PeopleFilters,
    private readonly groups: WorkingGroupsRepository,
  ) {}

  onModuleInit(): void {
    this.filters.register(this);
  }

  async conditions(scope: Scope, args: PeopleFilterArgs): Promise<Sql[]> {
    const id = args.workingGroupId;
    if (!id) return [];
    if (!(isUuid(id) && (await this.groups.findById(id)))) throw new NotFoundError('Working group', id);
    return [
      sql`p.id IN (SELECT m.person_id FROM memberships m WHERE m.working_group_id = ${id}::uuid
        AND m.status = 'ACTIVE' AND ${membershipVisibleSql(seatScope(scope.viewer), 'm')})`,
    ];
  }
}

/** Topics by id for other domains' relations (ExpertiseTerm.topic): one statement per list level. */
@Injectable()
export class TopicsLookup {
  constructor(private readonly groups: WorkingGroupsRepository) {}

  async load(scope: Scope, id: string): Promise<Topic | null> {
    const topic = await requestLoader(scope.loaders, 'community.topicById', async (ids: readonly string[]) =>
      byKeys(ids, await this.groups.topicsByIds(ids), (t) => t.id),
    ).load(id);
    return topic ? toTopic(topic) : null;
  }
}
