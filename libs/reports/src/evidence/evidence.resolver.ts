import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  Access,
  CurrentScope,
  CurrentViewer,
  type SignedInScope,
  type Viewer,
  type ViewerRequest,
} from '@cop/identity';
import { Requirement, UseCase } from '@cop/use-cases';
import { Document } from '@cop/knowledge';
import { Meeting } from '@cop/meetings';
import { Recommendation, Report } from '../models/report.model';
import { CoverageService } from './coverage.service';
import { EvidenceCandidatesService } from './evidence-candidates.service';
import { EvidenceService } from './evidence.service';
import { EvidenceInput } from './inputs/evidence.input';
import {
  CoverageItem,
  Evidence,
  EvidenceCandidate,
  EvidenceFigures,
  EvidenceKind,
  ReportCoverage,
} from './models/evidence.model';

/** The evidence picker and the evidence mutations; who may edit is the reports' rule (assertEditor). */
@Resolver(() => Evidence)
export class EvidenceResolver {
  constructor(
    private readonly service: EvidenceService,
    private readonly candidates: EvidenceCandidatesService,
  ) {}

  @Query(() => [EvidenceCandidate], {
    description: "The evidence picker's search, over what the viewer may see.",
  })
  @Access('MEMBER')
  evidenceCandidates(
    @CurrentViewer() viewer: Viewer,
    @Args('query') query: string,
    @Args('kinds', { type: () => [EvidenceKind], nullable: true }) kinds: EvidenceKind[] | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number | null,
  ): Promise<EvidenceCandidate[]> {
    return this.candidates.search(viewer, query, kinds, first);
  }

  @Query(() => EvidenceFigures, { description: 'The live figures of an input, saving nothing.' })
  @Access('MEMBER')
  evidencePreview(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: EvidenceInput,
  ): Promise<EvidenceFigures> {
    return this.service.preview(viewer, input);
  }

  @Mutation(() => Evidence, {
    description: 'Editors: links evidence the editor may see, taking its snapshot.',
  })
  @Access('MEMBER')
  linkEvidence(
    @CurrentScope() scope: SignedInScope,
    @Args('recommendationId', { type: () => ID }) recommendationId: string,
    @Args('input') input: EvidenceInput,
  ): Promise<Evidence> {
    return this.service.link(scope, recommendationId, input);
  }

  @Mutation(() => Recommendation, { description: 'Editors.' })
  @Access('MEMBER')
  unlinkEvidence(
    @CurrentScope() scope: SignedInScope,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Recommendation> {
    return this.service.unlink(scope, id);
  }

  @Mutation(() => Evidence, { description: 'Editors: the snapshot becomes the live figures.' })
  @Access('MEMBER')
  reconfirmEvidence(
    @CurrentScope() scope: SignedInScope,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Evidence> {
    return this.service.reconfirm(scope, id);
  }

  @ResolveField(() => UseCase, { nullable: true })
  @Access('MEMBER')
  useCase(@Parent() e: Evidence, @Context('req') req: ViewerRequest): Promise<UseCase | null> {
    return this.service.useCase(req, e.useCaseId);
  }

  @ResolveField(() => Requirement, { nullable: true })
  @Access('MEMBER')
  requirement(@Parent() e: Evidence, @Context('req') req: ViewerRequest): Promise<Requirement | null> {
    return this.service.requirement(req, e.requirementId);
  }

  @ResolveField(() => Document, { nullable: true })
  @Access('MEMBER')
  document(@Parent() e: Evidence, @CurrentScope() scope: SignedInScope): Promise<Document | null> {
    return this.service.document(scope, e.documentId);
  }

  @ResolveField(() => Meeting, { nullable: true })
  @Access('MEMBER')
  meeting(@Parent() e: Evidence, @CurrentScope() scope: SignedInScope): Promise<Meeting | null> {
    return this.service.meeting(scope, e.meetingId);
  }
}

@Resolver(() => Recommendation)
export class RecommendationEvidenceResolver {
  constructor(private readonly service: EvidenceService) {}

  @ResolveField(() => [Evidence])
  @Access('MEMBER')
  evidence(@Parent() rec: Recommendation, @CurrentScope() scope: SignedInScope): Promise<Evidence[]> {
    return this.service.ofRecommendation(scope, rec.id);
  }
}

@Resolver(() => Report)
export class ReportEvidenceResolver {
  constructor(
    private readonly service: EvidenceService,
    private readonly coverageService: CoverageService,
  ) {}

  @ResolveField(() => ReportCoverage)
  @Access('MEMBER')
  coverage(@Parent() report: Report, @CurrentScope() scope: SignedInScope): Promise<ReportCoverage> {
    return this.coverageService.coverage(scope, report.id);
  }

  @ResolveField(() => Int, { description: 'Evidence whose live figures differ from the snapshot.' })
  @Access('MEMBER')
  changedEvidence(@Parent() report: Report, @CurrentScope() scope: SignedInScope): Promise<number> {
    return this.service.changedCount(scope, report.id);
  }
}

@Resolver(() => CoverageItem)
export class CoverageItemResolver {
  constructor(private readonly service: EvidenceService) {}

  @ResolveField(() => UseCase, { nullable: true })
  @Access('MEMBER')
  useCase(@Parent() item: CoverageItem, @Context('req') req: ViewerRequest): Promise<UseCase | null> {
    return this.service.useCase(req, item.useCaseId);
  }

  @ResolveField(() => Requirement, { nullable: true })
  @Access('MEMBER')
  requirement(@Parent() item: CoverageItem, @Context('req') req: ViewerRequest): Promise<Requirement | null> {
    return this.service.requirement(req, item.requirementId);
  }
}
