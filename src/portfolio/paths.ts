/** `withBase('/projects/', '/portfolio/')` → `/portfolio/projects/`: a site path under a base path. */
export function withBase(path: string, base: string): string {
  const clean = path.replace(/^\/+/, '');
  return `${base.replace(/\/+$/, '')}/${clean}`;
}

/** The path of an organisation's page, e.g. `/organizations/usaid/`. */
export function organizationPath(id: string): string {
  return `/organizations/${encodeURIComponent(id)}/`;
}

/** The path of a project's page, e.g. `/projects/successful-aimak-2/`. */
export function projectPath(slug: string): string {
  return `/projects/${slug}/`;
}

/**
 * Folders served once for every language: data files, embeds, preview images, the schema, the
 * search index. Anything with a file extension (`/robots.txt`, `/favicon.svg`) is, too.
 */
const SHARED = /^\/(?:data|embed|og|schema|pagefind|_astro)(?:\/|$)|\.[a-z0-9]+$/i;

/** True when `path` has a page of its own in each language. */
export function isLocalizedPath(path: string): boolean {
  return !SHARED.test(path.split(/[?#]/)[0] ?? path);
}

/**
 * `localizePath('/projects/', 'ru', 'en')` → `/ru/projects/`: a page's path in `locale`; the
 * default language has no prefix, and shared files (`/data/…`) keep theirs.
 */
export function localizePath(path: string, locale: string, defaultLocale: string): string {
  const clean = `/${path.replace(/^\/+/, '')}`;
  if (locale === defaultLocale || !isLocalizedPath(clean)) return clean;
  return `/${locale}${clean}`;
}

/**
 * The path of a page without its language prefix and its language:
 * `/ru/projects/` → `{ path: '/projects/', locale: 'ru' }`. Takes a path after the base.
 */
export function splitLocale(
  path: string,
  locales: readonly string[],
  defaultLocale: string,
): { path: string; locale: string } {
  const clean = `/${path.replace(/^\/+/, '')}`;
  const [, first = '', rest = ''] = /^\/([^/]+)(\/.*)?$/.exec(clean) ?? [];
  if (first !== defaultLocale && locales.includes(first)) return { path: rest || '/', locale: first };
  return { path: clean, locale: defaultLocale };
}

/**
 * The language of a page from its address (base included): `/portfolio/ru/projects/` →
 * `ru` for base `/portfolio/`; a path outside the base or without a language folder → the default.
 */
export function localeOfPathname(
  pathname: string,
  base: string,
  locales: readonly string[],
  defaultLocale: string,
): string {
  const prefix = base.replace(/\/+$/, '');
  if (prefix && pathname !== prefix && !pathname.startsWith(`${prefix}/`)) return defaultLocale;
  return splitLocale(pathname.slice(prefix.length), locales, defaultLocale).locale;
}
