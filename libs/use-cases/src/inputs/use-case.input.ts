import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { ScientificDomain } from '@cop/identity';
import { RequirementCategory, RequirementUnit } from '../models/use-case.model';

/**
 * The template parts are checked against the configurable size limit by the service (a
 * decorator cannot read configuration); the rest here.
 */
@InputType()
export class UseCaseInput {
  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  summary?: string | null;

  @Field(() => [ScientificDomain], { nullable: true })
  domains?: ScientificDomain[] | null;

  @Field(() => [ID], { nullable: true })
  workingGroupIds?: string[] | null;

  @Field(() => [ID], { nullable: true })
  expertIds?: string[] | null;

  @Field(() => String, { nullable: true })
  scientificChallenge?: string | null;

  @Field(() => String, { nullable: true })
  storage?: string | null;

  @Field(() => String, { nullable: true })
  dataTransport?: string | null;

  @Field(() => String, { nullable: true })
  compute?: string | null;

  @Field(() => String, { nullable: true })
  workflowManagement?: string | null;

  @Field(() => String, { nullable: true })
  accessAndAnalysis?: string | null;

  @Field(() => String, { nullable: true })
  gapAnalysis?: string | null;

  @Field(() => String, { nullable: true })
  nonTechnicalChallenges?: string | null;
}

/** Checked entry by entry by checkRequirements (use-case-rules.ts): the unit depends on the category. */
@InputType()
export class RequirementInput {
  @Field(() => RequirementCategory)
  category: RequirementCategory;

  @Field()
  metric: string;

  @Field(() => Float)
  value: number;

  @Field(() => RequirementUnit)
  unit: RequirementUnit;

  @Field(() => Int)
  year: number;

  @Field(() => String, { nullable: true })
  note?: string | null;
}
