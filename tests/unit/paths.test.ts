import { expect, test } from 'vitest';
import { projectPath, withBase } from '../../src/portfolio/paths.ts';

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
