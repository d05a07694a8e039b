import { Injectable } from '@nestjs/common';
import { TransactionContext } from '@cop/platform';
import { SessionEntity } from './session.entity';

@Injectable()
export class SessionsRepository {
  constructor(private readonly tx: TransactionContext) {}

  private get repo() {
    return this.tx.manager().getRepository(SessionEntity);
  }

  insert(
    session: Pick<
      SessionEntity,
      | 'tokenHash'
      | 'personId'
      | 'provider'
      | 'idToken'
      | 'expiresAt'
      | 'userAgent'
      | 'ip'
      | 'createdAt'
      | 'lastSeenAt'
    >,
  ) {
    return this.repo.insert(session);
  }

  /** The live session of this hash at `now`: not revoked, not expired, not idle too long. */
  findLive(tokenHash: string, now: Date, idleSince: Date): Promise<SessionEntity | null> {
    return this.repo
      .createQueryBuilder('s')
      .where('s.token_hash = :tokenHash', { tokenHash })
      .andWhere('s.revoked_at IS NULL AND s.expires_at > :now AND s.last_seen_at > :idleSince', {
        now,
        idleSince,
      })
      .getOne();
  }

  async touch(id: string, at: Date): Promise<void> {
    await this.repo.update({ id }, { lastSeenAt: at });
  }

  /** Revokes and returns the session of this hash, if it was live. */
  async revoke(tokenHash: string, at: Date): Promise<SessionEntity | null> {
    const session = await this.repo.findOneBy({ tokenHash });
    if (!session || session.revokedAt) return null;
    await this.repo.update({ id: session.id }, { revokedAt: at });
    return session;
  }

  async revokeAllOf(personId: string, at: Date): Promise<void> {
    await this.repo
      .createQueryBuilder()
      .update()
      .set({ revokedAt: at })
      .where('person_id = :personId AND revoked_at IS NULL', { personId })
      .execute();
  }
}
