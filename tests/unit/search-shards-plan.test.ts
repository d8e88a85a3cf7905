import { describe, expect, test } from 'vitest';
import {
  DEFAULT_SHARD_PAGES,
  planShards,
  projectPageOf,
  shardCount,
  shardFolder,
  shardOf,
} from '../../src/search-shards/plan.ts';

describe('shardCount', () => {
  test.each([
    [0, 10_000, 1],
    [1, 10_000, 1],
    [10_000, 10_000, 1],
    [10_001, 10_000, 2],
    [100_000, 10_000, 10],
    [10, 3, 4],
    [9, 3, 3],
  ])('%i pages per language, at most %i a shard → %i shards', (pages, max, count) => {
    expect(shardCount(pages, max)).toBe(count);
  });

  test('a 10,000-project site is one shard by default', () => {
    expect(shardCount(10_000)).toBe(1);
    expect(DEFAULT_SHARD_PAGES).toBe(10_000);
  });

  test.each([0, -1, 2.5, Number.NaN])('a shard size of %d is refused', (max) => {
    expect(() => shardCount(10, max)).toThrow('shard size must be a whole number');
  });
});

describe('shardFolder', () => {
  test.each([
    [0, 'pagefind/'],
    [1, 'pagefind/shards/1/'],
    [12, 'pagefind/shards/12/'],
  ])('shard %i → %s', (index, folder) => {
    expect(shardFolder(index)).toBe(folder);
  });
});

describe('shardOf', () => {
  const slugs = Array.from({ length: 300 }, (_, i) => `project-${i}`);
  test.each([1, 2, 3, 7, 10])('with %i shards every slug has one stable shard in range, and all are used', (count) => {
    const shards = slugs.map((slug) => shardOf(slug, count));
    expect(shards.every((shard) => Number.isInteger(shard) && shard >= 0 && shard < count)).toBe(true);
    expect(slugs.map((slug) => shardOf(slug, count))).toEqual(shards);
    expect(new Set(shards).size).toBe(count);
  });

  test.each([
    ['a', 2, 0xe40c292c % 2],
    ['a', 7, 0xe40c292c % 7],
    ['foobar', 10, 0xbf9cf968 % 10],
  ])('%j with %i shards → its 32-bit FNV-1a hash mod the count (stable across runs)', (slug, count, shard) => {
    expect(shardOf(slug, count)).toBe(shard);
  });
});

describe('projectPageOf', () => {
  test.each([
    ['projects/aimak/index.html', { url: '/projects/aimak/', slug: 'aimak', language: '' }],
    ['ru/projects/aimak/index.html', { url: '/ru/projects/aimak/', slug: 'aimak', language: 'ru' }],
    ['projects/index.html', undefined],
    ['projects/aimak/page/index.html', undefined],
    ['projects/2/aimak/index.html', undefined],
    ['search/index.html', undefined],
    ['pagefind/projects/x/index.html', undefined],
  ])('%s → %j', (file, page) => {
    expect(projectPageOf(file)).toEqual(page && { file, ...page });
  });
});

describe('planShards', () => {
  const pages = ['b', 'a', 'c', 'd', 'e', 'f', 'g'].flatMap((slug) =>
    ['', 'ru/'].flatMap((prefix) => projectPageOf(`${prefix}projects/${slug}/index.html`) ?? []),
  );

  test.each([
    [100, 1],
    [7, 1],
    [6, 2],
    [3, 3],
    [1, 7],
  ])('at most %i pages per language a shard → %i shards, every page in exactly one', (max, count) => {
    const shards = planShards(pages, max);
    expect(shards.map((shard) => shard.index)).toEqual([...Array(count).keys()]);
    expect(shards.map((shard) => shard.folder)).toEqual([...Array(count).keys()].map(shardFolder));
    const placed = shards.flatMap((shard) => shard.pages.map((page) => page.file));
    expect(placed.sort()).toEqual(pages.map((page) => page.file).sort());
    for (const shard of shards) {
      // A project's pages in every language share its shard.
      for (const page of shard.pages) expect(shardOf(page.slug, count)).toBe(shard.index);
      const urls = shard.pages.map((page) => page.url);
      expect(urls).toEqual([...urls].sort());
    }
  });

  test('the plan does not depend on the order pages were listed in', () => {
    expect(planShards([...pages].reverse(), 3)).toEqual(planShards(pages, 3));
  });
});
