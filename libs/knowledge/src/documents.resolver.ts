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
import {
  Access,
  CurrentScope,
  CurrentViewer,
  Person,
  type Scope,
  type Viewer,
  type ViewerRequest,
} from '@cop/identity';
import { Topic, WorkingGroup } from '@cop/community';
import { AttachmentsService } from './attachments.service';
import { DocumentsService } from './documents.service';
import { DocumentRelationsService } from './document-relations.service';
import { DocumentFilter, DocumentInput } from './inputs/document.input';
import {
  Attachment,
  Document,
  DocumentConnection,
  DocumentLimits,
  DocumentVersion,
  SearchResult,
  TagCount,
} from './models/document.model';

@Resolver(() => Document)
export class DocumentsResolver {
  constructor(
    private readonly service: DocumentsService,
    private readonly relations: DocumentRelationsService,
    private readonly attachmentsService: AttachmentsService,
  ) {}

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

  @Query(() => [TagCount], {
    description:
      'Tags of the documents the viewer may see, most used first, those starting with prefix (case-insensitive) when given. first: 1 to 100; prefix: at most 100 characters.',
  })
  @Access('ANYONE')
  documentTags(
    @CurrentViewer() viewer: Viewer | null,
    @Args('prefix', { type: () => String, nullable: true }) prefix: string | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
  ): Promise<TagCount[]> {
    return this.service.tags(viewer, prefix, first);
  }

  @Query(() => DocumentLimits, { description: 'The size limits of documents and attachments.' })
  @Access('ANYONE')
  documentLimits(): DocumentLimits {
    return this.service.limitsOfDocuments();
  }

  @Query(() => DocumentConnection, {
    description: 'OFFICE: deleted documents, most recently deleted first.',
  })
  @Access('OFFICE')
  deletedDocuments(
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<DocumentConnection> {
    return this.service.deleted(first, after);
  }

  @Mutation(() => Document, {
    description:
      'OFFICE: brings a deleted document back with its versions and attachments, visible as before. NOT_FOUND when no deleted document has that id.',
  })
  @Access('OFFICE')
  restoreDocument(@Args('id', { type: () => ID }) id: string): Promise<Document> {
    return this.service.restore(id);
  }

  @Mutation(() => Boolean, {
    description:
      'Removes an attachment (and its stored bytes): who may update its document; NOT_FOUND when the document is not visible.',
  })
  @Access('MEMBER')
  deleteAttachment(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<boolean> {
    return this.attachmentsService.remove(viewer, id);
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
  author(@Parent() doc: Document, @CurrentScope() scope: Scope): Promise<Person> {
    return this.relations.author(scope, doc.authorId);
  }

  @ResolveField(() => Boolean, {
    description:
      'Whether the viewer may updateDocument it (the author, a CHAIR of one of its groups, OFFICE). False when anonymous.',
  })
  @Access('ANYONE')
  viewerCanEdit(@Parent() doc: Document, @CurrentScope() scope: Scope): Promise<boolean> {
    return this.service.viewerMayEdit(scope, doc);
  }

  @ResolveField(() => Boolean, {
    description:
      'Whether the viewer may deleteDocument it (the same rule as viewerCanEdit). False when anonymous.',
  })
  @Access('ANYONE')
  viewerCanDelete(@Parent() doc: Document, @CurrentScope() scope: Scope): Promise<boolean> {
    return this.service.viewerMayEdit(scope, doc);
  }

  @ResolveField(() => [WorkingGroup])
  @Access('ANYONE')
  workingGroups(@Parent() doc: Document, @Context('req') req: ViewerRequest): Promise<WorkingGroup[]> {
    return this.relations.workingGroups(req, doc.id);
  }

  @ResolveField(() => [Topic])
  @Access('ANYONE')
  topics(@Parent() doc: Document, @Context('req') req: ViewerRequest): Promise<Topic[]> {
    return this.relations.topics(req, doc.id);
  }

  @ResolveField(() => [DocumentVersion])
  @Access('ANYONE')
  versions(@Parent() doc: Document, @Context('req') req: ViewerRequest): Promise<DocumentVersion[]> {
    return this.relations.versions(req, doc.id);
  }

  @ResolveField(() => [Attachment])
  @Access('ANYONE')
  attachments(@Parent() doc: Document, @Context('req') req: ViewerRequest): Promise<Attachment[]> {
    return this.relations.attachments(req, doc.id);
  }
}

@Resolver(() => DocumentVersion)
export class DocumentVersionFieldsResolver {
  constructor(private readonly relations: DocumentRelationsService) {}

  @ResolveField(() => Person)
  @Access('ANYONE')
  editedBy(@Parent() version: DocumentVersion, @CurrentScope() scope: Scope): Promise<Person> {
    return this.relations.author(scope, version.editedById);
  }
}

@Resolver(() => Attachment)
export class AttachmentFieldsResolver {
  constructor(private readonly relations: DocumentRelationsService) {}

  @ResolveField(() => Person)
  @Access('ANYONE')
  uploadedBy(@Parent() attachment: Attachment, @CurrentScope() scope: Scope): Promise<Person> {
    return this.relations.author(scope, attachment.uploadedById);
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
    @CurrentScope() scope: Scope,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Info() info: GraphQLResolveInfo,
  ): Promise<DocumentConnection> {
    return this.service.ofGroup(scope, group.id, first, after, selectsField(info, 'totalCount'));
  }
}
