import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type PlatformRoleValue = 'GUEST' | 'MEMBER' | 'OFFICE';
export type RoleSourceValue = 'ADMISSION' | 'ENTITLEMENT' | 'OFFICE' | 'BOOTSTRAP';
export type DigestFrequencyValue = 'NEVER' | 'DAILY' | 'WEEKLY';

@Entity({ name: 'people' })
export class PersonEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ name: 'email_verified', type: 'boolean', default: false })
  emailVerified: boolean;

  @Column({ type: 'text', nullable: true })
  affiliation: string | null;

  @Column({ type: 'text', nullable: true })
  country: string | null;

  @Column({ type: 'text', nullable: true })
  orcid: string | null;

  @Column({ type: 'text', nullable: true })
  bio: string | null;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  domains: string[];

  @Column({ name: 'computing_roles', type: 'text', array: true, default: () => `'{}'` })
  computingRoles: string[];

  @Column({ name: 'target_group', type: 'text', nullable: true })
  targetGroup: string | null;

  @Column({ name: 'time_zone', type: 'text', nullable: true })
  timeZone: string | null;

  @Column({ type: 'text', default: 'GUEST' })
  role: PlatformRoleValue;

  @Column({ name: 'role_source', type: 'text', default: 'ADMISSION' })
  roleSource: RoleSourceValue;

  @Column({ type: 'text', default: 'WEEKLY' })
  digest: DigestFrequencyValue;

  @Column({ name: 'meeting_reminders', type: 'boolean', default: true })
  meetingReminders: boolean;

  @Column({ type: 'boolean', default: false })
  newsletter: boolean;

  @Column({ name: 'joined_at', type: 'timestamptz', default: () => 'now()' })
  joinedAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
