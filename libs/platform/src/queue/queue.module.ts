import { Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { InProcessJobRepository } from './in-process-jobs.repository';
import { JobMetrics } from './job-metrics';
import { JobRegistry } from './job-registry';
import { JobWorkers } from './job-workers';
import { OutboxEntity } from './outbox.entity';
import { OutboxRelay } from './outbox-relay';
import { OutboxRepository } from './outbox.repository';
import { OutboxService } from './outbox.service';
import { PurgeOutboxJob } from './purge-outbox.job';
import { QueueService } from './queue.service';

/** The producer side, for the API and the worker: the outbox and the queues. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([OutboxEntity])],
  providers: [OutboxRepository, OutboxService, QueueService, InProcessJobRepository],
  exports: [OutboxService, QueueService, OutboxRepository, InProcessJobRepository],
})
export class QueueModule {}

/** The consumer side, for the worker: the relay, the registry and the workers (BullMQ or in-process). */
@Module({
  imports: [DiscoveryModule],
  providers: [JobRegistry, JobWorkers, OutboxRelay, JobMetrics, PurgeOutboxJob],
  exports: [JobRegistry, JobWorkers, OutboxRelay],
})
export class WorkerRuntimeModule {}
