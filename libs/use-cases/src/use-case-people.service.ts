import { Injectable } from '@nestjs/common';
import { byKeys, groupedByKeys, requestLoader } from '@cop/platform';
import { isMember, type Scope } from '@cop/identity';
import type { UseCase } from './models/use-case.model';
import type { UseCaseEntity } from './use-case.entity';
import { UseCasePeopleRepository } from './use-case-people.repository';
import { UseCasesRepository } from './use-cases.repository';
import { toUseCase } from './use-cases.service';

/** The use cases' relations to people (issue 26). */
@Injectable()
export class UseCasePeopleService {
  constructor(
    private readonly people: UseCasePeopleRepository,
    private readonly useCases: UseCasesRepository,
  ) {}

  /**
   * Person.expertOnUseCases: the use cases naming the person an expert, newest updated first.
   * The compendium is for MEMBER and OFFICE (its one rule: every query is @Access('MEMBER')), so
   * anyone else gets []. Two statements per request however many people are listed.
   */
  async expertOn(scope: Scope, personId: string): Promise<UseCase[]> {
    if (!isMember(scope.viewer)) return [];
    const ids = await requestLoader<string, string[]>(scope.loaders, 'useCases.expertOn', async (keys) =>
      groupedByKeys(
        keys,
        await this.people.expertLinksOf(keys),
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
}
