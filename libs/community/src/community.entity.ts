import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export interface CommunityPhaseData {
  name: string;
  startsOn: string;
  endsOn: string;
  description: string | null;
}

/** The one community this deployment serves (a single row, id 1). */
@Entity({ name: 'community' })
export class CommunityEntity {
  @PrimaryColumn({ type: 'smallint' })
  id: number;

  @Column({ type: 'text' })
  name: string;

  /** For narrow places (the web app's header); null: the name is used. */
  @Column({ name: 'short_name', type: 'text', nullable: true })
  shortName: string | null;

  @Column({ type: 'text' })
  mission: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  /** Ordered by start; a short list kept with the row. */
  @Column({ type: 'jsonb', default: () => `'[]'` })
  phases: CommunityPhaseData[];

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
