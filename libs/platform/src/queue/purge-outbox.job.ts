import { Injectable } from '@nestjs/common';
import type { JobPayloads } from './job-catalogue';
import { HandlesJob, JobHandler } from './job-handler';
import { OutboxRepository } from './outbox.repository';
import { Clock } from '../clock/clock';

/** Keeps the outbox small: relayed rows are only needed for a few days of diagnosis. */
@Injectable()
@HandlesJob('platform.purge-outbox')
export class PurgeOutboxJob implements JobHandler<'platform.purge-outbox'> {
  constructor(
    private readonly outbox: OutboxRepository,
    private readonly clock: Clock,
  ) {}

  async handle({ olderThanDays }: JobPayloads['platform.purge-outbox']): Promise<void> {
    await this.outbox.purgeRelayedBefore(
      new Date(this.clock.now().getTime() - olderThanDays * 24 * 3600 * 1000),
    );
  }
}
