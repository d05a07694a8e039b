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
import { ReportTarget } from '@cop/initiatives';
import {
  Recommendation,
  Report,
  ReportConnection,
  ReportSection,
  ReportStatus,
} from '../models/report.model';
import { RecommendationInput, ReportInput, ReportSectionInput } from './inputs/report.input';
import { ReportWritesService } from './report-writes.service';
import { ReportsService } from './reports.service';

/** Reports are for members; editing rules beyond MEMBER (chairs, named editors, office) live in the services. */
@Resolver(() => Report)
export class ReportsResolver {
  constructor(
    private readonly service: ReportsService,
    private readonly writes: ReportWritesService,
  ) {}

  @Query(() => ReportConnection, { description: 'Newest updated first.' })
  @Access('MEMBER')
  reports(
    @Args('status', { type: () => ReportStatus, nullable: true }) status: ReportStatus | null,
    @Args('workingGroupId', { type: () => ID, nullable: true }) workingGroupId: string | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<ReportConnection> {
    return this.service.page({ status, workingGroupId, first, after });
  }

  @Query(() => Report, { nullable: true })
  @Access('MEMBER')
  report(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Report | null> {
    return this.service.report(viewer, id);
  }

  @Mutation(() => Report, { description: 'A chair of every named working group, or the office.' })
  @Access('MEMBER')
  createReport(@CurrentViewer() viewer: Viewer, @Args('input') input: ReportInput): Promise<Report> {
    return this.writes.create(viewer, input);
  }

  @Mutation(() => Report, { description: 'Editors and the office.' })
  @Access('MEMBER')
  updateReport(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: ReportInput,
  ): Promise<Report> {
    return this.writes.update(viewer, id, input);
  }

  @Mutation(() => Report, {
    description: 'Replaces the named editors (members only); editors and the office.',
  })
  @Access('MEMBER')
  setReportEditors(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('personIds', { type: () => [ID] }) personIds: string[],
  ): Promise<Report> {
    return this.writes.setEditors(viewer, id, personIds);
  }

  @Mutation(() => Report, {
    description: 'DRAFTING and IN_REVIEW either way; PUBLISHED only through publishReport.',
  })
  @Access('MEMBER')
  setReportStatus(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('status', { type: () => ReportStatus }) status: ReportStatus,
  ): Promise<Report> {
    return this.writes.setStatus(viewer, id, status);
  }

  @Mutation(() => ReportSection, { description: 'At position (from 1), or at the end.' })
  @Access('MEMBER')
  addReportSection(
    @CurrentViewer() viewer: Viewer,
    @Args('reportId', { type: () => ID }) reportId: string,
    @Args('input') input: ReportSectionInput,
    @Args('position', { type: () => Int, nullable: true }) position: number | null,
  ): Promise<ReportSection> {
    return this.writes.addSection(viewer, reportId, input, position);
  }

  @Mutation(() => ReportSection, { description: 'CONFLICT when expectedVersion is not the current version.' })
  @Access('MEMBER')
  updateReportSection(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: ReportSectionInput,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
  ): Promise<ReportSection> {
    return this.writes.updateSection(viewer, id, input, expectedVersion);
  }

  @Mutation(() => Report, { description: 'To position (from 1).' })
  @Access('MEMBER')
  moveReportSection(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('position', { type: () => Int }) position: number,
  ): Promise<Report> {
    return this.writes.moveSection(viewer, id, position);
  }

  @Mutation(() => Report)
  @Access('MEMBER')
  removeReportSection(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Report> {
    return this.writes.removeSection(viewer, id);
  }

  @Mutation(() => Recommendation, { description: 'At the end of the section.' })
  @Access('MEMBER')
  addRecommendation(
    @CurrentViewer() viewer: Viewer,
    @Args('sectionId', { type: () => ID }) sectionId: string,
    @Args('input') input: RecommendationInput,
  ): Promise<Recommendation> {
    return this.writes.addRecommendation(viewer, sectionId, input);
  }

  @Mutation(() => Recommendation, {
    description: 'CONFLICT when expectedVersion is not the current version.',
  })
  @Access('MEMBER')
  updateRecommendation(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: RecommendationInput,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
  ): Promise<Recommendation> {
    return this.writes.updateRecommendation(viewer, id, input, expectedVersion);
  }

  @Mutation(() => Report, { description: 'To position (from 1) of a section of the same report.' })
  @Access('MEMBER')
  moveRecommendation(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('sectionId', { type: () => ID }) sectionId: string,
    @Args('position', { type: () => Int }) position: number,
  ): Promise<Report> {
    return this.writes.moveRecommendation(viewer, id, sectionId, position);
  }

  @Mutation(() => ReportSection)
  @Access('MEMBER')
  removeRecommendation(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ReportSection> {
    return this.writes.removeRecommendation(viewer, id);
  }

  // ------------------------------------------------------------ relations

  @ResolveField(() => ReportTarget, { nullable: true })
  @Access('MEMBER')
  target(@Parent() report: Report, @Context('req') req: ViewerRequest): Promise<ReportTarget | null> {
    return this.service.target(req, report);
  }

  @ResolveField(() => [WorkingGroup], { description: 'The owning working groups.' })
  @Access('MEMBER')
  workingGroups(@Parent() report: Report, @Context('req') req: ViewerRequest): Promise<WorkingGroup[]> {
    return this.service.workingGroups(req, report.id);
  }

  @ResolveField(() => [Person], {
    description: 'The chairs of the owning working groups and the named editors, each once.',
  })
  @Access('MEMBER')
  editors(@Parent() report: Report, @CurrentScope() scope: Scope): Promise<Person[]> {
    return this.service.editors(scope, report.id);
  }

  @ResolveField(() => [Person], { description: 'The editors named beyond the chairs.' })
  @Access('MEMBER')
  namedEditors(@Parent() report: Report, @CurrentScope() scope: Scope): Promise<Person[]> {
    return this.service.namedEditors(scope, report.id);
  }

  @ResolveField(() => Boolean, { description: 'An editor of the report, or the office.' })
  @Access('MEMBER')
  viewerCanEdit(@Parent() report: Report, @CurrentScope() scope: Scope): Promise<boolean> {
    return this.service.viewerCanEdit(scope, report.id);
  }

  @ResolveField(() => [ReportSection], { description: 'In order, numbered from 1.' })
  @Access('MEMBER')
  sections(@Parent() report: Report, @Context('req') req: ViewerRequest): Promise<ReportSection[]> {
    return this.service.sections(req, report.id);
  }

  @ResolveField(() => Person)
  @Access('MEMBER')
  async createdBy(@Parent() report: Report, @CurrentScope() scope: Scope): Promise<Person> {
    const person = await this.service.person(scope, report.createdById, 'creators');
    if (!person) throw new Error(`The creator of report ${report.id} is gone.`);
    return person;
  }
}

@Resolver(() => ReportSection)
export class ReportSectionsResolver {
  constructor(private readonly service: ReportsService) {}

  @ResolveField(() => Person, { nullable: true })
  @Access('MEMBER')
  updatedBy(@Parent() section: ReportSection, @CurrentScope() scope: Scope): Promise<Person | null> {
    return this.service.person(scope, section.updatedById, 'sectionUpdaters');
  }

  @ResolveField(() => [Recommendation], { description: "In order, numbered '<section>.<n>'." })
  @Access('MEMBER')
  recommendations(
    @Parent() section: ReportSection,
    @Context('req') req: ViewerRequest,
  ): Promise<Recommendation[]> {
    return this.service.recommendations(req, section);
  }

  @ResolveField(() => Report)
  @Access('MEMBER')
  async report(@Parent() section: ReportSection, @Context('req') req: ViewerRequest): Promise<Report> {
    const report = await this.service.load(req, section.reportId);
    if (!report) throw new Error(`The report of section ${section.id} is gone.`);
    return report;
  }
}

@Resolver(() => Recommendation)
export class RecommendationsResolver {
  constructor(private readonly service: ReportsService) {}

  @ResolveField(() => ReportSection)
  @Access('MEMBER')
  async section(
    @Parent() recommendation: Recommendation,
    @Context('req') req: ViewerRequest,
  ): Promise<ReportSection> {
    const section = await this.service.section(req, recommendation.sectionId);
    if (!section) throw new Error(`The section of recommendation ${recommendation.id} is gone.`);
    return section;
  }
}

/** ReportTarget (of @cop/initiatives) learns its reports here, where reports live. */
@Resolver(() => ReportTarget)
export class ReportTargetReportsResolver {
  constructor(private readonly service: ReportsService) {}

  @ResolveField(() => [Report], { description: 'The reports aimed at this target, newest updated first.' })
  @Access('MEMBER')
  reports(@Parent() target: ReportTarget, @Context('req') req: ViewerRequest): Promise<Report[]> {
    return this.service.reportsOfTarget(req, target.id);
  }
}
