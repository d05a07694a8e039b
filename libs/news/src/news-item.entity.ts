import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'news_items' })
export class NewsItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  title: string;

  /** Markdown; rendered and sanitised on the way out. */
  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'boolean', default: false })
  pinned: boolean;

  @Column({ name: 'published_at', type: 'timestamptz' })
  publishedAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  /** Null: community-wide news. */
  @Column({ name: 'working_group_id', type: 'uuid', nullable: true })
  workingGroupId: string | null;
}

@Entity({ name: 'faq_entries' })
export class FaqEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  question: string;

  @Column({ type: 'text' })
  answer: string;

  @Column({ type: 'integer' })
  position: number;
}
