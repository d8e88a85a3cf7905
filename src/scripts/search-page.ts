/**
 * The DOM wiring of /search/: keeps the form and the URL in step, queries Pagefind (loaded on
 * first use) and renders what the pure modules compute.
 */

import type { SearchRows } from '../exports/search-rows.ts';
import { type FilterCounts, filterCount, groupsToRecount } from './filter-counts.ts';
import { countRequest, countText, nextBatch, searchRequest } from './result-list.ts';
import {
  type DownloadFormat,
  downloadOf,
  readSearchRows,
  resultRecords,
  resultSlugs,
  saveDownload,
} from './search-download.ts';
import { loadSearch, type SearchEngine, type SearchOutcome } from './search-engine.ts';
import { findSearchPage, readForm, renderControls, setPanelOpen, writeForm } from './search-form.ts';
import { renderResult } from './search-results.ts';
import { emptyFilters, type FilterKey, parseState, serializeState, withoutFilter } from './search-state.ts';

/** Wires up /search/ if this document is it. */
export function startSearchPage(root: Document = document): void {
  const page = findSearchPage(root);
  if (!page) return;
  const { form, base, shards, messages, status, list, more, empty } = page;

  let state = parseState(location.search);
  let results: SearchOutcome = { total: 0, filters: {}, slice: async () => [] };
  let shown = 0;
  let generation = 0;
  let allFilters: Promise<unknown> | undefined;
  let searchRows: Promise<SearchRows> | undefined;
  const downloads = form.querySelector<HTMLElement>('[data-downloads]');

  // "Download these results": the rows file is fetched on the first download only.
  const download = async (format: DownloadFormat) => {
    searchRows ??= fetch(`${base}data/search-rows.json`)
      .then((response) => response.json())
      .then(readSearchRows);
    try {
      const [index, records] = await Promise.all([searchRows, resultRecords(results)]);
      saveDownload(root, downloadOf(index, resultSlugs(records), state, format));
    } catch {
      searchRows = undefined;
      status.textContent = messages.error;
    }
  };

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
    const batch = nextBatch(results.total, shown);
    const data = await results.slice(batch.start, batch.end);
    if (current !== generation) return;
    list.append(...data.map((item) => renderResult(item, messages)));
    shown = batch.end;
    more.hidden = !batch.more;
  };

  const updateCounts = async (engine: SearchEngine, counts: FilterCounts, current: number) => {
    const perGroup = new Map<FilterKey, FilterCounts[string]>();
    for (const key of groupsToRecount(state)) {
      const request = countRequest(state, key);
      const search = await engine.search(request);
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
    let engine: SearchEngine;
    try {
      engine = await loadSearch(base, shards);
    } catch {
      status.textContent = messages.error;
      return;
    }
    // Pagefind loads filter chunks lazily and only reports counts for loaded ones; loading
    // them all once makes every group's counts available from the first search on.
    allFilters ??= engine.filters();
    await allFilters;
    if (current !== generation) return;
    const request = searchRequest(state);
    const search = await engine.search(request);
    if (current !== generation || !search) return;
    results = search;
    shown = 0;
    list.replaceChildren();
    status.textContent = countText(messages, results.total);
    empty.hidden = results.total > 0;
    if (downloads) downloads.hidden = results.total === 0;
    await showMore(current);
    await updateCounts(engine, search.filters, current);
    // Marks the state the page now shows, so scripts and tests can wait for it.
    if (current === generation) form.dataset.rendered = serializeState(state);
  };

  let typing: ReturnType<typeof setTimeout> | undefined;
  const warm = () => void loadSearch(base, shards).catch(() => undefined);
  page.query.addEventListener('focus', warm, { once: true });
  // On the search page the intent is the page itself: start Pagefind once the page is idle, so
  // the first query does not wait for its WebAssembly, metadata and filters.
  if ('requestIdleCallback' in window) window.requestIdleCallback(warm, { timeout: 2000 });
  else setTimeout(warm, 200);
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
  for (const button of form.querySelectorAll<HTMLButtonElement>('[data-download]'))
    button.addEventListener('click', () => void download(button.dataset.download === 'json' ? 'json' : 'csv'));
  window.addEventListener('popstate', () => {
    state = parseState(location.search);
    writeForm(page, state);
    void run();
  });

  writeForm(page, state);
  void run();
}
