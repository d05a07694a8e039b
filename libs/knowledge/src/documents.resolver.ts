import {
  Args,
  Context,
  ID,
  Info,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { selectsField } from '@cop/platform';
import { Access, CurrentViewer, Person, type Viewer, type ViewerRequest } from '@cop/identity';
import { Topic, WorkingGroup } from '@cop/community';
import { DocumentsService } from './documents.service';
import { DocumentFilter, DocumentInput } from './inputs/document.input';
import {
  Attachment,
  Document,
  DocumentConnection,
  DocumentVersion,
  SearchResult,
} from './models/document.model';

@Resolver(() => Document)
export class DocumentsResolver {
  constructor(private readonly service: DocumentsService) {}

  @Query(() => Document, { nullable: true })
  @Access('ANYONE')
  document(
    @CurrentViewer() viewer: Viewer | null,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Document | null> {
    return this.service.document(viewer, id);
  }

  @Query(() => DocumentConnection)
  @Access('ANYONE')
  documents(
    @CurrentViewer() viewer: Viewer | null,
    @Args('filter', { type: () => DocumentFilter, nullable: true }) filter: DocumentFilter | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<DocumentConnection> {
    return this.service.list(viewer, filter, first, after);
  }

  @Query(() => SearchResult, {
    description: 'Full-text search in title, summary, body and tags, best match first.',
  })
  @Access('ANYONE')
  searchDocuments(
    @CurrentViewer() viewer: Viewer | null,
    @Args('query') query: string,
    @Args('filter', { type: () => DocumentFilter, nullable: true }) filter: DocumentFilter | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
  ): Promise<SearchResult> {
    return this.service.search(viewer, query, filter, first);
  }

  @Mutation(() => Document)
  @Access('MEMBER')
  postDocument(@CurrentViewer() viewer: Viewer, @Args('input') input: DocumentInput): Promise<Document> {
    return this.service.post(viewer, input);
  }

  @Mutation(() => Document)
  @Access('MEMBER')
  updateDocument(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: DocumentInput,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
  ): Promise<Document> {
    return this.service.update(viewer, id, input, expectedVersion);
  }

  @Mutation(() => Boolean)
  @Access('MEMBER')
  deleteDocument(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<boolean> {
    return this.service.delete(viewer, id);
  }

  // Nested fields: reached only through a document the viewer may see.

  @ResolveField(() => Person)
  @Access('ANYONE')
  author(
    @Parent() doc: Document,
    @CurrentViewer() viewer: Viewer | null,
    @Context('req') req: ViewerRequest,
  ): Promise<Person> {
    return this.service.author(req, viewer, doc.authorId);
  }

  @ResolveField(() => [WorkingGroup])
  @Access('ANYONE')
  workingGroups(@Parent() doc: Document, @Context('req') req: ViewerRequest): Promise<WorkingGroup[]> {
    return this.service.workingGroups(req, doc.id);
  }

  @ResolveField(() => [Topic])
  @Access('ANYONE')
  topics(@Parent() doc: Document, @Context('req') req: ViewerRequest): Promise<Topic[]> {
    return this.service.topics(req, doc.id);
  }

  @ResolveField(() => [DocumentVersion])
  @Access('ANYONE')
  versions(@Parent() doc: Document, @Context('req') req: ViewerRequest): Promise<DocumentVersion[]> {
    return this.service.versions(req, doc.id);
  }

  @ResolveField(() => [Attachment])
  @Access('ANYONE')
  attachments(@Parent() doc: Document, @Context('req') req: ViewerRequest): Promise<Attachment[]> {
    return this.service.attachments(req, doc.id);
  }
}

@Resolver(() => DocumentVersion)
export class DocumentVersionFieldsResolver {
  constructor(private readonly service: DocumentsService) {}

  @ResolveField(() => Person)
  @Access('ANYONE')
  editedBy(
    @Parent() version: DocumentVersion,
    @CurrentViewer() viewer: Viewer | null,
    @Context('req') req: ViewerRequest,
  ): Promise<Person> {
    return this.service.author(req, viewer, version.editedById);
  }
}

@Resolver(() => Attachment)
export class AttachmentFieldsResolver {
  constructor(private readonly service: DocumentsService) {}

  @ResolveField(() => Person)
  @Access('ANYONE')
  uploadedBy(
    @Parent() attachment: Attachment,
    @CurrentViewer() viewer: Viewer | null,
    @Context('req') req: ViewerRequest,
  ): Promise<Person> {
    return this.service.author(req, viewer, attachment.uploadedById);
  }
}

/** WorkingGroup.documents: the group's documents the viewer may see. */
@Resolver(() => WorkingGroup)
export class WorkingGroupDocumentsResolver {
  constructor(private readonly service: DocumentsService) {}

  @ResolveField(() => DocumentConnection)
  @Access('ANYONE')
  documents(
    @Parent() group: WorkingGroup,
    @CurrentViewer() viewer: Viewer | null,
    @Context('req') req: ViewerRequest,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Info() info: GraphQLResolveInfo,
  ): Promise<DocumentConnection> {
    return this.service.ofGroup(req, viewer, group.id, first, after, selectsField(info, 'totalCount'));
  }
}
