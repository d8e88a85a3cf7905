// @vitest-environment happy-dom
import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { PagefindSearch } from '../../src/scripts/pagefind.ts';
import { SEARCH_PAGE_HTML } from '../helpers/search-dom.ts';

/** Pagefind stand-in: every search returns `found` results; records the requests. */
let found = 0;
const searches: [string | null, unknown][] = [];
const fakePagefind = {
  filters: async () => ({}),
  search: async (term: string | null, options: unknown): Promise<PagefindSearch> => {
    searches.push([term, options]);
    return {
      results: Array.from({ length: found }, (_, i) => ({
        id: String(i),
        score: 1,
        data: async () => ({ url: `/projects/p${i}/`, excerpt: '', meta: { title: `Project ${i}` } }),
      })),
      filters: { country: { KG: found, TJ: 1 } },
      totalFilters: {},
    };
  },
};
vi.mock('../../src/scripts/pagefind.ts', () => ({ loadPagefind: async () => fakePagefind }));
const { startSearchPage } = await import('../../src/scripts/search-page.ts');

async function rendered(): Promise<HTMLFormElement> {
  const form = document.querySelector<HTMLFormElement>('form');
  if (!form) throw new Error('no form');
  await vi.waitFor(() => expect(form.dataset.rendered).toBeDefined());
  return form;
}

beforeEach(() => {
  document.body.innerHTML = SEARCH_PAGE_HTML;
  searches.length = 0;
  history.replaceState(null, '', '/portfolio/search/');
});

describe('startSearchPage', () => {
  test.each<
    [
      url: string,
      results: number,
      expected: { status: string; toggle: string; chips: string[]; shown: number; more: boolean; sortLabel: string },
    ]
  >([
    [
      '',
      3,
      { status: '3 projects found', toggle: 'Filters', chips: [], shown: 3, more: false, sortLabel: 'Newest first' },
    ],
    [
      '?q=water&country=KG',
      1,
      {
        status: '1 project found',
        toggle: 'Filters (1)',
        chips: ['Country: Kyrgyzstan ×'],
        shown: 1,
        more: false,
        sortLabel: 'Best match',
      },
    ],
    [
      '?country=KG&country=TJ',
      12,
      {
        status: '12 projects found',
        toggle: 'Filters (2)',
        chips: ['Country: Kyrgyzstan ×', 'Country: Tajikistan ×'],
        shown: 10,
        more: true,
        sortLabel: 'Newest first',
      },
    ],
  ])('opened at %s', async (url, results, expected) => {
    found = results;
    history.replaceState(null, '', `/portfolio/search/${url}`);
    startSearchPage(document);
    const form = await rendered();
    expect(form.querySelector('[data-status]')?.textContent).toBe(expected.status);
    expect(form.querySelector('[data-filters-toggle]')?.textContent).toBe(expected.toggle);
    expect([...form.querySelectorAll('[data-active-filters] button')].map((b) => b.textContent)).toEqual(
      expected.chips,
    );
    expect(form.querySelectorAll('[data-results] > li')).toHaveLength(expected.shown);
    expect(form.querySelector<HTMLElement>('[data-more]')?.hidden).toBe(!expected.more);
    expect(form.querySelector('option[value="relevance"]')?.textContent).toBe(expected.sortLabel);
  });

  test('an empty query asks Pagefind for every project in the order of /projects/', async () => {
    found = 2;
    startSearchPage(document);
    await rendered();
    expect(searches[0]).toEqual([null, { filters: {}, sort: { order: 'asc' } }]);
  });

  test('removing a chip unticks its filter and updates the URL', async () => {
    found = 2;
    history.replaceState(null, '', '/portfolio/search/?country=KG&country=TJ');
    startSearchPage(document);
    const form = await rendered();
    form.querySelector<HTMLButtonElement>('[data-chip="country=KG"]')?.click();
    await vi.waitFor(() => expect(form.dataset.rendered).toBe('?country=TJ'));
    expect(location.search).toBe('?country=TJ');
    expect(form.querySelector<HTMLInputElement>('input[value="KG"]')?.checked).toBe(false);
    expect([...form.querySelectorAll('[data-active-filters] button')].map((b) => b.textContent)).toEqual([
      'Country: Tajikistan ×',
    ]);
  });

  test('the Filters control toggles the panel', async () => {
    found = 0;
    startSearchPage(document);
    const form = await rendered();
    const toggle = form.querySelector<HTMLButtonElement>('[data-filters-toggle]');
    toggle?.click();
    expect(toggle?.getAttribute('aria-expanded')).toBe('true');
    toggle?.click();
    expect(toggle?.getAttribute('aria-expanded')).toBe('false');
    expect(form.querySelector<HTMLElement>('[data-empty]')?.hidden).toBe(false);
  });
});
