import type { AppConfig } from '../config/config';
import type { QueueName } from './job-catalogue';

/** Recipients per newsletter batch job when the send rate is unlimited. */
export const NEWSLETTER_MAX_BATCH = 100;

export interface QueueWorkerOptions {
  concurrency: number;
  /** BullMQ's own limiter: at most `max` jobs of the queue start per `duration` ms, across all workers. */
  limiter?: { max: number; duration: number };
}

/**
 * Recipients per newsletter batch. Under a rate limit a batch holds about one second of
 * messages, so BullMQ's job limiter (one batch per window) paces messages without bursts
 * larger than a second's worth.
 */
export function newsletterBatchSize(ratePerSecond: number | null): number {
  if (ratePerSecond === null) return NEWSLETTER_MAX_BATCH;
  return Math.max(1, Math.min(NEWSLETTER_MAX_BATCH, Math.floor(ratePerSecond)));
}

/** How each queue's BullMQ Worker runs: the newsletter queue is paced by NEWSLETTER_RATE_PER_SECOND. */
export function queueWorkerOptions(
  queue: QueueName,
  config: Pick<AppConfig, 'newsletter'>,
): QueueWorkerOptions {
  if (queue !== 'newsletter') return { concurrency: 4 };
  const { ratePerSecond, concurrency } = config.newsletter;
  if (ratePerSecond === null) return { concurrency };
  const batch = newsletterBatchSize(ratePerSecond);
  // One batch of `batch` messages per window of batch / rate seconds.
  return { concurrency, limiter: { max: 1, duration: Math.ceil((1000 * batch) / ratePerSecond) } };
}
