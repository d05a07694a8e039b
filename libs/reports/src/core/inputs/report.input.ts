import { Field, ID, InputType } from '@nestjs/graphql';
import { DateScalar } from '@cop/platform';
import { RecommendationPriority } from '../../models/report.model';

/**
 * Checked by the service (report-rules.ts limits), so every problem is named at once as
 * "input.<field>" and unknown ids as "input.workingGroupIds.<i>" / "input.targetId".
 */
@InputType()
export class ReportInput {
  @Field()
  title: string;

  @Field({ description: "Free text, e.g. 'SRIDA input', 'Landscape analysis'." })
  kind: string;

  @Field(() => [ID], { description: 'The owning working groups, at least one.' })
  workingGroupIds: string[];

  @Field(() => DateScalar, { nullable: true })
  dueDate?: Date | string | null;

  @Field(() => ID, { nullable: true })
  targetId?: string | null;
}

@InputType()
export class ReportSectionInput {
  @Field()
  title: string;

  @Field({ description: 'Markdown.' })
  body: string;
}

@InputType()
export class RecommendationInput {
  @Field()
  statement: string;

  @Field(() => String, { nullable: true, description: 'Markdown.' })
  rationale?: string | null;

  @Field(() => RecommendationPriority)
  priority: RecommendationPriority;
}
