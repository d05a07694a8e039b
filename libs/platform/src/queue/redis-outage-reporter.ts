import { Logger } from '@nestjs/common';

/** First report at once, then after 1 min, 2, 4, 8, 16, and every 30 min while the outage lasts. */
export const OUTAGE_REPORT_FIRST_GAP_MS = 60_000;
export const OUTAGE_REPORT_MAX_GAP_MS = 30 * 60_000;

/**
 * The one voice of an unreachable Redis (issue 25). BullMQ workers, the outbox relay and the
 * scheduler registration all fail together when Redis is away; each of them used to print its own
 * warning, twice a second in all. They now tell this reporter, which says it once, then again at
 * growing intervals with how many failures it kept quiet, and once more when Redis answers again.
 */
export class RedisOutageReporter {
  private downSince?: number;
  private nextReportAt = 0;
  private gapMs = OUTAGE_REPORT_FIRST_GAP_MS;
  private quiet = 0;

  constructor(
    private readonly log: (message: string) => void,
    private readonly now: () => number = Date.now,
  ) {}

  /** `source` failed to reach Redis at `url` (a worker, the relay, the schedulers). */
  failed(url: string, source: string, err: unknown): void {
    const t = this.now();
    const reason = String((err as Error)?.message ?? err);
    if (this.downSince === undefined) {
      this.downSince = t;
      this.gapMs = OUTAGE_REPORT_FIRST_GAP_MS;
      this.quiet = 0;
      this.nextReportAt = t + this.gapMs;
      this.log(
        `Redis at ${redactUrl(url)} is unreachable (${source}: ${reason}); jobs wait in the outbox, retrying`,
      );
      return;
    }
    if (t < this.nextReportAt) {
      this.quiet++;
      return;
    }
    const minutes = Math.round((t - this.downSince) / 60_000);
    this.log(
      `Redis at ${redactUrl(url)} still unreachable after ${minutes} min (${this.quiet + 1} failures since the last report; ${source}: ${reason})`,
    );
    this.quiet = 0;
    this.gapMs = Math.min(this.gapMs * 2, OUTAGE_REPORT_MAX_GAP_MS);
    this.nextReportAt = t + this.gapMs;
  }

  /** Redis answered: says so once if an outage was reported. */
  recovered(url: string): void {
    if (this.downSince === undefined) return;
    const seconds = Math.round((this.now() - this.downSince) / 1000);
    this.downSince = undefined;
    this.log(`Redis at ${redactUrl(url)} answers again (after ${seconds} s)`);
  }

  get down(): boolean {
    return this.downSince !== undefined;
  }
}

/** `redis://user:secret@host` → `redis://user:***@host`. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:@/]*):[^@/]+@/, '//$1:***@');
}

const logger = new Logger('Redis');

/** This process's reporter (the quick start's API and worker share it). */
export const redisOutage = new RedisOutageReporter((message) => logger.warn(message));
