import { expect, test } from 'vitest';
import { extremeRecords, type RecordShape, templateBounds, templateOf } from '../helpers/overflow.ts';

const record = (slug: string, data: Record<string, unknown> = {}, body = 'a b c'): RecordShape => ({
  slug,
  data: { title: slug, ...data },
  body,
});
const plain = Array.from({ length: 40 }, (_, index) => record(`p${String(index).padStart(2, '0')}`));

// Each measure of what a page must fit brings its most extreme record in, wherever it is.
test.each<[string, RecordShape]>([
  ['the longest unbreakable word', record('zz-word', { summary: `x ${'y'.repeat(90)} z` })],
  ['the longest title', record('zz-title', { title: 'word '.repeat(40) })],
  ['the most list items', record('zz-lists', { countries: ['KG', 'TJ', 'KZ'], donors: ['a', 'b', 'c', 'd'] })],
  ['the longest body', record('zz-body', {}, 'word '.repeat(500))],
])('%s is chosen', (_, extreme) => {
  const chosen = extremeRecords([...plain.slice(0, 20), extreme, ...plain.slice(20)], 2);
  expect(chosen).toContain(extreme.slug);
  expect(chosen.length).toBeLessThan(plain.length);
});

test('records are also spread over the whole list, each once', () => {
  const chosen = extremeRecords(plain, 4);
  expect(chosen).toContain('p00');
  expect(chosen.some((slug) => slug >= 'p30')).toBe(true);
  expect(new Set(chosen).size).toBe(chosen.length);
});

test.each([
  ['', ''],
  ['ru/', 'ru'],
  ['projects/', 'projects'],
  ['projects/page/3/', 'projects/page/*'],
  ['countries/kg/', 'countries/*'],
  ['ru/countries/kg/page/3/', 'ru/countries/*/page/*'],
  ['embed/donors/usaid/', 'embed/donors/*'],
  ['ru/organizations/undp/', 'ru/organizations/*'],
  ['404.html', '404.html'],
])('the template of %j is %j', (path, template) => {
  expect(templateOf(path)).toBe(template);
});

test('each template is represented by its largest page and its last page', () => {
  const pages = [
    { path: 'ru/countries/kg/', bytes: 900 },
    { path: 'ru/countries/tj/', bytes: 500 },
    { path: 'ru/countries/kg/page/2/', bytes: 800 },
    { path: 'ru/countries/kg/page/12/', bytes: 100 },
    { path: 'ru/countries/tj/page/3/', bytes: 850 },
    { path: 'ru/', bytes: 10 },
  ];
  expect(templateBounds(pages)).toEqual([
    'ru/',
    'ru/countries/kg/',
    'ru/countries/kg/page/12/',
    'ru/countries/tj/page/3/',
  ]);
});
