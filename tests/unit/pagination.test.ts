import { expect, test } from 'vitest';
import { pagePath, pageWindow, paginate } from '../../src/portfolio/pagination.ts';

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
