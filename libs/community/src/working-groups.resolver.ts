import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  Access,
  CurrentScope,
  CurrentViewer,
  type GqlContext,
  Person,
  type Scope,
  scopeOf,
  type Viewer,
} from '@cop/identity';
import { WorkingGroupInput } from './inputs/working-group.input';
import { MembershipsService } from './memberships.service';
import {
  GrowthPoint,
  Membership,
  MembershipConnection,
  MembershipRole,
  SeatEventConnection,
  Topic,
  WorkingGroup,
} from './models/working-group.model';
import {
  WORKING_GROUP_LIST_BOUND,
  WORKING_GROUP_PAGE_MAX,
  WorkingGroupsService,
} from './working-groups.service';

/** Working groups, topics and seats: thin, one service call each. */
@Resolver(() => WorkingGroup)
export class WorkingGroupsResolver {
  constructor(
    private readonly groups: WorkingGroupsService,
    private readonly memberships: MembershipsService,
  ) {}

  @Query(() => [WorkingGroup], {
    description: `By code, WG2 before WG10. Without \`first\`, the first ${WORKING_GROUP_LIST_BOUND.toLocaleString('en')} groups; with it, a page: up to \`first\` (1 to ${WORKING_GROUP_PAGE_MAX}) groups after the group whose id is \`after\` (the last of the previous page). A page shorter than \`first\` is the last.`,
  })
  @Access('ANYONE')
  workingGroups(
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', {
      type: () => ID,
      nullable: true,
      description: "The id of the previous page's last group.",
    })
    after: string | null,
    @Args('search', {
      type: () => String,
      nullable: true,
      description:
        'Groups whose code, name, description or a topic name contains it, in any case (trimmed; blank: every group; at most 200 characters).',
    })
    search: string | null,
  ): Promise<WorkingGroup[]> {
    return this.groups.list({ first, after, search });
  }

  @Query(() => WorkingGroup, { nullable: true })
  @Access('ANYONE')
  workingGroup(@Args('code') code: string): Promise<WorkingGroup | null> {
    return this.groups.byCode(code);
  }

  // The list's fields take graphql-js's (parent, args, context): without parameter decorators
  // @nestjs/graphql calls them directly, not through Nest's per-call pipeline (field-access.ts).
  @ResolveField(() => [Topic])
  @Access('ANYONE')
  topics(group: WorkingGroup, _args: unknown, ctx: GqlContext): Promise<Topic[]> {
    return this.groups.topicsOf(ctx.req, group.id);
  }

  @ResolveField(() => [Person])
  @Access('ANYONE')
  chairs(group: WorkingGroup, _args: unknown, ctx: GqlContext): Promise<Person[]> {
    return this.groups.chairsOf(scopeOf(ctx.req), group.id);
  }

  @ResolveField(() => Int)
  @Access('ANYONE')
  memberCount(group: WorkingGroup, _args: unknown, ctx: GqlContext): Promise<number> {
    return this.groups.memberCount(ctx.req, group.id);
  }

  /** Empty for anonymous callers and guests (see WorkingGroupsService.members). */
  @ResolveField(() => MembershipConnection, {
    description: 'MEMBER; ACTIVE memberships, plus PENDING ones for its CHAIR and OFFICE.',
  })
  @Access('ANYONE')
  members(
    @Parent() group: WorkingGroup,
    @CurrentScope() scope: Scope,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<MembershipConnection> {
    return this.groups.members(scope, group.id, first, after);
  }

  @Query(() => [GrowthPoint], {
    description:
      'OFFICE. One point per month, from the first seat event to the current month, replayed from the seat history.',
  })
  @Access('OFFICE')
  communityGrowth(): Promise<GrowthPoint[]> {
    return this.groups.growth();
  }

  @ResolveField(() => SeatEventConnection, {
    description: "OFFICE and the group's CHAIRs (FORBIDDEN for others): its seat events, newest first.",
  })
  @Access('MEMBER')
  seatHistory(
    @Parent() group: WorkingGroup,
    @CurrentViewer() viewer: Viewer,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<SeatEventConnection> {
    return this.groups.seatHistory(viewer, group.id, first, after);
  }

  @ResolveField(() => Membership, { nullable: true })
  @Access('ANYONE')
  viewerMembership(@Parent() group: WorkingGroup, @CurrentScope() scope: Scope): Promise<Membership | null> {
    return this.groups.viewerMembership(scope, group.id);
  }

  @Mutation(() => WorkingGroup)
  @Access('OFFICE')
  createWorkingGroup(@Args('input') input: WorkingGroupInput): Promise<WorkingGroup> {
    return this.groups.create(input);
  }

  @Mutation(() => WorkingGroup, {
    description: 'CHAIR may change name, description and joinPolicy; OFFICE anything.',
  })
  @Access('MEMBER')
  updateWorkingGroup(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: WorkingGroupInput,
  ): Promise<WorkingGroup> {
    return this.groups.update(viewer, id, input);
  }

  @Mutation(() => Topic)
  @Access('MEMBER')
  addTopic(
    @CurrentViewer() viewer: Viewer,
    @Args('workingGroupId', { type: () => ID }) workingGroupId: string,
    @Args('name') name: string,
    @Args('description', { type: () => String, nullable: true }) description: string | null,
  ): Promise<Topic> {
    return this.groups.addTopic(viewer, workingGroupId, name, description);
  }

  @Mutation(() => Topic)
  @Access('MEMBER')
  updateTopic(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('name') name: string,
    @Args('description', { type: () => String, nullable: true }) description: string | null,
  ): Promise<Topic> {
    return this.groups.updateTopic(viewer, id, name, description);
  }

  @Mutation(() => Boolean)
  @Access('MEMBER')
  removeTopic(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.groups.removeTopic(viewer, id);
  }

  @Mutation(() => Membership, {
    description:
      'MEMBER. ACTIVE under OPEN, PENDING under APPROVAL; CONFLICT when already in, or no seat left.',
  })
  @Access('MEMBER')
  joinWorkingGroup(
    @CurrentViewer() viewer: Viewer,
    @Args('workingGroupId', { type: () => ID }) workingGroupId: string,
  ): Promise<Membership> {
    return this.memberships.join(viewer, workingGroupId);
  }

  /** SIGNED_IN: giving up one's own seat needs no role (a demoted member may still hold one). */
  @Mutation(() => Boolean, { description: "CONFLICT for the group's last chair." })
  @Access('SIGNED_IN')
  leaveWorkingGroup(
    @CurrentViewer() viewer: Viewer,
    @Args('workingGroupId', { type: () => ID }) workingGroupId: string,
  ): Promise<boolean> {
    return this.memberships.leave(viewer, workingGroupId);
  }

  @Mutation(() => Membership)
  @Access('MEMBER')
  approveMembership(
    @CurrentViewer() viewer: Viewer,
    @Args('membershipId', { type: () => ID }) membershipId: string,
  ): Promise<Membership> {
    return this.memberships.approve(viewer, membershipId);
  }

  @Mutation(() => Boolean, { description: 'Rejects a pending request or removes a member; CHAIR or OFFICE.' })
  @Access('MEMBER')
  removeMembership(
    @CurrentViewer() viewer: Viewer,
    @Args('membershipId', { type: () => ID }) membershipId: string,
  ): Promise<boolean> {
    return this.memberships.remove(viewer, membershipId);
  }

  @Mutation(() => Membership)
  @Access('MEMBER')
  addMember(
    @CurrentViewer() viewer: Viewer,
    @Args('workingGroupId', { type: () => ID }) workingGroupId: string,
    @Args('personId', { type: () => ID }) personId: string,
    @Args('role', { type: () => MembershipRole, nullable: true, defaultValue: MembershipRole.MEMBER })
    role: MembershipRole,
  ): Promise<Membership> {
    return this.memberships.addMember(viewer, workingGroupId, personId, role ?? MembershipRole.MEMBER);
  }

  @Mutation(() => Membership)
  @Access('OFFICE')
  setMembershipRole(
    @CurrentViewer() viewer: Viewer,
    @Args('membershipId', { type: () => ID }) membershipId: string,
    @Args('role', { type: () => MembershipRole }) role: MembershipRole,
  ): Promise<Membership> {
    return this.memberships.setRole(viewer, membershipId, role);
  }
}
