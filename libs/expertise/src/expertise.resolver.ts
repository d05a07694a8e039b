import { Args, Context, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Topic } from '@cop/community';
import {
  Access,
  CurrentScope,
  Person,
  scopeOf,
  signedInScopeOf,
  type GqlContext,
  type Scope,
  type ViewerRequest,
} from '@cop/identity';
import { ExpertiseService } from './expertise.service';
import { MyExpertiseInput } from './inputs/expertise.input';
import {
  ExpertiseEntry,
  ExpertiseTerm,
  ExpertiseTermKind,
  ExpertiseVisibility,
} from './models/expertise.model';

/** The vocabulary, one's own expertise and the office's tag upkeep: thin, one service call each. */
@Resolver(() => ExpertiseTerm)
export class ExpertiseResolver {
  constructor(private readonly service: ExpertiseService) {}

  @Query(() => [ExpertiseTerm], {
    description:
      'MEMBER. The expertise vocabulary (merged tags left out): labels starting with the search or with a word starting with it, or sharing a stemmed word; optionally of one kind. Most held first (holders the viewer may see), then by label. first: 1 to 100.',
  })
  @Access('MEMBER')
  expertiseTerms(
    @CurrentScope() scope: Scope,
    @Args('search', { type: () => String, nullable: true }) search: string | null,
    @Args('kind', { type: () => ExpertiseTermKind, nullable: true }) kind: ExpertiseTermKind | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
  ): Promise<ExpertiseTerm[]> {
    return this.service.terms(scope, { search, kind, first });
  }

  @Mutation(() => Person, {
    description:
      "Replaces the viewer's expertise (at most 50 entries, in this order) and sets who sees it. BAD_USER_INPUT names each problem (input.entries.<i>, input.entries.<i>.termId, input.entries.<i>.newTag); nothing changes then.",
  })
  @Access('MEMBER')
  setMyExpertise(
    @Context('req') req: ViewerRequest,
    @Args('input') input: MyExpertiseInput,
  ): Promise<Person> {
    return this.service.setMyExpertise(signedInScopeOf(req), input);
  }

  @Mutation(() => ExpertiseTerm, {
    description:
      "OFFICE. Merges the source TAGs into the target term (any kind): their holders move to it (one entry each, KNOWS wins), and a new tag with a source's label is the target from then on. BAD_USER_INPUT names sourceIds.<i> or targetId.",
  })
  @Access('OFFICE')
  mergeExpertiseTags(
    @CurrentScope() scope: Scope,
    @Args('sourceIds', { type: () => [ID] }) sourceIds: string[],
    @Args('targetId', { type: () => ID }) targetId: string,
  ): Promise<ExpertiseTerm> {
    return this.service.mergeTags(scope, sourceIds, targetId);
  }

  @Mutation(() => ExpertiseTerm, {
    description:
      'OFFICE. Renames a TAG (1 to 60 characters); a label another term has is refused (BAD_USER_INPUT on label: merge instead).',
  })
  @Access('OFFICE')
  renameExpertiseTag(
    @CurrentScope() scope: Scope,
    @Args('id', { type: () => ID }) id: string,
    @Args('label') label: string,
  ): Promise<ExpertiseTerm> {
    return this.service.renameTag(scope, id, label);
  }

  // graphql-js's (parent, args, context), called directly (field-access.ts): lists of terms.
  @ResolveField(() => Topic, { nullable: true, description: 'Kind TOPIC: the working group topic.' })
  @Access('ANYONE')
  topic(term: ExpertiseTerm, _args: unknown, ctx: GqlContext): Promise<Topic | null> {
    return this.service.topicOf(scopeOf(ctx.req), term);
  }

  @ResolveField(() => Int, { description: 'People holding it whose expertise the viewer may see.' })
  @Access('ANYONE')
  peopleCount(term: ExpertiseTerm, _args: unknown, ctx: GqlContext): Promise<number> {
    return this.service.peopleCountOf(scopeOf(ctx.req), term);
  }
}

/** Person.expertise and Person.expertiseVisibility. */
@Resolver(() => Person)
export class PersonExpertiseResolver {
  constructor(private readonly service: ExpertiseService) {}

  @ResolveField(() => [ExpertiseEntry], {
    description:
      "What the person knows or wants to work on, in their order. The person themself always; MEMBERs and OFFICE when the person's expertise is visible to MEMBERS; empty for everyone else.",
  })
  @Access('ANYONE')
  expertise(person: Person, _args: unknown, ctx: GqlContext): Promise<ExpertiseEntry[]> {
    return this.service.expertiseOf(scopeOf(ctx.req), person.id);
  }

  @ResolveField(() => ExpertiseVisibility, {
    nullable: true,
    description:
      'Who sees the expertise (PRIVATE until the person chooses). The person themself only; null for everyone else.',
  })
  @Access('ANYONE')
  expertiseVisibility(person: Person, _args: unknown, ctx: GqlContext): Promise<ExpertiseVisibility | null> {
    return this.service.visibilityOf(scopeOf(ctx.req), person.id);
  }
}
