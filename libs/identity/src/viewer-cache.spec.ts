import type { CacheBus } from '@cop/platform';
import type { Viewer } from './viewer';
import { ViewerCache } from './viewer-cache';

describe('ViewerCache', () => {
  let now = 0;
  const cache = new ViewerCache(() => now);
  const guest: Viewer = { personId: 'p1', role: 'GUEST', via: 'session' };
  const other: Viewer = { personId: 'p2', role: 'MEMBER', via: 'session' };

  beforeEach(() => {
    now = 1_000_000;
  });

  it('keeps a viewer for ten seconds', () => {
    cache.set('a', other);
    now += 9_999;
    expect(cache.get('a')).toEqual(other);
    now += 2;
    expect(cache.get('a')).toBeUndefined();
  });

  it('after a role change, caches nothing of that person for a while: a request racing the commit cannot keep the old role', () => {
    cache.set('s1', guest);
    cache.set('s2', other);
    cache.forgetPerson('p1');
    expect(cache.get('s1')).toBeUndefined();
    expect(cache.get('s2')).toEqual(other);
    // A request that read the row before the change committed would cache GUEST again: it is not kept.
    cache.set('s1', guest);
    expect(cache.get('s1')).toBeUndefined();
    now += 5_001;
    cache.set('s1', { ...guest, role: 'MEMBER' });
    expect(cache.get('s1')).toEqual({ ...guest, role: 'MEMBER' });
  });
});

describe('ViewerCache on a bus', () => {
  let now = 1_000_000;
  const listeners = new Map<string, (m: string | null) => void>();
  const published: string[] = [];
  // The bus as the cache uses it: a publish comes back to every listener, this process's included.
  const bus = {
    subscribe: (topic: string, l: (m: string | null) => void) => listeners.set(topic, l),
    publish: (topic: string, m: string) => {
      published.push(m);
      listeners.get(topic)!(m);
    },
  } as unknown as CacheBus;
  const cache = new ViewerCache(() => now, bus, 'sessions');
  const member: Viewer = { personId: 'p3', role: 'MEMBER', via: 'session' };

  it('publishes a revocation, and keeps the revoked token uncached for a while (a racing read)', () => {
    cache.set('t', member);
    cache.forget('t');
    expect(published).toEqual([JSON.stringify({ token: 't' })]);
    expect(cache.get('t')).toBeUndefined();
    cache.set('t', member);
    expect(cache.get('t')).toBeUndefined();
    now += 5_001;
    cache.set('t', null);
    expect(cache.get('t')).toBeNull();
  });

  it("applies another process's invalidation, and drops everything when the bus missed messages", () => {
    cache.set('u', member);
    cache.set('v', { ...member, personId: 'p4' });
    listeners.get('sessions')!(JSON.stringify({ person: 'p3' }));
    expect(cache.get('u')).toBeUndefined();
    expect(cache.get('v')).toBeDefined();
    listeners.get('sessions')!(null);
    expect(cache.get('v')).toBeUndefined();
  });
});
