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
