import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import {
  AppConfig,
  JobRegistry,
  JobWorkers,
  OutboxRelay,
  QueueService,
  startDefaultMetrics,
} from '@cop/platform';
import { WorkerModule } from './worker.module';

export interface RunningWorker {
  /** The worker's context: tests reach its Clock and QueueService through it. */
  app: INestApplicationContext;
  relay: OutboxRelay;
  stop(): Promise<void>;
}

/**
 * Starts the worker: checks that every job has exactly one handler (refusing to start
 * otherwise), registers the periodic jobs, starts the BullMQ workers and the outbox relay.
 */
export async function startWorker(
  config: AppConfig,
  opts: { logger?: boolean; relayIntervalMs?: number; schedulers?: boolean } = {},
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
      .catch((err: Error) => console.warn(`job schedulers not registered yet (Redis?): ${err.message}`));
  }
  workers.start();
  relay.start(opts.relayIntervalMs ?? 250);
  let stopping: Promise<void> | undefined;
  return {
    app,
    relay,
    stop: () =>
      (stopping ??= (async () => {
        await relay.stop();
        await workers.stop();
        await app.close();
      })()),
  };
}
