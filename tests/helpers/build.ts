import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { withBuildLock } from './build-lock.ts';

const run = promisify(execFile);
export const ROOT = resolve(import.meta.dirname, '../..');
export const OUTPUT = join(ROOT, '.test-output');
/** The deploy address and edit prefix test builds get unless a test asks for none (`''`). */
export const TEST_SITE_URL = 'https://portfolio.example.org/';
export const TEST_EDIT_URL = 'https://github.com/example/portfolio/edit/main/';

export interface BuildOptions {
  /** Content folder to build from. */
  contentDir: string;
  /** Base path, e.g. `/portfolio/`. */
  base?: string;
  /** Pinned "today", so derived statuses do not drift with the calendar. */
  buildDate?: string;
  /** `SITE_URL`; default TEST_SITE_URL, `''` for a build without one. */
  siteUrl?: string;
  /** `EDIT_URL`; default TEST_EDIT_URL, `''` for a build without one. */
  editUrl?: string;
  /** `SITE_LOCALES`, e.g. `en` for a one-language build; default every configured language. */
  locales?: string;
  /** `SEARCH_SHARD_PAGES`: most project pages per language in one search-index shard. */
  searchShardPages?: number;
}

export interface BuildResult {
  outDir: string;
  code: number;
  /** Everything the build printed, stdout and stderr. */
  output: string;
}

/**
 * Runs the real `npm run build` (astro build + pagefind) into `.test-output/<name>`.
 * Astro writes its image map to `.astro/` in the project root whatever the output and cache
 * folders, so two builds of different content must never run at once. The global set-up
 * (tests/setup/sites.ts) builds one site after another; builds made by tests themselves (the
 * safe-build test, the quick benchmark, the dev server) take turns with it through a lock.
 */
export async function buildSite(name: string, options: BuildOptions): Promise<BuildResult> {
  const outDir = join(OUTPUT, name, 'dist');
  rmSync(join(OUTPUT, name), { recursive: true, force: true });
  mkdirSync(join(OUTPUT, name), { recursive: true });
  const env = {
    ...process.env,
    CONTENT_DIR: resolve(ROOT, options.contentDir),
    OUT_DIR: outDir,
    ASTRO_CACHE_DIR: join(OUTPUT, name, 'cache'),
    BASE_PATH: options.base ?? '/',
    BUILD_DATE: options.buildDate ?? '2024-06-01',
    SITE_URL: options.siteUrl ?? TEST_SITE_URL,
    EDIT_URL: options.editUrl ?? TEST_EDIT_URL,
    SITE_LOCALES: options.locales ?? '',
    ...(options.searchShardPages ? { SEARCH_SHARD_PAGES: String(options.searchShardPages) } : {}),
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  try {
    const { stdout, stderr } = await withBuildLock(() =>
      run('npm', ['run', 'build', '--silent'], { cwd: ROOT, env, maxBuffer: 64 * 1024 * 1024 }),
    );
    return { outDir, code: 0, output: stdout + stderr };
  } catch (error) {
    const failure = error as { code?: number; stdout?: string; stderr?: string };
    return { outDir, code: failure.code ?? 1, output: (failure.stdout ?? '') + (failure.stderr ?? '') };
  }
}

/**
 * A fresh content folder `.test-output/<name>`: the bundled content/ plus the project files of
 * each fixture folder given, so tests build real vocabularies and real seed projects with more.
 */
export function prepareContent(name: string, projectFixtures: readonly string[] = []): string {
  const dir = join(OUTPUT, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(OUTPUT, { recursive: true });
  cpSync(join(ROOT, 'content'), dir, { recursive: true });
  for (const fixture of projectFixtures) cpSync(join(ROOT, fixture), join(dir, 'projects'), { recursive: true });
  return dir;
}
