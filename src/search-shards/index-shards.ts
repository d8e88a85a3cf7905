/**
 * Builds the Pagefind index of a built site in shards (see plan.ts), one Pagefind run per shard
 * and one at a time, each closed before the next starts so their memory peaks never add up.
 * Each shard's output is kept in the cache under a digest of its input pages; a rebuild runs
 * Pagefind only for shards whose pages changed and copies the rest, byte for byte.
 */
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { digester } from '../cache/digest-cache.ts';
import { type ProjectPage, planShards, projectPageOf, type Shard } from './plan.ts';

/** Bumped when the way a shard is indexed changes, so old cache entries are not reused. */
const RECIPE = 'pagefind-1.6 cli --glob projects v3';
const PAGEFIND_VERSION: string = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../node_modules/pagefind/package.json'), 'utf8'),
).version;

export interface ShardReport {
  shards: number;
  pages: number;
  /** Shards Pagefind ran for. */
  indexed: number[];
  /** Shards copied from the cache. */
  reused: number[];
}

/** Every project page under `siteDir`, as the CLI's `--glob '**​/projects/*​/index.html'` found them. */
export function listProjectPages(siteDir: string): ProjectPage[] {
  return readdirSync(siteDir, { recursive: true, encoding: 'utf8' }).flatMap((path) => {
    const page = projectPageOf(path.split(sep).join('/'));
    return page ? [page] : [];
  });
}

/** The digest of everything a shard's output is made from: the recipe and each page's URL and HTML. */
function shardDigest(siteDir: string, shard: Shard): string {
  // Page by page, so a 10,000-page shard is never held in memory at once.
  const hash = digester();
  for (const part of [RECIPE, PAGEFIND_VERSION, String(shard.index)]) hash.add(part);
  for (const page of shard.pages) {
    hash.add(page.url);
    hash.add(readFileSync(join(siteDir, page.file)));
  }
  return hash.digest();
}

/** The project pages, as the CLI's glob finds them (and as projectPageOf recognises them). */
const PROJECT_PAGES_GLOB = '**/projects/*/index.html';
const PAGEFIND_BIN = join(import.meta.dirname, '../../node_modules/.bin/pagefind');

/**
 * Runs the Pagefind CLI over one shard's pages into `outputPath`. The only shard of a site is
 * every project page, read in place; a shard of several is linked into a folder of its own
 * first, at the same relative paths, so its URLs are the site's. The CLI (not the Node API,
 * whose service process is killed without being waited for) ends before the next shard starts,
 * so memory peaks never add up and its time and memory count towards this process's.
 */
function runPagefind(siteDir: string, shard: Shard, outputPath: string, whole: boolean): void {
  let site = siteDir;
  if (!whole) {
    site = `${outputPath}.pages`;
    rmSync(site, { recursive: true, force: true });
    for (const page of shard.pages) {
      const target = join(site, page.file);
      mkdirSync(dirname(target), { recursive: true });
      try {
        linkSync(join(siteDir, page.file), target);
      } catch {
        copyFileSync(join(siteDir, page.file), target);
      }
    }
  }
  try {
    const result = spawnSync(
      PAGEFIND_BIN,
      ['--site', site, '--glob', PROJECT_PAGES_GLOB, '--output-path', outputPath, '--quiet'],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 },
    );
    if (result.status !== 0)
      throw new Error(
        `Pagefind failed on shard ${shard.index} (exit ${result.status}): ${result.stderr || result.stdout}`,
      );
    const entry = JSON.parse(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const indexed = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    if (indexed !== shard.pages.length)
      throw new Error(`Pagefind indexed ${indexed} pages in shard ${shard.index}, expected ${shard.pages.length}`);
  } finally {
    if (!whole) rmSync(site, { recursive: true, force: true });
  }
}

/**
 * Indexes the project pages of `siteDir` into `siteDir/pagefind/` (shard 0) and
 * `siteDir/pagefind/shards/<n>/`, reusing cached shards from `cacheDir`. Cache entries not
 * used by this build are removed, so the cache holds one site's shards.
 */
export async function indexShards(
  siteDir: string,
  cacheDir: string,
  maxPages: number,
  log: (line: string) => void = () => {},
): Promise<ShardReport> {
  const pages = listProjectPages(siteDir);
  if (pages.length === 0) throw new Error(`found no project pages (projects/<slug>/index.html) in ${siteDir}`);
  const shards = planShards(pages, maxPages);
  const store = join(cacheDir, 'pagefind-shards');
  mkdirSync(store, { recursive: true });
  const report: ShardReport = { shards: shards.length, pages: pages.length, indexed: [], reused: [] };
  const used = new Set<string>();
  log(`Running Pagefind in ${shards.length} shard${shards.length === 1 ? '' : 's'} of ${pages.length} pages`);
  for (const shard of shards) {
    const digest = shardDigest(siteDir, shard);
    used.add(digest);
    const cached = join(store, digest);
    if (existsSync(cached)) {
      report.reused.push(shard.index);
    } else {
      const temporary = `${cached}.${process.pid}.tmp`;
      rmSync(temporary, { recursive: true, force: true });
      runPagefind(siteDir, shard, temporary, shards.length === 1);
      renameSync(temporary, cached);
      report.indexed.push(shard.index);
    }
    cpSync(cached, join(siteDir, shard.folder), { recursive: true });
  }
  for (const entry of readdirSync(store)) {
    if (!used.has(entry)) rmSync(join(store, entry), { recursive: true, force: true });
  }
  log(
    `Indexed ${pages.length} pages: shard${report.indexed.length === 1 ? '' : 's'} [${report.indexed.join(', ')}] by Pagefind, [${report.reused.join(', ')}] from the cache`,
  );
  return report;
}
