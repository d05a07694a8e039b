import { Field, ID, InputType } from '@nestjs/graphql';

/** Checked by the service (ids belong to the report, body length), so every problem names its field. */
@InputType()
export class ReportCommentInput {
  @Field(() => ID)
  reportId: string;

  @Field(() => ID, { nullable: true })
  sectionId?: string | null;

  @Field(() => ID, { nullable: true })
  recommendationId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The comment answered; a reply to a reply joins its thread.',
  })
  parentId?: string | null;

  @Field()
  body: string;
}
