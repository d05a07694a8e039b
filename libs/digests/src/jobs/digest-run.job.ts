import { Injectable } from '@nestjs/common';
import {
  Clock,
  HandlesJob,
  type JobHandler,
  type JobPayloads,
  OutboxService,
  TransactionContext,
} from '@cop/platform';
import { DigestSchedulingService } from '../digest-scheduling.service';
import { DigestsRepository } from '../digests.repository';

export const DIGEST_BATCH_SIZE = 200;

/**
 * Takes the members of one zone of a run (a snapshot) and splits them into batch jobs; a re-run
 * finds the zone run started and does nothing, a retry of a rolled-back one makes the same jobs.
 */
@Injectable()
@HandlesJob('digests.run')
export class DigestRunJob implements JobHandler<'digests.run'> {
  constructor(
    private readonly tx: TransactionContext,
    private readonly repository: DigestsRepository,
    private readonly scheduling: DigestSchedulingService,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  async handle({ zoneRunId }: JobPayloads['digests.run']): Promise<void> {
    await this.tx.run(async () => {
      const zoneRun = await this.repository.findZoneRun(zoneRunId, true);
      if (!zoneRun || zoneRun.status !== 'QUEUED') return;
      const stored = await this.scheduling.storedZonesOf(zoneRun.frequency, zoneRun.zone);
      const ids = stored.length
        ? await this.repository.zoneMembers(zoneRun.frequency, stored, zoneRun.runId)
        : [];
      const batches = Math.ceil(ids.length / DIGEST_BATCH_SIZE);
      const now = this.clock.now();
      await this.repository.startZoneRun(zoneRunId, ids.length, batches, now);
      const jobs = [];
      for (let i = 0; i < batches; i++) {
        jobs.push({
          payload: {
            zoneRunId,
            batch: i,
            personIds: ids.slice(i * DIGEST_BATCH_SIZE, (i + 1) * DIGEST_BATCH_SIZE),
          },
        });
      }
      await this.outbox.enqueueMany('digests.batch', jobs);
      await this.repository.refreshRun(zoneRun.runId, now);
    });
  }
}
