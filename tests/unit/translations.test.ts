/** Translation files `content/projects/<slug>.<lang>.md`: read, validated, matched to their record. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadContent } from '../../src/model/content/load.ts';
import { translationTarget } from '../../src/model/content/translations.ts';

const CONTENT = resolve(import.meta.dirname, '../../content');
const work = mkdtempSync(join(tmpdir(), 'translations-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

test.each([
  ['successful-aimak-2.ru.md', { slug: 'successful-aimak-2', lang: 'ru' }],
  ['a.ky.markdown', { slug: 'a', lang: 'ky' }],
  ['successful-aimak-2.md', undefined],
  ['x.russian.md', undefined],
  ['x.RU.md', undefined],
])('translationTarget(%s) is %j', (name, expected) => {
  expect(translationTarget(`/content/projects/${name}`)).toEqual(expected);
});

test('the bundled content has a Russian translation of each of the five seeds, and no problem', () => {
  const content = loadContent(CONTENT);
  expect(content.issues).toEqual([]);
  expect(content.translations.map((translation) => `${translation.slug}.${translation.lang}`).sort()).toEqual(
    content.projects.map((project) => `${project.slug}.ru`).sort(),
  );
  for (const translation of content.translations) {
    expect(translation.data.title).toMatch(/[А-Яа-яЁё]/);
    expect(translation.data.translatedFrom).toBe('en');
  }
  expect(content.translations.filter((translation) => translation.body.trim().length > 500)).not.toEqual([]);
});

let copies = 0;
function loadWith(files: Record<string, string>) {
  const dir = join(work, `content-${copies++}`);
  cpSync(CONTENT, dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'projects', name), text);
  return loadContent(dir);
}

describe('a translation mistake is one problem naming the file and the fix', () => {
  test.each([
    [
      'a translation without its main record',
      'no-such-project.ru.md',
      '---\ntitle: Проект\nsummary: Кратко.\n---\n',
      /no project with that slug; rename it after its main record/,
    ],
    [
      'a translation into the record’s own language',
      'successful-aimak-2.en.md',
      '---\ntitle: Successful Aimak 2\nsummary: Again.\n---\n',
      /the language it is already written in/,
    ],
    [
      'a fact in a translation (facts come from the main record only)',
      'successful-aimak-2.ru.md',
      '---\ntitle: Успешный аймак 2\nsummary: Кратко.\nstart: 2020\n---\n',
      /start/,
    ],
    ['a translation without a title', 'successful-aimak-2.ru.md', '---\nsummary: Кратко.\n---\n', /title/],
  ])('%s', (_name, file, text, message) => {
    const content = loadWith({ [file]: text });
    const issues = content.issues.filter((issue) => issue.file.endsWith(file));
    expect(issues).toHaveLength(1);
    expect(`${issues[0]?.field ?? ''} ${issues[0]?.message}`).toMatch(message);
    expect(content.translations.some((translation) => translation.file.endsWith(file))).toBe(false);
  });
});

test('a main record with a mistake is reported once, not again through its translation', () => {
  const record = join(CONTENT, 'projects/successful-aimak-2.md');
  const broken = readFileSync(record, 'utf8').replace('start: 2021-09', 'start: Sept 2021');
  const content = loadWith({ 'successful-aimak-2.md': broken });
  expect(content.issues.map((issue) => issue.file)).toEqual([`content-${copies - 1}/projects/successful-aimak-2.md`]);
});
