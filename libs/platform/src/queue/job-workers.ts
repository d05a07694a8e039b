import { Inject, Injectable, Logger } from '@nestjs/common';
import { Job, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { Clock } from '../clock/clock';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import { JobName, QUEUES } from './job-catalogue';
import { InProcessJobRepository } from './in-process-jobs.repository';
import { InProcessWorkers } from './in-process-workers';
import { type QueueDriver, resolveQueueDriver } from './queue-driver';
import { redisOutage } from './redis-outage-reporter';
import { JobRegistry } from './job-registry';
import { createRedis } from './redis-connection';
import { JobMetrics } from './job-metrics';
import { queueWorkerOptions } from './queue-throttle';

/**
 * The consumers of every queue, dispatching each job to its registered handler: one BullMQ Worker
 * per queue, or with the in-process driver one PostgreSQL poller per queue (InProcessWorkers).
 */
@Injectable()
export class JobWorkers {
  private readonly logger = new Logger('JobWorkers');
  private workers: Worker[] = [];
  private inProcess?: InProcessWorkers;
  /** BullMQ leaves connections it was given open: they are closed here after the workers. */
  private connections: Redis[] = [];

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly registry: JobRegistry,
    private readonly metrics: JobMetrics,
    private readonly jobs: InProcessJobRepository,
    private readonly clock: Clock,
  ) {}

  /** Starts the consumers of the driver this process runs; answers which. */
  async start(opts: { pollMs?: number } = {}): Promise<QueueDriver> {
    const driver = await resolveQueueDriver(this.config);
    if (driver === 'in-process') this.startInProcess(opts.pollMs ?? 500);
    else this.startBullmq();
    return driver;
  }

  private startInProcess(pollMs: number): void {
    let failures = 0;
    this.inProcess = new InProcessWorkers({
      handlers: this.registry.build(),
      jobs: this.jobs,
      clock: this.clock,
      metrics: this.metrics,
      optionsOf: (queue) => queueWorkerOptions(queue, this.config),
      retryBaseMs: this.config.jobRetryBaseMs,
      pollMs,
      // The database away: said once, then every 100th poll, as the outbox relay does.
      onPollError: (err) => {
        if (failures++ % 100 === 0)
          this.logger.warn(`in-process queue: ${(err as Error)?.message ?? err} (${failures}x)`);
      },
    });
    this.inProcess.start();
  }

  /** Starts one Worker per queue, with the concurrency and rate limit of queueWorkerOptions. */
  private startBullmq(): void {
    const handlers = this.registry.build();
    for (const queue of QUEUES) {
      const worker = new Worker(
        queue,
        async (job: Job) => {
          const handler = handlers.get(job.name as JobName);
          if (!handler) throw new Error(`no handler for job "${job.name}"`);
          const stop = this.metrics.start(job.name);
          try {
            await handler.handle(job.data, {
              id: job.id ?? '',
              attemptsMade: job.attemptsMade,
              progress: (value) => job.updateProgress(value),
            });
            stop('completed');
          } catch (err) {
            stop('failed');
            throw err;
          }
        },
        {
          connection: this.track(createRedis(this.config.redisUrl, 'worker')),
          prefix: this.config.queuePrefix,
          ...queueWorkerOptions(queue, this.config),
        },
      );
      worker.on('failed', (job, err) => {
        this.logger.warn(`job ${job?.name} ${job?.id} failed (attempt ${job?.attemptsMade}): ${err.message}`);
      });
      // Connection errors come about twice a second per worker while Redis is away: one reporter says them.
      worker.on('error', (err) => redisOutage.failed(this.config.redisUrl, `worker ${queue}`, err));
      worker.on('ready', () => redisOutage.recovered(this.config.redisUrl));
      this.workers.push(worker);
    }
  }

  /** Stops taking jobs and waits for the running ones to finish. */
  async stop(): Promise<void> {
    const workers = this.workers;
    this.workers = [];
    const inProcess = this.inProcess;
    this.inProcess = undefined;
    await inProcess?.stop();
    if (redisOutage.down) {
      // Redis away: no job can finish anyway, and a graceful close would wait for it forever.
      for (const c of this.connections.splice(0)) c.disconnect();
      await Promise.all(workers.map((w) => w.close(true)));
      return;
    }
    await Promise.all(workers.map((w) => w.close()));
    for (const c of this.connections.splice(0)) c.disconnect();
  }

  private track(redis: Redis): Redis {
    this.connections.push(redis);
    return redis;
  }
}
