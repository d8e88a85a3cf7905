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

/** Splits a list into pages; an empty list still has one (empty) page. */
export function paginate<T>(items: readonly T[], size = PAGE_SIZE): ListPage<T>[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, index) => ({
    number: index + 1,
    count,
    items: items.slice(index * size, (index + 1) * size),
    first: index * size + 1,
    total: items.length,
  }));
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
