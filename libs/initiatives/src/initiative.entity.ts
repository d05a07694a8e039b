import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'initiatives' })
export class InitiativeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  slug: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'text', nullable: true })
  url: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** A working group of a related initiative (e.g. JENA's WG Software). */
@Entity({ name: 'initiative_groups' })
export class InitiativeGroupEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'initiative_id', type: 'uuid' })
  initiativeId: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'integer' })
  position: number;
}

/** A CoP working group linked to an initiative's group. */
@Entity({ name: 'initiative_group_links' })
export class InitiativeGroupLinkEntity {
  @PrimaryColumn({ name: 'initiative_group_id', type: 'uuid' })
  initiativeGroupId: string;

  @PrimaryColumn({ name: 'working_group_id', type: 'uuid' })
  workingGroupId: string;

  @Column({ name: 'linked_by', type: 'uuid', nullable: true })
  linkedBy: string | null;

  @Column({ name: 'linked_at', type: 'timestamptz' })
  linkedAt: Date;
}

/** A person the office marked as sitting in an initiative's group. */
@Entity({ name: 'initiative_group_members' })
export class InitiativeGroupMemberEntity {
  @PrimaryColumn({ name: 'initiative_group_id', type: 'uuid' })
  initiativeGroupId: string;

  @PrimaryColumn({ name: 'person_id', type: 'uuid' })
  personId: string;

  @Column({ name: 'marked_by', type: 'uuid', nullable: true })
  markedBy: string | null;

  @Column({ name: 'marked_at', type: 'timestamptz' })
  markedAt: Date;
}

/** An initiative or a process with a due date that reports feed, e.g. "European Strategy update". */
@Entity({ name: 'report_targets' })
export class ReportTargetEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'text', nullable: true })
  url: string | null;

  @Column({ name: 'initiative_id', type: 'uuid', nullable: true })
  initiativeId: string | null;

  /** YYYY-MM-DD. */
  @Column({ name: 'due_date', type: 'date' })
  dueDate: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

export const INITIATIVE_ENTITIES = [
  InitiativeEntity,
  InitiativeGroupEntity,
  InitiativeGroupLinkEntity,
  InitiativeGroupMemberEntity,
  ReportTargetEntity,
];
