import { Injectable } from '@nestjs/common';
import { BadUserInputError, byKeys, groupedByKeys, requestLoader } from '@cop/platform';
import { PeopleService, type Scope } from '@cop/identity';
import type { ExpertMatchRow } from '@cop/expertise';
import { reasonsOf, type ExpertSuggestion } from './models/expert-suggestion.model';
import type { UseCase } from './models/use-case.model';
import type { UseCaseEntity } from './use-case.entity';
import { UseCasePeopleRepository } from './use-case-people.repository';
import { UseCasesRepository } from './use-cases.repository';
import { useCaseScope, useCaseVisible } from './use-case-visibility';
import { toUseCase } from './use-cases.service';

/** The longest suggestion list (UseCase.expertSuggestions, presenterSuggestions). */
export const MAX_SUGGESTIONS = 50;

/** `first` of a suggestion list: 1 to MAX_SUGGESTIONS, else BAD_USER_INPUT naming `first`. */
export function suggestionCount(first: number | null | undefined): number {
  const n = first ?? 8;
  if (!Number.isInteger(n) || n < 1 || n > MAX_SUGGESTIONS)
    throw BadUserInputError.field('first', `must be 1 to ${MAX_SUGGESTIONS}`);
  return n;
}

/** Match rows as suggestions, each person as the viewer may see them (one people batch a request). */
export async function toSuggestions(
  people: PeopleService,
  scope: Scope,
  rows: readonly ExpertMatchRow[],
): Promise<ExpertSuggestion[]> {
  const found = await Promise.all(rows.map((r) => people.load(scope.loaders, r.personId)));
  return rows.flatMap((row, i) => {
    const person = found[i];
    return person
      ? [{ person: people.toModel(person, scope.viewer), reasons: reasonsOf(row), score: Number(row.score) }]
      : [];
  });
}

/** The use cases' relations to people (issue 26). */
@Injectable()
export class UseCasePeopleService {
  constructor(
    private readonly repository: UseCasePeopleRepository,
    private readonly useCases: UseCasesRepository,
    private readonly people: PeopleService,
  ) {}

  /**
   * Person.expertOnUseCases: the use cases naming the person an expert that the viewer may see
   * (use-case-visibility.ts: the compendium is MEMBER and OFFICE's, so anyone else gets []),
   * newest updated first. Two statements per request however many people are listed.
   */
  async expertOn(scope: Scope, personId: string): Promise<UseCase[]> {
    const visibleTo = useCaseScope(scope);
    if (!useCaseVisible(visibleTo)) return [];
    const ids = await requestLoader<string, string[]>(scope.loaders, 'useCases.expertOn', async (keys) =>
      groupedByKeys(
        keys,
        await this.repository.expertLinksOf(keys, visibleTo),
        (l) => l.personId,
        (l) => l.useCaseId,
      ),
    ).load(personId);
    const loader = requestLoader<string, UseCaseEntity | null>(
      scope.loaders,
      'useCases.expertOnUseCase',
      async (keys) => byKeys(keys, await this.useCases.findByIds(keys), (u) => u.id),
    );
    const found = await Promise.all(ids.map((id) => loader.load(id)));
    return found.filter((u) => u !== null).map(toUseCase);
  }

  /**
   * UseCase.expertSuggestions (OFFICE, who picks experts; the resolver holds the rule): people
   * whose expertise the office may see matching the use case's domains and title words, not
   * already its experts. One statement for the list, one batch of people for a request.
   */
  async expertSuggestions(scope: Scope, useCase: UseCase, first: number | null): Promise<ExpertSuggestion[]> {
    const limit = suggestionCount(first);
    const rows = await this.repository.expertSuggestions(scope, useCase, limit);
    return toSuggestions(this.people, scope, rows);
  }
}
