import { execFile } from 'node:child_process';
import { copyFileSync, cpSync, linkSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';

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

/** What a build reads from the project: linked into each build's private root. */
const PROJECT_FILES = [
  'astro.config.ts',
  'package.json',
  'tsconfig.json',
  'src',
  'public',
  'scripts',
  'vendor',
  'content',
];

/** Hard-links every file below `from` into `to` (a copy where links cannot cross devices). */
function linkTree(from: string, to: string): void {
  for (const entry of readdirSync(from, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const source = join(entry.parentPath, entry.name);
    const target = join(to, source.slice(from.length));
    mkdirSync(dirname(target), { recursive: true });
    try {
      linkSync(source, target);
    } catch {
      copyFileSync(source, target);
    }
  }
}

/** Where the build whose folder is `dir` (below `.test-output/`) gets its private root. */
export function privateRootOf(dir: string): string {
  return join(OUTPUT, 'roots', relative(OUTPUT, dir));
}

/**
 * A project root of its own for the build whose folder is `dir` (see privateRootOf): the
 * project's files hard-linked (the very files under test, at no copying cost) and
 * `node_modules` linked. Astro writes `.astro/` (its map of content modules and images) into
 * the project root whatever the output and cache folders, so builds of different content in one
 * root would read each other's map; each in its own root, builds can run at once. Paths Astro
 * takes relative to its root (the edit link's file path) are relative to this one.
 */
export function privateRoot(dir: string): string {
  const root = privateRootOf(dir);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  for (const file of PROJECT_FILES) {
    const source = join(ROOT, file);
    if (file.includes('.')) linkSync(source, join(root, file));
    else linkTree(source, join(root, file));
  }
  symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  return root;
}

/**
 * The real `npm run build` for the build whose folder (holding its output and cache) is `dir`,
 * in a private root; rejects as `execFile` does when the build fails.
 */
export function runBuild(dir: string, env: NodeJS.ProcessEnv): Promise<{ stdout: string; stderr: string }> {
  return run('npm', ['run', 'build', '--silent'], { cwd: privateRoot(dir), env, maxBuffer: 64 * 1024 * 1024 });
}

/**
 * Runs the real `npm run build` (astro build + pagefind) into `.test-output/<name>`, from a
 * private root (see privateRoot), so it may run beside other builds.
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
    const { stdout, stderr } = await runBuild(join(OUTPUT, name), env);
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
