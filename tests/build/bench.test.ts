import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';
import { ROOT } from '../helpers/build.ts';

const run = promisify(execFile);

interface Step {
  ok: boolean;
  wallMs: number;
  peakRssMiB: number;
}

// The benchmark harness runs here at 100 projects so that it cannot rot; its figures are
// not judged (speed is reported by `npm run bench`, never asserted by a test).
test('npm run bench -- --quick builds the site in two languages and in one, both baselines, searches them and records every figure', async () => {
  const started = Date.now();
  // Other tests build too (the safe-build test, the dev server): the benchmark's own builds of the
  // site take turns with them through the build lock (bench/builds.ts), its baselines do not.
  await run(process.execPath, ['bench/run.ts', '--quick'], {
    cwd: ROOT,
    maxBuffer: 64 * 1024 * 1024,
    timeout: 300_000,
  });
  const dir = join(ROOT, 'bench/.work/results');
  const newest = readdirSync(dir)
    .filter((name) => name.endsWith('-quick.json'))
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).mtimeMs >= started)
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
  expect(newest, 'the quick run wrote no results file').toBeDefined();
  const results = JSON.parse(readFileSync(newest as string, 'utf8'));
  expect(results.failures).toEqual([]);
  const [size] = results.sizes;
  expect(size.projects).toBe(100);
  for (const site of ['full', 'full-one-language', 'astro-minimal', 'eleventy']) {
    const steps: Step[] = size.builds[site].steps;
    expect(steps.length, site).toBeGreaterThanOrEqual(2);
    for (const step of steps) {
      expect(step.ok, site).toBe(true);
      expect(step.wallMs).toBeGreaterThan(0);
      expect(step.peakRssMiB).toBeGreaterThan(0);
    }
  }
  // Every build says its languages; the baselines have as many as the site (a page per record in each).
  expect(results.locales).toEqual(['en', 'ru']);
  for (const site of ['full', 'astro-minimal', 'eleventy'])
    expect(size.builds[site].locales, site).toEqual(['en', 'ru']);
  expect(size.builds['full-one-language'].locales).toEqual(['en']);
  expect(size.builds['astro-minimal'].indexedPages).toBe(200);
  expect(size.builds.eleventy.indexedPages).toBe(200);
  // What the second language adds: more files, and an English index of the same pages.
  const { full, 'full-one-language': one } = size.languageCost;
  expect(full.dist.files).toBeGreaterThan(one.dist.files);
  expect(Object.keys(one.pagefind)).toEqual(['en']);
  expect(one.pagefind.en.pages).toBe(100);
  expect(one.pagefind.en.metaBytes).toBeGreaterThan(0);
  expect(size.search.figures.length).toBeGreaterThan(0);
  for (const figure of size.search.figures) expect(figure.cold.firstResultMs, figure.kind).toBeGreaterThan(0);
}, 360_000);
