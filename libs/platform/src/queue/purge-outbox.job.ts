import { Injectable } from '@nestjs/common';
import type { JobPayloads } from './job-catalogue';
import { HandlesJob, JobHandler } from './job-handler';
import { OutboxRepository } from './outbox.repository';
import { InProcessJobRepository } from './in-process-jobs.repository';
import { Clock } from '../clock/clock';

/**
 * Keeps the outbox small: relayed rows are only needed for a few days of diagnosis. The in-process
 * driver's finished jobs go too, once past the week BullMQ keeps completed jobs (or olderThanDays
 * when longer): their ids dedupe a late duplicate for that long.
 */
@Injectable()
@HandlesJob('platform.purge-outbox')
export class PurgeOutboxJob implements JobHandler<'platform.purge-outbox'> {
  constructor(
    private readonly outbox: OutboxRepository,
    private readonly jobs: InProcessJobRepository,
    private readonly clock: Clock,
  ) {}

  async handle({ olderThanDays }: JobPayloads['platform.purge-outbox']): Promise<void> {
    const day = 24 * 3600 * 1000;
    const now = this.clock.now().getTime();
    await this.outbox.purgeRelayedBefore(new Date(now - olderThanDays * day));
    await this.jobs.purgeFinishedBefore(new Date(now - Math.max(7, olderThanDays) * day));
  }
}
