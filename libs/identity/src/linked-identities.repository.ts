import { Injectable } from '@nestjs/common';
import { Clock, TransactionContext } from '@cop/platform';
import { LinkedIdentityEntity } from './linked-identity.entity';

@Injectable()
export class LinkedIdentitiesRepository {
  constructor(
    private readonly tx: TransactionContext,
    private readonly clock: Clock,
  ) {}

  private get repo() {
    return this.tx.manager().getRepository(LinkedIdentityEntity);
  }

  /** The identity, locked for the sign-in that updates it. */
  async findForUpdate(provider: string, subject: string): Promise<LinkedIdentityEntity | null> {
    return this.repo
      .createQueryBuilder('i')
      .setLock('pessimistic_write')
      .where('i.provider = :provider AND i.subject = :subject', { provider, subject })
      .getOne();
  }

  /** Inserts unless a concurrent sign-in linked it first; returns the row either way. */
  async insertOrGet(identity: Omit<LinkedIdentityEntity, 'id' | 'linkedAt'>): Promise<LinkedIdentityEntity> {
    await this.repo.createQueryBuilder().insert().values(identity).orIgnore().execute();
    return (await this.findForUpdate(identity.provider, identity.subject))!;
  }

  async recordLogin(
    id: string,
    fields: Pick<LinkedIdentityEntity, 'email' | 'emailVerified' | 'entitlements'>,
  ): Promise<void> {
    await this.repo.update({ id }, { ...fields, lastLoginAt: this.clock.now() });
  }

  findByPerson(personId: string): Promise<LinkedIdentityEntity[]> {
    return this.repo.find({ where: { personId }, order: { linkedAt: 'ASC' } });
  }

  /** The identities of these people, for a request's DataLoader (one query per list). */
  findByPeople(personIds: readonly string[]): Promise<LinkedIdentityEntity[]> {
    if (!personIds.length) return Promise.resolve([]);
    return this.repo
      .createQueryBuilder('i')
      .where('i.person_id = ANY(:ids::uuid[])', { ids: personIds })
      .orderBy('i.linked_at', 'ASC')
      .addOrderBy('i.id', 'ASC')
      .getMany();
  }
}
