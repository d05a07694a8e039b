import { Inject, Injectable, OnModuleDestroy, Optional } from '@nestjs/common';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import { JOBS, JobName, QUEUES, QueueName } from './job-catalogue';
import { createRedis } from './redis-connection';
import { InProcessJobRepository } from './in-process-jobs.repository';
import { inProcessJobsAdded, nextCronInstant } from './in-process-workers';
import { type QueueDriver, resolveQueueDriver } from './queue-driver';
import { Clock } from '../clock/clock';

/** BullMQ job id: ':' separates BullMQ's own keys, so ids use '.' instead. */
export function bullJobId(id: string): string {
  return id.replace(/:/g, '.');
}

/**
 * The queues of the catalogue, as producers, on the driver this process runs (QUEUE_DRIVER):
 * BullMQ (fail fast when Redis is away: the outbox keeps the work), or the in-process driver's
 * PostgreSQL table. Job ids, retries and schedulers mean the same on both.
 */
@Injectable()
export class QueueService implements OnModuleDestroy {
  private connection?: Redis;
  private readonly queues = new Map<QueueName, Queue>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    // Absent only where a test builds the BullMQ producer by hand.
    @Optional() private readonly inProcess?: InProcessJobRepository,
    @Optional() private readonly clock?: Clock,
  ) {}

  /** The driver of this process (QUEUE_DRIVER, `auto` settled once). */
  driver(): Promise<QueueDriver> {
    return resolveQueueDriver(this.config);
  }

  private async inProcessJobs(): Promise<InProcessJobRepository | undefined> {
    if ((await this.driver()) !== 'in-process') return undefined;
    if (!this.inProcess) throw new Error('the in-process queue driver needs the QueueModule');
    return this.inProcess;
  }

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
    const inProcess = await this.inProcessJobs();
    if (inProcess) {
      await inProcess.add(
        jobs.map((j) => ({
          id: j.jobId,
          queue: JOBS[j.name].queue,
          name: j.name,
          payload: j.payload,
          maxAttempts: JOBS[j.name].attempts,
          delayMs: j.delayMs,
        })),
      );
      inProcessJobsAdded.emit('added', [...new Set(jobs.map((j) => JOBS[j.name].queue))]);
      return;
    }
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
    const inProcess = await this.inProcessJobs();
    if (inProcess) return inProcess.remove(queueName, jobIds);
    const queue = await this.ready(queueName);
    let removed = 0;
    for (const id of jobIds) removed += await queue.remove(bullJobId(id));
    return removed;
  }

  /** Registers the periodic jobs of the catalogue (idempotent: upsert by scheduler id). */
  async upsertSchedulers(): Promise<void> {
    const inProcess = await this.inProcessJobs();
    for (const name of Object.keys(JOBS) as JobName[]) {
      const spec = JOBS[name];
      if (!spec.schedule) continue;
      if (inProcess) {
        const { pattern, tz } = spec.schedule;
        const now = (this.clock ?? new Clock()).now();
        await inProcess.upsertScheduler(name, pattern, tz, nextCronInstant(pattern, tz, now));
        continue;
      }
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
