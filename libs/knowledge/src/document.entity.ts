import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type DocumentKindValue =
  'REPORT' | 'SLIDES' | 'MINUTES' | 'USE_CASE' | 'PAPER' | 'DATASET' | 'LINK' | 'NOTE';
export type VisibilityValue = 'PUBLIC' | 'COMMUNITY' | 'WORKING_GROUP';

/** A document of the knowledge base; `search` is a generated column maintained by PostgreSQL. */
@Entity({ name: 'documents' })
export class DocumentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', nullable: true })
  summary: string | null;

  /** Markdown; rendered and sanitised on the way out. */
  @Column({ type: 'text', nullable: true })
  body: string | null;

  @Column({ type: 'text' })
  kind: DocumentKindValue;

  @Column({ type: 'text' })
  visibility: VisibilityValue;

  @Column({ name: 'external_url', type: 'text', nullable: true })
  externalUrl: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags: string[];

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;
}

@Entity({ name: 'document_versions' })
export class DocumentVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'document_id', type: 'uuid' })
  documentId: string;

  @Column({ type: 'integer' })
  version: number;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', nullable: true })
  summary: string | null;

  @Column({ type: 'text', nullable: true })
  body: string | null;

  @Column({ name: 'edited_by', type: 'uuid' })
  editedBy: string;

  @Column({ name: 'edited_at', type: 'timestamptz' })
  editedAt: Date;
}

@Entity({ name: 'attachments' })
export class AttachmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'document_id', type: 'uuid' })
  documentId: string;

  @Column({ type: 'text' })
  filename: string;

  @Column({ name: 'content_type', type: 'text' })
  contentType: string;

  /** bigint comes back from pg as a string; the repository converts. */
  @Column({ type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  size: number;

  @Column({ type: 'text' })
  sha256: string;

  @Column({ name: 'storage_key', type: 'text' })
  storageKey: string;

  @Column({ name: 'uploaded_by', type: 'uuid' })
  uploadedBy: string;

  @Column({ name: 'uploaded_at', type: 'timestamptz' })
  uploadedAt: Date;
}
