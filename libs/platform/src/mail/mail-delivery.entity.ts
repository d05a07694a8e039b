import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type MailDeliveryStatus = 'PENDING' | 'SENT' | 'FAILED';

/** One message to one recipient, recorded under a unique key so it is never sent twice. */
@Entity({ name: 'mail_deliveries' })
export class MailDeliveryEntity {
  @PrimaryGeneratedColumn('uuid', { name: 'id' })
  id: string;

  /** Chosen by the sender, e.g. `newsletter:<issueId>:<subscriptionId>`; prefixes group a campaign. */
  @Column({ name: 'key', type: 'text', unique: true })
  key: string;

  @Column({ name: 'recipient', type: 'text' })
  recipient: string;

  @Column({ name: 'subject', type: 'text' })
  subject: string;

  @Column({ name: 'status', type: 'text' })
  status: MailDeliveryStatus;

  @Column({ name: 'attempts', type: 'int', default: 0 })
  attempts: number;

  @Column({ name: 'message_id', type: 'text', nullable: true })
  messageId: string | null;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;
}
