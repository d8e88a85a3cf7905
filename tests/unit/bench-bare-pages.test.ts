import { expect, test } from 'vitest';
import { barePage, barePath } from '../../bench/bare-pages.ts';
import { generate } from '../../bench/generate.ts';

const LOCALES = ['en', 'ru'];

test.each([
  ['en', 'water-for-naryn/index.html'],
  ['ru', 'ru/water-for-naryn/index.html'],
])('a record in %s goes to %s, as the baselines write it', (lang, path) => {
  expect(barePath('water-for-naryn', lang, LOCALES)).toBe(path);
});

test('a bare page holds the title and every paragraph of the body as text, in its language', () => {
  const [project] = generate(1, 7);
  if (!project) throw new Error('generate gave no record');
  const page = barePage({ ...project, data: { ...project.data, title: 'Roads <& bridges>' } }, 'ru');
  expect(page).toContain('<html lang="ru">');
  expect(page).toContain('<h1>Roads &lt;&amp; bridges&gt;</h1>');
  const paragraphs = project.body.split(/\n{2,}/).filter((paragraph) => paragraph.trim());
  expect(page.match(/<p>/g)?.length).toBe(paragraphs.length);
  for (const term of project.uniqueTerms) expect(page).toContain(term);
});
