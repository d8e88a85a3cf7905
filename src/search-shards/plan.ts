/**
 * How the Pagefind index is split into shards, free of IO so the build and the browser agree.
 * A project's shard is a stable function of its slug (a hash bucket), so an edit to one project
 * changes one shard; the number of shards grows with the number of project pages per language,
 * so no single Pagefind run has to hold more than `maxPages` pages of one language.
 */

/** Project pages per language in one shard by default: a 10,000-project site is one shard. */
export const DEFAULT_SHARD_PAGES = 10_000;

/** The folder (under the site's base) of shard `index`: shard 0 is Pagefind's usual `pagefind/`. */
export function shardFolder(index: number): string {
  return index === 0 ? 'pagefind/' : `pagefind/shards/${index}/`;
}

/** How many shards `pagesPerLanguage` project pages (the largest language's count) need. */
export function shardCount(pagesPerLanguage: number, maxPages = DEFAULT_SHARD_PAGES): number {
  if (!Number.isInteger(maxPages) || maxPages < 1)
    throw new Error(`shard size must be a whole number ≥ 1, not ${maxPages}`);
  return Math.max(1, Math.ceil(pagesPerLanguage / maxPages));
}

/** 32-bit FNV-1a of the slug's UTF-16 code units: small, stable across runs and platforms. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** The shard a project belongs to, in every language. */
export function shardOf(slug: string, count: number): number {
  return count <= 1 ? 0 : fnv1a(slug) % count;
}

/** A project page found in the built site. */
export interface ProjectPage {
  /** Path of the HTML file relative to the site folder, with `/` separators. */
  file: string;
  /** The URL Pagefind records, relative to the site's base: `/projects/x/`, `/ru/projects/x/`. */
  url: string;
  slug: string;
  /** The folder before `projects/` (`ru`), or `''` for the default language. */
  language: string;
}

const PROJECT_PAGE = /^(?:(.+)\/)?projects\/([^/]+)\/index\.html$/;

/** The project page a site-relative file path is, or undefined (the CLI's `**​/projects/*​/index.html`). */
export function projectPageOf(file: string): ProjectPage | undefined {
  const match = PROJECT_PAGE.exec(file.replaceAll('\\', '/'));
  if (!match) return undefined;
  const [, language = '', slug = ''] = match;
  if (language.split('/').includes('pagefind')) return undefined;
  return { file, url: `/${language ? `${language}/` : ''}projects/${slug}/`, slug, language };
}

export interface Shard {
  index: number;
  folder: string;
  /** Its pages, in URL order so a shard's input (and output) does not depend on listing order. */
  pages: ProjectPage[];
}

/** The shards of these pages: as many as the largest language needs, every page in exactly one. */
export function planShards(pages: readonly ProjectPage[], maxPages = DEFAULT_SHARD_PAGES): Shard[] {
  const perLanguage = new Map<string, number>();
  for (const page of pages) perLanguage.set(page.language, (perLanguage.get(page.language) ?? 0) + 1);
  const count = shardCount(Math.max(0, ...perLanguage.values()), maxPages);
  const shards: Shard[] = Array.from({ length: count }, (_, index) => ({
    index,
    folder: shardFolder(index),
    pages: [],
  }));
  for (const page of pages) shards[shardOf(page.slug, count)]?.pages.push(page);
  for (const shard of shards) shard.pages.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  return shards;
}
