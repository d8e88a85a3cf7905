import { describe, expect, test } from 'vitest';
import { t } from '../../src/i18n/index.ts';
import { currentProblems, problemsPage, setProblems } from '../../src/loader/problems.ts';

// The dictionary's words, as the middleware passes them.
const words = {
  lang: 'en',
  title: t('problems.title'),
  heading: (count: number, files: number) => t('problems.heading', { count, files }),
  lead: t('problems.lead'),
};

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
    const html = problemsPage(issues, words);
    expect(html).toContain(heading);
    expect(html).toContain(line);
    expect(html).not.toContain('<script>');
    expect(html).toContain('http-equiv="refresh"');
    expect(html).toContain('<html lang="en">');
  });

  test('the words come from the caller, escaped', () => {
    const html = problemsPage([{ file: 'a.md', message: 'x' }], { ...words, lang: 'ru', title: '<b>Проблемы</b>' });
    expect(html).toContain('<html lang="ru">');
    expect(html).toContain('<title>&#60;b&#62;Проблемы&#60;/b&#62;</title>');
  });

  test('the latest problems are shared through globalThis', () => {
    setProblems([{ file: 'a.md', message: 'x' }]);
    expect(currentProblems()).toHaveLength(1);
    setProblems([]);
    expect(currentProblems()).toEqual([]);
  });
});
