import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar, Connection } from '@cop/platform';

@ObjectType()
export class NewsItem {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field()
  body: string;

  @Field()
  bodyHtml: string;

  @Field()
  pinned: boolean;

  @Field(() => DateTimeScalar)
  publishedAt: Date;

  /** Resolved by NewsItem.author and NewsItem.workingGroup through DataLoaders. */
  authorId: string;
  workingGroupId: string | null;
}

@ObjectType()
export class NewsConnection extends Connection(NewsItem, 'News') {}

@ObjectType()
export class FaqEntry {
  @Field(() => ID)
  id: string;

  @Field()
  question: string;

  @Field()
  answer: string;

  @Field({ description: 'The answer rendered from markdown to sanitized HTML.' })
  answerHtml: string;

  @Field(() => Int)
  position: number;
}
