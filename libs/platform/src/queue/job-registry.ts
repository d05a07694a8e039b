import { Injectable } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { JOB_NAMES, JobName, isJobName } from './job-catalogue';
import { JOB_HANDLER_METADATA, JobHandler } from './job-handler';

export class JobRegistryError extends Error {}

/** Maps every job name to its one handler; refuses to build when one is missing or doubled. */
@Injectable()
export class JobRegistry {
  private handlers?: Map<JobName, JobHandler>;

  constructor(private readonly discovery: DiscoveryService) {}

  build(): Map<JobName, JobHandler> {
    if (this.handlers) return this.handlers;
    const found = new Map<string, JobHandler[]>();
    for (const wrapper of this.discovery.getProviders()) {
      const { instance, metatype } = wrapper;
      if (!instance || !metatype) continue;
      const name = Reflect.getMetadata(JOB_HANDLER_METADATA, metatype) as string | undefined;
      if (!name) continue;
      found.set(name, [...(found.get(name) ?? []), instance as JobHandler]);
    }
    this.handlers = JobRegistry.validate(found);
    return this.handlers;
  }

  /** Pure check, also used by the unit test: one handler per catalogued job, nothing else. */
  static validate(found: Map<string, JobHandler[]>): Map<JobName, JobHandler> {
    const problems: string[] = [];
    for (const name of JOB_NAMES) {
      const handlers = found.get(name) ?? [];
      if (handlers.length === 0) problems.push(`job "${name}" has no handler`);
      if (handlers.length > 1) problems.push(`job "${name}" has ${handlers.length} handlers`);
    }
    for (const name of found.keys()) {
      if (!isJobName(name)) problems.push(`handler for unknown job "${name}" (not in the job catalogue)`);
    }
    if (problems.length > 0) throw new JobRegistryError(`Job registry: ${problems.join('; ')}`);
    return new Map([...found].map(([name, [handler]]) => [name as JobName, handler]));
  }
}
