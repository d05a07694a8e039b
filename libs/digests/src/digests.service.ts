import { Injectable } from '@nestjs/common';
import { BadUserInputError, Clock, MailDeliveryRepository, pageSize } from '@cop/platform';
import type { DigestFrequency } from '@cop/identity';
import type { DeliveryStats } from '@cop/newsletter';
import { DigestSchedulingService } from './digest-scheduling.service';
import { type DigestRunRow, DigestsRepository } from './digests.repository';
import type { DigestRun, RunStatus } from './models/digest-run.model';

@Injectable()
export class DigestsService {
  constructor(
    private readonly repository: DigestsRepository,
    private readonly scheduling: DigestSchedulingService,
    private readonly deliveries: MailDeliveryRepository,
    private readonly clock: Clock,
  ) {}

  /**
   * The run of the period that ended last (in the default zone); its zones whose period has
   * ended start now, each once. A second call returns the same run and starts no zone twice.
   */
  async run(frequency: DigestFrequency): Promise<DigestRun> {
    if (frequency !== 'DAILY' && frequency !== 'WEEKLY')
      throw BadUserInputError.field('frequency', 'must be DAILY or WEEKLY');
    return toModel(await this.scheduling.startLastEnded(frequency, this.clock.now()));
  }

  async list(first: number | null): Promise<DigestRun[]> {
    return (await this.repository.listRuns(pageSize(first, 20))).map(toModel);
  }

  async delivery(run: DigestRun): Promise<DeliveryStats> {
    const [counts, skipped] = await Promise.all([
      this.deliveries.countByKeyPrefix(`digest:${run.id}:`),
      this.repository.skippedOf(run.id),
    ]);
    const recipients = Math.max(counts.sent + counts.failed, run.members - skipped);
    return {
      recipients,
      sent: counts.sent,
      failed: counts.failed,
      pending: Math.max(0, recipients - counts.sent - counts.failed),
    };
  }
}

function toModel(row: DigestRunRow): DigestRun {
  return {
    id: row.id,
    frequency: row.frequency as DigestFrequency,
    periodStart: new Date(row.periodStart),
    periodEnd: new Date(row.periodEnd),
    status: row.status as RunStatus,
    startedAt: new Date(row.startedAt),
    finishedAt: row.finishedAt ? new Date(row.finishedAt) : null,
    members: row.members,
  };
}
