import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Visibility } from '@cop/platform';
import {
  Access,
  CurrentScope,
  CurrentViewer,
  Person,
  type Scope,
  type Viewer,
  type ViewerRequest,
} from '@cop/identity';
import { Document } from '@cop/knowledge';
import { Report } from '../models/report.model';
import { ReportPublication } from './models/report-publication.model';
import { PublishingService } from './publishing.service';

/** publishReport and the report's publications; who may publish (an editor or the office) is the service's. */
@Resolver(() => Report)
export class PublishingResolver {
  constructor(private readonly service: PublishingService) {}

  @Mutation(() => Report, {
    description:
      'An editor or the office. The report becomes a knowledge-base document of kind REPORT at this ' +
      'visibility (a new version of the same document on each later publication) and PUBLISHED. ' +
      'Its evidence notes quote only what every reader of that visibility may see.',
  })
  @Access('MEMBER')
  publishReport(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('visibility', { type: () => Visibility }) visibility: Visibility,
  ): Promise<Report> {
    return this.service.publish(viewer, id, visibility);
  }

  @ResolveField(() => [ReportPublication], { description: 'Oldest first.' })
  @Access('MEMBER')
  publications(@Parent() report: Report, @Context('req') req: ViewerRequest): Promise<ReportPublication[]> {
    return this.service.publicationsOf(req, report.id);
  }

  @ResolveField(() => Document, {
    nullable: true,
    description:
      'The published knowledge-base document; null before the first publication or when not visible.',
  })
  @Access('MEMBER')
  document(@Parent() report: Report, @CurrentScope() scope: Scope): Promise<Document | null> {
    return this.service.documentOf(scope, report);
  }
}

@Resolver(() => ReportPublication)
export class ReportPublicationsResolver {
  constructor(private readonly service: PublishingService) {}

  @ResolveField(() => Person)
  @Access('MEMBER')
  async publishedBy(@Parent() publication: ReportPublication, @CurrentScope() scope: Scope): Promise<Person> {
    const person = await this.service.person(scope, publication.publishedById);
    if (!person) throw new Error(`The publisher of report ${publication.reportId} is gone.`);
    return person;
  }
}
