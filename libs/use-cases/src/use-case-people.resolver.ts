import { ResolveField, Resolver } from '@nestjs/graphql';
import { Access, Person, scopeOf, type GqlContext } from '@cop/identity';
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
