/**
 * `SITE_LOCALES=en`: the real site built in its default language only (what the benchmark
 * compares the two-language site with). No Russian page, index, alternate or switch may be left.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { type BuildResult, buildSite } from '../helpers/build.ts';
import { htmlFiles, page } from '../helpers/dist.ts';

let built: BuildResult;
let files: string[];

beforeAll(async () => {
  // The bundled content (the five seeds) is the smallest site there is.
  built = await buildSite('one-language', { contentDir: 'content', locales: 'en' });
  files = built.code === 0 ? htmlFiles(built.outDir) : [];
}, 300_000);

describe('a build with SITE_LOCALES=en', () => {
  test('succeeds', () => {
    expect(built.code, built.output).toBe(0);
  });

  test('writes the English pages and not one page under /ru/', () => {
    expect(files).toContain('index.html');
    expect(files).toContain('projects/successful-aimak-2/index.html');
    expect(files).toContain('search/index.html');
    expect(files.filter((file) => file.startsWith('ru/'))).toEqual([]);
    // The two-language fixture site has them, so the filter above is looking in the right place.
    expect(htmlFiles(inject('siteDir')).some((file) => file.startsWith('ru/'))).toBe(true);
  });

  test('no page links to a Russian page, declares a Russian alternate or shows a language switch', () => {
    const offending = files.filter((file) => {
      const html = readFileSync(join(built.outDir, file), 'utf8');
      return /href="\/ru\/|hreflang="ru"|data-language-switch/.test(html);
    });
    expect(offending).toEqual([]);
    const $ = page(built.outDir, '/projects/successful-aimak-2/');
    expect($('html').attr('lang')).toBe('en');
    expect($('link[rel="alternate"][hreflang]').length).toBe(0);
  });

  test('Pagefind has an English index only, and the sitemap lists no Russian page', () => {
    const entry = JSON.parse(readFileSync(join(built.outDir, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages)).toEqual(['en']);
    const sitemap = readFileSync(join(built.outDir, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('/projects/successful-aimak-2/');
    expect(sitemap).not.toContain('/ru/');
  });
});
