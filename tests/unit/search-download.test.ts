import { describe, expect, test } from 'vitest';
import type { SearchRows } from '../../src/exports/search-rows.ts';
import { downloadOf, readSearchRows, resultRecords, resultSlugs } from '../../src/scripts/search-download.ts';
import { emptyFilters } from '../../src/scripts/search-state.ts';

const index: SearchRows = {
  meta: {
    publisher: 'P',
    licence: 'CC BY 4.0',
    licenceUrl: 'https://x/',
    built: '2024-06-01',
    documentation: '/data/',
  },
  columns: ['id', 'title'],
  rows: [
    ['a', 'Alpha'],
    ['b', 'Beta, "quoted"'],
    ['c', 'Gamma'],
  ],
} as unknown as SearchRows;
const state = { query: 'water', filters: { ...emptyFilters(), country: ['KG'] }, sort: 'relevance' as const };

describe('result slugs', () => {
  test.each([
    [
      ['/projects/a/', '/portfolio/projects/c/', '/search/'],
      ['a', 'c'],
    ],
    [
      ['/projects/b/#x', '/projects/a/?q=1'],
      ['b', 'a'],
    ],
    [[], []],
  ])('%j → %j', (urls, slugs) => {
    expect(resultSlugs(urls.map((url) => ({ url })))).toEqual(slugs);
  });

  test('records are loaded a batch at a time, in result order', async () => {
    let open = 0;
    let most = 0;
    const results = Array.from({ length: 10 }, (_, i) => ({
      id: String(i),
      data: async () => {
        most = Math.max(most, ++open);
        await new Promise((resolve) => setTimeout(resolve, 1));
        open--;
        return { url: `/projects/p${i}/`, excerpt: '', meta: {} };
      },
    }));
    const outcome = {
      total: results.length,
      slice: (start: number, end: number) => Promise.all(results.slice(start, end).map((result) => result.data())),
    };
    const records = await resultRecords(outcome, 3);
    expect(records.map((record) => record.url)).toEqual(results.map((_, i) => `/projects/p${i}/`));
    expect(most).toBeLessThanOrEqual(3);
  });
});

describe('the downloaded file', () => {
  test.each([
    ['csv', 'projects-search.csv', '\uFEFFid,title\r\nc,Gamma\r\na,Alpha\r\n'],
    ['csv', 'projects-search.csv', '\uFEFFid,title\r\nb,"Beta, ""quoted"""\r\n'],
  ] as const)('%s as %s', (format, name, text) => {
    const slugs = text.includes('Beta') ? ['b'] : ['c', 'a', 'unknown'];
    const file = downloadOf(index, slugs, state, format);
    expect(file.name).toBe(name);
    expect(file.text).toBe(text);
  });

  test('JSON records the search and holds one object per row', () => {
    const file = downloadOf(index, ['b', 'a'], state, 'json');
    expect(file.type).toBe('application/json');
    const json = JSON.parse(file.text);
    expect(json.query).toEqual({ q: 'water', filters: state.filters, sort: 'relevance' });
    expect(json.count).toBe(2);
    expect(json.projects).toEqual([
      { id: 'b', title: 'Beta, "quoted"' },
      { id: 'a', title: 'Alpha' },
    ]);
    expect(json.meta.licence).toBe('CC BY 4.0');
  });
});

test.each([null, {}, { columns: [], rows: 'x', meta: {} }, { columns: [], rows: [] }])(
  'a rows file of the wrong shape (%j) is refused',
  (value) => {
    expect(() => readSearchRows(value)).toThrow('not in the expected form');
  },
);
