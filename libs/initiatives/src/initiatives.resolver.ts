import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  Access,
  CurrentScope,
  CurrentViewer,
  Person,
  type Scope,
  type Viewer,
  type ViewerRequest,
} from '@cop/identity';
import { WorkingGroup } from '@cop/community';
import { renderMarkdown } from '@cop/platform';
import { InitiativeGroupInput, InitiativeInput, ReportTargetInput } from './inputs/initiative.input';
import { Initiative, InitiativeGroup, ReportTarget } from './models/initiative.model';
import { InitiativesService } from './initiatives.service';

/** Members read the initiatives; the office keeps them (the service checks OFFICE again). */
@Resolver(() => Initiative)
export class InitiativesResolver {
  constructor(private readonly service: InitiativesService) {}

  @Query(() => [Initiative], { description: 'Every related initiative, by name.' })
  @Access('MEMBER')
  initiatives(): Promise<Initiative[]> {
    return this.service.list();
  }

  @Query(() => Initiative, { nullable: true })
  @Access('MEMBER')
  initiative(@Args('slug') slug: string): Promise<Initiative | null> {
    return this.service.bySlug(slug);
  }

  @Query(() => [ReportTarget], {
    description:
      'Report targets by due date. With dueWithinDays, only those due from today to that many days ahead ' +
      '(past ones left out); days counted in UTC.',
  })
  @Access('MEMBER')
  reportTargets(
    @Args('dueWithinDays', { type: () => Int, nullable: true }) dueWithinDays: number | null,
  ): Promise<ReportTarget[]> {
    return this.service.reportTargets(dueWithinDays);
  }

  @Mutation(() => Initiative, { description: 'OFFICE. BAD_USER_INPUT on input.slug when it is taken.' })
  @Access('OFFICE')
  createInitiative(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: InitiativeInput,
  ): Promise<Initiative> {
    return this.service.createInitiative(viewer, input);
  }

  @Mutation(() => Initiative, { description: 'OFFICE. Replaces every field.' })
  @Access('OFFICE')
  updateInitiative(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: InitiativeInput,
  ): Promise<Initiative> {
    return this.service.updateInitiative(viewer, id, input);
  }

  @Mutation(() => InitiativeGroup, { description: 'OFFICE. Names are unique within the initiative.' })
  @Access('OFFICE')
  addInitiativeGroup(
    @CurrentViewer() viewer: Viewer,
    @Args('initiativeId', { type: () => ID }) initiativeId: string,
    @Args('input') input: InitiativeGroupInput,
  ): Promise<InitiativeGroup> {
    return this.service.addGroup(viewer, initiativeId, input);
  }

  @Mutation(() => InitiativeGroup, { description: 'OFFICE.' })
  @Access('OFFICE')
  updateInitiativeGroup(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: InitiativeGroupInput,
  ): Promise<InitiativeGroup> {
    return this.service.updateGroup(viewer, id, input);
  }

  @Mutation(() => Initiative, {
    description: 'OFFICE. Removes the group with its links and marked people; answers its initiative.',
  })
  @Access('OFFICE')
  removeInitiativeGroup(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Initiative> {
    return this.service.removeGroup(viewer, id);
  }

  @Mutation(() => InitiativeGroup, { description: 'OFFICE. Links a CoP working group; idempotent.' })
  @Access('OFFICE')
  linkInitiativeGroup(
    @CurrentViewer() viewer: Viewer,
    @Args('initiativeGroupId', { type: () => ID }) initiativeGroupId: string,
    @Args('workingGroupId', { type: () => ID }) workingGroupId: string,
  ): Promise<InitiativeGroup> {
    return this.service.link(viewer, initiativeGroupId, workingGroupId);
  }

  @Mutation(() => InitiativeGroup, { description: 'OFFICE. Idempotent.' })
  @Access('OFFICE')
  unlinkInitiativeGroup(
    @CurrentViewer() viewer: Viewer,
    @Args('initiativeGroupId', { type: () => ID }) initiativeGroupId: string,
    @Args('workingGroupId', { type: () => ID }) workingGroupId: string,
  ): Promise<InitiativeGroup> {
    return this.service.unlink(viewer, initiativeGroupId, workingGroupId);
  }

  @Mutation(() => InitiativeGroup, {
    description: 'OFFICE. Marks a member of the community as sitting in the group; idempotent.',
  })
  @Access('OFFICE')
  markInitiativeMember(
    @CurrentViewer() viewer: Viewer,
    @Args('initiativeGroupId', { type: () => ID }) initiativeGroupId: string,
    @Args('personId', { type: () => ID }) personId: string,
  ): Promise<InitiativeGroup> {
    return this.service.mark(viewer, initiativeGroupId, personId);
  }

  @Mutation(() => InitiativeGroup, { description: 'OFFICE. Idempotent.' })
  @Access('OFFICE')
  unmarkInitiativeMember(
    @CurrentViewer() viewer: Viewer,
    @Args('initiativeGroupId', { type: () => ID }) initiativeGroupId: string,
    @Args('personId', { type: () => ID }) personId: string,
  ): Promise<InitiativeGroup> {
    return this.service.unmark(viewer, initiativeGroupId, personId);
  }

  @Mutation(() => ReportTarget, { description: 'OFFICE.' })
  @Access('OFFICE')
  createReportTarget(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ReportTargetInput,
  ): Promise<ReportTarget> {
    return this.service.createTarget(viewer, input);
  }

  @Mutation(() => ReportTarget, { description: 'OFFICE. Replaces every field.' })
  @Access('OFFICE')
  updateReportTarget(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: ReportTargetInput,
  ): Promise<ReportTarget> {
    return this.service.updateTarget(viewer, id, input);
  }

  @Mutation(() => Boolean, { description: 'OFFICE. Reports aimed at it keep existing, without a target.' })
  @Access('OFFICE')
  removeReportTarget(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<boolean> {
    return this.service.removeTarget(viewer, id);
  }

  @ResolveField(() => String, { nullable: true, description: 'The description rendered and sanitized.' })
  @Access('MEMBER')
  descriptionHtml(@Parent() initiative: Initiative): string | null {
    return initiative.description === null ? null : renderMarkdown(initiative.description);
  }

  @ResolveField(() => [InitiativeGroup], { description: 'In the order the office added them.' })
  @Access('MEMBER')
  groups(@Parent() initiative: Initiative, @Context('req') req: ViewerRequest): Promise<InitiativeGroup[]> {
    return this.service.groups(req, initiative.id);
  }

  @ResolveField(() => [ReportTarget], { description: 'By due date, past ones included.' })
  @Access('MEMBER')
  targets(@Parent() initiative: Initiative, @Context('req') req: ViewerRequest): Promise<ReportTarget[]> {
    return this.service.targets(req, initiative.id);
  }
}

@Resolver(() => InitiativeGroup)
export class InitiativeGroupsResolver {
  constructor(private readonly service: InitiativesService) {}

  @ResolveField(() => Initiative)
  @Access('MEMBER')
  async initiative(
    @Parent() group: InitiativeGroup,
    @Context('req') req: ViewerRequest,
  ): Promise<Initiative> {
    return (await this.service.initiative(req, group.initiativeId))!;
  }

  @ResolveField(() => [WorkingGroup], { description: 'The CoP working groups linked to it, by code.' })
  @Access('MEMBER')
  linkedWorkingGroups(
    @Parent() group: InitiativeGroup,
    @Context('req') req: ViewerRequest,
  ): Promise<WorkingGroup[]> {
    return this.service.linkedWorkingGroups(req, group.id);
  }

  @ResolveField(() => [Person], { description: 'The people the office marked as sitting in it, by name.' })
  @Access('MEMBER')
  members(@Parent() group: InitiativeGroup, @CurrentScope() scope: Scope): Promise<Person[]> {
    return this.service.members(scope, group.id);
  }

  @ResolveField(() => [Person], {
    description: 'Marked members who also hold an ACTIVE seat in a linked CoP group, by name.',
  })
  @Access('MEMBER')
  peopleInBoth(@Parent() group: InitiativeGroup, @CurrentScope() scope: Scope): Promise<Person[]> {
    return this.service.peopleInBoth(scope, group.id);
  }
}

@Resolver(() => ReportTarget)
export class ReportTargetsResolver {
  constructor(private readonly service: InitiativesService) {}

  @ResolveField(() => Initiative, { nullable: true })
  @Access('MEMBER')
  initiative(@Parent() target: ReportTarget, @Context('req') req: ViewerRequest): Promise<Initiative | null> {
    return target.initiativeId ? this.service.initiative(req, target.initiativeId) : Promise.resolve(null);
  }

  @ResolveField(() => Int, {
    description: 'Whole days from today to the due date, counted in UTC: 0 on the day, negative once past.',
  })
  @Access('MEMBER')
  daysLeft(@Parent() target: ReportTarget): number {
    return this.service.daysLeft(target);
  }
}

@Resolver(() => WorkingGroup)
export class WorkingGroupInitiativesResolver {
  constructor(private readonly service: InitiativesService) {}

  @ResolveField(() => [InitiativeGroup], {
    description: "The initiatives' groups linked to this one; empty for callers who are not members.",
  })
  @Access('ANYONE')
  initiativeGroups(@Parent() group: WorkingGroup, @CurrentScope() scope: Scope): Promise<InitiativeGroup[]> {
    return this.service.groupsOfWorkingGroup(scope, group.id);
  }
}
