import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import {
  Access,
  CurrentViewer,
  type GqlContext,
  PeopleService,
  Person,
  type Viewer,
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
  async person(
    @Parent() seat: Membership,
    @CurrentViewer() viewer: Viewer | null,
    @Context('req') req: ViewerRequest,
  ): Promise<Person> {
    const person = await this.people.load(req, seat.personId);
    if (!person) throw new NotFoundError('Person', seat.personId);
    return this.people.toModel(person, viewer);
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
  async person(
    @Parent() event: SeatEvent,
    @CurrentViewer() viewer: Viewer | null,
    @Context('req') req: ViewerRequest,
  ): Promise<Person> {
    const person = await this.people.load(req, event.personId);
    if (!person) throw new NotFoundError('Person', event.personId);
    return this.people.toModel(person, viewer);
  }

  @ResolveField(() => Person, { nullable: true, description: 'Null: the system, or a deleted person.' })
  @Access('ANYONE')
  async actor(
    @Parent() event: SeatEvent,
    @CurrentViewer() viewer: Viewer | null,
    @Context('req') req: ViewerRequest,
  ): Promise<Person | null> {
    if (!event.actorId) return null;
    const person = await this.people.load(req, event.actorId);
    return person ? this.people.toModel(person, viewer) : null;
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
    return this.seats.ofPerson(ctx.req, ctx.req.viewer ?? null, person.id);
  }
}
