import { Injectable } from '@nestjs/common';
import { jobIdOf, type JobName, type JobPayloads } from './job-catalogue';
import { OutboxRepository } from './outbox.repository';

export interface EnqueueOptions {
  /** Run no earlier than this instant. */
  runAt?: Date;
}

/**
 * How domains ask for work after a change (DESIGN rule 7): the job is written to the outbox
 * in the caller's transaction, and relayed to BullMQ after it commits. A Redis outage delays
 * the work and loses nothing.
 */
@Injectable()
export class OutboxService {
  constructor(private readonly outbox: OutboxRepository) {}

  enqueue<N extends JobName>(name: N, payload: JobPayloads[N], opts: EnqueueOptions = {}): Promise<void> {
    return this.outbox.insert([{ jobName: name, payload, jobId: jobIdOf(name, payload), runAt: opts.runAt }]);
  }

  /**
   * Deletes, in the caller's transaction, the rows with these job ids (jobIdOf) that were not relayed yet:
   * work the change makes pointless never reaches BullMQ. (Relayed jobs are the caller's to remove.)
   */
  withdrawPending(jobIds: readonly string[]): Promise<number> {
    return this.outbox.deletePending(jobIds);
  }

  enqueueMany<N extends JobName>(
    name: N,
    jobs: { payload: JobPayloads[N]; opts?: EnqueueOptions }[],
  ): Promise<void> {
    return this.outbox.insert(
      jobs.map((j) => ({
        jobName: name,
        payload: j.payload,
        jobId: jobIdOf(name, j.payload),
        runAt: j.opts?.runAt,
      })),
    );
  }
}
