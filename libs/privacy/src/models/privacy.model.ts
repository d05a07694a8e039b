import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection, DateTimeScalar } from '@cop/platform';
import { Person } from '@cop/identity';
import { WorkingGroup } from '@cop/community';

export enum DataRequestKind {
  EXPORT = 'EXPORT',
  ERASURE = 'ERASURE',
}
registerEnumType(DataRequestKind, { name: 'DataRequestKind' });

export enum DataRequestOutcome {
  PENDING = 'PENDING',
  DONE = 'DONE',
  FAILED = 'FAILED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(DataRequestOutcome, { name: 'DataRequestOutcome' });

@ObjectType({ description: "One of the viewer's own data exports." })
export class DataExport {
  @Field(() => ID)
  id: string;

  @Field(() => DateTimeScalar)
  requestedAt: Date;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When the worker finished; the mail with the link went out then.',
  })
  readyAt: Date | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'readyAt + 7 days: the link and the file are gone after it.',
  })
  expiresAt: Date | null;

  @Field({ description: 'The single-use link was used.' })
  downloaded: boolean;

  @Field(() => DataRequestOutcome)
  outcome: DataRequestOutcome;
}

@ObjectType({ description: "The viewer's pending account erasure." })
export class AccountErasure {
  @Field(() => DateTimeScalar)
  requestedAt: Date;

  @Field(() => DateTimeScalar, {
    description: 'requestedAt + 7 days; signing in before then cancels the erasure.',
  })
  erasesAt: Date;
}

@ObjectType({ description: 'Why the account cannot be erased now.' })
export class ErasureBlocker {
  @Field()
  reason: string;

  @Field(() => WorkingGroup, { nullable: true })
  workingGroup: WorkingGroup | null;

  workingGroupId?: string | null;
}

@ObjectType({
  description: 'An export or erasure, for the office: who, when, the outcome; never the content.',
})
export class DataRequestRecord {
  @Field(() => ID)
  id: string;

  @Field(() => DataRequestKind)
  kind: DataRequestKind;

  @Field(() => Person, { nullable: true, description: 'null once the person was erased.' })
  person: Person | null;

  personId: string | null;

  @Field({ description: 'The display name, or "former member" once erased.' })
  personLabel: string;

  @Field(() => DateTimeScalar)
  requestedAt: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  completedAt: Date | null;

  @Field(() => DataRequestOutcome)
  outcome: DataRequestOutcome;
}

@ObjectType()
export class DataRequestRecordConnection extends Connection(DataRequestRecord, 'DataRequestRecord') {}
