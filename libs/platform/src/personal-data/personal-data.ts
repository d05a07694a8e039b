import { SetMetadata } from '@nestjs/common';
import type { TransactionContext } from '../database/transaction-context';

/**
 * One's own data (issue 26): each domain says what it holds about a person and how to erase it,
 * in a small provider of its own (libs/<domain>/src/personal-data.ts, listed in its module and
 * marked with @ProvidesPersonalData()). The privacy library finds them all and orchestrates; it
 * never reads another domain's tables itself.
 */

/** The person being exported or erased, read once by the privacy library before it starts. */
export interface PersonalDataSubject {
  personId: string;
  /** Their e-mail address (lower-case) when they have one: mail records and subscriptions use it. */
  email: string | null;
  /** Their display name, so texts that quote it (subjects, presenters) can lose it on erasure. */
  displayName: string;
}

/** A stored file that belongs in the export, under `path` inside the ZIP. */
export interface PersonalDataFile {
  path: string;
  storageKey: string;
}

export interface PersonalDataExport {
  /** JSON-serialisable; only the person's own data (other people by id at most, never by name or address). */
  data: unknown;
  files?: PersonalDataFile[];
}

export interface PersonalDataProvider {
  /** The domain's name; the export's `<name>.json`. Unique. */
  readonly name: string;
  /** Erasure runs providers by ascending order (default 0); identity's goes last, it anonymises the person row. */
  readonly eraseOrder?: number;
  export(subject: PersonalDataSubject, tx: TransactionContext): Promise<PersonalDataExport>;
  /** Runs inside the erasure's one transaction (tx); must be idempotent. */
  erase(subject: PersonalDataSubject, tx: TransactionContext): Promise<void>;
  /** Why this domain cannot lose the person now (the last chair of a group, the last office); [] when it can. */
  erasureBlockers?(subject: PersonalDataSubject, tx: TransactionContext): Promise<ErasureBlockerInfo[]>;
}

export interface ErasureBlockerInfo {
  reason: string;
  workingGroupId?: string;
}

export const PERSONAL_DATA_PROVIDER = 'cop:personal-data-provider';

/** Marks a provider class as a PersonalDataProvider; libs/privacy discovers it. */
export const ProvidesPersonalData = () => SetMetadata(PERSONAL_DATA_PROVIDER, true);

/** What an erased person is called wherever their name was shown. */
export const FORMER_MEMBER = 'former member';
