import { Injectable } from '@nestjs/common';
import type { Repository } from 'typeorm';
import { Clock, TransactionContext, isUuid } from '@cop/platform';
import { LoginAttemptEntity } from './login-attempt.entity';

@Injectable()
export class LoginAttemptsRepository {
  constructor(
    private readonly tx: TransactionContext,
    private readonly clock: Clock,
  ) {}

  private get repo(): Repository<LoginAttemptEntity> {
    return this.tx.manager().getRepository(LoginAttemptEntity);
  }

  async create(
    attempt: Pick<LoginAttemptEntity, 'provider' | 'state' | 'nonce' | 'codeVerifier' | 'returnTo'>,
    ttlSeconds: number,
  ): Promise<LoginAttemptEntity> {
    const result = await this.repo
      .createQueryBuilder()
      .insert()
      .into(LoginAttemptEntity)
      .values({ ...attempt, expiresAt: new Date(this.clock.now().getTime() + Math.floor(ttlSeconds) * 1000) })
      .returning('*')
      .execute();
    return this.repo.create(toEntityFields(result.raw[0] as RawAttempt));
  }

  /**
   * Marks the attempt used and returns it, in one statement so a replayed or concurrent
   * callback finds nothing; null when unknown, of another provider, expired or already used.
   */
  async consume(id: string, provider: string): Promise<LoginAttemptEntity | null> {
    if (!isUuid(id)) return null;
    const now = this.clock.now();
    const result = await this.repo
      .createQueryBuilder()
      .update(LoginAttemptEntity)
      .set({ usedAt: now })
      .where('id = :id AND provider = :provider AND used_at IS NULL AND expires_at > :now', {
        id,
        provider,
        now,
      })
      .returning('*')
      .execute();
    const row = (result.raw as RawAttempt[])[0];
    return row ? this.repo.create(toEntityFields(row)) : null;
  }

  /** Deletes attempts that can no longer be used; returns how many. */
  async purgeExpired(): Promise<number> {
    const result = await this.repo
      .createQueryBuilder()
      .delete()
      .from(LoginAttemptEntity)
      .where('expires_at < :before', { before: new Date(this.clock.now().getTime() - 3600_000) })
      .execute();
    return result.affected ?? 0;
  }
}

interface RawAttempt {
  id: string;
  provider: string;
  state: string;
  nonce: string;
  code_verifier: string;
  return_to: string;
  created_at: Date;
  expires_at: Date;
  used_at: Date | null;
}

function toEntityFields(raw: RawAttempt): LoginAttemptEntity {
  return {
    id: raw.id,
    provider: raw.provider,
    state: raw.state,
    nonce: raw.nonce,
    codeVerifier: raw.code_verifier,
    returnTo: raw.return_to,
    createdAt: raw.created_at,
    expiresAt: raw.expires_at,
    usedAt: raw.used_at,
  };
}
