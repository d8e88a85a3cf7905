import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';

/** One URL found in a built file: where it is, what kind of reference, and its text. */
export interface Reference {
  /** File the reference is in, relative to dist, e.g. `projects/x/index.html`. */
  file: string;
  /** What refers, e.g. `a[href]`, `link[rel=stylesheet]`, `css url()`. */
  kind: string;
  url: string;
}

/** Every reference to another resource in the built HTML and CSS files below `dist`. */
export function references(dist: string): Reference[] {
  const found: Reference[] = [];
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).sort();
  for (const file of files) {
    if (file.endsWith('.html')) {
      const $ = load(readFileSync(join(dist, file), 'utf8'));
      const add = (selector: string, attribute: string, kind = `${selector}[${attribute}]`) =>
        $(selector).each((_, element) => {
          const value = $(element).attr(attribute);
          if (value !== undefined) found.push({ file, kind, url: value });
        });
      add('a', 'href');
      add('area', 'href');
      add('form', 'action');
      add('img', 'src');
      add('script', 'src');
      add('iframe', 'src');
      add('video', 'poster');
      add('audio, video, source, track', 'src', 'media[src]');
      $('link[href]').each((_, element) => {
        found.push({ file, kind: `link[rel=${$(element).attr('rel') ?? ''}]`, url: $(element).attr('href') ?? '' });
      });
      $('img[srcset], source[srcset]').each((_, element) => {
        for (const candidate of ($(element).attr('srcset') ?? '').split(',')) {
          const url = candidate.trim().split(/\s+/)[0];
          if (url) found.push({ file, kind: 'srcset', url });
        }
      });
      $('meta[property="og:image"], meta[property="og:url"]').each((_, element) => {
        found.push({ file, kind: `meta[${$(element).attr('property')}]`, url: $(element).attr('content') ?? '' });
      });
    } else if (file.endsWith('.css')) {
      const css = readFileSync(join(dist, file), 'utf8');
      for (const match of css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) {
        found.push({ file, kind: 'css url()', url: match[2] ?? '' });
      }
    }
  }
  return found;
}

/** The site path a built file is served at, e.g. `projects/x/index.html` → `/projects/x/`. */
export function servedPath(file: string, base: string): string {
  const path = file.replace(/(^|\/)index\.html$/, '$1');
  return `${base}${path}`;
}

/**
 * The dist file a site path resolves to the way a static host resolves it: a folder path
 * (ending in `/`) to its `index.html`, anything else to the file itself. Undefined if the
 * path is outside the base or nothing is there.
 */
export function resolveInDist(dist: string, base: string, pathname: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  let path: string;
  try {
    path = decodeURIComponent(pathname.slice(base.length));
  } catch {
    return undefined;
  }
  const file = join(dist, path, pathname.endsWith('/') ? 'index.html' : '');
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

const idCache = new Map<string, Set<string>>();

/** Every `id` (and `a[name]`) in an HTML file: the fragments a link to it may use. */
export function anchors(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) {
    const $ = load(readFileSync(file, 'utf8'));
    ids = new Set([
      ...$('[id]')
        .map((_, element) => $(element).attr('id'))
        .get(),
      ...$('a[name]')
        .map((_, element) => $(element).attr('name'))
        .get(),
    ]);
    idCache.set(file, ids);
  }
  return ids;
}

/** Why an external URL is malformed, or undefined if it is a well-formed http(s), mailto or tel URL. */
export function externalProblem(url: string): string | undefined {
  if (/^https?:/i.test(url)) {
    if (!URL.canParse(url)) return 'is not a valid URL';
    const parsed = new URL(url);
    if (!parsed.hostname.includes('.')) return `has no proper host name ("${parsed.hostname}")`;
    if (/\s/.test(url)) return 'contains white space';
    return undefined;
  }
  if (/^mailto:/i.test(url))
    return /^mailto:[^@\s]+@[^@\s]+\.[^@\s]+$/i.test(url) ? undefined : 'is not a valid mailto address';
  if (/^tel:\+?[\d\s()-]+$/i.test(url)) return undefined;
  return `uses a scheme the site never links to (${url.split(':')[0]}:)`;
}
