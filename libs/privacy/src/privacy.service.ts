import { Injectable } from '@nestjs/common';
import {
  BadUserInputError,
  Clock,
  ConflictError,
  FORMER_MEMBER,
  OutboxService,
  TransactionContext,
  decodeCursor,
  encodeCursor,
  pageSize,
  type PersonalDataSubject,
} from '@cop/platform';
import {
  AccountErasureRepository,
  PeopleRepository,
  PeopleService,
  type SignedInScope,
  type Scope,
} from '@cop/identity';
import { WorkingGroupsService } from '@cop/community';
import {
  AccountErasure,
  DataExport,
  DataRequestKind,
  DataRequestOutcome,
  DataRequestRecordConnection,
  ErasureBlocker,
} from './models/privacy.model';
import { PersonalDataRegistry } from './personal-data.registry';
import { PrivacyRepository, type DataRequestRow } from './privacy.repository';

/** The grace period of an erasure and the life of an export's link. */
export const ERASURE_GRACE_MS = 7 * 24 * 3600 * 1000;
export const EXPORT_LINK_TTL_MS = 7 * 24 * 3600 * 1000;
/** A pending export older than this was given up by the worker: a new request replaces it. */
const STALE_EXPORT_MS = 24 * 3600 * 1000;

/** One's own data (API side): asking for an export or an erasure, and the office's records. */
@Injectable()
export class PrivacyService {
  constructor(
    private readonly tx: TransactionContext,
    private readonly clock: Clock,
    private readonly outbox: OutboxService,
    private readonly requests: PrivacyRepository,
    private readonly erasures: AccountErasureRepository,
    private readonly people: PeopleRepository,
    private readonly peopleService: PeopleService,
    private readonly groups: WorkingGroupsService,
    private readonly registry: PersonalDataRegistry,
  ) {}

  async dataExportsOf(scope: SignedInScope): Promise<DataExport[]> {
    return (await this.requests.exportsOf(scope.personId)).map(toDataExport);
  }

  async accountErasureOf(scope: SignedInScope): Promise<AccountErasure | null> {
    const since = await this.erasures.pendingSince(scope.personId);
    return since ? { requestedAt: since, erasesAt: new Date(since.getTime() + ERASURE_GRACE_MS) } : null;
  }

  async erasureBlockersOf(scope: SignedInScope): Promise<ErasureBlocker[]> {
    const subject = await this.subjectOf(scope.personId);
    return this.blockersOf(subject, scope);
  }

  /** Writes the request and its outbox job in the mutation's transaction; one PENDING at a time. */
  async requestDataExport(scope: SignedInScope): Promise<DataExport> {
    return this.tx.runLocked(`privacy.export:${scope.personId}`, async () => {
      const now = this.clock.now();
      const pending = await this.requests.pendingOf('EXPORT', scope.personId);
      // A job that gave up (its attempts exhausted) must not block the person for ever.
      if (pending && now.getTime() - pending.requestedAt.getTime() > STALE_EXPORT_MS)
        await this.requests.complete(pending.id, 'FAILED', now);
      else if (pending)
        throw new ConflictError(
          'An export of your data is being prepared already; you will be mailed its link.',
        );
      const row = await this.requests.insert('EXPORT', scope.personId, now);
      await this.outbox.enqueue('privacy.export', { requestId: row.id });
      return toDataExport(row);
    });
  }

  async requestAccountErasure(scope: SignedInScope, confirmEmail: string): Promise<AccountErasure> {
    return this.tx.runLocked(`privacy.erasure:${scope.personId}`, async () => {
      const subject = await this.subjectOf(scope.personId);
      const typed = (confirmEmail ?? '').trim().toLowerCase();
      if (!subject.email)
        throw BadUserInputError.field(
          'confirmEmail',
          'Your account has no e-mail address to confirm with; ask the project office to delete it.',
        );
      if (typed !== subject.email)
        throw BadUserInputError.field('confirmEmail', 'Type the e-mail address of your account exactly.');
      const blockers = await this.blockersOf(subject, scope);
      if (blockers.length > 0) throw new ConflictError(blockers.map((b) => b.reason).join(' '));
      const pending = await this.erasures.pendingSince(scope.personId);
      if (pending) return { requestedAt: pending, erasesAt: new Date(pending.getTime() + ERASURE_GRACE_MS) };
      const now = this.clock.now();
      await this.erasures.stamp(scope.personId, now);
      await this.requests.insert('ERASURE', scope.personId, now);
      return { requestedAt: now, erasesAt: new Date(now.getTime() + ERASURE_GRACE_MS) };
    });
  }

  async cancelAccountErasure(scope: SignedInScope): Promise<boolean> {
    return this.tx.runLocked(`privacy.erasure:${scope.personId}`, async () => {
      const cleared = await this.erasures.clear(scope.personId);
      const pending = await this.requests.pendingOf('ERASURE', scope.personId);
      if (pending) await this.requests.complete(pending.id, 'CANCELLED', this.clock.now());
      return cleared || pending !== null;
    });
  }

  async dataRequests(
    scope: Scope,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<DataRequestRecordConnection> {
    const n = pageSize(first, 50);
    const key = decodeCursor(after);
    const cursor =
      key && key.length === 2 && typeof key[0] === 'string' && typeof key[1] === 'string'
        ? ([key[0], key[1]] as [string, string])
        : key
          ? (() => {
              throw BadUserInputError.field('after', 'not a cursor returned by this API');
            })()
          : null;
    const { rows, total } = await this.requests.page(n, cursor);
    const page = rows.slice(0, n);
    // Two statements for the page whatever its length: the people (one loader batch), their states.
    const ids = [...new Set(page.map((r) => r.personId).filter((id): id is string => id !== null))];
    const [people, states] = await Promise.all([
      Promise.all(ids.map((id) => this.peopleService.load(scope.loaders, id))),
      this.erasures.statesOf(ids),
    ]);
    const byId = new Map(ids.map((id, i) => [id, people[i]]));
    const edges = page.map((row) => {
      const person = row.personId ? (byId.get(row.personId) ?? null) : null;
      const state = row.personId ? states.get(row.personId) : undefined;
      const shown = person && state && !state.erased ? person : null;
      return {
        cursor: encodeCursor([row.requestedAt.toISOString(), row.id]),
        node: {
          id: row.id,
          kind: row.kind as DataRequestKind,
          personId: shown ? row.personId : null,
          person: shown ? this.peopleService.toModel(shown, scope.viewer) : null,
          personLabel: shown ? shown.displayName : FORMER_MEMBER,
          requestedAt: row.requestedAt,
          completedAt: row.completedAt,
          outcome: effectiveOutcome(row, state?.requestedAt ?? null) as DataRequestOutcome,
        },
      };
    });
    return {
      edges,
      pageInfo: { hasNextPage: rows.length > n, endCursor: edges.at(-1)?.cursor ?? null },
      totalCount: total,
    };
  }

  private async subjectOf(personId: string): Promise<PersonalDataSubject> {
    const person = await this.people.findById(personId);
    if (!person) throw new ConflictError('Your account is gone.');
    return { personId, email: person.email?.toLowerCase() ?? null, displayName: person.displayName };
  }

  private async blockersOf(subject: PersonalDataSubject, scope: Scope): Promise<ErasureBlocker[]> {
    const out: ErasureBlocker[] = [];
    for (const provider of this.registry.all()) {
      for (const b of (await provider.erasureBlockers?.(subject, this.tx)) ?? []) {
        const group = b.workingGroupId ? await this.groups.load(scope.loaders, b.workingGroupId) : null;
        out.push({ reason: b.reason, workingGroup: group, workingGroupId: b.workingGroupId ?? null });
      }
    }
    return out;
  }
}

export function toDataExport(row: DataRequestRow): DataExport {
  return {
    id: row.id,
    requestedAt: row.requestedAt,
    readyAt: row.readyAt,
    expiresAt: row.expiresAt,
    downloaded: row.downloadedAt !== null,
    outcome: row.outcome as DataRequestOutcome,
  };
}

/** A pending erasure whose stamp is gone (or newer) was cancelled by signing in: identity clears the stamp. */
function effectiveOutcome(row: DataRequestRow, stampedAt: Date | null): string {
  if (row.kind !== 'ERASURE' || row.outcome !== 'PENDING') return row.outcome;
  return stampedAt && stampedAt.getTime() === row.requestedAt.getTime() ? 'PENDING' : 'CANCELLED';
}
