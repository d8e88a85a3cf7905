/**
 * The search page's form: finding its parts, reading and writing its state, and the controls
 * that depend on the state alone (the Filters (n) button, the chips, the default sort's label).
 */
import { activeChips, type FilterLabels, readFilterLabels, renderChip } from './chips.ts';
import { defaultSortLabel, filtersToggleText } from './result-list.ts';
import { readSearchMessages, type SearchMessages } from './search-messages.ts';
import { activeFilterCount, emptyFilters, type FilterKey, isSort, type SearchState } from './search-state.ts';

/** The page's parts; `null` from `findSearchPage` if any is missing. */
export interface SearchPage {
  form: HTMLFormElement;
  base: string;
  /** How many shards the search index has (`data-shards`; see src/search-shards/). */
  shards: number;
  messages: SearchMessages;
  query: HTMLInputElement;
  sort: HTMLSelectElement;
  status: HTMLElement;
  list: HTMLOListElement;
  more: HTMLButtonElement;
  empty: HTMLElement;
  chips: HTMLUListElement;
  toggle: HTMLButtonElement;
  panel: HTMLElement;
  boxes: HTMLInputElement[];
  labels: FilterLabels;
}

export function findSearchPage(root: ParentNode): SearchPage | null {
  const form = root.querySelector<HTMLFormElement>('form[data-search-page]');
  if (!form) return null;
  const part = <T extends Element>(selector: string) => form.querySelector<T>(selector);
  const parts = {
    query: part<HTMLInputElement>('input[name="q"]'),
    sort: part<HTMLSelectElement>('select[name="sort"]'),
    status: part<HTMLElement>('[data-status]'),
    list: part<HTMLOListElement>('[data-results]'),
    more: part<HTMLButtonElement>('[data-more]'),
    empty: part<HTMLElement>('[data-empty]'),
    chips: part<HTMLUListElement>('[data-active-filters]'),
    toggle: part<HTMLButtonElement>('[data-filters-toggle]'),
    panel: part<HTMLElement>('[data-filters-panel]'),
  };
  const { query, sort, status, list, more, empty, chips, toggle, panel } = parts;
  if (!query || !sort || !status || !list || !more || !empty || !chips || !toggle || !panel) return null;
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  return {
    form,
    base: form.dataset.base ?? '/',
    shards: Math.max(1, Number(form.dataset.shards) || 1),
    messages: readSearchMessages(form.dataset.messages),
    query,
    sort,
    status,
    list,
    more,
    empty,
    chips,
    toggle,
    panel,
    boxes,
    labels: readFilterLabels(boxes),
  };
}

/** The state the form shows. */
export function readForm(page: SearchPage): SearchState {
  const filters = emptyFilters();
  for (const box of page.boxes) if (box.checked) filters[box.name as FilterKey].push(box.value);
  return { query: page.query.value.trim(), filters, sort: isSort(page.sort.value) ? page.sort.value : 'relevance' };
}

/** Makes the form show `state`. */
export function writeForm(page: SearchPage, state: SearchState): void {
  page.query.value = state.query;
  page.sort.value = state.sort;
  for (const box of page.boxes) box.checked = state.filters[box.name as FilterKey]?.includes(box.value) ?? false;
}

/** Opens or closes the filter panel (it is always open on wide screens, by CSS). */
export function setPanelOpen(page: SearchPage, open: boolean): void {
  page.toggle.setAttribute('aria-expanded', String(open));
  page.panel.classList.toggle('is-open', open);
}

/** What depends on the state alone: the Filters (n) label, the chips and the default sort's label. */
export function renderControls(page: SearchPage, state: SearchState, remove: (key: FilterKey, value: string) => void) {
  page.toggle.textContent = filtersToggleText(page.messages, activeFilterCount(state));
  const chips = activeChips(state, page.labels, page.messages);
  page.chips.replaceChildren(...chips.map((chip) => renderChip(chip, () => remove(chip.key, chip.value))));
  page.chips.hidden = chips.length === 0;
  const relevance = page.sort.querySelector<HTMLOptionElement>('option[value="relevance"]');
  if (relevance) relevance.textContent = defaultSortLabel(page.messages, state);
}
