import { Args, Context, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import {
  Access,
  CurrentScope,
  CurrentViewer,
  Person,
  type Scope,
  type Viewer,
  type ViewerRequest,
} from '@cop/identity';
import { Recommendation, Report, ReportSection } from '../models/report.model';
import { ReportCommentInput } from './inputs/report-comment.input';
import { ReportComment, ReviewRound } from './models/review.model';
import { ReviewService } from './review.service';

/** Review on a report: its comment threads and review rounds, and the mutations that make them. */
@Resolver(() => Report)
export class ReportReviewResolver {
  constructor(private readonly service: ReviewService) {}

  @Mutation(() => ReportComment, { description: 'Any member who may read the report.' })
  @Access('MEMBER')
  addReportComment(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ReportCommentInput,
  ): Promise<ReportComment> {
    return this.service.addComment(viewer, input);
  }

  @Mutation(() => ReportComment, {
    description: "On a thread's first comment: its author, an editor or OFFICE.",
  })
  @Access('MEMBER')
  resolveReportComment(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ReportComment> {
    return this.service.resolveComment(viewer, id);
  }

  @Mutation(() => ReportComment, {
    description: "On a thread's first comment: its author, an editor or OFFICE.",
  })
  @Access('MEMBER')
  reopenReportComment(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ReportComment> {
    return this.service.reopenComment(viewer, id);
  }

  @Mutation(() => ReviewRound, {
    description: 'Editor or OFFICE: closes the previous round, sets IN_REVIEW and mails each reviewer.',
  })
  @Access('MEMBER')
  openReviewRound(
    @CurrentViewer() viewer: Viewer,
    @Args('reportId', { type: () => ID }) reportId: string,
    @Args('reviewerIds', { type: () => [ID] }) reviewerIds: string[],
    @Args('note', { type: () => String, nullable: true }) note: string | null,
  ): Promise<ReviewRound> {
    return this.service.openRound(viewer, reportId, reviewerIds, note);
  }

  @ResolveField(() => [ReportComment], { description: 'Top-level threads, oldest first.' })
  @Access('MEMBER')
  comments(
    @Parent() report: Report,
    @Args('includeResolved', { type: () => Boolean, nullable: true, defaultValue: true })
    includeResolved: boolean | null,
    @Context('req') req: ViewerRequest,
  ): Promise<ReportComment[]> {
    return this.service.comments(req, report.id, includeResolved !== false);
  }

  @ResolveField(() => Int, { description: 'Threads not resolved.' })
  @Access('MEMBER')
  openComments(@Parent() report: Report, @Context('req') req: ViewerRequest): Promise<number> {
    return this.service.openComments(req, report.id);
  }

  @ResolveField(() => [ReviewRound], { description: 'Oldest first.' })
  @Access('MEMBER')
  reviewRounds(@Parent() report: Report, @Context('req') req: ViewerRequest): Promise<ReviewRound[]> {
    return this.service.rounds(req, report.id);
  }
}

@Resolver(() => ReportComment)
export class ReportCommentResolver {
  constructor(private readonly service: ReviewService) {}

  @ResolveField(() => Person)
  @Access('MEMBER')
  author(@Parent() comment: ReportComment, @CurrentScope() scope: Scope): Promise<Person> {
    return this.service.person(scope, 'author', comment.authorId);
  }

  @ResolveField(() => ReportSection, { nullable: true })
  @Access('MEMBER')
  section(
    @Parent() comment: ReportComment,
    @Context('req') req: ViewerRequest,
  ): Promise<ReportSection | null> {
    return this.service.section(req, comment);
  }

  @ResolveField(() => Recommendation, { nullable: true })
  @Access('MEMBER')
  recommendation(
    @Parent() comment: ReportComment,
    @Context('req') req: ViewerRequest,
  ): Promise<Recommendation | null> {
    return this.service.recommendation(req, comment);
  }

  @ResolveField(() => [ReportComment], { description: "A thread's replies, oldest first (none on a reply)." })
  @Access('MEMBER')
  replies(@Parent() comment: ReportComment, @Context('req') req: ViewerRequest): Promise<ReportComment[]> {
    return this.service.replies(req, comment);
  }

  @ResolveField(() => Person, { nullable: true })
  @Access('MEMBER')
  async resolvedBy(@Parent() comment: ReportComment, @CurrentScope() scope: Scope): Promise<Person | null> {
    return comment.resolvedById ? this.service.person(scope, 'resolvedBy', comment.resolvedById) : null;
  }
}

@Resolver(() => ReviewRound)
export class ReviewRoundResolver {
  constructor(private readonly service: ReviewService) {}

  @ResolveField(() => Person)
  @Access('MEMBER')
  openedBy(@Parent() round: ReviewRound, @CurrentScope() scope: Scope): Promise<Person> {
    return this.service.person(scope, 'openedBy', round.openedById);
  }

  @ResolveField(() => [Person])
  @Access('MEMBER')
  reviewers(@Parent() round: ReviewRound, @CurrentScope() scope: Scope): Promise<Person[]> {
    return this.service.reviewers(scope, round.id);
  }
}
