import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { Access } from '@cop/identity';
import {
  BadUserInputError,
  Clock,
  JOBS,
  NotFoundError,
  QueueService,
  isJobName,
  type JobName,
} from '@cop/platform';

/** What GET and POST /dev/clock answer: the platform's now and how far it is from the real one. */
interface ClockState {
  now: string;
  offsetMs: number;
}

/**
 * DEV_CLOCK (development only; ApiModule mounts it only then): the browser journeys run the
 * platform as a separate process, so they move its Clock and run a periodic job over HTTP, e.g.
 * an account erasure due after a 7-day grace period. The Clock is one per process then, so the
 * quick start's worker sees the same time.
 */
@Access('ANYONE')
@Controller('dev')
export class DevClockController {
  constructor(
    private readonly clock: Clock,
    private readonly queues: QueueService,
  ) {}

  @Get('clock')
  read(): ClockState {
    return this.state();
  }

  /** Body `{ "advanceMs": n }` moves the clock by n ms; `{ "at": "<ISO instant>" }` sets it. */
  @Post('clock')
  @HttpCode(200)
  move(@Body() body: unknown): ClockState {
    const { advanceMs, at } = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
    if (advanceMs !== undefined && at !== undefined)
      throw new BadUserInputError({ at: 'give advanceMs or at, not both' });
    if (advanceMs !== undefined) {
      if (typeof advanceMs !== 'number' || !Number.isFinite(advanceMs))
        throw new BadUserInputError({ advanceMs: 'must be a number of milliseconds' });
      this.clock.advance(advanceMs);
    } else if (at !== undefined) {
      const instant = typeof at === 'string' ? new Date(at) : null;
      if (!instant || Number.isNaN(instant.getTime()))
        throw new BadUserInputError({ at: 'must be an ISO 8601 instant' });
      this.clock.set(instant);
    } else {
      throw new BadUserInputError({ advanceMs: 'give advanceMs (ms) or at (an ISO instant)' });
    }
    return this.state();
  }

  /**
   * Queues a periodic job of the catalogue now, with its schedule's payload, as its scheduler
   * would: the worker runs it like any other (so it reads the moved Clock).
   */
  @Post('jobs/:name')
  @HttpCode(202)
  async run(@Param('name') name: string): Promise<{ jobId: string }> {
    const spec = isJobName(name) ? JOBS[name] : undefined;
    if (!spec?.schedule) throw new NotFoundError('Periodic job', name);
    const jobId = `dev-run.${name}.${Date.now()}`;
    await this.queues.addJobs([{ name: name as JobName, payload: spec.schedule.payload, jobId, delayMs: 0 }]);
    return { jobId };
  }

  private state(): ClockState {
    const now = this.clock.now();
    return { now: now.toISOString(), offsetMs: now.getTime() - Date.now() };
  }
}
