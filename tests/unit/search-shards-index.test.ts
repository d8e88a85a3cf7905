/**
 * indexShards over a tiny built site with the real Pagefind: shards where plan.ts puts them,
 * unchanged shards copied from the cache byte for byte, a changed page re-indexing its shard only.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { indexShards, listProjectPages } from '../../src/search-shards/index-shards.ts';
import { shardFolder, shardOf } from '../../src/search-shards/plan.ts';

const root = mkdtempSync(join(tmpdir(), 'search-shards-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const SLUGS = ['alpha', 'bravo', 'charlie', 'delta', 'echo'];

function writeSite(dir: string, words: Record<string, string> = {}): void {
  rmSync(dir, { recursive: true, force: true });
  for (const [prefix, lang] of [
    ['', 'en'],
    ['ru/', 'ru'],
  ]) {
    for (const slug of SLUGS) {
      const folder = join(dir, `${prefix}projects`, slug);
      mkdirSync(folder, { recursive: true });
      writeFileSync(
        join(folder, 'index.html'),
        `<!doctype html><html lang="${lang}"><body><main data-pagefind-body><h1>${slug}</h1><p>${words[slug] ?? 'water'} project</p></main></body></html>`,
      );
    }
  }
  // Not project pages: never indexed.
  mkdirSync(join(dir, 'projects', 'page', '2'), { recursive: true });
  writeFileSync(join(dir, 'projects', 'index.html'), '<html lang="en"><body>list</body></html>');
  writeFileSync(join(dir, 'projects', 'page', '2', 'index.html'), '<html lang="en"><body>list</body></html>');
}

function files(dir: string): Map<string, string> {
  const all = new Map<string, string>();
  for (const entry of readdirSync(join(dir, 'pagefind'), { recursive: true, withFileTypes: true })) {
    if (entry.isFile())
      all.set(
        relative(dir, join(entry.parentPath, entry.name)),
        readFileSync(join(entry.parentPath, entry.name), 'hex'),
      );
  }
  return all;
}

describe('listProjectPages', () => {
  test('finds every project page in every language, and nothing else', () => {
    const site = join(root, 'listed');
    writeSite(site);
    expect(
      listProjectPages(site)
        .map((page) => page.url)
        .sort(),
    ).toEqual([...SLUGS.map((slug) => `/projects/${slug}/`), ...SLUGS.map((slug) => `/ru/projects/${slug}/`)].sort());
  });
});

describe('indexShards', () => {
  const cache = join(root, 'cache');
  const site = join(root, 'site');

  test.each([
    ['a cold build indexes every shard', {}, [0, 1, 2], []],
    ['a build of the same pages copies every shard', {}, [], [0, 1, 2]],
    [
      'an edit re-indexes the edited project’s shard only',
      { charlie: 'quokka' },
      [shardOf('charlie', 3)],
      [0, 1, 2].filter((n) => n !== shardOf('charlie', 3)),
    ],
  ] as const)('%s', async (_, words, indexed, reused) => {
    writeSite(site, words);
    const report = await indexShards(site, cache, 2);
    expect(report).toEqual({ shards: 3, pages: 10, indexed, reused });
    for (let index = 0; index < 3; index++)
      expect(readdirSync(join(site, shardFolder(index)))).toContain('pagefind.js');
    // Only this build's shards stay in the cache.
    expect(readdirSync(join(cache, 'pagefind-shards')).length).toBe(3);
  });

  test('copied shards are byte-identical to a cold build of the same pages', async () => {
    const cold = join(root, 'cold');
    writeSite(cold, { charlie: 'quokka' });
    await indexShards(cold, join(root, 'cold-cache'), 2);
    expect(files(site)).toEqual(files(cold));
  });

  // One shard is the whole site: Pagefind reads the project pages itself (the CLI's glob).
  test('a one-shard site indexes every project page in each language, and no list page', async () => {
    const whole = join(root, 'whole');
    writeSite(whole);
    const report = await indexShards(whole, join(root, 'whole-cache'), 10);
    expect(report).toEqual({ shards: 1, pages: 10, indexed: [0], reused: [] });
    const entry = JSON.parse(readFileSync(join(whole, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.fromEntries(Object.entries(entry.languages).map(([lang, info]) => [lang, info.page_count]))).toEqual({
      en: 5,
      ru: 5,
    });
    expect(readdirSync(join(whole, 'pagefind'))).not.toContain('shards');
  });

  test('a site without project pages is refused', async () => {
    const empty = join(root, 'empty');
    mkdirSync(empty, { recursive: true });
    await expect(indexShards(empty, cache, 2)).rejects.toThrow('found no project pages');
  });
});
