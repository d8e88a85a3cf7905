import { expect, test } from 'vitest';
import { listRange } from '../../src/i18n/index.ts';
import { firstPage, pagePath, pageWindow, paginate } from '../../src/portfolio/pagination.ts';

test.each<[number, number, number[]]>([
  [0, 50, [0]],
  [1, 50, [1]],
  [50, 50, [50]],
  [51, 50, [50, 1]],
  [120, 50, [50, 50, 20]],
])('%i items in pages of %i have sizes %j', (n, size, sizes) => {
  const pages = paginate(
    Array.from({ length: n }, (_, i) => i),
    size,
  );
  expect(pages.map((page) => page.items.length)).toEqual(sizes);
  expect(pages.every((page) => page.count === sizes.length && page.total === n)).toBe(true);
  expect(pages.flatMap((page) => page.items)).toEqual(Array.from({ length: n }, (_, i) => i));
  expect(pages.map((page) => page.first)).toEqual(sizes.map((_, i) => i * size + 1));
});

test.each([
  ['/projects/', 1, '/projects/'],
  ['/projects/', 2, '/projects/page/2/'],
  ['/portfolio/countries/kg/', 3, '/portfolio/countries/kg/page/3/'],
])('pagePath(%s, %i) = %s', (path, number, expected) => {
  expect(pagePath(path, number)).toBe(expected);
});

test.each<[number, number, (number | 'gap')[]]>([
  [1, 1, [1]],
  [1, 3, [1, 2, 3]],
  [1, 10, [1, 2, 3, 'gap', 10]],
  [6, 12, [1, 'gap', 4, 5, 6, 7, 8, 'gap', 12]],
  [12, 12, [1, 'gap', 10, 11, 12]],
])('pageWindow(%i of %i)', (current, count, expected) => {
  expect(pageWindow(current, count)).toEqual(expected);
});

test.each([0, 1, 50, 51, 120])('the first page of %i items alone is the first of all the pages', (n) => {
  const items = Array.from({ length: n }, (_, i) => i);
  expect(firstPage(items, 50)).toEqual(paginate(items, 50)[0]);
});

test.each<[number, number, string, string]>([
  [120, 1, '1–50 of 120', '1–50 из 120'],
  [120, 3, '101–120 of 120', '101–120 из 120'],
  [4000, 2, '51–100 of 4,000', '51–100 из 4 000'],
])('%i items, page %i: the range reads %j (and %j)', (n, number, english, russian) => {
  const page = paginate(
    Array.from({ length: n }, (_, i) => i),
    50,
  )[number - 1];
  if (!page) throw new Error(`no page ${number}`);
  expect(listRange(page, 'en')).toBe(english);
  expect(listRange(page, 'ru').replace(/\s/g, ' ')).toBe(russian);
});
