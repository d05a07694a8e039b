import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import {
  AppConfig,
  JobRegistry,
  JobWorkers,
  OutboxRelay,
  QueueService,
  type QueueDriver,
  redisOutage,
  startDefaultMetrics,
} from '@cop/platform';
import { WorkerModule } from './worker.module';

export interface RunningWorker {
  /** The worker's context: tests reach its Clock and QueueService through it. */
  app: INestApplicationContext;
  relay: OutboxRelay;
  /** The queue driver it runs (QUEUE_DRIVER, `auto` settled). */
  driver: QueueDriver;
  stop(): Promise<void>;
}

/**
 * Starts the worker: checks that every job has exactly one handler (refusing to start
 * otherwise), registers the periodic jobs, starts the workers of the queue driver (BullMQ, or
 * in-process on PostgreSQL) and the outbox relay.
 */
export async function startWorker(
  config: AppConfig,
  opts: {
    logger?: boolean;
    relayIntervalMs?: number;
    schedulers?: boolean;
    /** In-process driver: how often each queue looks for due jobs (jobs added here wake it at once). */
    pollMs?: number;
  } = {},
): Promise<RunningWorker> {
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    bufferLogs: opts.logger !== false,
    logger: opts.logger === false ? ['error'] : undefined,
  });
  if (opts.logger !== false) app.useLogger(app.get(Logger));
  app.get(JobRegistry).build();
  startDefaultMetrics('cop_worker_');
  const workers = app.get(JobWorkers);
  const relay = app.get(OutboxRelay);
  if (opts.schedulers !== false) {
    await app
      .get(QueueService)
      .upsertSchedulers()
      .catch((err: Error) => redisOutage.failed(config.redisUrl, 'job schedulers not registered yet', err));
  }
  const driver = await workers.start({ pollMs: opts.pollMs });
  relay.start(opts.relayIntervalMs ?? 250);
  let stopping: Promise<void> | undefined;
  return {
    app,
    relay,
    driver,
    stop: () =>
      (stopping ??= (async () => {
        await relay.stop();
        await workers.stop();
        await app.close();
      })()),
  };
}
