import { Inject, Injectable, Logger } from '@nestjs/common';
import { Clock, STORAGE, TransactionContext, type PersonalDataSubject, type Storage } from '@cop/platform';
import { AccessTokensService, AccountErasureRepository, SessionsService } from '@cop/identity';
import { PersonalDataRegistry } from './personal-data.registry';
import { PrivacyRepository } from './privacy.repository';
import { ERASURE_GRACE_MS } from './privacy.service';

export type ErasureResult = 'erased' | 'blocked' | 'not-due';

/**
 * Erases the people whose grace period has ended (worker side). One person, one transaction:
 * every domain's provider erases its part, identity's last (the person row becomes the "former
 * member" tombstone), and the record is completed; a crash rolls all of it back, and a re-run
 * finds nothing left to do for those already erased (their stamp is gone).
 */
@Injectable()
export class ErasureService {
  private readonly logger = new Logger(ErasureService.name);

  constructor(
    @Inject(STORAGE) private readonly storage: Storage,
    private readonly tx: TransactionContext,
    private readonly clock: Clock,
    private readonly registry: PersonalDataRegistry,
    private readonly requests: PrivacyRepository,
    private readonly erasures: AccountErasureRepository,
    private readonly sessions: SessionsService,
    private readonly tokens: AccessTokensService,
  ) {}

  /** Erases everyone due now (by the platform Clock); returns how many were erased. */
  async eraseDue(): Promise<number> {
    await this.closeCancelledRequests();
    const cutoff = new Date(this.clock.now().getTime() - ERASURE_GRACE_MS);
    let erased = 0;
    for (;;) {
      const due = await this.erasures.due(cutoff, 50);
      if (due.length === 0) break;
      let progressed = false;
      for (const { personId } of due) {
        const result = await this.eraseOne(personId);
        if (result === 'erased') erased++;
        if (result !== 'not-due') progressed = true;
      }
      if (!progressed) break;
    }
    return erased;
  }

  /** Erases one person if their erasure is (still) due; idempotent. */
  async eraseOne(personId: string): Promise<ErasureResult> {
    const cutoff = new Date(this.clock.now().getTime() - ERASURE_GRACE_MS);
    const outcome = await this.tx.run(async (): Promise<{ result: ErasureResult; files: string[] }> => {
      const person = await this.erasures.lockForErasure(personId);
      if (!person?.requestedAt || person.requestedAt > cutoff) return { result: 'not-due', files: [] };
      const subject: PersonalDataSubject = { personId, email: person.email, displayName: person.displayName };
      const now = this.clock.now();
      const record = await this.requests.pendingOf('ERASURE', personId);
      const blockers = [];
      for (const provider of this.registry.all())
        blockers.push(...((await provider.erasureBlockers?.(subject, this.tx)) ?? []));
      if (blockers.length > 0) {
        // Became the last chair or office during the grace period: refused, nothing erased.
        await this.erasures.clear(personId);
        if (record) await this.requests.complete(record.id, 'FAILED', now);
        return { result: 'blocked', files: [] };
      }
      for (const provider of this.registry.inErasureOrder()) await provider.erase(subject, this.tx);
      if (record) await this.requests.complete(record.id, 'DONE', now);
      return { result: 'erased', files: await this.requests.forgetPerson(personId) };
    });
    if (outcome.result === 'erased') {
      for (const key of outcome.files) await this.storage.delete(key);
      this.sessions.cache.forgetPerson(personId);
      this.tokens.cache.forgetPerson(personId);
      // The id only: a log line must not carry what was just erased.
      this.logger.log(`Erased the account of person ${personId}`);
    } else if (outcome.result === 'blocked') {
      this.logger.warn(`Erasure of person ${personId} refused: they became the last chair or office`);
    }
    return outcome.result;
  }

  /** Pending erasure records whose stamp is gone: the person signed in (identity cleared it). */
  private async closeCancelledRequests(): Promise<void> {
    for (const record of await this.requests.pendingErasures(500)) {
      const since = record.personId ? await this.erasures.pendingSince(record.personId) : null;
      if (!since || since.getTime() !== record.requestedAt.getTime())
        await this.requests.complete(record.id, 'CANCELLED', this.clock.now());
    }
  }
}
