import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { RateLimitedError } from '../errors/domain-errors';

/**
 * A named limit (points per window) per key, usually the client address. In memory, per API
 * process: it needs neither Redis nor the database, so it holds while either is down.
 */
export class RateLimit {
  private readonly limiter: RateLimiterMemory;

  constructor(
    readonly name: string,
    points: number,
    durationSeconds: number,
  ) {
    this.limiter = new RateLimiterMemory({ keyPrefix: name, points, duration: durationSeconds });
  }

  /** Takes one point for key; throws RateLimitedError with the wait when none is left. */
  async consume(key: string, points = 1): Promise<void> {
    try {
      await this.limiter.consume(key, points);
    } catch (res) {
      if (res instanceof RateLimiterRes) {
        throw new RateLimitedError(Math.max(1, Math.ceil(res.msBeforeNext / 1000)));
      }
      throw res;
    }
  }
}
