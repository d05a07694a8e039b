import { Inject, Injectable, Logger } from '@nestjs/common';
import { Job, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import { JobName, QUEUES } from './job-catalogue';
import { JobRegistry } from './job-registry';
import { createRedis } from './redis-connection';
import { JobMetrics } from './job-metrics';
import { queueWorkerOptions } from './queue-throttle';

/** One BullMQ Worker per queue, dispatching each job to its registered handler. */
@Injectable()
export class JobWorkers {
  private readonly logger = new Logger('JobWorkers');
  private workers: Worker[] = [];
  /** BullMQ leaves connections it was given open: they are closed here after the workers. */
  private connections: Redis[] = [];

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly registry: JobRegistry,
    private readonly metrics: JobMetrics,
  ) {}

  /** Starts one Worker per queue, with the concurrency and rate limit of queueWorkerOptions. */
  start(): void {
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
      worker.on('error', (err) => this.logger.warn(`worker ${queue}: ${err.message}`));
      this.workers.push(worker);
    }
  }

  /** Stops taking jobs and waits for the running ones to finish. */
  async stop(): Promise<void> {
    const workers = this.workers;
    this.workers = [];
    await Promise.all(workers.map((w) => w.close()));
    for (const c of this.connections.splice(0)) c.disconnect();
  }

  private track(redis: Redis): Redis {
    this.connections.push(redis);
    return redis;
  }
}
