import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type MembershipRoleValue = 'CHAIR' | 'MEMBER';
export type MembershipStatusValue = 'PENDING' | 'ACTIVE';
export type MembershipEventValue =
  'REQUESTED' | 'JOINED' | 'APPROVED' | 'ADDED' | 'ROLE_CHANGED' | 'LEFT' | 'REMOVED' | 'REJECTED';

/** A seat: one person in one working group. */
@Entity({ name: 'memberships' })
export class MembershipEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @Column({ name: 'working_group_id', type: 'uuid' })
  workingGroupId: string;

  @Column({ type: 'text' })
  role: MembershipRoleValue;

  @Column({ type: 'text' })
  status: MembershipStatusValue;

  @Column({ name: 'requested_at', type: 'timestamptz', default: () => 'now()' })
  requestedAt: Date;

  @Column({ name: 'joined_at', type: 'timestamptz', nullable: true })
  joinedAt: Date | null;
}

/** One change of a seat, kept after the seat is gone: how the community grew. */
@Entity({ name: 'membership_events' })
export class MembershipEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'membership_id', type: 'uuid' })
  membershipId: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @Column({ name: 'working_group_id', type: 'uuid' })
  workingGroupId: string;

  @Column({ type: 'text' })
  event: MembershipEventValue;

  @Column({ type: 'text' })
  role: MembershipRoleValue;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ name: 'occurred_at', type: 'timestamptz', default: () => 'now()' })
  occurredAt: Date;
}
