import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '@cop/platform';

/**
 * A review comment on a report, its section or one of its recommendations. Threads are one level
 * deep: a reply names its thread's root as parentId. Relations (author, section, recommendation,
 * replies, resolvedBy) are field resolvers on DataLoaders.
 */
@ObjectType({ description: 'A review comment on a report; a reply names the thread it answers.' })
export class ReportComment {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Markdown as written.' })
  body: string;

  @Field({ description: 'The body rendered and sanitized as document bodies are.' })
  bodyHtml: string;

  @Field(() => DateTimeScalar)
  createdAt: Date;

  @Field(() => ID, { nullable: true, description: "The thread's first comment; null for a thread's root." })
  parentId: string | null;

  @Field({ description: "Whether the thread is resolved (on a thread's first comment; a reply never is)." })
  resolved: boolean;

  @Field(() => DateTimeScalar, { nullable: true })
  resolvedAt: Date | null;

  reportId: string;
  authorId: string;
  sectionId: string | null;
  recommendationId: string | null;
  resolvedById: string | null;
}

@ObjectType({ description: 'A round of review of a report: who was asked to review it, and when.' })
export class ReviewRound {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'Starts at 1 for each report.' })
  number: number;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => DateTimeScalar)
  openedAt: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Set when the next round opened.' })
  closedAt: Date | null;

  reportId: string;
  openedById: string;
}
