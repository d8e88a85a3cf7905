/**
 * Output size: the whole build, the Pagefind bundle, and what one project page costs a
 * visitor (HTML + CSS compressed as a host would send them, and every script it loads).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export interface TreeSize {
  bytes: number;
  files: number;
}

export function treeSize(dir: string): TreeSize {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { bytes, files };
}

export interface PageWeight {
  path: string;
  html: { raw: number; gzip: number; brotli: number };
  css: { files: string[]; raw: number; gzip: number; brotli: number };
  /** HTML plus its stylesheets, each compressed on its own (as they are sent). */
  htmlCss: { gzip: number; brotli: number };
  /** Scripts the page loads up front: script src, modulepreload, and their static imports. */
  js: {
    files: string[];
    raw: number;
    gzip: number;
    inlineScripts: number;
    inlineBytes: number;
    /** Files that are not about search (their name and code never mention search or Pagefind). */
    notSearch: string[];
  };
}

const gzip = (data: Buffer) => gzipSync(data, { level: 9 }).length;
// Quality 11 is what static hosts use for pre-compressed assets.
const brotli = (data: Buffer) => brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** Reads a built page and the assets it references; `base` is the site's base path. */
export function pageWeight(distDir: string, pagePath: string, base = '/'): PageWeight {
  const file = join(distDir, pagePath, pagePath.endsWith('/') ? 'index.html' : '');
  const html = readFileSync(file);
  const text = html.toString('utf8');
  const local = (href: string) => {
    const path = new URL(href, `http://x${pagePath}`).pathname;
    return path.startsWith(base) ? join(distDir, posix.relative(base, path)) : undefined;
  };
  const tags = (pattern: RegExp) => [...text.matchAll(pattern)].map((m) => m[0]);
  const attr = (tag: string, name: string) => new RegExp(`\\b${name}=["']?([^"' >]+)`).exec(tag)?.[1];

  const cssFiles = tags(/<link\b[^>]*>/g)
    .filter((tag) => /rel=["']?stylesheet/.test(tag))
    .map((tag) => attr(tag, 'href'))
    .filter((href): href is string => !!href);
  const jsFiles = [
    ...tags(/<script\b[^>]*\bsrc=[^>]*>/g).map((tag) => attr(tag, 'src')),
    ...tags(/<link\b[^>]*>/g)
      .filter((tag) => /rel=["']?modulepreload/.test(tag))
      .map((tag) => attr(tag, 'href')),
  ].filter((href): href is string => !!href);
  const inline = [...text.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .filter((m) => !/type=["']?application\/(ld\+)?json/.test(m[0]))
    .map((m) => m[1] ?? '');

  const read = (href: string) => {
    const path = local(href);
    return path ? readFileSync(path) : Buffer.alloc(0);
  };
  const css = cssFiles.map(read);
  // Follow static imports (`import{x}from"./a.js"`, `import"./b.js"`): the browser loads
  // them before the module runs. Dynamic import() is on demand and not counted.
  const allJs = new Map<string, Buffer>();
  const queue = jsFiles.map((href) => new URL(href, `http://x${pagePath}`).pathname);
  while (queue.length) {
    const path = queue.shift() as string;
    if (allJs.has(path)) continue;
    const code = read(path);
    allJs.set(path, code);
    for (const m of code.toString('utf8').matchAll(/(?:\bfrom|\bimport)\s*["']([^"']+\.m?js)["']/g)) {
      queue.push(new URL(m[1] as string, `http://x${path}`).pathname);
    }
  }
  const js = [...allJs.values()];
  const notSearch = [...allJs]
    .filter(([path, code]) => !/search|pagefind/i.test(path + code.toString('utf8')))
    .map(([path]) => path);
  const sum = (list: number[]) => list.reduce((a, b) => a + b, 0);
  const htmlSizes = { raw: html.length, gzip: gzip(html), brotli: brotli(html) };
  const cssSizes = { raw: sum(css.map((b) => b.length)), gzip: sum(css.map(gzip)), brotli: sum(css.map(brotli)) };
  return {
    path: pagePath,
    html: htmlSizes,
    css: { files: cssFiles, ...cssSizes },
    htmlCss: { gzip: htmlSizes.gzip + cssSizes.gzip, brotli: htmlSizes.brotli + cssSizes.brotli },
    js: {
      files: [...allJs.keys()],
      raw: sum(js.map((b) => b.length)),
      gzip: sum(js.map(gzip)),
      inlineScripts: inline.length,
      inlineBytes: sum(inline.map((s) => Buffer.byteLength(s))),
      notSearch,
    },
  };
}

/**
 * Bytes of Pagefind's `pf_meta` (already gzip): every visitor downloads it on `init()`, and it
 * holds a record per page plus every sort order, so it grows with the page count.
 */
export function pagefindMetaBytes(distDir: string): number {
  const dir = join(distDir, 'pagefind');
  const meta = readdirSync(dir).filter((name) => name.endsWith('.pf_meta'));
  return meta.reduce((sum, name) => sum + statSync(join(dir, name)).size, 0);
}

/** The largest HTML pages: where output size goes when dist/ is bigger than expected. */
export function largestPages(distDir: string, count = 5): { path: string; bytes: number }[] {
  const pages: { path: string; bytes: number }[] = [];
  for (const entry of readdirSync(distDir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const full = join(entry.parentPath, entry.name);
    pages.push({ path: full.slice(distDir.length), bytes: statSync(full).size });
  }
  return pages.sort((a, b) => b.bytes - a.bytes).slice(0, count);
}

/** Bytes of HTML per top-level folder (projects/, countries/, …). */
export function htmlBySection(distDir: string): Record<string, TreeSize> {
  const out: Record<string, TreeSize> = {};
  for (const entry of readdirSync(distDir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const full = join(entry.parentPath, entry.name);
    const rel = full.slice(distDir.length + 1);
    const section = rel.includes('/') ? `${rel.split('/')[0]}/` : rel;
    const size = out[section] ?? { bytes: 0, files: 0 };
    out[section] = size;
    size.bytes += statSync(full).size;
    size.files++;
  }
  return out;
}

/** One language's share of a Pagefind bundle. */
export interface PagefindLanguage {
  /** Pages Pagefind indexed in this language (`page_count` in `pagefind-entry.json`). */
  pages: number;
  /** Every file of this language: metadata, index and fragment chunks, filters, its WASM. */
  bundle: TreeSize;
  /** Bytes of its `pf_meta`, which every search in this language loads first. */
  metaBytes: number;
  /** Its word index chunks (`index/<lang>_*.pf_index`). */
  index: TreeSize;
  /** Its result fragments (`fragment/<lang>_*.pf_fragment`). */
  fragments: TreeSize;
  /** Its filter chunks (`filter/<lang>_*.pf_filter`). */
  filters: TreeSize;
}

/**
 * What each language's index weighs in `<dist>/pagefind/`: Pagefind writes one index per
 * `<html lang>`, its files named after the language (`pagefind.en_<hash>.pf_meta`,
 * `index/en_<hash>.pf_index`, `wasm.en.pagefind`); the scripts and styles are shared.
 * No bundle (no `pagefind-entry.json`): no languages.
 */
export function pagefindLanguages(distDir: string): Record<string, PagefindLanguage> {
  const dir = join(distDir, 'pagefind');
  let entry: { languages?: Record<string, { page_count?: number }> };
  try {
    entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8'));
  } catch {
    return {};
  }
  const files = (sub: string, lang: string, ext: string): TreeSize => {
    let names: string[] = [];
    try {
      names = readdirSync(join(dir, sub)).filter((name) => name.startsWith(`${lang}_`) && name.endsWith(ext));
    } catch {
      // No such folder (no filters, say): nothing of this kind.
    }
    return {
      files: names.length,
      bytes: names.reduce((sum, name) => sum + statSync(join(dir, sub, name)).size, 0),
    };
  };
  const out: Record<string, PagefindLanguage> = {};
  for (const [lang, info] of Object.entries(entry.languages ?? {})) {
    const top = readdirSync(dir).filter(
      (name) => (name.startsWith(`pagefind.${lang}_`) && name.endsWith('.pf_meta')) || name === `wasm.${lang}.pagefind`,
    );
    const metaBytes = top
      .filter((name) => name.endsWith('.pf_meta'))
      .reduce((sum, name) => sum + statSync(join(dir, name)).size, 0);
    const topBytes = top.reduce((sum, name) => sum + statSync(join(dir, name)).size, 0);
    const index = files('index', lang, '.pf_index');
    const fragments = files('fragment', lang, '.pf_fragment');
    const filters = files('filter', lang, '.pf_filter');
    out[lang] = {
      pages: info.page_count ?? 0,
      bundle: {
        files: top.length + index.files + fragments.files + filters.files,
        bytes: topBytes + index.bytes + fragments.bytes + filters.bytes,
      },
      metaBytes,
      index,
      fragments,
      filters,
    };
  }
  return out;
}
