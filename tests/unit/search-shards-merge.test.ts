import { describe, expect, test } from 'vitest';
import {
  compareKeys,
  compareSortValues,
  type MergeKey,
  mergeKeyOf,
  mergeLists,
  sumCounts,
} from '../../src/search-shards/merge.ts';

describe('sumCounts', () => {
  test.each([
    [[], {}],
    [[{ country: { KG: 2 } }], { country: { KG: 2 } }],
    [
      [{ country: { KG: 2, TJ: 1 } }, { country: { KG: 3 }, donor: { usaid: 1 } }, {}],
      { country: { KG: 5, TJ: 1 }, donor: { usaid: 1 } },
    ],
    [[{ year: { '2020': 0 } }, { year: { '2020': 4 } }], { year: { '2020': 4 } }],
  ])('%j → %j', (perShard, total) => {
    expect(sumCounts(perShard)).toEqual(total);
  });
});

describe('compareSortValues', () => {
  test.each([
    ['9', '10', -1],
    ['20210901', '20190101', 1],
    ['0', '0', 0],
    ['apple', 'banana', -1],
    ['phase 2', 'phase 10', -1],
    ['water', 'water supply', -1],
    ['zeta', 'alpha', 1],
    ['', 'a', -1],
    ['007', '7', 0],
  ])('%j vs %j → %i', (a, b, sign) => {
    expect(Math.sign(compareSortValues(a, b))).toBe(sign);
    expect(Math.sign(compareSortValues(b, a))).toBe(-sign || 0);
  });
});

describe('mergeKeyOf and compareKeys', () => {
  test.each([
    [{ sort_start: '20200101', sort_order: '4' }, 'start', { value: '20200101', order: 4 }],
    [{ sort_title: 'water', sort_order: '0' }, 'title', { value: 'water', order: 0 }],
    [{}, 'budget', { value: '', order: Number.POSITIVE_INFINITY }],
  ])('%j by %s → %j', (meta, key, mergeKey) => {
    expect(mergeKeyOf(meta, key)).toEqual(mergeKey);
  });

  const keys: MergeKey[] = [
    { value: '300', order: 2 },
    { value: '5', order: 0 },
    { value: '300', order: 1 },
    { value: '40', order: 3 },
  ];
  test.each([
    ['asc', ['5/0', '40/3', '300/1', '300/2']],
    ['desc', ['300/1', '300/2', '40/3', '5/0']],
  ] as const)('%s by value, ties by position on /projects/', (direction, order) => {
    expect([...keys].sort(compareKeys(direction)).map((key) => `${key.value}/${key.order}`)).toEqual(order);
  });
});

describe('mergeLists', () => {
  const byNumber = (a: number, b: number) => a - b;
  test.each([
    [
      [
        [1, 4, 7],
        [2, 5, 8],
        [3, 6, 9],
      ],
      0,
      9,
      [1, 2, 3, 4, 5, 6, 7, 8, 9],
    ],
    [
      [
        [1, 4, 7],
        [2, 5, 8],
        [3, 6, 9],
      ],
      2,
      5,
      [3, 4, 5],
    ],
    [[[], [1, 2], []], 0, 10, [1, 2]],
    [
      [
        [5, 6],
        [1, 2, 3],
      ],
      0,
      3,
      [1, 2, 3],
    ],
    [[[10, 20, 30]], 1, 3, [20, 30]],
    [[[]], 0, 10, []],
  ])('%j, items %i to %i → %j', async (lists, start, end, slice) => {
    const merged = mergeLists(lists, (item) => item, byNumber);
    expect(merged.total).toBe(lists.flat().length);
    expect(await merged.slice(start, end)).toEqual(slice);
  });

  test('equal keys keep the order of their lists', async () => {
    const lists = [
      [
        { id: 'a', key: 1 },
        { id: 'b', key: 2 },
      ],
      [
        { id: 'c', key: 1 },
        { id: 'd', key: 2 },
      ],
    ];
    const merged = mergeLists(lists, (item) => item.key, byNumber);
    expect((await merged.slice(0, 4)).map((item) => item.id)).toEqual(['a', 'c', 'b', 'd']);
  });

  test.each([
    [10, 3, 1],
    [10, 3, 10],
    [50, 4, 12],
  ])(
    'with %i items in each of %i lists, the first %i load at most that many keys plus one per other list',
    async (size, count, shown) => {
      const lists = Array.from({ length: count }, (_, list) =>
        Array.from({ length: size }, (_, i) => i * count + list),
      );
      const loaded: number[] = [];
      const merged = mergeLists(
        lists,
        async (item) => {
          loaded.push(item);
          return item;
        },
        byNumber,
      );
      expect(await merged.slice(0, shown)).toEqual([...Array(shown).keys()]);
      expect(loaded.length).toBeLessThanOrEqual(shown + count - 1);
      expect(new Set(loaded).size).toBe(loaded.length);
    },
  );

  test('slices asked for at once come out right, and later slices continue the merge', async () => {
    const merged = mergeLists(
      [
        [0, 2, 4, 6],
        [1, 3, 5, 7],
      ],
      async (item) => item,
      byNumber,
    );
    const [first, second] = await Promise.all([merged.slice(0, 3), merged.slice(3, 6)]);
    expect(first).toEqual([0, 1, 2]);
    expect(second).toEqual([3, 4, 5]);
    expect(await merged.slice(6, 8)).toEqual([6, 7]);
    expect(await merged.slice(0, 2)).toEqual([0, 1]);
  });

  test('a key that fails to load fails the slice, and a later slice can try again', async () => {
    let fail = true;
    const merged = mergeLists(
      [[1], [2]],
      async (item) => {
        if (fail && item === 2) throw new Error('offline');
        return item;
      },
      byNumber,
    );
    await expect(merged.slice(0, 1)).rejects.toThrow('offline');
    fail = false;
    expect(await merged.slice(0, 2)).toEqual([1, 2]);
  });
});
