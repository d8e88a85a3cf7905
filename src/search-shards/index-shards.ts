/**
 * Builds the Pagefind index of a built site in shards (see plan.ts), one Pagefind run per shard
 * and one at a time, each closed before the next starts so their memory peaks never add up.
 * Each shard's output is kept in the cache under a digest of its input pages; a rebuild runs
 * Pagefind only for shards whose pages changed and copies the rest, byte for byte.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join, sep } from 'node:path';
import { close, createIndex } from 'pagefind';
import { digester } from '../cache/digest-cache.ts';
import { type ProjectPage, planShards, projectPageOf, type Shard } from './plan.ts';

/** Bumped when the way a shard is indexed changes, so old cache entries are not reused. */
const RECIPE = 'pagefind-1.6 node-api defaults v2';
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

/**
 * Runs Pagefind over one shard's pages into `outputPath`, then stops its process. The only
 * shard of a site is every project page: Pagefind then reads the files itself, in parallel,
 * instead of receiving each page's HTML over its pipe one at a time.
 */
async function runPagefind(siteDir: string, shard: Shard, outputPath: string, whole: boolean): Promise<void> {
  try {
    const { index, errors } = await createIndex({});
    if (!index || errors.length) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    if (whole) {
      const added = await index.addDirectory({ path: siteDir, glob: PROJECT_PAGES_GLOB });
      if (added.errors.length) throw new Error(`Pagefind could not index ${siteDir}: ${added.errors.join('; ')}`);
      if (added.page_count !== shard.pages.length)
        throw new Error(`Pagefind indexed ${added.page_count} project pages, expected ${shard.pages.length}`);
    }
    for (const page of whole ? [] : shard.pages) {
      const added = await index.addHTMLFile({ url: page.url, content: readFileSync(join(siteDir, page.file), 'utf8') });
      if (added.errors.length) throw new Error(`Pagefind could not index ${page.file}: ${added.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length)
      throw new Error(`Pagefind could not write shard ${shard.index}: ${written.errors.join('; ')}`);
  } finally {
    await close();
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
      await runPagefind(siteDir, shard, temporary, shards.length === 1);
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
