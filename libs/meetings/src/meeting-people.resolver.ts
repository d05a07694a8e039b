import { Args, Context, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, Person, scopeOf, signedInScopeOf, type GqlContext } from '@cop/identity';
import { ExpertSuggestion } from '@cop/use-cases';
import { AgendaItem, PersonPresentation } from './models/meeting.model';
import { MeetingPeopleService } from './meeting-people.service';

/** AgendaItem.presenterPerson (issue 26). */
@Resolver(() => AgendaItem)
export class AgendaItemPresenterResolver {
  constructor(private readonly service: MeetingPeopleService) {}

  // graphql-js's (parent, args, context): agenda lists call it directly (field-access.ts).
  @ResolveField(() => Person, {
    nullable: true,
    description:
      'The presenter as a person of the platform, when the agenda names one; `presenter` is the name shown.',
  })
  @Access('ANYONE')
  presenterPerson(item: AgendaItem, _args: unknown, ctx: GqlContext): Promise<Person | null> {
    return this.service.presenterPerson(scopeOf(ctx.req), item);
  }
}

/** Person.presentingAt lives with the meetings: they depend on people, not the reverse. */
@Resolver(() => Person)
export class PersonPresentingAtResolver {
  constructor(private readonly service: MeetingPeopleService) {}

  @ResolveField(() => [PersonPresentation], {
    description:
      'Agenda items presented by this person in meetings the viewer may see, newest meeting first; `first` 1 to 100. MEMBER and OFFICE; [] for anyone else.',
  })
  @Access('ANYONE')
  presentingAt(
    @Parent() person: Person,
    @Context('req') req: object,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
  ): Promise<PersonPresentation[]> {
    return this.service.presentingAt(scopeOf(req), person.id, first);
  }
}

/** presenterSuggestions (issue 26): who could present an agenda item, by expertise. */
@Resolver()
export class PresenterSuggestionsResolver {
  constructor(private readonly service: MeetingPeopleService) {}

  @Query(() => [ExpertSuggestion], {
    description:
      "Those who may manage the meeting (chairs of its group, OFFICE): people whose visible expertise matches the topics of the meeting's group and the words of `title`: those matching the title first (by that match), then the best of the rest; `first` 1 to 50. One SQL statement a list.",
  })
  @Access('MEMBER')
  presenterSuggestions(
    @Context('req') req: object,
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @Args('title') title: string,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 8 }) first: number,
  ): Promise<ExpertSuggestion[]> {
    return this.service.presenterSuggestions(signedInScopeOf(req), meetingId, title, first);
  }
}
