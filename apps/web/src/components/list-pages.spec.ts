import { describe, expect, it } from '@jest/globals';
import { listPagesShown } from './list-pages';

const groups = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => ({ id: `g${from + i}` }));

describe('"Show more" over a list paged by its last id', () => {
  it('appends each page to the ones shown and asks the next after the last id', () => {
    const first = listPagesShown([], groups(1, 30), 30);
    expect(first.items.map((g) => g.id)).toEqual(groups(1, 30).map((g) => g.id));
    expect(first.next).toBe('g30');
    const second = listPagesShown(first.items, groups(31, 60), 30);
    expect(second.items).toHaveLength(60);
    expect(second.next).toBe('g60');
  });

  it('keeps the pages shown while the next one loads, without a next', () => {
    const loading = listPagesShown(groups(1, 30), undefined, 30);
    expect(loading.items).toHaveLength(30);
    expect(loading.next).toBeNull();
  });

  it('ends on a page shorter than asked (the button goes)', () => {
    expect(listPagesShown(groups(1, 30), groups(31, 42), 30).next).toBeNull();
    expect(listPagesShown([], groups(1, 6), 30).next).toBeNull();
    expect(listPagesShown([], [], 30)).toEqual({ items: [], next: null });
  });

  it('ends on an empty page after a full one (the list was a multiple of the page)', () => {
    const full = listPagesShown([], groups(1, 30), 30);
    const empty = listPagesShown(full.items, [], 30);
    expect(empty.items).toHaveLength(30);
    expect(empty.next).toBeNull();
  });
});
