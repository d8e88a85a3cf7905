/**
 * A failed build never destroys the last good site: the real `npm run build` runs once on good
 * content, then on broken content (the report) and on content that fails a later step (Pagefind
 * finds no project page to index); after each, the old output is compared byte for byte.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { OUTPUT, prepareContent, runBuild } from '../helpers/build.ts';

const outDir = join(OUTPUT, 'safe-build', 'dist');
const content = prepareContent('safe-build-content');
const aimak = join(content, 'projects/successful-aimak-2.md');
const good = readFileSync(aimak, 'utf8');

async function build(): Promise<{ code: number; output: string }> {
  const env = {
    ...process.env,
    CONTENT_DIR: content,
    OUT_DIR: outDir,
    ASTRO_CACHE_DIR: join(OUTPUT, 'safe-build', 'cache'),
    BUILD_DATE: '2024-06-01',
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  try {
    const { stdout, stderr } = await runBuild(join(OUTPUT, 'safe-build'), env);
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failure = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failure.code ?? 1, output: (failure.stdout ?? '') + (failure.stderr ?? '') };
  }
}

/** Every file of the output with its SHA-256. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
  }
  return files;
}

let before: Map<string, string>;

beforeAll(async () => {
  rmSync(join(OUTPUT, 'safe-build'), { recursive: true, force: true });
  const first = await build();
  if (first.code !== 0) throw new Error(`the good build failed:\n${first.output}`);
  before = snapshot(outDir);
}, 300_000);

describe('a build that fails after a good one', () => {
  test('the good build produced a site', () => {
    expect(before.has('index.html')).toBe(true);
    expect(before.has('pagefind/pagefind.js')).toBe(true);
  });

  test('content mistakes: the report alone is printed, and the site is untouched', async () => {
    writeFileSync(aimak, good.replace('start: 2021-09', 'start: Sept 2021'));
    writeFileSync(
      join(content, 'projects/deep.md'),
      `---\ntitle: Deep\nsummary: Nested.\n---\n\n${'> '.repeat(5000)}document\n`,
    );
    const result = await build();
    rmSync(join(content, 'projects/deep.md'));
    writeFileSync(aimak, good);
    expect(result.code).toBe(1);
    expect(result.output.trim().split('\n')[0]).toBe('2 problems in 2 files; the site was not built.');
    expect(result.output).toContain('safe-build-content/projects/deep.md:6  the body is too complex');
    expect(result.output).not.toMatch(/Browser APIs|window is not defined|Location:|^\s+at /m);
    expect(snapshot(outDir)).toEqual(before);
  });

  test('a failing Pagefind step (no project pages to index) leaves the site untouched', async () => {
    const projects = join(content, 'projects');
    const aside = join(OUTPUT, 'safe-build-projects-aside');
    rmSync(aside, { recursive: true, force: true });
    renameSync(projects, aside);
    mkdirSync(projects);
    const result = await build();
    rmSync(projects, { recursive: true });
    renameSync(aside, projects);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('The Pagefind index failed; the last good site in');
    expect(snapshot(outDir)).toEqual(before);
    expect(readdirSync(join(OUTPUT, 'safe-build')).sort()).toEqual(['cache', 'dist']);
  });
});
