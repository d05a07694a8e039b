import type { CacheBus } from '@cop/platform';
import type { Viewer } from './viewer';

/**
 * Sessions and tokens resolved in the last few seconds, so a burst of requests costs one
 * lookup. Revocations and role changes clear it in this process at once and, through the cache
 * bus (Redis pub/sub), in every other API process too; TTL_MS only bounds what a lost message
 * (Redis away) leaves stale.
 */
const TTL_MS = 10_000;
const MAX_ENTRIES = 10_000;
/**
 * A role change or a revocation clears the cache before its transaction commits: a request
 * racing the commit would re-read the old row and cache it for TTL_MS. So for a short while after
 * forget/forgetPerson nothing of that token or person is cached at all, here and in the
 * processes the bus told.
 */
const UNCACHED_AFTER_CHANGE_MS = 5_000;

type Invalidation = { token: string } | { person: string };

export class ViewerCache {
  private readonly entries = new Map<string, { viewer: Viewer | null; until: number }>();
  /** Person ids and token hashes changed lately, with the time until which they stay uncached. */
  private readonly changed = new Map<string, number>();

  /**
   * `now`: the platform clock's, so a test that moves the clock ages the cache too.
   * `bus` and `topic`: where invalidations go to (and come from) the other processes.
   */
  constructor(
    private readonly now: () => number,
    private readonly bus?: CacheBus,
    private readonly topic = 'viewers',
  ) {
    bus?.subscribe(topic, (message) => this.receive(message));
  }

  get(tokenHash: string): Viewer | null | undefined {
    const e = this.entries.get(tokenHash);
    if (!e) return undefined;
    if (e.until < this.now()) {
      this.entries.delete(tokenHash);
      return undefined;
    }
    return e.viewer;
  }

  set(tokenHash: string, viewer: Viewer | null): void {
    if (this.changedLately(tokenHash) || (viewer && this.changedLately(`person:${viewer.personId}`))) return;
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(tokenHash, { viewer, until: this.now() + TTL_MS });
  }

  /** A token revoked: dropped here and in every process. */
  forget(tokenHash: string): void {
    this.announce({ token: tokenHash });
  }

  /** A person's role changed or their tokens went: dropped here and in every process. */
  forgetPerson(personId: string): void {
    this.announce({ person: personId });
  }

  private announce(change: Invalidation): void {
    if (this.bus) this.bus.publish(this.topic, JSON.stringify(change));
    else this.apply(change);
  }

  private receive(message: string | null): void {
    if (message === null) {
      // The bus missed messages for a while (Redis away): nothing cached can be trusted.
      this.entries.clear();
      return;
    }
    try {
      this.apply(JSON.parse(message) as Invalidation);
    } catch {
      // Not ours to understand (another version's message): the TTL handles it.
    }
  }

  private apply(change: Invalidation): void {
    if (this.changed.size >= MAX_ENTRIES) this.changed.clear();
    const until = this.now() + UNCACHED_AFTER_CHANGE_MS;
    if ('token' in change) {
      this.changed.set(change.token, until);
      this.entries.delete(change.token);
    } else if ('person' in change) {
      this.changed.set(`person:${change.person}`, until);
      for (const [k, e] of this.entries) if (e.viewer?.personId === change.person) this.entries.delete(k);
    }
  }

  private changedLately(key: string): boolean {
    const until = this.changed.get(key);
    if (until === undefined) return false;
    if (until >= this.now()) return true;
    this.changed.delete(key);
    return false;
  }
}
