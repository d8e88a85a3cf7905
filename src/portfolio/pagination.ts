/** Projects per list page: enough to scan, small enough that a page stays light at 10,000 projects. */
export const PAGE_SIZE = 50;

export interface ListPage<T> {
  /** 1-based. */
  number: number;
  /** How many pages the list has. */
  count: number;
  items: T[];
  /** Position of the first item, 1-based, for "51–100 of 4,000". */
  first: number;
  total: number;
}

/** Page `number` (1-based) of `items` in pages of `size`. */
function pageOf<T>(items: readonly T[], number: number, size: number): ListPage<T> {
  return {
    number,
    count: Math.max(1, Math.ceil(items.length / size)),
    items: items.slice((number - 1) * size, number * size),
    first: (number - 1) * size + 1,
    total: items.length,
  };
}

/** Splits a list into pages; an empty list still has one (empty) page. */
export function paginate<T>(items: readonly T[], size = PAGE_SIZE): ListPage<T>[] {
  return Array.from({ length: Math.max(1, Math.ceil(items.length / size)) }, (_, index) =>
    pageOf(items, index + 1, size),
  );
}

/**
 * The first page alone, without the others: what a summary (an embed, an organisation's role,
 * the data page) lists before linking to the whole list, so it stays small however long that is.
 */
export function firstPage<T>(items: readonly T[], size = PAGE_SIZE): ListPage<T> {
  return pageOf(items, 1, size);
}

/** `/projects/` for page 1, `/projects/page/2/` after: page 1 keeps the list's own address. */
export function pagePath(listPath: string, number: number): string {
  return number <= 1 ? listPath : `${listPath}page/${number}/`;
}

/** Page numbers to offer as links: first, last, and a window around the current page. */
export function pageWindow(current: number, count: number, radius = 2): (number | 'gap')[] {
  const numbers = new Set([1, count]);
  for (let n = current - radius; n <= current + radius; n++) if (n >= 1 && n <= count) numbers.add(n);
  const sorted = [...numbers].sort((a, b) => a - b);
  return sorted.flatMap((n, index) => (index > 0 && n - (sorted[index - 1] as number) > 1 ? ['gap' as const, n] : [n]));
}
