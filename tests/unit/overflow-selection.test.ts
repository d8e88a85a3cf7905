import { expect, test } from 'vitest';
import { extremeRecords, longestWordOf, type RecordShape, templateBounds, templateOf } from '../helpers/overflow.ts';

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

const page = (path: string, bytes = 100, longestWord = 8) => ({ path, bytes, longestWord });
/** Five pages of one template, alike on every measure; the middle of them in path order is c. */
const alike = ['a', 'b', 'c', 'd', 'e'].map((value) => page(`ru/countries/${value}/`));

// Each measure of what a page must fit brings its most extreme page in, whatever its template.
test.each([
  ['the largest file', page('ru/countries/zz-large/', 9000)],
  ['the longest unbreakable word', page('ru/countries/zz-word/', 100, 120)],
  ['the highest page number', page('ru/countries/zz/page/12/')],
])('%s is chosen', (_, extreme) => {
  const paged = [page('ru/countries/zz/page/2/'), page('ru/countries/zz/page/3/')];
  expect(templateBounds([...alike, ...paged, extreme])).toContain(extreme.path);
});

test('each template also gets its first and middle page, and pages alike on every measure no more', () => {
  expect(templateBounds([...alike, page('ru/', 10)])).toEqual(['ru/', 'ru/countries/a/', 'ru/countries/c/']);
});

test.each([
  ['<p>short words only</p>', 5],
  ['<p>a <a href="https://example.org/a-very-long-address">link</a></p>', 4],
  ['<p>https://example.org/a-very-long-address</p>', 39],
  ['<script>const aVeryLongIdentifierThatIsNotShown = 1;</script><p>two words</p>', 5],
  ['<p>Ministry&nbsp;of&nbsp;Health</p>', 18],
])('the longest word of %j is %i characters', (html, length) => {
  expect(longestWordOf(html)).toBe(length);
});
