// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import {
  findSearchPage,
  readForm,
  renderControls,
  type SearchPage,
  setPanelOpen,
  writeForm,
} from '../../src/scripts/search-form.ts';
import { emptyFilters, type SearchState } from '../../src/scripts/search-state.ts';
import { SEARCH_PAGE_HTML } from '../helpers/search-dom.ts';

const state = (fields: Partial<SearchState>): SearchState => ({
  query: '',
  sort: 'relevance',
  filters: emptyFilters(),
  ...fields,
});

function searchPage(): SearchPage {
  const page = findSearchPage(document);
  if (!page) throw new Error('no page');
  return page;
}

beforeEach(() => {
  document.body.innerHTML = SEARCH_PAGE_HTML;
});

describe('findSearchPage', () => {
  test.each<[label: string, remove: string | null, found: boolean]>([
    ['the whole page', null, true],
    ['no search form', 'form', false],
    ['no status line', '[data-status]', false],
    ['no Filters control', '[data-filters-toggle]', false],
    ['no chip list', '[data-active-filters]', false],
  ])('%s', (_label, remove, expected) => {
    if (remove) document.querySelector(remove)?.remove();
    expect(findSearchPage(document) !== null).toBe(expected);
  });

  test('rejects a page whose messages are missing', () => {
    document.querySelector('form')?.removeAttribute('data-messages');
    expect(() => findSearchPage(document)).toThrow(/search messages/);
  });
});

describe('form ⇄ state', () => {
  test.each<[SearchState]>([
    [state({})],
    [state({ query: 'water', sort: 'title-asc' })],
    [state({ filters: { ...emptyFilters(), country: ['KG', 'TJ'] } })],
  ])('writing then reading %j gives it back', (given) => {
    const page = searchPage();
    writeForm(page, given);
    expect(readForm(page)).toEqual(given);
  });

  test.each([[true], [false]])('the filter panel opens and closes (%s)', (open) => {
    const page = searchPage();
    setPanelOpen(page, open);
    expect(page.toggle.getAttribute('aria-expanded')).toBe(String(open));
    expect(page.panel.classList.contains('is-open')).toBe(open);
  });
});

describe('renderControls', () => {
  test.each<[SearchState, { toggle: string; chips: string[]; sortLabel: string }]>([
    [state({}), { toggle: 'Filters', chips: [], sortLabel: 'Newest first' }],
    [state({ query: 'water' }), { toggle: 'Filters', chips: [], sortLabel: 'Best match' }],
    [
      state({ query: 'water', filters: { ...emptyFilters(), country: ['TJ', 'KG'] } }),
      { toggle: 'Filters (2)', chips: ['Country: Tajikistan ×', 'Country: Kyrgyzstan ×'], sortLabel: 'Best match' },
    ],
  ])('%j', (given, expected) => {
    const page = searchPage();
    const removed: string[] = [];
    renderControls(page, given, (key, value) => removed.push(`${key}=${value}`));
    expect(page.toggle.textContent).toBe(expected.toggle);
    expect([...page.chips.querySelectorAll('button')].map((button) => button.textContent)).toEqual(expected.chips);
    expect(page.chips.hidden).toBe(expected.chips.length === 0);
    expect(page.sort.querySelector('option[value="relevance"]')?.textContent).toBe(expected.sortLabel);
    page.chips.querySelector('button')?.click();
    expect(removed).toEqual(expected.chips.length ? [`country=${given.filters.country[0]}`] : []);
  });
});
