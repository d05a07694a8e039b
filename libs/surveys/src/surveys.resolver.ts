import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ListArgs } from '@cop/platform';
import { Access, CurrentViewer, type Viewer, type ViewerRequest } from '@cop/identity';
import { AnswerFilter, AnswerInput, SurveyInput } from './inputs/survey.input';
import { QuestionResult, Survey, SurveyResponse, SurveyResults } from './models/survey.model';
import { SurveysService } from './surveys.service';

@Resolver(() => Survey)
export class SurveysResolver {
  constructor(private readonly surveysService: SurveysService) {}

  @Query(() => [Survey], { description: 'OPEN and CLOSED ones; OFFICE also sees DRAFT.' })
  @Access('ANYONE')
  surveys(@CurrentViewer() viewer: Viewer | null): Promise<Survey[]> {
    return this.surveysService.list(viewer);
  }

  @Query(() => Survey, { nullable: true })
  @Access('ANYONE')
  survey(@CurrentViewer() viewer: Viewer | null, @Args('slug') slug: string): Promise<Survey | null> {
    return this.surveysService.bySlug(viewer, slug);
  }

  @Query(() => SurveyResponse, {
    nullable: true,
    description: "The viewer's own draft or submitted response.",
  })
  @Access('SIGNED_IN')
  viewerSurveyResponse(
    @CurrentViewer() viewer: Viewer,
    @Args('slug') slug: string,
  ): Promise<SurveyResponse | null> {
    return this.surveysService.viewerResponse(viewer, slug);
  }

  @Query(() => SurveyResults, { description: 'OFFICE at any time; MEMBER once the survey is CLOSED.' })
  @Access('SIGNED_IN')
  surveyResults(
    @CurrentViewer() viewer: Viewer,
    @Args('slug') slug: string,
    @ListArgs('where', AnswerFilter, { nullable: true }) where: AnswerFilter[] | null,
  ): Promise<SurveyResults> {
    return this.surveysService.results(viewer, slug, where);
  }

  @ResolveField(() => Int, { description: 'Submitted responses.' })
  @Access('ANYONE')
  responseCount(@Parent() survey: Survey, @Context('req') req: ViewerRequest): Promise<number> {
    return this.surveysService.responseCount(req, survey.id);
  }

  @Mutation(() => Survey, { description: 'OFFICE; DRAFT.' })
  @Access('OFFICE')
  createSurvey(@Args('input') input: SurveyInput): Promise<Survey> {
    return this.surveysService.create(input);
  }

  @Mutation(() => Survey, { description: 'OFFICE; DRAFT only (CONFLICT otherwise).' })
  @Access('OFFICE')
  updateSurvey(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: SurveyInput,
  ): Promise<Survey> {
    return this.surveysService.update(id, input);
  }

  @Mutation(() => Survey)
  @Access('OFFICE')
  openSurvey(@Args('id', { type: () => ID }) id: string): Promise<Survey> {
    return this.surveysService.open(id);
  }

  @Mutation(() => Survey)
  @Access('OFFICE')
  closeSurvey(@Args('id', { type: () => ID }) id: string): Promise<Survey> {
    return this.surveysService.close(id);
  }

  @Mutation(() => SurveyResponse, {
    description: 'SIGNED_IN, or ANYONE for an anonymous survey; one response a person, replaced while OPEN.',
  })
  @Access('ANYONE')
  submitSurveyResponse(
    @CurrentViewer() viewer: Viewer | null,
    @Context('req') req: ViewerRequest,
    @Args('slug') slug: string,
    @ListArgs('answers', AnswerInput) answers: AnswerInput[],
  ): Promise<SurveyResponse> {
    return this.surveysService.submit(viewer, req.ip ?? '', slug, answers);
  }

  @Mutation(() => SurveyResponse, {
    description: 'SIGNED_IN: keeps a partial response to finish later; required questions are not enforced.',
  })
  @Access('SIGNED_IN')
  saveSurveyDraft(
    @CurrentViewer() viewer: Viewer,
    @Args('slug') slug: string,
    @ListArgs('answers', AnswerInput) answers: AnswerInput[],
  ): Promise<SurveyResponse> {
    return this.surveysService.saveDraft(viewer, slug, answers);
  }
}

@Resolver(() => QuestionResult)
export class QuestionResultResolver {
  @ResolveField(() => [String], { description: 'TEXT answers and Other texts, newest first (at most 200).' })
  @Access('ANYONE')
  texts(
    @Parent() result: QuestionResult,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first: number | null,
  ): string[] {
    return result.allTexts.slice(0, Math.max(0, first ?? 50));
  }
}
