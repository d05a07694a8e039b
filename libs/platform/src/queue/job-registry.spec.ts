import { JOB_NAMES } from './job-catalogue';
import type { JobHandler } from './job-handler';
import { JobRegistry, JobRegistryError } from './job-registry';

const handler = (): JobHandler => ({ handle: async () => undefined });

describe('JobRegistry.validate', () => {
  const complete = () => new Map<string, JobHandler[]>(JOB_NAMES.map((n) => [n, [handler()]]));

  it('maps every catalogued job to its one handler', () => {
    expect([...JobRegistry.validate(complete()).keys()].sort()).toEqual([...JOB_NAMES].sort());
  });

  it('refuses a job with no handler', () => {
    const found = complete();
    found.delete(JOB_NAMES[0]);
    expect(() => JobRegistry.validate(found)).toThrow(
      new JobRegistryError(`Job registry: job "${JOB_NAMES[0]}" has no handler`),
    );
  });

  it('refuses a job with two handlers and a handler of an unknown job', () => {
    const found = complete();
    found.set(JOB_NAMES[0], [handler(), handler()]);
    found.set('nobody.knows', [handler()]);
    expect(() => JobRegistry.validate(found)).toThrow(
      /has 2 handlers; handler for unknown job "nobody.knows"/,
    );
  });
});
