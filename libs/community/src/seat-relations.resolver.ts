import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import {
  Access,
  CurrentScope,
  type GqlContext,
  PeopleService,
  Person,
  type Scope,
  scopeOf,
  type ViewerRequest,
} from '@cop/identity';
import { NotFoundError } from '@cop/platform';
import { MembershipsService } from './memberships.service';
import { Membership, SeatEvent, Topic, WorkingGroup } from './models/working-group.model';
import { WorkingGroupsService } from './working-groups.service';

/** Membership.person and Membership.workingGroup, through the request's DataLoaders. */
@Resolver(() => Membership)
export class MembershipFieldsResolver {
  constructor(
    private readonly people: PeopleService,
    private readonly groups: WorkingGroupsService,
  ) {}

  @ResolveField(() => Person)
  @Access('ANYONE')
  async person(@Parent() seat: Membership, @CurrentScope() scope: Scope): Promise<Person> {
    const person = await this.people.load(scope.loaders, seat.personId);
    if (!person) throw new NotFoundError('Person', seat.personId);
    return this.people.toModel(person, scope.viewer);
  }

  // graphql-js's (parent, args, context), called directly: a dashboard field (field-access.ts).
  @ResolveField(() => WorkingGroup)
  @Access('ANYONE')
  async workingGroup(seat: Membership, _args: unknown, ctx: GqlContext): Promise<WorkingGroup> {
    const group = await this.groups.load(ctx.req, seat.workingGroupId);
    if (!group) throw new NotFoundError('Working group', seat.workingGroupId);
    return group;
  }
}

/** SeatEvent.person and SeatEvent.actor through the request's person DataLoader. */
@Resolver(() => SeatEvent)
export class SeatEventFieldsResolver {
  constructor(private readonly people: PeopleService) {}

  @ResolveField(() => Person)
  @Access('ANYONE')
  async person(@Parent() event: SeatEvent, @CurrentScope() scope: Scope): Promise<Person> {
    const person = await this.people.load(scope.loaders, event.personId);
    if (!person) throw new NotFoundError('Person', event.personId);
    return this.people.toModel(person, scope.viewer);
  }

  @ResolveField(() => Person, { nullable: true, description: 'Null: the system, or a deleted person.' })
  @Access('ANYONE')
  async actor(@Parent() event: SeatEvent, @CurrentScope() scope: Scope): Promise<Person | null> {
    if (!event.actorId) return null;
    const person = await this.people.load(scope.loaders, event.actorId);
    return person ? this.people.toModel(person, scope.viewer) : null;
  }
}

@Resolver(() => Topic)
export class TopicFieldsResolver {
  constructor(private readonly groups: WorkingGroupsService) {}

  @ResolveField(() => WorkingGroup)
  @Access('ANYONE')
  async workingGroup(@Parent() topic: Topic, @Context('req') req: ViewerRequest): Promise<WorkingGroup> {
    const group = await this.groups.load(req, topic.workingGroupId);
    if (!group) throw new NotFoundError('Working group', topic.workingGroupId);
    return group;
  }
}

/** Person.memberships lives here, beside the seats: what the viewer may see of them. */
@Resolver(() => Person)
export class PersonMembershipsResolver {
  constructor(private readonly seats: MembershipsService) {}

  @ResolveField(() => [Membership])
  @Access('ANYONE')
  memberships(person: Person, _args: unknown, ctx: GqlContext): Promise<Membership[]> {
    return this.seats.ofPerson(scopeOf(ctx.req), person.id);
  }
}
