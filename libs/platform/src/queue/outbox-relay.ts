import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { Clock } from '../clock/clock';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import { isJobName } from './job-catalogue';
import { OutboxRepository } from './outbox.repository';
import { QueueService } from './queue.service';
import { redisOutage } from './redis-outage-reporter';

/**
 * Moves committed outbox rows to the queues: BullMQ, or with the in-process driver the PostgreSQL
 * queue whose pollers in this process run them at once (QueueService.addJobs wakes them). Rows are leased (SKIP LOCKED) so several relays can
 * run at once; a row is marked relayed only after Redis took the job, and BullMQ's job id
 * dedupes the rare row relayed twice (a relay that died between the two steps).
 */
@Injectable()
export class OutboxRelay implements OnModuleDestroy {
  private readonly logger = new Logger('OutboxRelay');
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;
  private stopped = true;
  private failures = 0;

  constructor(
    private readonly outbox: OutboxRepository,
    private readonly queues: QueueService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Relays one batch; returns how many rows were relayed. */
  async relayBatch(limit = 200): Promise<number> {
    const rows = await this.outbox.lease(limit, 30);
    if (rows.length === 0) return 0;
    const unknown = rows.filter((r) => !isJobName(r.jobName));
    if (unknown.length > 0) {
      // A row of a job this build does not know (a newer release wrote it): leave it for that release.
      await this.outbox.release(
        unknown.map((r) => r.id),
        'unknown job name',
        3600,
      );
    }
    const known = rows.filter((r) => isJobName(r.jobName));
    if (known.length === 0) return 0;
    try {
      // Run-at instants are the Clock's (services plan by it): the delay is measured on it too.
      const now = this.clock.now().getTime();
      await withTimeout(
        this.queues.addJobs(
          known.map((r) => ({
            name: r.jobName as never,
            payload: r.payload,
            jobId: r.jobId,
            delayMs: r.runAt.getTime() - now,
          })),
        ),
        10000,
      );
    } catch (err) {
      const retryIn = Math.min(2 ** Math.min(this.failures, 5), 30);
      await this.outbox.release(
        known.map((r) => r.id),
        String((err as Error)?.message ?? err),
        retryIn,
      );
      if (err && typeof err === 'object') queueStepErrors.add(err);
      throw err;
    }
    await this.outbox.markRelayed(known.map((r) => r.id));
    return known.length;
  }

  /** Relays until the outbox is empty. */
  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const n = await this.relayBatch();
      total += n;
      if (n === 0) return total;
    }
  }

  /** Polls the outbox every intervalMs; errors back off and never stop the loop. */
  start(intervalMs = 250): void {
    if (!this.stopped) return;
    this.stopped = false;
    const tick = async () => {
      if (this.stopped) return;
      let delay = intervalMs;
      try {
        const drained = this.drain();
        this.running = drained;
        // Rows handed over: the queue answered (an empty outbox says nothing of Redis).
        if ((await drained) > 0) redisOutage.recovered(this.config.redisUrl);
        this.failures = 0;
      } catch (err) {
        this.failures++;
        delay = Math.min(intervalMs * 2 ** this.failures, 10000);
        if (queueStepErrors.has(err as object) && (await this.queues.driver()) === 'bullmq') {
          // Almost always Redis away: said with the workers' errors, once and then rarely.
          redisOutage.failed(this.config.redisUrl, 'outbox relay', err);
        } else if (this.failures === 1 || this.failures % 20 === 0) {
          this.logger.warn(
            `outbox relay failed (${this.failures}x), retrying: ${(err as Error)?.message ?? err}`,
          );
        }
      }
      if (!this.stopped) this.timer = setTimeout(tick, delay);
    };
    this.timer = setTimeout(tick, 0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running?.catch(() => undefined);
  }

  onModuleDestroy(): Promise<void> {
    return this.stop();
  }
}

/** Errors of the step that hands rows to the queue (Redis, with BullMQ), not of the database. */
const queueStepErrors = new WeakSet<object>();

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Redis did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}
