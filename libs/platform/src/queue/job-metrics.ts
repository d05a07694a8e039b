import { Injectable } from '@nestjs/common';
import { Counter, Histogram, register } from 'prom-client';

/** Prometheus metrics of job runs (exposed by the worker's registry and the API's /metrics). */
@Injectable()
export class JobMetrics {
  private readonly duration =
    (register.getSingleMetric('cop_job_duration_seconds') as Histogram<'job' | 'outcome'>) ??
    new Histogram({ name: 'cop_job_duration_seconds', help: 'Job run time', labelNames: ['job', 'outcome'] });
  private readonly runs =
    (register.getSingleMetric('cop_jobs_total') as Counter<'job' | 'outcome'>) ??
    new Counter({ name: 'cop_jobs_total', help: 'Jobs run', labelNames: ['job', 'outcome'] });

  start(job: string): (outcome: 'completed' | 'failed') => void {
    const end = this.duration.startTimer({ job });
    return (outcome) => {
      end({ outcome });
      this.runs.inc({ job, outcome });
    };
  }
}
