import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import { JOBS, JobName, QUEUES, QueueName } from './job-catalogue';
import { createRedis } from './redis-connection';

/** BullMQ job id: ':' separates BullMQ's own keys, so ids use '.' instead. */
export function bullJobId(id: string): string {
  return id.replace(/:/g, '.');
}

/** The BullMQ queues of the catalogue, as producers (fail fast when Redis is away). */
@Injectable()
export class QueueService implements OnModuleDestroy {
  private connection?: Redis;
  private readonly queues = new Map<QueueName, Queue>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  queue(name: QueueName): Queue {
    let q = this.queues.get(name);
    if (!q) {
      this.connection ??= createRedis(this.config.redisUrl, 'producer');
      q = new Queue(name, {
        connection: this.connection,
        prefix: this.config.queuePrefix,
        skipWaitingForReady: true,
        defaultJobOptions: {
          removeOnComplete: { age: 7 * 24 * 3600, count: 10000 },
          removeOnFail: { age: 30 * 24 * 3600 },
        },
      });
      q.on('error', () => undefined); // surfaced to the caller of add(); the relay retries
      this.queues.set(name, q);
    }
    return q;
  }

  /**
   * The queue, once its connection is initialised. BullMQ reads the server's version once when a
   * Queue is made and never retries it: a Queue first used while Redis was away would fail every
   * later call. Such a Queue is dropped here, so the next call (the relay retries) makes a new one.
   */
  private async ready(name: QueueName): Promise<Queue> {
    const q = this.queue(name);
    try {
      await q.waitUntilReady();
      return q;
    } catch (err) {
      if (this.queues.get(name) === q) this.queues.delete(name);
      // The connection is shared and stays open; only the broken Queue goes.
      void q.close().catch(() => undefined);
      throw err;
    }
  }

  allQueues(): Queue[] {
    return QUEUES.map((n) => this.queue(n));
  }

  /** Adds jobs, each to its catalogued queue, with its retry policy. */
  async addJobs(jobs: { name: JobName; payload: unknown; jobId: string; delayMs: number }[]): Promise<void> {
    const byQueue = new Map<QueueName, typeof jobs>();
    for (const j of jobs) {
      const q = JOBS[j.name].queue;
      byQueue.set(q, [...(byQueue.get(q) ?? []), j]);
    }
    for (const [queueName, list] of byQueue) {
      await (
        await this.ready(queueName)
      ).addBulk(
        list.map((j) => ({
          name: j.name,
          data: j.payload,
          opts: {
            jobId: bullJobId(j.jobId),
            delay: Math.max(0, j.delayMs),
            attempts: JOBS[j.name].attempts,
            backoff: { type: 'exponential', delay: this.config.jobRetryBaseMs },
          },
        })),
      );
    }
  }

  /**
   * Removes jobs from a queue by the ids they were enqueued with (bullJobId maps them); an id
   * already gone is no error, so a retried removal is harmless. Answers how many were removed
   * (a job running at that moment is locked and stays).
   */
  async removeJobs(queueName: QueueName, jobIds: readonly string[]): Promise<number> {
    const queue = await this.ready(queueName);
    let removed = 0;
    for (const id of jobIds) removed += await queue.remove(bullJobId(id));
    return removed;
  }

  /** Registers the periodic jobs of the catalogue (idempotent: upsert by scheduler id). */
  async upsertSchedulers(): Promise<void> {
    for (const name of Object.keys(JOBS) as JobName[]) {
      const spec = JOBS[name];
      if (!spec.schedule) continue;
      await (
        await this.ready(spec.queue)
      ).upsertJobScheduler(
        name,
        { pattern: spec.schedule.pattern, tz: spec.schedule.tz },
        {
          name,
          data: spec.schedule.payload,
          opts: {
            attempts: spec.attempts,
            backoff: { type: 'exponential', delay: this.config.jobRetryBaseMs },
          },
        },
      );
    }
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => q.close()));
    this.queues.clear();
    this.connection?.disconnect();
    this.connection = undefined;
  }
}
