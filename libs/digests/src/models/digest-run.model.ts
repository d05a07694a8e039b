import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateTimeScalar } from '@cop/platform';
import { DigestFrequency } from '@cop/identity';
import { DeliveryStats } from '@cop/newsletter';

export enum RunStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  FAILED = 'FAILED',
}
registerEnumType(RunStatus, { name: 'RunStatus' });

@ObjectType()
export class DigestRun {
  @Field(() => ID)
  id: string;

  @Field(() => DigestFrequency)
  frequency: DigestFrequency;

  @Field(() => DateTimeScalar)
  periodStart: Date;

  @Field(() => DateTimeScalar)
  periodEnd: Date;

  @Field(() => RunStatus)
  status: RunStatus;

  @Field(() => DateTimeScalar)
  startedAt: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  finishedAt: Date | null;

  /** Resolved by DigestRun.delivery. */
  members: number;
}

export type { DeliveryStats };
