/**
 * The search index in shards (src/search-shards/): the fixture site built with a small shard
 * size must index every project page exactly once, in the shard its slug names, with every
 * shard's files in place; the one-shard site stays as Pagefind alone makes it. A rebuild after
 * one edit runs Pagefind for the edited project's shard only and gives the same bytes as a
 * cold build of the edited content.
 */
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { loadContent } from '../../src/model/content/load.ts';
import { shardCount, shardFolder, shardOf } from '../../src/search-shards/plan.ts';
import { OUTPUT, runBuild } from '../helpers/build.ts';
import { SHARDED_PAGES } from '../setup/sites.ts';

const sharded = inject('shardedSite').dist;
const single = inject('siteDir');
const slugs = loadContent(inject('siteContent'))
  .projects.map((project) => project.slug)
  .sort();
const count = shardCount(slugs.length, SHARDED_PAGES);
const LANGUAGES = [
  ['en', ''],
  ['ru', 'ru/'],
] as const;

/** The URL and meta of every page a Pagefind bundle folder indexed, read from its fragments. */
function indexedPages(bundle: string): { url: string; meta: Record<string, string> }[] {
  return readdirSync(join(bundle, 'fragment')).map((file) => {
    const text = gunzipSync(readFileSync(join(bundle, 'fragment', file))).toString('utf8');
    return JSON.parse(text.replace(/^pagefind_dcd/, ''));
  });
}

describe('the fixture site with its index in shards', () => {
  test('the fixture needs several shards, and its search pages say how many', () => {
    expect(count).toBeGreaterThanOrEqual(3);
    for (const [, prefix] of LANGUAGES)
      expect(readFileSync(join(sharded, prefix, 'search/index.html'), 'utf8')).toContain(`data-shards="${count}"`);
  });

  test('every shard has its Pagefind bundle, and there are no others', () => {
    for (let index = 0; index < count; index++) {
      for (const file of ['pagefind.js', 'pagefind-entry.json', 'wasm.en.pagefind'])
        expect(existsSync(join(sharded, shardFolder(index), file)), `${shardFolder(index)}${file}`).toBe(true);
    }
    expect(readdirSync(join(sharded, 'pagefind/shards')).sort()).toEqual(
      Array.from({ length: count - 1 }, (_, i) => String(i + 1)).sort(),
    );
  });

  test.each(LANGUAGES)('every %s project page is indexed exactly once, in its slug’s shard', (language, prefix) => {
    const urls: string[] = [];
    for (let index = 0; index < count; index++) {
      const bundle = join(sharded, shardFolder(index));
      const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8'));
      const here = indexedPages(bundle)
        .map((page) => page.url)
        .filter((url) => url.startsWith(`/${prefix}projects/`));
      expect(here.length).toBe(entry.languages[language]?.page_count ?? 0);
      for (const url of here) expect(shardOf(url.split('/').at(-2) ?? '', count), url).toBe(index);
      urls.push(...here);
    }
    expect(urls.sort()).toEqual(slugs.map((slug) => `/${prefix}projects/${slug}/`).sort());
  });

  test('results carry the sort values the browser merges by', () => {
    const pages = indexedPages(join(sharded, 'pagefind'));
    for (const page of pages)
      expect(
        Object.keys(page.meta)
          .filter((key) => key.startsWith('sort_'))
          .sort(),
        page.url,
      ).toEqual(['sort_budget', 'sort_end', 'sort_order', 'sort_title']);
  });
});

describe('the one-shard site', () => {
  test('is one Pagefind bundle with every project, without sort values in its records', () => {
    expect(existsSync(join(single, 'pagefind/shards'))).toBe(false);
    expect(readFileSync(join(single, 'search/index.html'), 'utf8')).toContain('data-shards="1"');
    const pages = indexedPages(join(single, 'pagefind'));
    expect(pages.length).toBe(slugs.length * LANGUAGES.length);
    for (const page of pages) expect(Object.keys(page.meta).some((key) => key.startsWith('sort_'))).toBe(false);
  });
});

const WORK = join(OUTPUT, 'shard-rebuild');

async function build(content: string, name: string): Promise<string> {
  const env = {
    ...process.env,
    CONTENT_DIR: content,
    OUT_DIR: join(WORK, name, 'dist'),
    ASTRO_CACHE_DIR: join(WORK, name, 'cache'),
    BUILD_DATE: '2024-06-01',
    SITE_URL: 'https://portfolio.example.org/',
    EDIT_URL: 'https://github.com/example/portfolio/edit/main/',
    SEARCH_SHARD_PAGES: String(SHARDED_PAGES),
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  const { stdout, stderr } = await runBuild(join(WORK, name), env);
  return stdout + stderr;
}

/** Every file under `dir` with its bytes. */
function files(dir: string): Map<string, Buffer> {
  const all = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile())
      all.set(relative(dir, join(entry.parentPath, entry.name)), readFileSync(join(entry.parentPath, entry.name)));
  }
  return all;
}

describe('a rebuild after editing one project', () => {
  const edited = 'successful-aimak-2';
  let output: string;

  beforeAll(async () => {
    rmSync(WORK, { recursive: true, force: true });
    const content = join(WORK, 'content');
    cpSync(inject('siteContent'), content, { recursive: true });
    // Pages name their content file (the edit link), so all three builds read one folder.
    const first = await build(content, 'incremental');
    expect(first).toContain(`shards [${[...Array(count).keys()].join(', ')}] by Pagefind, [] from the cache`);
    const file = join(content, 'projects', `${edited}.md`);
    writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\n\nA sentence added by the rebuild test: quokka.\n`);
    output = await build(content, 'incremental');
    await build(content, 'cold');
  }, 300_000);

  test('runs Pagefind for the edited project’s shard only, and copies the others', () => {
    const shard = shardOf(edited, count);
    const others = [...Array(count).keys()].filter((index) => index !== shard);
    expect(output).toContain(`Running Pagefind in ${count} shards of ${slugs.length * 2} pages`);
    expect(output).toContain(`shard [${shard}] by Pagefind, [${others.join(', ')}] from the cache`);
  });

  test('gives the same bytes as a cold build of the edited content', () => {
    const incremental = files(join(WORK, 'incremental', 'dist'));
    const cold = files(join(WORK, 'cold', 'dist'));
    expect([...incremental.keys()].sort()).toEqual([...cold.keys()].sort());
    const differing = [...cold].filter(([path, bytes]) => !incremental.get(path)?.equals(bytes)).map(([path]) => path);
    expect(differing).toEqual([]);
    // And the edit is in the index: the shard's fragments hold the new word.
    const bundle = join(WORK, 'cold', 'dist', shardFolder(shardOf(edited, count)));
    expect(indexedPages(bundle).some((page) => JSON.stringify(page).includes('quokka'))).toBe(true);
  });
});
