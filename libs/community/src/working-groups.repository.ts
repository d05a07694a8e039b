import { Injectable } from '@nestjs/common';
import { In, Not } from 'typeorm';
import { Clock, TransactionContext, empty, escapeLike, join, sql, type Sql } from '@cop/platform';
import { TopicEntity } from './topic.entity';
import { WorkingGroupEntity } from './working-group.entity';

export type WorkingGroupFields = Pick<
  WorkingGroupEntity,
  'code' | 'name' | 'description' | 'joinPolicy' | 'seatLimit'
>;

/** What WorkingGroupsRepository.page reads: checked by the service (search trimmed, limit bounded). */
export interface WorkingGroupPageQuery {
  search: string | null;
  /** The id of the previous page's last group. */
  after: string | null;
  limit: number;
}

@Injectable()
export class WorkingGroupsRepository {
  constructor(
    private readonly tx: TransactionContext,
    private readonly clock: Clock,
  ) {}

  private get groups() {
    return this.tx.manager().getRepository(WorkingGroupEntity);
  }

  private get topics() {
    return this.tx.manager().getRepository(TopicEntity);
  }

  /**
   * A page of the list in its order, WG2 before WG10: (length(code), code, id), total because the
   * id ends it. Keyset, never OFFSET: `after` is the id of the previous page's last group, and its
   * sort key is read in the same statement (an unknown id gives an empty page). `search` is
   * matched literally (escapeLike) and case-insensitively on code, name, description and topic
   * names. Groups have no visibility rule: every group is public. A raw read
   * (TransactionContext.columnsOf): the public list is hot.
   */
  page(q: WorkingGroupPageQuery): Promise<WorkingGroupEntity[]> {
    const where: Sql[] = [];
    if (q.search) {
      const s = `%${escapeLike(q.search)}%`;
      where.push(sql`(g.code ILIKE ${s} OR g.name ILIKE ${s} OR g.description ILIKE ${s}
        OR EXISTS (SELECT 1 FROM topics t WHERE t.working_group_id = g.id AND t.name ILIKE ${s}))`);
    }
    if (q.after)
      where.push(sql`(length(g.code), g.code, g.id) >
        (SELECT length(a.code), a.code, a.id FROM working_groups a WHERE a.id = ${q.after}::uuid)`);
    return this.tx.query(
      sql`SELECT ${this.tx.columnsOf(WorkingGroupEntity, 'g')} FROM working_groups g
        ${where.length ? sql`WHERE ${join(where, ' AND ')}` : empty}
        ORDER BY length(g.code), g.code, g.id LIMIT ${q.limit}`,
    );
  }

  findById(id: string): Promise<WorkingGroupEntity | null> {
    return this.groups.findOneBy({ id });
  }

  findByIds(ids: readonly string[]): Promise<WorkingGroupEntity[]> {
    return ids.length ? this.groups.findBy({ id: In([...ids]) }) : Promise.resolve([]);
  }

  findByCode(code: string): Promise<WorkingGroupEntity | null> {
    return this.groups.findOneBy({ code });
  }

  /**
   * Locks the group's row until the transaction ends: every seat change of a group takes this
   * lock before counting seats or chairs, so concurrent joins cannot overfill it.
   */
  async lockById(id: string): Promise<WorkingGroupEntity | null> {
    return this.groups
      .createQueryBuilder('g')
      .setLock('pessimistic_write')
      .where('g.id = :id', { id })
      .getOne();
  }

  async codeTaken(code: string, exceptId: string | null): Promise<boolean> {
    return this.groups.exists({ where: exceptId ? { code, id: Not(exceptId) } : { code } });
  }

  async insert(fields: WorkingGroupFields): Promise<WorkingGroupEntity> {
    return this.groups.save(this.groups.create(fields));
  }

  async update(id: string, fields: Partial<WorkingGroupFields>): Promise<void> {
    await this.groups.update({ id }, { ...fields, updatedAt: this.clock.now() });
  }

  count(): Promise<number> {
    return this.groups.count();
  }

  topicsOfGroups(groupIds: readonly string[]): Promise<TopicEntity[]> {
    if (!groupIds.length) return Promise.resolve([]);
    return this.tx.query(
      sql`SELECT ${this.tx.columnsOf(TopicEntity, 't')} FROM topics t
        WHERE t.working_group_id = ANY(${groupIds}::uuid[]) ORDER BY t.created_at, t.id`,
    );
  }

  topicsByIds(ids: readonly string[]): Promise<TopicEntity[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.tx.query(
      sql`SELECT ${this.tx.columnsOf(TopicEntity, 't')} FROM topics t WHERE t.id = ANY(${ids}::uuid[])`,
    );
  }

  findTopicById(id: string): Promise<TopicEntity | null> {
    return this.topics.findOneBy({ id });
  }

  /** Case-insensitive, as the unique index is. */
  async topicNameTaken(groupId: string, name: string, exceptId: string | null): Promise<boolean> {
    const q = this.topics
      .createQueryBuilder('t')
      .where('t.working_group_id = :groupId AND lower(t.name) = lower(:name)', { groupId, name });
    if (exceptId) q.andWhere('t.id <> :exceptId', { exceptId });
    return (await q.getCount()) > 0;
  }

  insertTopic(fields: Pick<TopicEntity, 'workingGroupId' | 'name' | 'description'>): Promise<TopicEntity> {
    return this.topics.save(this.topics.create(fields));
  }

  async updateTopic(id: string, fields: Pick<TopicEntity, 'name' | 'description'>): Promise<void> {
    await this.topics.update({ id }, fields);
  }

  async deleteTopic(id: string): Promise<void> {
    await this.topics.delete({ id });
  }
}
