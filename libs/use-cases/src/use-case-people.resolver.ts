import { Args, Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, Person, scopeOf, type GqlContext } from '@cop/identity';
import { ExpertSuggestion } from './models/expert-suggestion.model';
import { UseCase } from './models/use-case.model';
import { UseCasePeopleService } from './use-case-people.service';

/** Person.expertOnUseCases lives with the use cases: they depend on people, not the reverse. */
@Resolver(() => Person)
export class PersonExpertOnUseCasesResolver {
  constructor(private readonly service: UseCasePeopleService) {}

  // graphql-js's (parent, args, context): lists of people call it directly (field-access.ts).
  @ResolveField(() => [UseCase], {
    description:
      'Use cases naming this person an expert, newest updated first. MEMBER and OFFICE (who read the compendium); [] for anyone else.',
  })
  @Access('ANYONE')
  expertOnUseCases(person: Person, _args: unknown, ctx: GqlContext): Promise<UseCase[]> {
    return this.service.expertOn(scopeOf(ctx.req), person.id);
  }
}

/** UseCase.expertSuggestions (issue 26). */
@Resolver(() => UseCase)
export class UseCaseExpertSuggestionsResolver {
  constructor(private readonly service: UseCasePeopleService) {}

  @ResolveField(() => [ExpertSuggestion], {
    description:
      "OFFICE (who picks experts): people whose visible expertise matches the use case's domains and the words of its title, not already its experts, best first; `first` 1 to 50. One SQL statement a list.",
  })
  @Access('OFFICE')
  expertSuggestions(
    @Parent() useCase: UseCase,
    @Context('req') req: object,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 8 }) first: number,
  ): Promise<ExpertSuggestion[]> {
    return this.service.expertSuggestions(scopeOf(req), useCase, first);
  }
}
