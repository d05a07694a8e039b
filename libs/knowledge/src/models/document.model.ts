import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateTimeScalar, URLScalar, Connection } from '@cop/platform';
import { Visibility } from './visibility.enum';
import { SEARCH_COUNT_CAP } from '../search-query';

export enum DocumentKind {
  REPORT = 'REPORT',
  SLIDES = 'SLIDES',
  MINUTES = 'MINUTES',
  USE_CASE = 'USE_CASE',
  PAPER = 'PAPER',
  DATASET = 'DATASET',
  LINK = 'LINK',
  NOTE = 'NOTE',
}
registerEnumType(DocumentKind, { name: 'DocumentKind' });

/** Relations (author, groups, topics, versions, attachments) are field resolvers backed by DataLoaders. */
@ObjectType()
export class Document {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  summary: string | null;

  @Field(() => String, { nullable: true, description: 'Markdown as written.' })
  body: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The body rendered to sanitized HTML: no script, event handler or javascript: URL survives.',
  })
  bodyHtml: string | null;

  @Field(() => DocumentKind)
  kind: DocumentKind;

  @Field(() => Visibility)
  visibility: Visibility;

  @Field(() => URLScalar, { nullable: true })
  externalUrl: string | null;

  @Field(() => [String])
  tags: string[];

  @Field(() => DateTimeScalar)
  createdAt: Date;

  @Field(() => DateTimeScalar)
  updatedAt: Date;

  @Field(() => Int, { description: 'Starts at 1; every update adds one.' })
  version: number;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When it was deleted; null for live documents (only the office sees deleted ones).',
  })
  deletedAt: Date | null;

  authorId: string;
}

@ObjectType()
export class DocumentVersion {
  @Field(() => Int)
  version: number;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  summary: string | null;

  @Field(() => String, { nullable: true })
  body: string | null;

  @Field(() => DateTimeScalar)
  editedAt: Date;

  editedById: string;
}

@ObjectType()
export class Attachment {
  @Field(() => ID)
  id: string;

  @Field()
  filename: string;

  @Field()
  contentType: string;

  @Field(() => Int)
  size: number;

  @Field()
  sha256: string;

  @Field(() => URLScalar)
  downloadUrl: string;

  @Field(() => DateTimeScalar)
  uploadedAt: Date;

  uploadedById: string;
}

@ObjectType()
export class DocumentConnection extends Connection(Document, 'Document') {}

@ObjectType()
export class SearchHit {
  @Field(() => Document)
  document: Document;

  @Field(() => Float)
  rank: number;

  @Field({
    description:
      'A short excerpt around the matches; matched words wrapped in <mark></mark>, everything else escaped.',
  })
  headline: string;
}

@ObjectType()
export class SearchResult {
  @Field(() => [SearchHit])
  hits: SearchHit[];

  @Field(() => Int, {
    description: `How many documents the viewer may see match, counted exactly up to ${SEARCH_COUNT_CAP}; a search with more matches answers ${SEARCH_COUNT_CAP} (show it as "${SEARCH_COUNT_CAP}+").`,
  })
  totalCount: number;
}

@ObjectType({ description: 'A tag of the documents the viewer may see, with how many carry it.' })
export class TagCount {
  @Field()
  tag: string;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'Size limits of the knowledge base, for editors to check before sending.' })
export class DocumentLimits {
  @Field(() => Int, { description: 'The largest attachment accepted, in bytes (larger: HTTP 413).' })
  attachmentMaxBytes: number;

  @Field(() => Int, { description: 'The largest document body accepted, in UTF-8 bytes.' })
  bodyMaxBytes: number;
}
