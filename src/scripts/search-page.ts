/**
 * The DOM wiring of /search/: finds the page's parts, keeps the form and the URL in step,
 * and renders what the pure modules compute. Pagefind is loaded on first use.
 */
import { activeChips, type FilterLabels, readFilterLabels, renderChip } from './chips.ts';
import { type FilterCounts, filterCount, groupsToRecount } from './filter-counts.ts';
import { loadPagefind, type Pagefind, type PagefindResult } from './pagefind.ts';
import {
  countRequest,
  countText,
  defaultSortLabel,
  filtersToggleText,
  nextBatch,
  searchRequest,
} from './result-list.ts';
import { readSearchMessages, type SearchMessages } from './search-messages.ts';
import { renderResult } from './search-results.ts';
import {
  activeFilterCount,
  emptyFilters,
  type FilterKey,
  isSort,
  parseState,
  type SearchState,
  serializeState,
  withoutFilter,
} from './search-state.ts';

/** The page's parts; `null` from `findSearchPage` if any is missing. */
export interface SearchPage {
  form: HTMLFormElement;
  base: string;
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
function renderControls(page: SearchPage, state: SearchState, remove: (key: FilterKey, value: string) => void) {
  page.toggle.textContent = filtersToggleText(page.messages, activeFilterCount(state));
  const chips = activeChips(state, page.labels, page.messages);
  page.chips.replaceChildren(...chips.map((chip) => renderChip(chip, () => remove(chip.key, chip.value))));
  page.chips.hidden = chips.length === 0;
  const relevance = page.sort.querySelector<HTMLOptionElement>('option[value="relevance"]');
  if (relevance) relevance.textContent = defaultSortLabel(page.messages, state);
}

/** Wires up /search/ if this document is it. */
export function startSearchPage(root: Document = document): void {
  const page = findSearchPage(root);
  if (!page) return;
  const { form, base, messages, status, list, more, empty } = page;

  let state = parseState(location.search);
  let results: PagefindResult[] = [];
  let shown = 0;
  let generation = 0;
  let allFilters: Promise<unknown> | undefined;

  const commit = (mode: 'push' | 'replace') => {
    state = readForm(page);
    const url = `${location.pathname}${serializeState(state)}`;
    if (url !== `${location.pathname}${location.search}`)
      history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
    void run();
  };

  const removeFilter = (key: FilterKey, value: string) => {
    writeForm(page, withoutFilter(state, key, value));
    commit('push');
    // The pressed chip is gone; keep keyboard users in the same place.
    (page.chips.querySelector('button') ?? page.query).focus();
  };

  const showMore = async (current: number) => {
    const batch = nextBatch(results.length, shown);
    const data = await Promise.all(results.slice(batch.start, batch.end).map((result) => result.data()));
    if (current !== generation) return;
    list.append(...data.map((item) => renderResult(item, messages)));
    shown = batch.end;
    more.hidden = !batch.more;
  };

  const updateCounts = async (pagefind: Pagefind, counts: FilterCounts, current: number) => {
    const perGroup = new Map<FilterKey, FilterCounts[string]>();
    for (const key of groupsToRecount(state)) {
      const request = countRequest(state, key);
      const search = await pagefind.search(request.term, request.options);
      if (current !== generation) return;
      perGroup.set(key, search?.filters[key] ?? {});
    }
    for (const box of page.boxes) {
      const output = box.closest('label')?.querySelector('[data-count]');
      if (output) output.textContent = String(filterCount(box.name as FilterKey, box.value, counts, perGroup));
    }
  };

  const run = async (): Promise<void> => {
    const current = ++generation;
    delete form.dataset.rendered;
    renderControls(page, state, removeFilter);
    status.textContent = messages.loading;
    let pagefind: Pagefind;
    try {
      pagefind = await loadPagefind(base);
    } catch {
      status.textContent = messages.error;
      return;
    }
    // Pagefind loads filter chunks lazily and only reports counts for loaded ones; loading
    // them all once makes every group's counts available from the first search on.
    allFilters ??= pagefind.filters();
    await allFilters;
    if (current !== generation) return;
    const request = searchRequest(state);
    const search = await pagefind.search(request.term, request.options);
    if (current !== generation || !search) return;
    results = search.results;
    shown = 0;
    list.replaceChildren();
    status.textContent = countText(messages, results.length);
    empty.hidden = results.length > 0;
    await showMore(current);
    await updateCounts(pagefind, search.filters, current);
    // Marks the state the page now shows, so scripts and tests can wait for it.
    if (current === generation) form.dataset.rendered = serializeState(state);
  };

  let typing: ReturnType<typeof setTimeout> | undefined;
  page.query.addEventListener('focus', () => void loadPagefind(base).catch(() => undefined), { once: true });
  page.query.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => commit('replace'), 250);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    commit('push');
  });
  form.addEventListener('change', (event) => {
    if (event.target !== page.query) commit('push');
  });
  form.querySelector('[data-clear]')?.addEventListener('click', () => {
    writeForm(page, { ...state, filters: emptyFilters(), sort: 'relevance' });
    commit('push');
  });
  page.toggle.addEventListener('click', () => setPanelOpen(page, page.toggle.getAttribute('aria-expanded') !== 'true'));
  more.addEventListener('click', () => void showMore(generation));
  window.addEventListener('popstate', () => {
    state = parseState(location.search);
    writeForm(page, state);
    void run();
  });

  writeForm(page, state);
  void run();
}
