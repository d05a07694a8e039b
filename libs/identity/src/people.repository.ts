import { Injectable } from '@nestjs/common';
import { Clock, TransactionContext, empty, escapeLike, join, sql, type Sql } from '@cop/platform';
import { PersonEntity, PlatformRoleValue, RoleSourceValue } from './person.entity';

export interface PeoplePageQuery {
  search: string | null;
  /** Restricts to these ids (e.g. a working group's members); null: everyone. */
  restrictToIds: string[] | null;
  /** Conditions on the people row `p` from the registered filters (people-filters.ts). */
  conditions: Sql[];
  /** Extra matches of the search, OR'ed with the name and the affiliation. */
  searchMatches: Sql[];
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
    // An erased person's row stays as a "former member" tombstone (issue 26): never listed.
    return this.repo
      .createQueryBuilder('p')
      .where('p.role = :role', { role })
      .andWhere('p.erased_at IS NULL')
      .orderBy('p.joinedAt', 'ASC')
      .getMany();
  }

  /** A page ordered by name then id, and the total of the whole filtered list. */
  async page(q: PeoplePageQuery): Promise<{ rows: PersonEntity[]; total: number }> {
    // Erased people (issue 26) are "former member" tombstones, not people of the directory.
    const where: Sql[] = [sql`p.erased_at IS NULL`, ...q.conditions];
    if (q.search) {
      const s = `%${escapeLike(q.search)}%`;
      where.push(
        sql`(${join([sql`p.display_name ILIKE ${s}`, sql`p.affiliation ILIKE ${s}`, ...q.searchMatches], ' OR ')})`,
      );
    }
    if (q.restrictToIds) where.push(sql`p.id = ANY(${q.restrictToIds}::uuid[])`);
    const filtered = where.length ? sql`WHERE ${join(where, ' AND ')}` : empty;
    const [{ n }] = await this.tx.query<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM people p ${filtered}`,
    );
    const after = q.after
      ? sql`${where.length ? sql`AND` : sql`WHERE`} (lower(p.display_name), p.id) > (lower(${q.after.name}), ${q.after.id}::uuid)`
      : empty;
    const rows = await this.tx.query<PersonEntity>(
      sql`SELECT ${this.tx.columnsOf(PersonEntity, 'p')} FROM people p ${filtered} ${after}
        ORDER BY lower(p.display_name), p.id LIMIT ${q.limit}`,
    );
    return { rows, total: n };
  }
}
