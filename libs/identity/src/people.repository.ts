import { Injectable } from '@nestjs/common';
import { Clock, TransactionContext, escapeLike, sql } from '@cop/platform';
import { PersonEntity, PlatformRoleValue, RoleSourceValue } from './person.entity';

export interface PeoplePageQuery {
  search: string | null;
  /** Restricts to these ids (e.g. a working group's members); null: everyone. */
  restrictToIds: string[] | null;
  /** People holding an ACTIVE seat in this working group (seats are public to members). */
  workingGroupId: string | null;
  after: { name: string; id: string } | null;
  limit: number;
}

@Injectable()
export class PeopleRepository {
  constructor(
    private readonly tx: TransactionContext,
    private readonly clock: Clock,
  ) {}

  private get repo() {
    return this.tx.manager().getRepository(PersonEntity);
  }

  findById(id: string): Promise<PersonEntity | null> {
    return this.repo.findOneBy({ id });
  }

  findByIds(ids: readonly string[]): Promise<PersonEntity[]> {
    if (!ids.length) return Promise.resolve([]);
    // Raw (TransactionContext.columnsOf): people are loaded by every list that shows a name.
    return this.tx.query(
      sql`SELECT ${this.tx.columnsOf(PersonEntity, 'p')} FROM people p WHERE p.id = ANY(${ids}::uuid[])`,
    );
  }

  findByEmail(email: string): Promise<PersonEntity | null> {
    return this.repo.findOneBy({ email: email.toLowerCase() });
  }

  async insert(person: Partial<PersonEntity>): Promise<PersonEntity> {
    const saved = await this.repo.save(this.repo.create(person));
    return saved;
  }

  async update(id: string, fields: Partial<PersonEntity>): Promise<void> {
    await this.repo.update({ id }, { ...fields, updatedAt: this.clock.now() });
  }

  /** Locks the office holders' rows so two demotions cannot both pass the last-office check. */
  async lockOfficeHolders(): Promise<string[]> {
    const rows = await this.tx.query<{ id: string }>(
      sql`SELECT id FROM people WHERE role = 'OFFICE' ORDER BY id FOR UPDATE`,
    );
    return rows.map((r) => r.id);
  }

  /** These people, locked for a role change (admitting several at once). */
  async lockByIds(ids: readonly string[]): Promise<PersonEntity[]> {
    if (!ids.length) return [];
    return this.tx.query(
      sql`SELECT ${this.tx.columnsOf(PersonEntity, 'p')} FROM people p WHERE p.id = ANY(${ids}::uuid[]) ORDER BY p.id FOR UPDATE`,
    );
  }

  async setRoles(
    ids: readonly string[],
    role: PlatformRoleValue,
    roleSource: RoleSourceValue,
  ): Promise<void> {
    await this.tx.query(
      sql`UPDATE people SET role = ${role}, role_source = ${roleSource}, updated_at = ${this.clock.now()} WHERE id = ANY(${ids}::uuid[])`,
    );
  }

  findByRole(role: PlatformRoleValue): Promise<PersonEntity[]> {
    return this.repo.find({ where: { role }, order: { joinedAt: 'ASC' } });
  }

  async workingGroupExists(id: string): Promise<boolean> {
    const rows = await this.tx.query(sql`SELECT 1 FROM working_groups WHERE id = ${id}`);
    return rows.length > 0;
  }

  /** A page ordered by name then id, and the total of the whole filtered list. */
  async page(q: PeoplePageQuery): Promise<{ rows: PersonEntity[]; total: number }> {
    const base = this.repo.createQueryBuilder('p');
    if (q.search) {
      base.andWhere(`(p.display_name ILIKE :s OR p.affiliation ILIKE :s)`, {
        s: `%${escapeLike(q.search)}%`,
      });
    }
    if (q.workingGroupId) {
      // Reads the community's seats table directly: identity cannot import the community
      // library (which imports identity), and an ACTIVE seat is visible to every member.
      base.andWhere(
        `p.id IN (SELECT m.person_id FROM memberships m WHERE m.working_group_id = :wg AND m.status = 'ACTIVE')`,
        { wg: q.workingGroupId },
      );
    }
    if (q.restrictToIds)
      base.andWhere('p.id IN (:...ids)', { ids: q.restrictToIds.length ? q.restrictToIds : [null] });
    const total = await base.clone().getCount();
    const pageQuery = base
      .clone()
      .orderBy('lower(p.display_name)', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .limit(q.limit);
    if (q.after) {
      pageQuery.andWhere('(lower(p.display_name), p.id) > (lower(:name), :id)', q.after);
    }
    return { rows: await pageQuery.getMany(), total };
  }
}
