import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateTimeScalar, Connection } from '@cop/platform';

export enum JoinPolicy {
  OPEN = 'OPEN',
  APPROVAL = 'APPROVAL',
}
export enum MembershipRole {
  CHAIR = 'CHAIR',
  MEMBER = 'MEMBER',
}
export enum MembershipStatus {
  PENDING = 'PENDING',
  ACTIVE = 'ACTIVE',
}
registerEnumType(JoinPolicy, { name: 'JoinPolicy' });
registerEnumType(MembershipRole, { name: 'MembershipRole' });
registerEnumType(MembershipStatus, { name: 'MembershipStatus' });

/** Relations (topics, chairs, members, counts) are field resolvers backed by DataLoaders. */
@ObjectType()
export class WorkingGroup {
  @Field(() => ID)
  id: string;

  @Field()
  code: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => JoinPolicy)
  joinPolicy: JoinPolicy;

  @Field(() => Int, { nullable: true, description: 'Null: no limit. Counts ACTIVE memberships.' })
  seatLimit: number | null;
}

@ObjectType()
export class Topic {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  /** Resolved by Topic.workingGroup. */
  workingGroupId: string;
}

@ObjectType()
export class Membership {
  @Field(() => ID)
  id: string;

  @Field(() => MembershipRole)
  role: MembershipRole;

  @Field(() => MembershipStatus)
  status: MembershipStatus;

  @Field(() => DateTimeScalar)
  requestedAt: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  joinedAt: Date | null;

  /** Resolved by Membership.person and Membership.workingGroup. */
  personId: string;
  workingGroupId: string;
}

@ObjectType()
export class MembershipConnection extends Connection(Membership, 'Membership') {}

@ObjectType()
export class CommunityStats {
  @Field(() => Int, { description: 'Active working-group seats (ACTIVE memberships, chairs included).' })
  participants: number;

  @Field(() => Int, { description: 'Distinct people holding at least one active seat.' })
  people: number;

  @Field(() => Int, { description: 'People with role MEMBER or OFFICE.' })
  members: number;

  @Field(() => Int)
  workingGroups: number;
}

export enum SeatEventKind {
  REQUESTED = 'REQUESTED',
  JOINED = 'JOINED',
  APPROVED = 'APPROVED',
  ADDED = 'ADDED',
  ROLE_CHANGED = 'ROLE_CHANGED',
  LEFT = 'LEFT',
  REMOVED = 'REMOVED',
  REJECTED = 'REJECTED',
}
registerEnumType(SeatEventKind, { name: 'SeatEventKind', description: 'What happened to a seat.' });

/** One change of a seat, kept after the seat is gone. */
@ObjectType({ description: 'One change of a seat in a working group (its seat history).' })
export class SeatEvent {
  @Field(() => ID)
  id: string;

  @Field(() => SeatEventKind)
  kind: SeatEventKind;

  @Field(() => MembershipRole, { description: 'The role of the seat after the change.' })
  role: MembershipRole;

  @Field(() => DateTimeScalar)
  occurredAt: Date;

  /** Resolved by SeatEvent.person and SeatEvent.actor. */
  personId: string;
  actorId: string | null;
}

@ObjectType()
export class SeatEventConnection extends Connection(SeatEvent, 'SeatEvent') {}

@ObjectType({ description: 'The community at the end of one month, replayed from the seat history.' })
export class GrowthPoint {
  @Field(() => DateTimeScalar, { description: 'The start of the month, UTC.' })
  month: Date;

  @Field(() => Int, { description: 'ACTIVE seats at the end of the month (now, for the current month).' })
  participants: number;

  @Field(() => Int, { description: 'Distinct people holding at least one ACTIVE seat then.' })
  people: number;
}
