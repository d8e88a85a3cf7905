import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { bodyFile, hasBody, pruneBodies, readBody, writeBody } from '../../src/markdown/body-store.ts';

const root = mkdtempSync(join(tmpdir(), 'body-store-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('stored bodies', () => {
  test.each<[digest: string | number, html: string]>([
    ['2ea217261eab08c6', '<p>Body</p>\n'],
    [12345, '<h2 id="x">Кыргызстан</h2>'],
    ['empty', ''],
  ])('%s is written and read back unchanged', (digest, html) => {
    const dir = join(root, 'round-trip');
    expect(hasBody(dir, digest)).toBe(false);
    writeBody(dir, digest, html);
    expect(hasBody(dir, digest)).toBe(true);
    expect(readBody(dir, digest)).toBe(html);
    expect(readdirSync(dir).some((name) => name.endsWith('.tmp'))).toBe(false);
  });

  test('a missing body is an error that names the file and the fix', () => {
    expect(() => readBody(join(root, 'none'), 'abc')).toThrow(
      `The rendered body ${bodyFile(join(root, 'none'), 'abc')} is missing from the build cache; delete the cache folder`,
    );
  });

  test.each<[label: string, stored: string[], keep: string[], left: string[]]>([
    ['edited and removed records are pruned', ['a', 'b', 'c'], ['a', 'c'], ['a.html', 'c.html']],
    ['nothing to prune', ['a'], ['a'], ['a.html']],
    ['an empty portfolio prunes everything', ['a', 'b'], [], []],
  ])('%s', (label, stored, keep, left) => {
    const dir = join(root, label.replaceAll(' ', '-'));
    for (const digest of stored) writeBody(dir, digest, digest);
    writeFileSync(join(dir, 'stray.tmp'), 'half-written');
    expect(pruneBodies(dir, new Set(keep))).toBe(stored.length - left.length + 1);
    expect(readdirSync(dir).sort()).toEqual(left);
  });

  test('pruning a folder that does not exist does nothing', () => {
    expect(pruneBodies(join(root, 'never-made'), new Set())).toBe(0);
    expect(existsSync(join(root, 'never-made'))).toBe(false);
  });
});
