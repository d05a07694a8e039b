import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  Access,
  CurrentScope,
  CurrentViewer,
  Person,
  ScientificDomain,
  type Scope,
  type Viewer,
  type ViewerRequest,
} from '@cop/identity';
import { ListArgs } from '@cop/platform';
import { WorkingGroup } from '@cop/community';
import { RequirementInput, UseCaseInput } from './inputs/use-case.input';
import {
  Requirement,
  RequirementCategory,
  RequirementContribution,
  RequirementTotal,
  UseCase,
  UseCaseConnection,
  UseCasePart,
  UseCaseStatus,
} from './models/use-case.model';
import { UseCasesService } from './use-cases.service';

/** The compendium is for members; editing rules beyond MEMBER live in the service. */
@Resolver(() => UseCase)
export class UseCasesResolver {
  constructor(private readonly service: UseCasesService) {}

  @Query(() => UseCaseConnection)
  @Access('MEMBER')
  useCases(
    @Args('status', { type: () => UseCaseStatus, nullable: true }) status: UseCaseStatus | null,
    @Args('domain', { type: () => ScientificDomain, nullable: true }) domain: ScientificDomain | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<UseCaseConnection> {
    return this.service.page({ status, domain, first, after });
  }

  @Query(() => UseCase, { nullable: true })
  @Access('MEMBER')
  useCase(@Args('id', { type: () => ID }) id: string): Promise<UseCase | null> {
    return this.service.byId(id);
  }

  @Query(() => [RequirementTotal])
  @Access('MEMBER')
  requirementTotals(
    @Args('year', { type: () => Int, nullable: true }) year: number | null,
    @Args('category', { type: () => RequirementCategory, nullable: true })
    category: RequirementCategory | null,
  ): Promise<RequirementTotal[]> {
    return this.service.totals(year, category);
  }

  @Mutation(() => UseCase)
  @Access('MEMBER')
  proposeUseCase(@CurrentViewer() viewer: Viewer, @Args('input') input: UseCaseInput): Promise<UseCase> {
    return this.service.propose(viewer, input);
  }

  @Mutation(() => UseCase)
  @Access('MEMBER')
  updateUseCase(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UseCaseInput,
  ): Promise<UseCase> {
    return this.service.update(viewer, id, input);
  }

  @Mutation(() => UseCase)
  @Access('OFFICE')
  setUseCaseStatus(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('status', { type: () => UseCaseStatus }) status: UseCaseStatus,
  ): Promise<UseCase> {
    return this.service.setStatus(viewer, id, status);
  }

  @Mutation(() => UseCase, { description: 'Replaces the list; creator, experts or OFFICE.' })
  @Access('MEMBER')
  setUseCaseRequirements(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @ListArgs('requirements', RequirementInput) requirements: RequirementInput[],
  ): Promise<UseCase> {
    return this.service.setRequirements(viewer, id, requirements);
  }

  @ResolveField(() => [WorkingGroup])
  @Access('MEMBER')
  workingGroups(@Parent() useCase: UseCase, @Context('req') req: ViewerRequest): Promise<WorkingGroup[]> {
    return this.service.workingGroups(req, useCase.id);
  }

  @ResolveField(() => [Person])
  @Access('MEMBER')
  experts(@Parent() useCase: UseCase, @CurrentScope() scope: Scope): Promise<Person[]> {
    return this.service.experts(scope, useCase.id);
  }

  @ResolveField(() => [Requirement])
  @Access('MEMBER')
  requirements(@Parent() useCase: UseCase, @Context('req') req: ViewerRequest): Promise<Requirement[]> {
    return this.service.requirements(req, useCase.id);
  }

  @ResolveField(() => [UseCasePart], {
    description: 'The eight template parts in the template order, with their sanitized HTML.',
  })
  @Access('MEMBER')
  parts(@Parent() useCase: UseCase): UseCasePart[] {
    return this.service.parts(useCase);
  }

  @ResolveField(() => Boolean, {
    description: 'Whether the viewer may updateUseCase / setUseCaseRequirements: creator, experts or OFFICE.',
  })
  @Access('MEMBER')
  viewerCanEdit(@Parent() useCase: UseCase, @CurrentScope() scope: Scope): Promise<boolean> {
    return this.service.viewerMayEdit(scope, useCase);
  }

  @ResolveField(() => Person)
  @Access('MEMBER')
  createdBy(@Parent() useCase: UseCase, @CurrentScope() scope: Scope): Promise<Person> {
    return this.service.createdBy(scope, useCase);
  }
}

/** The use cases behind a total, so the totals page links back to them. */
@Resolver(() => RequirementTotal)
export class RequirementTotalsResolver {
  constructor(private readonly service: UseCasesService) {}

  @ResolveField(() => [RequirementContribution], {
    description: "The contributing use cases, each with its share in the total's unit, largest first.",
  })
  @Access('MEMBER')
  contributions(
    @Parent() total: RequirementTotal,
    @Context('req') req: ViewerRequest,
  ): Promise<RequirementContribution[]> {
    return this.service.contributions(req, total);
  }
}
