import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateTimeScalar, Connection } from '@cop/platform';
import { ScientificDomain } from '@cop/identity';

export enum UseCaseStatus {
  PROPOSED = 'PROPOSED',
  SELECTED = 'SELECTED',
  IN_ANALYSIS = 'IN_ANALYSIS',
  COMPLETE = 'COMPLETE',
}
export enum RequirementCategory {
  STORAGE = 'STORAGE',
  DATA_TRANSPORT = 'DATA_TRANSPORT',
  COMPUTE = 'COMPUTE',
}
export enum RequirementUnit {
  TB = 'TB',
  PB = 'PB',
  EB = 'EB',
  GBIT_PER_S = 'GBIT_PER_S',
  TBIT_PER_S = 'TBIT_PER_S',
  CORE_HOURS = 'CORE_HOURS',
  GPU_HOURS = 'GPU_HOURS',
}
registerEnumType(UseCaseStatus, { name: 'UseCaseStatus' });
registerEnumType(RequirementCategory, { name: 'RequirementCategory' });
registerEnumType(RequirementUnit, { name: 'RequirementUnit' });

@ObjectType()
export class Requirement {
  @Field(() => ID)
  id: string;

  @Field(() => RequirementCategory)
  category: RequirementCategory;

  @Field({ description: "What is measured, e.g. 'raw data per year', 'peak WAN rate'." })
  metric: string;

  @Field(() => Float)
  value: number;

  @Field(() => RequirementUnit)
  unit: RequirementUnit;

  @Field(() => Int)
  year: number;

  @Field(() => String, { nullable: true })
  note: string | null;
}

@ObjectType({ description: 'A sum over use cases, in PB, GBIT_PER_S, CORE_HOURS or GPU_HOURS.' })
export class RequirementTotal {
  @Field(() => RequirementCategory)
  category: RequirementCategory;

  @Field()
  metric: string;

  @Field(() => Int)
  year: number;

  @Field(() => RequirementUnit)
  unit: RequirementUnit;

  @Field(() => Float)
  total: number;

  @Field(() => Int)
  useCases: number;

  /** Resolved by RequirementTotal.contributions: each use case's share, in the total's unit. */
  contributionRows: { useCaseId: string; total: number }[];
}

/** Relations (workingGroups, experts, requirements, createdBy) are field resolvers on DataLoaders. */
@ObjectType({ description: 'The eight parts of the use-case template.' })
export class UseCase {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  summary: string | null;

  @Field(() => UseCaseStatus)
  status: UseCaseStatus;

  @Field(() => [ScientificDomain])
  domains: ScientificDomain[];

  @Field(() => String, { nullable: true })
  scientificChallenge: string | null;

  @Field(() => String, { nullable: true })
  storage: string | null;

  @Field(() => String, { nullable: true })
  dataTransport: string | null;

  @Field(() => String, { nullable: true })
  compute: string | null;

  @Field(() => String, { nullable: true })
  workflowManagement: string | null;

  @Field(() => String, { nullable: true })
  accessAndAnalysis: string | null;

  @Field(() => String, { nullable: true })
  gapAnalysis: string | null;

  @Field(() => String, { nullable: true })
  nonTechnicalChallenges: string | null;

  @Field(() => Float, { description: 'Share of the eight template parts filled in, 0 to 1.' })
  completeness: number;

  @Field(() => DateTimeScalar)
  updatedAt: Date;

  /** Resolved by UseCase.createdBy. */
  createdById: string;
}

@ObjectType()
export class UseCaseConnection extends Connection(UseCase, 'UseCase') {}

@ObjectType({ description: "One use case's share of a RequirementTotal, in the total's unit." })
export class RequirementContribution {
  @Field(() => UseCase)
  useCase: UseCase;

  @Field(() => Float)
  total: number;
}

@ObjectType({ description: 'One of the eight template parts, in the template order.' })
export class UseCasePart {
  @Field({
    description: "The UseCase field it is (e.g. 'scientificChallenge'); CONFLICT errors name parts so.",
  })
  key: string;

  @Field(() => String, { nullable: true, description: 'Markdown; null when empty.' })
  markdown: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The markdown rendered and sanitized as document bodies are (bodyHtml); null when empty.',
  })
  html: string | null;
}
