import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection, DateScalar, DateTimeScalar } from '@cop/platform';

export enum ReportStatus {
  DRAFTING = 'DRAFTING',
  IN_REVIEW = 'IN_REVIEW',
  PUBLISHED = 'PUBLISHED',
}
export enum RecommendationPriority {
  HIGH = 'HIGH',
  MEDIUM = 'MEDIUM',
  LOW = 'LOW',
}
registerEnumType(ReportStatus, { name: 'ReportStatus' });
registerEnumType(RecommendationPriority, { name: 'RecommendationPriority' });

/**
 * A report of the CoP's second phase. Relations (workingGroups, editors, target, sections, coverage,
 * comments, reviewRounds, publications, document, createdBy) are field resolvers on DataLoaders,
 * each in the resolver of the part of the domain it belongs to.
 */
@ObjectType()
export class Report {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field({ description: "Free text, e.g. 'SRIDA input', 'Landscape analysis'." })
  kind: string;

  @Field(() => ReportStatus)
  status: ReportStatus;

  @Field(() => DateScalar, { nullable: true })
  dueDate: string | null;

  @Field(() => DateTimeScalar)
  createdAt: Date;

  @Field(() => DateTimeScalar)
  updatedAt: Date;

  targetId: string | null;
  documentId: string | null;
  createdById: string;
}

@ObjectType()
export class ReportConnection extends Connection(Report, 'Report') {}

@ObjectType({
  description: 'A section of a report: markdown, edited on its own with optimistic concurrency.',
})
export class ReportSection {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'Starts at 1, in the order of the report.' })
  number: number;

  @Field()
  title: string;

  @Field({ description: 'Markdown as written.' })
  body: string;

  @Field({ description: 'The body rendered and sanitized as document bodies are.' })
  bodyHtml: string;

  @Field(() => Int, { description: 'Starts at 1; every update adds one.' })
  version: number;

  @Field(() => DateTimeScalar)
  updatedAt: Date;

  reportId: string;
  updatedById: string | null;
}

@ObjectType({ description: 'A recommendation within a section, with the evidence behind it.' })
export class Recommendation {
  @Field(() => ID)
  id: string;

  @Field({ description: "Section and position, e.g. '2.1'." })
  number: string;

  @Field()
  statement: string;

  @Field(() => String, { nullable: true, description: 'Markdown.' })
  rationale: string | null;

  @Field(() => String, { nullable: true })
  rationaleHtml: string | null;

  @Field(() => RecommendationPriority)
  priority: RecommendationPriority;

  @Field(() => Int, { description: 'Starts at 1; every update adds one.' })
  version: number;

  @Field(() => DateTimeScalar)
  updatedAt: Date;

  reportId: string;
  sectionId: string;
}
