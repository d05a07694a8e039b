import { Injectable } from '@nestjs/common';
import {
  ProvidesPersonalData,
  type PersonalDataExport,
  type PersonalDataProvider,
  type PersonalDataSubject,
} from '@cop/platform';
import { ExpertiseRepository } from './expertise.repository';

/**
 * Expertise's part of one's own data: the person's entries (kind, label, level, in their order)
 * and their choice of visibility. Erasure removes both; the vocabulary stays (a tag is the
 * community's once created, and names no one).
 */
@Injectable()
@ProvidesPersonalData()
export class ExpertisePersonalData implements PersonalDataProvider {
  readonly name = 'expertise';

  constructor(private readonly repository: ExpertiseRepository) {}

  // The repository runs in the caller's transaction (TransactionContext joins the surrounding one).
  async export({ personId }: PersonalDataSubject): Promise<PersonalDataExport> {
    const [entries, visibility] = await Promise.all([
      this.repository.entriesOf(personId),
      this.repository.visibilityOf(personId),
    ]);
    return {
      data: {
        visibility: visibility ?? 'PRIVATE',
        entries: entries.map((e) => ({ kind: e.kind, label: e.label, level: e.level })),
      },
    };
  }

  async erase({ personId }: PersonalDataSubject): Promise<void> {
    await this.repository.eraseOf(personId);
  }
}
