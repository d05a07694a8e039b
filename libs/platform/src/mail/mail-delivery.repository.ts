import { escapeLike } from '../graphql/input-patterns';
import { Injectable } from '@nestjs/common';
import type { Repository } from 'typeorm';
import { TransactionContext } from '../database/transaction-context';
import { MailDeliveryEntity, type MailDeliveryStatus } from './mail-delivery.entity';

export interface MailDeliveryCounts {
  sent: number;
  failed: number;
  pending: number;
}

// Long SMTP replies or stack-like messages are kept readable, not stored whole.
const MAX_ERROR_LENGTH = 2000;

@Injectable()
export class MailDeliveryRepository {
  constructor(private readonly tx: TransactionContext) {}

  /**
   * Creates the PENDING record of key unless one exists, and returns it locked for this
   * transaction; null when another transaction holds it (another worker is sending it now).
   * Holding the row lock while sending is what keeps two workers from mailing the same key.
   */
  async claim(key: string, recipient: string, subject: string): Promise<MailDeliveryEntity | null> {
    if (!this.tx.inTransaction())
      throw new Error('MailDeliveryRepository.claim must run inside a transaction');
    // A concurrent insert of the same key waits here until the other transaction ends.
    const inserted = await this.repository()
      .createQueryBuilder()
      .insert()
      .into(MailDeliveryEntity)
      .values({ key, recipient, subject, status: 'PENDING', attempts: 0 })
      .orIgnore()
      .returning(['key'])
      .execute();
    // A row this transaction just inserted is locked by it already: no second round trip.
    if ((inserted.raw as unknown[]).length > 0)
      return Object.assign(new MailDeliveryEntity(), {
        key,
        recipient,
        subject,
        status: 'PENDING',
        attempts: 0,
      });
    return this.repository()
      .createQueryBuilder('d')
      .where('d.key = :key', { key })
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getOne();
  }

  async markSent(key: string, messageId: string): Promise<void> {
    await this.repository().update(
      { key },
      { status: 'SENT', messageId, lastError: null, sentAt: () => 'now()', attempts: () => 'attempts + 1' },
    );
  }

  /** A permanent refusal: the delivery is not tried again. */
  async markFailed(key: string, error: string): Promise<void> {
    await this.repository().update(
      { key, status: 'PENDING' },
      { status: 'FAILED', lastError: truncate(error), attempts: () => 'attempts + 1' },
    );
  }

  /** A transient failure: the delivery stays PENDING for the next attempt. */
  async recordTransientFailure(key: string, error: string): Promise<void> {
    await this.repository().update(
      { key, status: 'PENDING' },
      { lastError: truncate(error), attempts: () => 'attempts + 1' },
    );
  }

  async findByKey(key: string): Promise<MailDeliveryEntity | null> {
    return this.repository().findOneBy({ key });
  }

  /** Delivery counts of every key starting with prefix (a campaign such as `newsletter:<issueId>:`). */
  async countByKeyPrefix(prefix: string): Promise<MailDeliveryCounts> {
    const rows: { status: MailDeliveryStatus; count: string }[] = await this.repository()
      .createQueryBuilder('d')
      .select('d.status', 'status')
      .addSelect('count(*)', 'count')
      .where(`d.key LIKE :pattern ESCAPE '\\'`, { pattern: `${escapeLike(prefix)}%` })
      .groupBy('d.status')
      .getRawMany();
    const counts: MailDeliveryCounts = { sent: 0, failed: 0, pending: 0 };
    for (const row of rows) {
      if (row.status === 'SENT') counts.sent = Number(row.count);
      else if (row.status === 'FAILED') counts.failed = Number(row.count);
      else if (row.status === 'PENDING') counts.pending = Number(row.count);
    }
    return counts;
  }

  private repository(): Repository<MailDeliveryEntity> {
    return this.tx.manager().getRepository(MailDeliveryEntity);
  }
}

function truncate(text: string): string {
  return text.length > MAX_ERROR_LENGTH ? `${text.slice(0, MAX_ERROR_LENGTH - 1)}…` : text;
}
