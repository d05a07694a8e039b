import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

export type ExpertiseTermKindValue = 'DOMAIN' | 'TOPIC' | 'TAG';
export type ExpertiseLevelValue = 'KNOWS' | 'WANTS_TO_WORK_ON';

/** The shared vocabulary: DOMAIN terms (one per ScientificDomain), TOPIC terms (one per topic, kept by a trigger), TAGs. */
@Entity({ name: 'expertise_terms' })
export class ExpertiseTermEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  kind: ExpertiseTermKindValue;

  @Column({ type: 'text' })
  label: string;

  @Column({ type: 'text', nullable: true })
  domain: string | null;

  @Column({ name: 'topic_id', type: 'uuid', nullable: true })
  topicId: string | null;

  /** A merged TAG: the term it was merged into (its holders moved there; its label still finds it). */
  @Column({ name: 'merged_into', type: 'uuid', nullable: true })
  mergedInto: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** One entry of a person's expertise, in the order they gave. */
@Entity({ name: 'person_expertise' })
export class PersonExpertiseEntity {
  @PrimaryColumn({ name: 'person_id', type: 'uuid' })
  personId: string;

  @PrimaryColumn({ name: 'term_id', type: 'uuid' })
  termId: string;

  @Column({ type: 'text' })
  level: ExpertiseLevelValue;

  @Column({ type: 'integer' })
  position: number;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** The person's choice of who sees their expertise; no row is PRIVATE. */
@Entity({ name: 'expertise_visibility' })
export class ExpertiseVisibilityEntity {
  @PrimaryColumn({ name: 'person_id', type: 'uuid' })
  personId: string;

  @Column({ type: 'text' })
  visibility: 'MEMBERS' | 'PRIVATE';

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

export const EXPERTISE_ENTITIES = [ExpertiseTermEntity, PersonExpertiseEntity, ExpertiseVisibilityEntity];
