import { Field, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar, Visibility } from '@cop/platform';

@ObjectType({
  description: 'One publication of a report: a version of its knowledge-base document, at a visibility.',
})
export class ReportPublication {
  @Field(() => Int, { description: 'Starts at 1 for each report.' })
  number: number;

  @Field(() => Int, { description: 'The version of the published document this publication made.' })
  documentVersion: number;

  @Field(() => Visibility)
  visibility: Visibility;

  @Field(() => DateTimeScalar)
  publishedAt: Date;

  // publishedBy: a field resolver on this id.
  publishedById: string;
  reportId: string;
}
