import { Injectable } from '@nestjs/common';
import {
  HandlesJob,
  type JobHandler,
  type JobPayloads,
  OutboxService,
  TransactionContext,
} from '@cop/platform';
import { DigestsRepository } from '../digests.repository';

export const DIGEST_BATCH_SIZE = 200;

/** Splits the run's members into batch jobs of ids; a re-run makes the same batches under the same ids. */
@Injectable()
@HandlesJob('digests.run')
export class DigestRunJob implements JobHandler<'digests.run'> {
  constructor(
    private readonly tx: TransactionContext,
    private readonly repository: DigestsRepository,
    private readonly outbox: OutboxService,
  ) {}

  async handle({ runId }: JobPayloads['digests.run']): Promise<void> {
    await this.tx.run(async () => {
      const run = await this.repository.findRun(runId, true);
      if (!run || run.status !== 'QUEUED') return;
      const ids = await this.repository.subscriberIds(run.frequency);
      const batches = Math.ceil(ids.length / DIGEST_BATCH_SIZE);
      await this.repository.startRun(runId, ids.length, batches);
      const jobs = [];
      for (let i = 0; i < batches; i++) {
        jobs.push({
          payload: {
            runId,
            batch: i,
            personIds: ids.slice(i * DIGEST_BATCH_SIZE, (i + 1) * DIGEST_BATCH_SIZE),
          },
          opts: { jobId: `digests-batch:${runId}:${i}` },
        });
      }
      await this.outbox.enqueueMany('digests.batch', jobs);
    });
  }
}
