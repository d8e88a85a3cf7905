import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { fieldName } from '../../src/model/content/explain.ts';
import { formatIssues } from '../../src/model/content/issues.ts';
import { lineOf, parseFrontMatter, parseYaml, readText } from '../../src/model/content/read.ts';

const dir = mkdtempSync(join(tmpdir(), 'read-'));
const file = (name: string, bytes: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};

describe('readText', () => {
  test.each<[string, string | Uint8Array, RegExp | string]>([
    ['bom.md', '\uFEFF---\ntitle: x\n', '---\ntitle: x\n'],
    ['crlf.md', '---\r\ntitle: x\r\n', '---\ntitle: x\n'],
    ['old-mac.md', '---\rtitle: x\r', '---\ntitle: x\n'],
    ['empty.md', '', /the file is empty/],
    ['binary.md', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]), /binary/],
    ['latin1.md', new Uint8Array([0x2d, 0x0a, 0x63, 0x61, 0x66, 0xe9, 0x0a]), /not valid UTF-8/],
  ])('%s', (name, bytes, expected) => {
    const result = readText(file(name, bytes));
    if (typeof expected === 'string') expect(result).toEqual({ ok: true, text: expected });
    else expect(result.ok ? result.text : result.message).toMatch(expected);
  });

  test('points at the line with the bad byte', () => {
    const result = readText(file('line3.md', new Uint8Array([0x61, 0x0a, 0x62, 0x0a, 0xff, 0x0a])));
    expect(result).toMatchObject({ ok: false, line: 3 });
  });

  test('refuses files over 1 MB', () => {
    expect(readText(file('big.md', 'x'.repeat(1024 * 1024 + 1)))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/limit is 1 MB/),
    });
  });
});

describe('front matter', () => {
  test.each<[string, string, RegExp | undefined, number | undefined]>([
    ['valid', '---\ntitle: x\n---\nBody', undefined, undefined],
    ['no opening line', 'title: x\n', /no front matter/, 1],
    ['never closed', '---\ntitle: x\nBody\n', /never closed/, 1],
    ['tab indentation', '---\na:\n\tb: 1\n---\n', /tab/, 3],
    ['duplicate key', '---\na: 1\na: 2\n---\n', /appears twice/, 3],
    ['bad indentation', '---\na:\n  b: 1\n c: 2\n---\n', /indentation/, 4],
  ])('%s', (_, text, message, line) => {
    const result = parseFrontMatter(text);
    if (!message) {
      expect(result).toMatchObject({ ok: true, data: { title: 'x' }, body: 'Body', bodyLine: 4 });
      return;
    }
    expect(result).toMatchObject({ ok: false, line });
    if (!result.ok) expect(result.message).toMatch(message);
  });

  test('lineOf finds fields, list items and keys, falling back to the parent', () => {
    const parsed = parseYaml('title: x\ndonors:\n  - a\n  - b\nbudget:\n  amount: 1\n', 1);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(lineOf(parsed.yaml, ['title'])).toBe(2);
    expect(lineOf(parsed.yaml, ['donors', 1])).toBe(5);
    expect(lineOf(parsed.yaml, ['budget', 'amount'])).toBe(7);
    expect(lineOf(parsed.yaml, ['budget', 'currency'])).toBe(6);
    expect(lineOf(parsed.yaml, [], 'budget')).toBe(6);
  });
});

test.each<[(string | number)[], string]>([
  [['donors', 0], 'donors[0]'],
  [['budget', 'currency'], 'budget.currency'],
  [['locations', 2, 'lat'], 'locations[2].lat'],
  [[], ''],
])('fieldName(%j) = %s', (path, name) => {
  expect(fieldName(path)).toBe(name);
});

test('the report counts problems and files and sorts by file and line', () => {
  const report = formatIssues([
    { file: 'b.md', line: 3, field: 'x', message: 'm1' },
    { file: 'a.md', message: 'm2' },
    { file: 'b.md', line: 1, message: 'm3' },
  ]);
  expect(report.split('\n').slice(0, 5)).toEqual([
    '3 problems in 2 files; the site was not built.',
    '',
    'a.md  m2',
    'b.md:1  m3',
    'b.md:3  x: m1',
  ]);
});
