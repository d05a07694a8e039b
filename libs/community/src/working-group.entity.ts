import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type JoinPolicyValue = 'OPEN' | 'APPROVAL';

@Entity({ name: 'working_groups' })
export class WorkingGroupEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ name: 'join_policy', type: 'text' })
  joinPolicy: JoinPolicyValue;

  /** Null: no limit. Counts ACTIVE seats. */
  @Column({ name: 'seat_limit', type: 'integer', nullable: true })
  seatLimit: number | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
