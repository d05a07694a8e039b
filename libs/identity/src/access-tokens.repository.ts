import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { TransactionContext } from '@cop/platform';
import { AccessTokenEntity } from './access-token.entity';

@Injectable()
export class AccessTokensRepository {
  constructor(private readonly tx: TransactionContext) {}

  private get repo() {
    return this.tx.manager().getRepository(AccessTokenEntity);
  }

  async insert(
    token: Pick<AccessTokenEntity, 'tokenHash' | 'personId' | 'name' | 'expiresAt'>,
  ): Promise<AccessTokenEntity> {
    return this.repo.save(this.repo.create(token));
  }

  /** The token of this hash if live at `now`: not revoked, not expired. */
  findLive(tokenHash: string, now: Date): Promise<AccessTokenEntity | null> {
    return this.repo
      .createQueryBuilder('t')
      .where('t.token_hash = :tokenHash AND t.revoked_at IS NULL', { tokenHash })
      .andWhere('(t.expires_at IS NULL OR t.expires_at > :now)', { now })
      .getOne();
  }

  async touch(id: string, at: Date): Promise<void> {
    await this.repo.update({ id }, { lastUsedAt: at });
  }

  listLiveOf(personId: string): Promise<AccessTokenEntity[]> {
    return this.repo.find({ where: { personId, revokedAt: IsNull() }, order: { createdAt: 'DESC' } });
  }

  /** Revokes the person's own live token; false when there is none by that id. */
  async revokeOwn(personId: string, id: string, at: Date): Promise<boolean> {
    const result = await this.repo.update({ id, personId, revokedAt: IsNull() }, { revokedAt: at });
    return (result.affected ?? 0) > 0;
  }
}
