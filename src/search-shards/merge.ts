/**
 * Merging the answers of several Pagefind shards into one, free of the DOM and of Pagefind:
 * counts are summed (shards hold disjoint pages), and each shard's ordered list is merged
 * k-way, loading the sort value of a result only when it reaches the head of its list, so
 * showing the first n results loads at most n + (shards − 1) of them.
 */

/** Prefix of the Pagefind meta keys that repeat a page's sort values, so merged lists can be ordered. */
export const SORT_META_PREFIX = 'sort_';

/** Filter counts: filter name → value → number of pages. */
export type Counts = Record<string, Record<string, number>>;

/** Counts of disjoint shards added up. */
export function sumCounts(perShard: readonly Readonly<Counts>[]): Counts {
  const total: Counts = {};
  for (const counts of perShard) {
    for (const [key, values] of Object.entries(counts)) {
      const group = total[key] ?? {};
      total[key] = group;
      for (const [value, count] of Object.entries(values)) group[value] = (group[value] ?? 0) + count;
    }
  }
  return total;
}

/**
 * Orders two sort values as Pagefind does: runs of digits by their number (so `9` < `10` and
 * whole-number keys sort numerically), everything else by character code.
 */
export function compareSortValues(a: string, b: string): number {
  const chunks = /(\d+)|(\D+)/g;
  const left = a.match(chunks) ?? [];
  const right = b.match(chunks) ?? [];
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const x = left[i] as string;
    const y = right[i] as string;
    if (x === y) continue;
    const digits = /^\d/.test(x) && /^\d/.test(y);
    if (digits) {
      const difference = Number(x) - Number(y);
      if (difference !== 0) return Math.sign(difference);
      continue;
    }
    return x < y ? -1 : 1;
  }
  return Math.sign(left.length - right.length);
}

/** What a merged order compares: a result's sort value and, to break ties, its position on /projects/. */
export interface MergeKey {
  value: string;
  order: number;
}

/** The merge key of a result from its Pagefind meta, for sort key `key`. */
export function mergeKeyOf(meta: Readonly<Record<string, string | undefined>>, key: string): MergeKey {
  return {
    value: meta[`${SORT_META_PREFIX}${key}`] ?? '',
    order: Number(meta[`${SORT_META_PREFIX}order`] ?? Number.POSITIVE_INFINITY),
  };
}

/** Ascending or descending by value; ties by position on /projects/ either way. */
export function compareKeys(direction: 'asc' | 'desc'): (a: MergeKey, b: MergeKey) => number {
  return (a, b) => {
    const byValue = compareSortValues(a.value, b.value);
    if (byValue !== 0) return direction === 'asc' ? byValue : -byValue;
    return a.order - b.order;
  };
}

/** Several ordered lists read as one, in order, a slice at a time. */
export interface MergedList<T> {
  readonly total: number;
  /** Items `start` to `end` of the merged order. */
  slice(start: number, end: number): Promise<T[]>;
}

/**
 * A k-way merge of ordered `lists`: `keyOf` (called at most once per item, when it reaches its
 * list's head) gives what `compare` orders; equal items keep the order of their lists.
 */
export function mergeLists<T, K>(
  lists: readonly (readonly T[])[],
  keyOf: (item: T) => K | Promise<K>,
  compare: (a: K, b: K) => number,
): MergedList<T> {
  const positions = lists.map(() => 0);
  const keys = new Map<T, Promise<K>>();
  const merged: T[] = [];
  const total = lists.reduce((sum, list) => sum + list.length, 0);
  const key = (item: T) => {
    let known = keys.get(item);
    if (!known) {
      known = Promise.resolve().then(() => keyOf(item));
      keys.set(item, known);
      // A failed load (offline) is forgotten, so the next slice tries it again.
      known.catch(() => keys.delete(item));
    }
    return known;
  };
  const grow = async (end: number) => {
    while (merged.length < Math.min(end, total)) {
      const heads = lists.flatMap((list, index) => {
        const item = list[positions[index] as number];
        return item === undefined ? [] : [{ index, item }];
      });
      const headKeys = await Promise.all(heads.map((head) => key(head.item)));
      let best = 0;
      for (let i = 1; i < heads.length; i++) {
        if (compare(headKeys[i] as K, headKeys[best] as K) < 0) best = i;
      }
      const chosen = heads[best] as { index: number; item: T };
      positions[chosen.index] = (positions[chosen.index] as number) + 1;
      keys.delete(chosen.item);
      merged.push(chosen.item);
    }
  };
  // One growth at a time, so two slices asked for together do not interleave their merges.
  let growing: Promise<void> = Promise.resolve();
  return {
    total,
    async slice(start, end) {
      growing = growing.catch(() => undefined).then(() => grow(end));
      await growing;
      return merged.slice(start, end);
    },
  };
}
