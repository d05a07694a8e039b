import { SetMetadata } from '@nestjs/common';
import type { JobName, JobPayloads } from './job-catalogue';

export const JOB_HANDLER_METADATA = 'cop:job-handler';

/** What a handler learns of the job it runs. */
export interface JobContext {
  id: string;
  attemptsMade: number;
  /** Extends the job's lock for long runs and reports progress in Bull Board. */
  progress(value: number | object): Promise<void>;
}

/** The handler of one job name; it must be idempotent (a job can run more than once). */
export interface JobHandler<N extends JobName = JobName> {
  handle(payload: JobPayloads[N], job: JobContext): Promise<void>;
}

/** Marks a provider as the handler of `name`; the registry finds it at worker start. */
export const HandlesJob = (name: JobName) => SetMetadata(JOB_HANDLER_METADATA, name);
