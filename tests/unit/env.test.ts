import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  astroNodeOptions,
  buildDateFrom,
  localeList,
  normaliseBase,
  readEnv,
  selectLocales,
  shardPagesFrom,
} from '../../src/env.ts';

describe('normaliseBase', () => {
  test.each([
    ['', '/'],
    ['/', '/'],
    ['portfolio', '/portfolio/'],
    ['/portfolio', '/portfolio/'],
    ['portfolio/', '/portfolio/'],
    ['//a/b//', '/a/b/'],
  ])('%j → %j', (path, base) => {
    expect(normaliseBase(path)).toBe(base);
  });
});

describe('buildDateFrom', () => {
  const now = Date.parse('2025-03-04T15:16:17Z');
  test.each([
    ['BUILD_DATE wins', { BUILD_DATE: '2024-06-01', SOURCE_DATE_EPOCH: '0' }, '2024-06-01T00:00:00.000Z'],
    ['SOURCE_DATE_EPOCH, cut to its day', { SOURCE_DATE_EPOCH: '1700000000' }, '2023-11-14T00:00:00.000Z'],
    ['the clock, cut to its day', {}, '2025-03-04T00:00:00.000Z'],
    ['an empty BUILD_DATE counts as unset', { BUILD_DATE: '' }, '2025-03-04T00:00:00.000Z'],
  ])('%s', (_, env, iso) => {
    expect(new Date(buildDateFrom(env, now)).toISOString()).toBe(iso);
  });

  test.each(['2024-13-01', 'June 2024', 'yesterday'])('BUILD_DATE=%j is refused with the format to use', (date) => {
    expect(() => buildDateFrom({ BUILD_DATE: date }, now)).toThrow(
      `BUILD_DATE="${date}" is not a date; use YYYY-MM-DD`,
    );
  });
});

describe('readEnv', () => {
  test('defaults', () => {
    expect(readEnv({}, Date.parse('2024-06-01T12:00:00Z'))).toEqual({
      contentDir: resolve('content'),
      buildDate: Date.parse('2024-06-01T00:00:00Z'),
      base: '/',
      siteUrl: undefined,
      editUrl: undefined,
      outDir: './dist',
      cacheDir: './node_modules/.astro',
      siteLocales: undefined,
      searchShardPages: 10_000,
    });
  });

  test('every setting from its variable', () => {
    expect(
      readEnv({
        CONTENT_DIR: 'fixtures/content',
        BUILD_DATE: '2020-02-29',
        BASE_PATH: 'portfolio',
        SITE_URL: 'https://example.org',
        EDIT_URL: 'https://github.com/o/r/edit/main/',
        OUT_DIR: '/tmp/out',
        ASTRO_CACHE_DIR: '/tmp/cache',
        SITE_LOCALES: 'en',
        SEARCH_SHARD_PAGES: '3',
      }),
    ).toEqual({
      contentDir: resolve('fixtures/content'),
      buildDate: Date.parse('2020-02-29T00:00:00Z'),
      base: '/portfolio/',
      siteUrl: 'https://example.org',
      editUrl: 'https://github.com/o/r/edit/main/',
      outDir: '/tmp/out',
      cacheDir: '/tmp/cache',
      siteLocales: ['en'],
      searchShardPages: 3,
    });
  });

  test('empty variables count as unset', () => {
    const env = readEnv(
      { CONTENT_DIR: '', SITE_URL: '', EDIT_URL: '', OUT_DIR: '', ASTRO_CACHE_DIR: '', SITE_LOCALES: '' },
      0,
    );
    expect(env).toMatchObject({
      contentDir: resolve('content'),
      siteUrl: undefined,
      editUrl: undefined,
      outDir: './dist',
      cacheDir: './node_modules/.astro',
      siteLocales: undefined,
    });
  });
});

describe('SITE_LOCALES', () => {
  test.each<[value: string | undefined, expected: string[] | undefined]>([
    [undefined, undefined],
    ['', undefined],
    [' , ', undefined],
    ['en', ['en']],
    [' en , ru ', ['en', 'ru']],
    ['RU,en,ru', ['ru', 'en']],
  ])('%j lists %j', (value, expected) => {
    expect(localeList(value)).toEqual(expected);
  });

  const configured = ['en', 'ru', 'ky'] as const;
  test.each<[requested: string[] | undefined, expected: string[]]>([
    [undefined, ['en', 'ru', 'ky']],
    [['en'], ['en']],
    [
      ['ru', 'en'],
      ['en', 'ru'],
    ],
    [
      ['ky', 'en'],
      ['en', 'ky'],
    ],
    [
      ['en', 'ru', 'ky'],
      ['en', 'ru', 'ky'],
    ],
  ])('%j builds %j, in the configured order', (requested, expected) => {
    expect(selectLocales(requested, configured, 'en')).toEqual(expected);
  });

  test.each<[requested: string[], message: RegExp]>([
    [
      ['en', 'de'],
      /^SITE_LOCALES="en,de": "de" is not a language of the site \(allowed: en, ru, ky, .*default language en\)$/,
    ],
    [['fr', 'de'], /"fr", "de" is not a language of the site/],
    [['ru'], /^SITE_LOCALES="ru" leaves out the default language "en".*\(allowed: en, ru, ky,/],
    [['ru', 'ky'], /leaves out the default language "en"/],
  ])('%j is refused, naming the variable and the allowed values', (requested, message) => {
    expect(() => selectLocales(requested, configured, 'en')).toThrow(message);
  });
});

describe('shardPagesFrom', () => {
  test.each([
    [undefined, 10_000],
    ['', 10_000],
    ['1', 1],
    ['2500', 2500],
  ])('%j → %j', (value, pages) => {
    expect(shardPagesFrom(value)).toBe(pages);
  });

  test.each(['0', '-3', '2.5', 'many'])('SEARCH_SHARD_PAGES=%j is refused', (value) => {
    expect(() => shardPagesFrom(value)).toThrow(`SEARCH_SHARD_PAGES="${value}" is not a whole number of pages ≥ 1`);
  });
});

describe('astroNodeOptions', () => {
  const GiB = 2 ** 30;
  test.each<[given: string | undefined, total: number, expected: string]>([
    [undefined, 24 * GiB, '--max-old-space-size=18432'],
    ['', 8 * GiB, '--max-old-space-size=6144'],
    ['--enable-source-maps', 24 * GiB, '--enable-source-maps --max-old-space-size=18432'],
    ['--max-old-space-size=2048', 24 * GiB, '--max-old-space-size=2048'],
  ])('NODE_OPTIONS=%j on %d bytes → %j', (given, total, expected) => {
    expect(astroNodeOptions(given, total)).toBe(expected);
  });
});
