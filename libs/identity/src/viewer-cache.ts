import type { Viewer } from './viewer';

/**
 * Sessions and tokens resolved in the last few seconds, so a burst of requests costs one
 * lookup. Revocations and role changes clear it in this process; other API processes see them
 * within TTL_MS.
 */
const TTL_MS = 10_000;
const MAX_ENTRIES = 10_000;
/**
 * A role change clears the cache inside the mutation's transaction, before it commits: a request
 * of that person racing the commit would re-read the old role and cache it for TTL_MS. So for a
 * short while after forgetPerson nothing of that person is cached at all.
 */
const UNCACHED_AFTER_CHANGE_MS = 5_000;

export class ViewerCache {
  private readonly entries = new Map<string, { viewer: Viewer | null; until: number }>();
  private readonly changed = new Map<string, number>();

  /** `now`: the platform clock's, so a test that moves the clock ages the cache too. */
  constructor(private readonly now: () => number) {}

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
    const changedUntil = viewer ? this.changed.get(viewer.personId) : undefined;
    if (changedUntil !== undefined) {
      if (changedUntil >= this.now()) return;
      this.changed.delete(viewer!.personId);
    }
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(tokenHash, { viewer, until: this.now() + TTL_MS });
  }

  forget(tokenHash: string): void {
    this.entries.delete(tokenHash);
  }

  forgetPerson(personId: string): void {
    if (this.changed.size >= MAX_ENTRIES) this.changed.clear();
    this.changed.set(personId, this.now() + UNCACHED_AFTER_CHANGE_MS);
    for (const [k, e] of this.entries) if (e.viewer?.personId === personId) this.entries.delete(k);
  }
}
