/**
 * The benchmark's language comparison: Pagefind's index weighed per language, and the report
 * section that sets the two-language site against the one-language one.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { BuildResult } from '../../bench/builds.ts';
import { buildLocales } from '../../bench/builds.ts';
import { added, type BenchResults, languageSection, type SizeResult } from '../../bench/report.ts';
import { pagefindLanguages } from '../../bench/sizes.ts';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A `dist/` whose `pagefind/` holds the given files (path → bytes) and entry. */
function bundle(entry: object | undefined, files: Record<string, number>): string {
  const dist = mkdtempSync(join(tmpdir(), 'bench-languages-'));
  dirs.push(dist);
  mkdirSync(join(dist, 'pagefind'));
  if (entry) writeFileSync(join(dist, 'pagefind/pagefind-entry.json'), JSON.stringify(entry));
  for (const [path, bytes] of Object.entries(files)) {
    mkdirSync(join(dist, 'pagefind', path, '..'), { recursive: true });
    writeFileSync(join(dist, 'pagefind', path), Buffer.alloc(bytes));
  }
  return dist;
}

describe('pagefindLanguages', () => {
  const files = {
    'pagefind.js': 1000,
    'wasm.unknown.pagefind': 700,
    'pagefind.en_aa.pf_meta': 10,
    'wasm.en.pagefind': 100,
    'index/en_1.pf_index': 20,
    'index/en_2.pf_index': 30,
    'fragment/en_1.pf_fragment': 5,
    'filter/en_1.pf_filter': 3,
    'pagefind.ru_bb.pf_meta': 11,
    'wasm.ru.pagefind': 200,
    'index/ru_1.pf_index': 40,
    'fragment/ru_1.pf_fragment': 6,
    'fragment/ru_2.pf_fragment': 7,
  };
  const two = pagefindLanguages(bundle({ languages: { en: { page_count: 3 }, ru: { page_count: 2 } } }, files));

  test.each<
    [
      lang: string,
      pages: number,
      bundleBytes: number,
      bundleFiles: number,
      meta: number,
      index: number,
      fragments: number,
      filters: number,
    ]
  >([
    ['en', 3, 10 + 100 + 20 + 30 + 5 + 3, 6, 10, 50, 5, 3],
    ['ru', 2, 11 + 200 + 40 + 6 + 7, 5, 11, 40, 13, 0],
  ])(
    '%s: %i pages, %i bytes in %i files, pf_meta %i, index %i, fragments %i, filters %i',
    (lang, pages, bytes, count, meta, index, fragments, filters) => {
      const figures = two[lang];
      expect(figures).toMatchObject({ pages, metaBytes: meta, bundle: { bytes, files: count } });
      expect([figures?.index.bytes, figures?.fragments.bytes, figures?.filters.bytes]).toEqual([
        index,
        fragments,
        filters,
      ]);
    },
  );

  test('shared scripts and the other languages are no language’s', () => {
    expect(Object.keys(two)).toEqual(['en', 'ru']);
  });

  test.each<[label: string, entry: object | undefined, expected: string[]]>([
    ['no entry file', undefined, []],
    ['one language', { languages: { en: { page_count: 3 } } }, ['en']],
  ])('%s', (_label, entry, expected) => {
    expect(Object.keys(pagefindLanguages(bundle(entry, files)))).toEqual(expected);
  });
});

test.each<[name: Parameters<typeof buildLocales>[0], expected: string[]]>([
  ['full', ['en', 'ru']],
  ['full-one-language', ['en']],
  ['astro-minimal', ['en', 'ru']],
  ['eleventy', ['en', 'ru']],
])('the %s build has the languages %j', (name, expected) => {
  expect(buildLocales(name, ['en', 'ru'])).toEqual(expected);
});

test.each<[all: number | undefined, one: number | undefined, expected: string]>([
  [150, 100, '150 vs 100: **+50** (+50 %)'],
  [100, 100, '100 vs 100: **+0** (+0 %)'],
  [90, 100, '90 vs 100: **−10** (−10 %)'],
  [5, 0, '5 vs 0: **+5**'],
  [undefined, 100, 'n/a'],
])('added(%j, %j)', (all, one, expected) => {
  expect(added(all, one, String)).toBe(expected);
});

describe('the report section', () => {
  const step = (wallMs: number, cpuMs: number) =>
    ({ wallMs, cpuMs, peakRssMiB: 500, ok: true }) as BuildResult['steps'][number];
  const build = (locales: string[], astro: number, pagefind: number, indexedPages: number) =>
    ({
      locales,
      steps: [step(astro, astro), step(pagefind, pagefind)],
      wallMs: astro + pagefind,
      cpuMs: astro + pagefind,
      peakRssMiB: 500,
      ok: true,
      indexedPages,
    }) as unknown as BuildResult;
  const index = (pages: number) => ({
    pages,
    bundle: { bytes: 4096, files: 4 },
    metaBytes: 1024,
    index: { bytes: 2048, files: 2 },
    fragments: { bytes: 512, files: 1 },
    filters: { bytes: 512, files: 1 },
  });
  const size: SizeResult = {
    projects: 1000,
    generateMs: 1,
    validateMs: 1,
    checks: [],
    builds: {
      full: build(['en', 'ru'], 30_000, 10_000, 2000),
      'full-one-language': build(['en'], 20_000, 5_000, 1000),
      'astro-minimal': build(['en', 'ru'], 10_000, 5_000, 2000),
      eleventy: build(['en', 'ru'], 5_000, 5_000, 2000),
    },
    languageCost: {
      full: { dist: { bytes: 2 * 2 ** 20, files: 3000 }, pagefind: { en: index(1000), ru: index(1000) } },
      'full-one-language': { dist: { bytes: 2 ** 20, files: 1600 }, pagefind: { en: index(1000) } },
    },
  };
  const withoutLanguageCost = ({ languageCost: _, ...rest }: SizeResult): SizeResult => rest;
  const results = { locales: ['en', 'ru'], languageCompare: true, sizes: [size] } as unknown as BenchResults;
  const text = languageSection(results).join('\n');

  test.each([
    ['## What the second language adds'],
    [
      'full site 2 (en, ru); full site, default language only (`SITE_LOCALES=en`) 1 (en); minimal Astro 2 (en, ru); Eleventy 2 (en, ru)',
    ],
    ['| **Build, wall** (both steps) | 40.0 s vs 25.0 s: **+15.0 s** (+60 %) |'],
    ['| `pagefind`, wall | 10.0 s vs 5.0 s: **+5.0 s** (+100 %) |'],
    ['| **Files in `dist/`** | 3,000 vs 1,600: **+1,400** (+88 %) |'],
    ['| **`dist/` size** | 2.0 MiB vs 1.0 MiB: **+1.0 MiB** (+100 %) |'],
    ['| Pages Pagefind indexed (all languages) | 2,000 vs 1,000: **+1,000** (+100 %) |'],
    ['| 1,000 | every language | ru | 1,000 | 4.0 KiB (4) | 1.0 KiB | 2.0 KiB (2) | 0.5 KiB (1) | 0.5 KiB (1) |'],
    ['| 1,000 | en only | en | 1,000 |'],
  ])('has %s', (line) => {
    expect(text).toContain(line);
  });

  test.each<[label: string, patch: Partial<BenchResults>, expected: string]>([
    ['skipped', { languageCompare: false, sizes: [withoutLanguageCost(size)] }, '`--no-language-compare`'],
    ['three languages', { locales: ['en', 'ru', 'ky'] }, '## What languages 2 to 3 add'],
  ])('%s', (_label, patch, expected) => {
    expect(languageSection({ ...results, ...patch }).join('\n')).toContain(expected);
  });

  test('a language the full build did not index is called out', () => {
    expect(text).not.toContain('Caution');
    const full = { dist: { bytes: 1, files: 1 }, pagefind: { en: index(1000) } };
    const unindexed = { ...size, languageCost: { ...size.languageCost, full } };
    expect(languageSection({ ...results, sizes: [unindexed] }).join('\n')).toContain(
      "**Caution:** the full build's Pagefind step indexed no page in ru",
    );
  });

  test('an older run without languages has no section', () => {
    const { locales: _, ...older } = results;
    expect(languageSection(older as BenchResults)).toEqual([]);
  });
});
