import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type CheerioAPI, load } from 'cheerio';

/** Every HTML file below `dir`, as paths relative to it. */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .sort();
}

/** The HTML of the page at a site path such as `/projects/x/` (`''` is the home page, `404.html` a file). */
export function pageHtml(dir: string, path: string): string {
  const file = join(dir, path, path.endsWith('.html') ? '' : 'index.html');
  if (!existsSync(file)) throw new Error(`no page at ${path} (looked for ${relative(dir, file)})`);
  return readFileSync(file, 'utf8');
}

/** The page at a site path such as `/projects/x/`, parsed. */
export function page(dir: string, path: string): CheerioAPI {
  return load(pageHtml(dir, path));
}

/** Visible text of the page's main element, whitespace folded. */
export function mainText($: CheerioAPI): string {
  return $('main').text().replace(/\s+/g, ' ');
}

/**
 * The slugs a facet value lists, following its pagination (`rel="next"`) to the end.
 * `base` is the site's base path, stripped from links to find the files.
 */
export function listedSlugs(dir: string, path: string, base = '/'): string[] {
  const slugs: string[] = [];
  let next: string | undefined = path;
  while (next) {
    const $ = page(dir, next);
    slugs.push(
      ...$('[data-facet-projects] > li')
        .map((_, li) => $(li).attr('data-slug') ?? '')
        .get(),
    );
    const href = $('a[rel="next"]').attr('href');
    next = href ? `/${href.slice(base.length)}` : undefined;
  }
  return slugs;
}
