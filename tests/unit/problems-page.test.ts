import { describe, expect, test } from 'vitest';
import { currentProblems, problemsPage, setProblems } from '../../src/loader/problems.ts';

describe('the preview problems page', () => {
  test.each([
    [
      [{ file: 'content/projects/a.md', line: 7, field: 'start', message: '"Sept 2021" is not a date' }],
      'The content has 1 problem in 1 file',
      'content/projects/a.md:7  start: &#34;Sept 2021&#34; is not a date',
    ],
    [
      [
        { file: 'a.md', message: 'x' },
        { file: 'b.md', message: 'y' },
      ],
      'The content has 2 problems in 2 files',
      'b.md  y',
    ],
    [
      [{ file: 'a.md', message: '<script>alert(1)</script>' }],
      '1 problem in 1 file',
      '&#60;script&#62;alert(1)&#60;/script&#62;',
    ],
  ])('%j shows its count and every line, escaped', (issues, heading, line) => {
    const html = problemsPage(issues);
    expect(html).toContain(heading);
    expect(html).toContain(line);
    expect(html).not.toContain('<script>');
    expect(html).toContain('http-equiv="refresh"');
  });

  test('the latest problems are shared through globalThis', () => {
    setProblems([{ file: 'a.md', message: 'x' }]);
    expect(currentProblems()).toHaveLength(1);
    setProblems([]);
    expect(currentProblems()).toEqual([]);
  });
});
