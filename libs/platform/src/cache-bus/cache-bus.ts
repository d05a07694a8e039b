import { randomUUID } from 'node:crypto';
import type { OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import type { Cluster, Redis } from 'ioredis';
import type { AppConfig } from '../config/config';
import { resolveQueueDriver } from '../queue/queue-driver';
import { createRedis } from '../queue/redis-connection';
import { shareRateLimits, sharedRateLimitStore } from '../rate-limit/rate-limiter';

/**
 * What a subscriber is told: a message another process (or this one) published on its topic, or
 * null after the bus lost its subscription for a while (messages may have been missed: drop all).
 */
export type CacheBusListener = (message: string | null) => void;

/**
 * The Redis of shared state: the queue's, when the queue runs on BullMQ. The in-process driver
 * (no Redis, the quick start) keeps everything in this process: null.
 */
export async function sharedStateRedisUrl(config: AppConfig): Promise<string | null> {
  return (await resolveQueueDriver(config)) === 'bullmq' ? config.redisUrl : null;
}

/**
 * Invalidation of per-process caches across every API and worker process: a publish goes to
 * this process's listeners at once and, through Redis pub/sub, to every other process's. Without
 * Redis it is local only. Delivery is best effort (pub/sub keeps nothing for a process that is
 * disconnected), so caches keep their short TTL as the fallback.
 *
 * It also hands the same Redis to the rate limits, so every process takes from one budget.
 * One per application (PlatformModule), started and stopped with it.
 */
export class CacheBus implements OnModuleInit, OnApplicationShutdown {
  private readonly origin = randomUUID();
  private readonly listeners = new Map<string, Set<CacheBusListener>>();
  private publisher?: Redis | Cluster;
  private subscriber?: Redis | Cluster;
  private readonly channel: string;
  /** Settles once this process listens to Redis (tests wait for it; a Redis that is down: never). */
  subscribed: Promise<void> = Promise.resolve();

  /** connect: false (schema emission at build time) keeps it local, as without Redis. */
  constructor(
    private readonly config: AppConfig,
    private readonly connect = true,
  ) {
    this.channel = `${config.queuePrefix}:cache-invalidation`;
  }

  /** True when invalidations reach other processes (Redis), false when they stay in this one. */
  get shared(): boolean {
    return this.publisher !== undefined;
  }

  async onModuleInit(): Promise<void> {
    const url = this.connect ? await sharedStateRedisUrl(this.config) : null;
    if (!url) return;
    this.publisher = createRedis(url, 'producer');
    const subscriber = createRedis(url, 'worker');
    this.subscriber = subscriber;
    let connectedBefore = false;
    subscriber.on('ready', () => {
      // A reconnection: what was published meanwhile is lost, so every cache starts afresh.
      if (connectedBefore) this.deliverAll(null);
      connectedBefore = true;
    });
    subscriber.on('message', (_channel: string, raw: string) => this.receive(raw));
    this.subscribed = subscriber.subscribe(this.channel).then(
      () => undefined,
      () => undefined,
    );
    shareRateLimits({ redis: this.publisher, prefix: this.config.queuePrefix });
  }

  async onApplicationShutdown(): Promise<void> {
    if (!this.publisher) return;
    // Two apps in one process (tests): only the one whose Redis the limits use hands them back.
    if (sharedRateLimitStore()?.redis === this.publisher) shareRateLimits(null);
    const clients = [this.publisher, this.subscriber];
    this.publisher = this.subscriber = undefined;
    for (const c of clients) c?.disconnect();
  }

  /** Listens to a topic ('sessions', 'tokens', ...); returns the way to stop listening. */
  subscribe(topic: string, listener: CacheBusListener): () => void {
    const set = this.listeners.get(topic) ?? new Set<CacheBusListener>();
    set.add(listener);
    this.listeners.set(topic, set);
    return () => set.delete(listener);
  }

  /** Tells this process's listeners now, and other processes' as soon as Redis carries it. */
  publish(topic: string, message: string): void {
    this.deliver(topic, message);
    if (!this.publisher) return;
    const raw = JSON.stringify({ origin: this.origin, topic, message });
    // Redis away: the other processes' caches expire on their own (TTL), nothing to retry.
    void this.publisher.publish(this.channel, raw).catch(() => undefined);
  }

  private receive(raw: string): void {
    let parsed: { origin?: unknown; topic?: unknown; message?: unknown };
    try {
      parsed = JSON.parse(raw) as typeof parsed;
    } catch {
      return;
    }
    if (parsed.origin === this.origin) return; // delivered locally when published
    if (typeof parsed.topic === 'string' && typeof parsed.message === 'string')
      this.deliver(parsed.topic, parsed.message);
  }

  private deliver(topic: string, message: string | null): void {
    for (const l of this.listeners.get(topic) ?? []) l(message);
  }

  private deliverAll(message: null): void {
    for (const topic of this.listeners.keys()) this.deliver(topic, message);
  }
}
