import { loadPagefind, type Pagefind, type PagefindResult } from './pagefind.ts';
import { renderResult } from './search-results.ts';
import {
  effectiveSort,
  emptyFilters,
  FILTER_KEYS,
  type FilterKey,
  pagefindFilters,
  parseState,
  type SearchState,
  SORTS,
  serializeState,
} from './search-state.ts';

const PAGE_SIZE = 10;
type Messages = Record<
  'count' | 'countOne' | 'none' | 'removeFilter' | 'loading' | 'error' | 'more' | 'donors' | 'countries',
  string
>;

function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}

/** Wires up /search/: URL ⇄ form state, Pagefind queries, counts, results and announcements. */
export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-page]');
  if (!form) return;
  const base = form.dataset.base ?? '/';
  const messages = JSON.parse(document.getElementById('search-messages')?.textContent ?? '{}') as Messages;
  const query = form.querySelector<HTMLInputElement>('input[name="q"]');
  const sort = form.querySelector<HTMLSelectElement>('select[name="sort"]');
  const status = form.querySelector<HTMLElement>('[data-status]');
  const list = form.querySelector<HTMLOListElement>('[data-results]');
  const more = form.querySelector<HTMLButtonElement>('[data-more]');
  const empty = form.querySelector<HTMLElement>('[data-empty]');
  const activeFilters = form.querySelector<HTMLUListElement>('[data-active-filters]');
  if (!query || !sort || !status || !list || !more || !empty || !activeFilters) return;
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];

  let state = parseState(location.search);
  let results: PagefindResult[] = [];
  let shown = 0;
  let generation = 0;
  let allFilters: Promise<unknown> | undefined;

  const readForm = (): SearchState => {
    const filters = emptyFilters();
    for (const box of boxes) if (box.checked) filters[box.name as FilterKey].push(box.value);
    return {
      query: query.value.trim(),
      filters,
      sort: (Object.hasOwn(SORTS, sort.value) ? sort.value : 'relevance') as SearchState['sort'],
    };
  };

  const writeForm = (next: SearchState) => {
    query.value = next.query;
    sort.value = next.sort;
    for (const box of boxes) box.checked = next.filters[box.name as FilterKey]?.includes(box.value) ?? false;
  };

  const commit = (mode: 'push' | 'replace') => {
    state = readForm();
    const url = `${location.pathname}${serializeState(state)}`;
    if (url !== `${location.pathname}${location.search}`)
      history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
    void run();
  };

  const showMore = async (run: number) => {
    const batch = results.slice(shown, shown + PAGE_SIZE);
    const data = await Promise.all(batch.map((result) => result.data()));
    if (run !== generation) return;
    for (const item of data) list.append(renderResult(item, messages));
    shown += batch.length;
    more.hidden = shown >= results.length;
  };

  const updateCounts = async (pagefind: Pagefind, counts: Record<string, Record<string, number>>, run: number) => {
    // A group's own ticks must not shrink its other values' counts (they are ORed), so each
    // group with a selection is counted by a search without that group's filters.
    const perGroup = new Map<FilterKey, Record<string, number>>();
    for (const key of FILTER_KEYS) {
      if (!state.filters[key].length) continue;
      const search = await pagefind.search(state.query || null, { filters: pagefindFilters(state, key) });
      if (run !== generation) return;
      perGroup.set(key, search?.filters[key] ?? {});
    }
    for (const box of boxes) {
      const key = box.name as FilterKey;
      const count = (perGroup.get(key) ?? counts[key])?.[box.value] ?? 0;
      const label = box.closest('label');
      const output = label?.querySelector('[data-count]');
      if (output) output.textContent = String(count);
    }
  };

  const renderEmpty = () => {
    activeFilters.replaceChildren();
    for (const box of boxes.filter((candidate) => candidate.checked)) {
      const label = box.closest('label')?.querySelector('span')?.textContent ?? box.value;
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'chip min-h-8 cursor-pointer';
      button.textContent = fill(messages.removeFilter, { label });
      button.addEventListener('click', () => {
        box.checked = false;
        commit('push');
      });
      item.append(button);
      activeFilters.append(item);
    }
  };

  const run = async (): Promise<void> => {
    const current = ++generation;
    delete form.dataset.rendered;
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
    const sortKey = SORTS[effectiveSort(state)];
    const search = await pagefind.search(state.query || null, {
      filters: pagefindFilters(state),
      ...(sortKey ? { sort: sortKey } : {}),
    });
    if (current !== generation || !search) return;
    results = search.results;
    shown = 0;
    list.replaceChildren();
    status.textContent = results.length === 1 ? messages.countOne : fill(messages.count, { count: results.length });
    empty.hidden = results.length > 0;
    if (!results.length) renderEmpty();
    await showMore(current);
    await updateCounts(pagefind, search.filters, current);
    // Marks the state the page now shows, so scripts and tests can wait for it.
    if (current === generation) form.dataset.rendered = serializeState(state);
  };

  let typing: ReturnType<typeof setTimeout> | undefined;
  query.addEventListener('focus', () => void loadPagefind(base).catch(() => undefined), { once: true });
  query.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => commit('replace'), 250);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    commit('push');
  });
  form.addEventListener('change', (event) => {
    if (event.target !== query) commit('push');
  });
  form.querySelector('[data-clear]')?.addEventListener('click', () => {
    writeForm({ ...state, filters: emptyFilters(), sort: 'relevance' });
    commit('push');
  });
  more.addEventListener('click', () => void showMore(generation));
  window.addEventListener('popstate', () => {
    state = parseState(location.search);
    writeForm(state);
    void run();
  });

  writeForm(state);
  void run();
}
