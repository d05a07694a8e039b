import { EventEmitter } from 'node:events';
import { Logger } from '@nestjs/common';
import { CronExpressionParser } from 'cron-parser';
import { JOBS, JobName, QUEUES, QueueName, isJobName } from './job-catalogue';
import type { JobHandler } from './job-handler';
import type { Clock } from '../clock/clock';
import type { JobMetrics } from './job-metrics';
import type { InProcessJob, InProcessJobRepository } from './in-process-jobs.repository';
import type { QueueWorkerOptions } from './queue-throttle';

/** How long a claim holds a job (BullMQ's lock duration); a dead process's jobs are taken over after it. */
export const IN_PROCESS_CLAIM_SECONDS = 30;

/**
 * Jobs added in this process wake its pollers at once (the quick start's API and worker are two
 * Nest contexts in one process); other processes find them at their next poll.
 */
export const inProcessJobsAdded = new EventEmitter();

/** The next instant of a cron pattern after `after`, in its zone. */
export function nextCronInstant(pattern: string, tz: string, after: Date): Date {
  return CronExpressionParser.parse(pattern, { currentDate: after, tz }).next().toDate();
}

/** BullMQ's exponential backoff: base, 2 × base, 4 × base … after the 1st, 2nd, 3rd failure. */
export function backoffMs(attemptsMade: number, baseMs: number): number {
  return Math.round(2 ** Math.max(0, attemptsMade - 1) * baseMs);
}

export interface InProcessWorkerOptions {
  handlers: Map<JobName, JobHandler>;
  jobs: InProcessJobRepository;
  clock: Clock;
  metrics: JobMetrics;
  /** Concurrency and limiter per queue, as the BullMQ workers take them (queueWorkerOptions). */
  optionsOf: (queue: QueueName) => QueueWorkerOptions;
  retryBaseMs: number;
  pollMs: number;
  /** Errors of the poll itself (the database away): the caller decides how loud. */
  onPollError: (err: unknown) => void;
  claimSeconds?: number;
}

/**
 * The in-process driver's consumers (issue 25): for each queue, a poller claims due jobs from
 * PostgreSQL up to the queue's concurrency and runs them with the same handlers as BullMQ's
 * workers; failures back off as the catalogue's attempts and JOB_RETRY_BASE_MS say. It also fires
 * the job schedulers that are due, once per period whatever the number of processes.
 */
export class InProcessWorkers {
  private readonly logger = new Logger('InProcessWorkers');
  private readonly pollers: QueuePoller[];
  private timer?: NodeJS.Timeout;
  private stopped = false;
  private schedulersRunning?: Promise<void>;
  private readonly onAdded = (queues: QueueName[]) => {
    for (const p of this.pollers) if (queues.includes(p.queue)) p.wake();
  };

  constructor(private readonly o: InProcessWorkerOptions) {
    const claimSeconds = o.claimSeconds ?? IN_PROCESS_CLAIM_SECONDS;
    this.pollers = QUEUES.map(
      (queue) =>
        new QueuePoller(queue, o.optionsOf(queue), claimSeconds, (job) => this.run(job, claimSeconds), o),
    );
  }

  start(): void {
    inProcessJobsAdded.on('added', this.onAdded);
    const tick = () => {
      if (this.stopped) return;
      this.schedulersRunning ??= this.fireSchedulers()
        .catch((err) => this.o.onPollError(err))
        .finally(() => (this.schedulersRunning = undefined));
      for (const p of this.pollers) p.wake();
      this.timer = setTimeout(tick, this.o.pollMs);
    };
    tick();
  }

  /** Stops claiming and waits for the running jobs to finish. */
  async stop(): Promise<void> {
    this.stopped = true;
    inProcessJobsAdded.off('added', this.onAdded);
    if (this.timer) clearTimeout(this.timer);
    await this.schedulersRunning;
    await Promise.all(this.pollers.map((p) => p.stop()));
  }

  /** Queues the due occurrence of each due scheduler (idempotent by job id) and moves it on. */
  private async fireSchedulers(): Promise<void> {
    const due = await this.o.jobs.claimDueSchedulers(IN_PROCESS_CLAIM_SECONDS);
    for (const s of due) {
      if (!isJobName(s.name)) continue; // a newer release's scheduler: its claim lapses
      const spec = JOBS[s.name];
      await this.o.jobs.add([
        {
          id: `scheduler:${s.name}:${s.nextRunAt.getTime()}`,
          queue: spec.queue,
          name: s.name,
          payload: spec.schedule?.payload ?? {},
          maxAttempts: spec.attempts,
          delayMs: 0,
        },
      ]);
      // Once per period: a clock moved by days fires one occurrence, then the next after its now.
      const now = this.o.clock.now();
      await this.o.jobs.advanceScheduler(
        s,
        nextCronInstant(s.pattern, s.tz, now > s.nextRunAt ? now : s.nextRunAt),
      );
      this.onAdded([spec.queue]);
    }
  }

  private async run(job: InProcessJob, claimSeconds: number): Promise<void> {
    const handler = isJobName(job.name) ? this.o.handlers.get(job.name) : undefined;
    const stop = this.o.metrics.start(job.name);
    try {
      if (!handler) throw new Error(`no handler for job "${job.name}"`);
      await handler.handle(job.payload as never, {
        id: job.id,
        attemptsMade: job.attemptsMade,
        progress: async () => {
          await this.o.jobs.extendClaim(job, claimSeconds);
        },
      });
      stop('completed');
      await this.o.jobs.complete(job);
    } catch (err) {
      stop('failed');
      const attemptsMade = job.attemptsMade + 1;
      const final = attemptsMade >= job.maxAttempts;
      const message = String((err as Error)?.message ?? err);
      this.logger.warn(`job ${job.name} ${job.id} failed (attempt ${attemptsMade}): ${message}`);
      await this.o.jobs
        .failed(job, message, final ? null : backoffMs(attemptsMade, this.o.retryBaseMs))
        .catch((e) => this.o.onPollError(e)); // the claim lapses and the job runs again
    }
  }
}

/** One queue's consumer: claims due jobs while it has free slots (and its limiter allows). */
class QueuePoller {
  private running = 0;
  private readonly inFlight = new Set<Promise<void>>();
  private claiming = false;
  private again = false;
  private stopped = false;
  private windowStart = 0;
  private startedInWindow = 0;
  private limiterTimer?: NodeJS.Timeout;

  constructor(
    readonly queue: QueueName,
    private readonly options: QueueWorkerOptions,
    private readonly claimSeconds: number,
    private readonly run: (job: InProcessJob) => Promise<void>,
    private readonly o: Pick<InProcessWorkerOptions, 'jobs' | 'onPollError'>,
  ) {}

  /** Claims what it can now; a wake during a claim claims again after it. */
  wake(): void {
    if (this.stopped) return;
    if (this.claiming) {
      this.again = true;
      return;
    }
    this.claiming = true;
    void this.claim()
      .catch((err) => this.o.onPollError(err))
      .finally(() => {
        this.claiming = false;
        if (this.again) {
          this.again = false;
          this.wake();
        }
      });
  }

  private async claim(): Promise<void> {
    let free = this.options.concurrency - this.running;
    const limiter = this.options.limiter;
    if (limiter) {
      const now = Date.now();
      if (now - this.windowStart >= limiter.duration) {
        this.windowStart = now;
        this.startedInWindow = 0;
      }
      free = Math.min(free, limiter.max - this.startedInWindow);
      if (free <= 0 && !this.limiterTimer) {
        this.limiterTimer = setTimeout(
          () => {
            this.limiterTimer = undefined;
            this.wake();
          },
          this.windowStart + limiter.duration - now,
        );
      }
    }
    if (free <= 0) return;
    const jobs = await this.o.jobs.claim(this.queue, free, this.claimSeconds);
    this.startedInWindow += jobs.length;
    for (const job of jobs) {
      this.running++;
      const p = this.run(job).finally(() => {
        this.running--;
        this.inFlight.delete(p);
        this.wake();
      });
      this.inFlight.add(p);
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.limiterTimer) clearTimeout(this.limiterTimer);
    while (this.claiming || this.inFlight.size > 0) {
      await Promise.all([...this.inFlight]);
      if (this.claiming) await new Promise((r) => setTimeout(r, 10));
    }
  }
}
