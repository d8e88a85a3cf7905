import { expect, test } from 'vitest';
import { localeOfPathname, projectPath, withBase } from '../../src/portfolio/paths.ts';

test.each([
  ['/projects/', '/', '/projects/'],
  ['/projects/', '/portfolio/', '/portfolio/projects/'],
  ['projects/x/', '/portfolio', '/portfolio/projects/x/'],
  ['/', '/portfolio/', '/portfolio/'],
])('withBase(%s, %s) is %s', (path, base, expected) => {
  expect(withBase(path, base)).toBe(expected);
});

test.each([
  ['successful-aimak-2', '/projects/successful-aimak-2/'],
  ['a', '/projects/a/'],
])('projectPath(%s) is %s', (slug, expected) => {
  expect(projectPath(slug)).toBe(expected);
});

test.each([
  ['/ru/projects/x/', '/', 'ru'],
  ['/ru/', '/', 'ru'],
  ['/ru', '/', 'ru'],
  ['/projects/x/', '/', 'en'],
  ['/', '/', 'en'],
  ['/en/', '/', 'en'],
  ['/rus/', '/', 'en'],
  ['/portfolio/ru/search/', '/portfolio/', 'ru'],
  ['/portfolio/search/', '/portfolio/', 'en'],
  ['/ru/search/', '/portfolio/', 'en'],
  ['/portfolio-ru/ru/', '/portfolio/', 'en'],
])('localeOfPathname(%s, base %s) is %s', (pathname, base, expected) => {
  expect(localeOfPathname(pathname, base, ['en', 'ru'], 'en')).toBe(expected);
});
