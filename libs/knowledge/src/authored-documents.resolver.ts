import { Args, Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, Person, scopeOf } from '@cop/identity';
import { Document } from './models/document.model';
import { AuthoredDocumentsService } from './authored-documents.service';

/** Person.authoredDocuments lives with the knowledge base: it depends on people, not the reverse. */
@Resolver(() => Person)
export class PersonAuthoredDocumentsResolver {
  constructor(private readonly service: AuthoredDocumentsService) {}

  @ResolveField(() => [Document], {
    description:
      'Documents this person wrote that the viewer may see, newest updated first; `first` 1 to 100. MEMBER and OFFICE; [] for anyone else.',
  })
  @Access('ANYONE')
  authoredDocuments(
    @Parent() person: Person,
    @Context('req') req: object,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
  ): Promise<Document[]> {
    return this.service.authoredBy(scopeOf(req), person.id, first);
  }
}
