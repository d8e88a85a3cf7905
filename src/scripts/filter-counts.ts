/**
 * The count beside each filter value: how many results ticking it would give. Values are
 * ORed within a group, so a group's own ticks must not shrink its other values' counts:
 * each group with a selection is counted by a search without that group's filters.
 */
import { FILTER_KEYS, type FilterKey, type SearchState } from './search-state.ts';

/** Pagefind's counts: filter name → value → number of results. */
export type FilterCounts = Readonly<Record<string, Readonly<Record<string, number>>>>;

/** The groups that need a search of their own for their counts: those with a ticked value. */
export function groupsToRecount(state: SearchState): FilterKey[] {
  return FILTER_KEYS.filter((key) => state.filters[key].length > 0);
}

/**
 * The count to show for `value` in group `key`: from the group's own search if it had one,
 * else from the main search; 0 if Pagefind reports nothing for it.
 */
export function filterCount(
  key: FilterKey,
  value: string,
  counts: FilterCounts,
  perGroup: ReadonlyMap<FilterKey, FilterCounts[string]>,
): number {
  return (perGroup.get(key) ?? counts[key])?.[value] ?? 0;
}
