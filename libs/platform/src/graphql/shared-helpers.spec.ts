import { escapeLike, isUuid } from './input-patterns';
import { byKeys, groupedByKeys } from './request-loaders';

describe('groupedByKeys', () => {
  it('gives one list per key in the keys’ order, empty where no row has the key', () => {
    const rows = [
      { group: 'b', name: 'x' },
      { group: 'a', name: 'y' },
      { group: 'b', name: 'z' },
    ];
    expect(
      groupedByKeys(
        ['a', 'b', 'c'],
        rows,
        (r) => r.group,
        (r) => r.name,
      ),
    ).toEqual([['y'], ['x', 'z'], []]);
    expect(groupedByKeys(['b'], rows, (r) => r.group)).toEqual([[rows[0], rows[2]]]);
  });

  it('matches byKeys for one-to-one rows', () => {
    const rows = [{ id: 2 }, { id: 1 }];
    expect(groupedByKeys([1, 2, 3], rows, (r) => r.id).map((l) => l[0] ?? null)).toEqual(
      byKeys([1, 2, 3], rows, (r) => r.id),
    );
  });
});

describe('isUuid and escapeLike', () => {
  it('tells a uuid from anything else', () => {
    expect(isUuid('0b9f3c2e-8d4a-4f1e-9a7b-2c3d4e5f6a7b')).toBe(true);
    expect(isUuid('0B9F3C2E-8D4A-4F1E-9A7B-2C3D4E5F6A7B')).toBe(true);
    for (const bad of [
      '',
      'WG1',
      '0b9f3c2e-8d4a-4f1e-9a7b-2c3d4e5f6a7',
      "0b9f3c2e-8d4a-4f1e-9a7b-2c3d4e5f6a7b' OR 1=1",
    ])
      expect([bad, isUuid(bad)]).toEqual([bad, false]);
  });

  it('escapes what LIKE reads as patterns, and only that', () => {
    expect(escapeLike('50%_off\\now')).toBe('50\\%\\_off\\\\now');
    expect(escapeLike('plain text')).toBe('plain text');
  });
});
