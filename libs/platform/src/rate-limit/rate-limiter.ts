import {
  RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from 'rate-limiter-flexible';
import type { Cluster, Redis } from 'ioredis';
import { RateLimitedError } from '../errors/domain-errors';

/** Where limits are counted when several API processes must share them: one Redis, one key prefix. */
export interface RateLimitStore {
  redis: Redis | Cluster;
  /** Keys are `<prefix>:rate:<limit name>:<key>` (the queue prefix: several deployments on one Redis). */
  prefix: string;
}

/** The process's store, set by the platform at start (RateLimitSharing); null: memory only. */
let processStore: RateLimitStore | null = null;
let processStoreVersion = 0;

/** Counts every RateLimit of this process in `store` from now on (null: in memory, per process). */
export function shareRateLimits(store: RateLimitStore | null): void {
  processStore = store;
  processStoreVersion++;
}

export function sharedRateLimitStore(): RateLimitStore | null {
  return processStore;
}

/**
 * A named limit (points per window) per key, usually the client address. With a store (Redis),
 * every API process takes from one budget; while Redis is away each process falls back at once
 * to an in-memory limiter of the same size (rate-limiter-flexible's insurance), so the limit
 * still holds, per process, and needs neither Redis nor the database. Without a store: memory.
 */
export class RateLimit {
  private limiter?: RateLimiterAbstract;
  private builtFor = -1;

  /** `store`: this limit's own (tests); undefined follows the process's (shareRateLimits). */
  constructor(
    readonly name: string,
    private readonly points: number,
    private readonly durationSeconds: number,
    private readonly store?: RateLimitStore | null,
  ) {}

  /** Takes one point for key; throws RateLimitedError with the wait when none is left. */
  async consume(key: string, points = 1): Promise<void> {
    try {
      await this.current().consume(key, points);
    } catch (res) {
      if (res instanceof RateLimiterRes) {
        throw new RateLimitedError(Math.max(1, Math.ceil(res.msBeforeNext / 1000)));
      }
      throw res;
    }
  }

  private current(): RateLimiterAbstract {
    const version = this.store === undefined ? processStoreVersion : 0;
    if (this.limiter && this.builtFor === version) return this.limiter;
    const store = this.store === undefined ? processStore : this.store;
    const memory = new RateLimiterMemory({
      keyPrefix: this.name,
      points: this.points,
      duration: this.durationSeconds,
    });
    this.limiter = store
      ? new RateLimiterRedis({
          storeClient: store.redis,
          keyPrefix: `${store.prefix}:rate:${this.name}`,
          points: this.points,
          duration: this.durationSeconds,
          // Not connected (Redis away, reconnecting): the insurance answers at once instead of
          // every request waiting for a connection.
          rejectIfRedisNotReady: true,
          insuranceLimiter: memory,
        })
      : memory;
    this.builtFor = version;
    return this.limiter;
  }
}
