/**
 * Support for the pages of a non-default language (src/pages/ru/…): each re-renders the
 * default language's page, with its `getStaticPaths` run in that language so the props
 * (projects, facet values) carry translated labels. A language this build leaves out
 * (`SITE_LOCALES`) gets no paths, so its pages are neither computed nor written.
 */
import { localeOfPathname } from '../portfolio/paths.ts';
import { siteConfig } from '../site.config.ts';
import { withLocale } from './current.ts';
import { LOCALES, type Locale } from './locales.ts';

/** True when this build produces `locale`'s pages. */
export function isBuiltLocale(locale: string): boolean {
  return (siteConfig.locales as readonly string[]).includes(locale);
}

/** `getStaticPaths` of a default-language page, run with `locale` as the current language; none when it is not built. */
export function inLocale<A extends unknown[], R>(
  locale: Locale,
  getStaticPaths: (...args: A) => R,
): (...args: A) => Promise<Awaited<R> | []> {
  return async (...args: A): Promise<Awaited<R> | []> =>
    isBuiltLocale(locale) ? await withLocale(locale, () => getStaticPaths(...args)) : [];
}

/**
 * True for the address of a page in a language this build leaves out (`/ru/…` with
 * `SITE_LOCALES=en`): the middleware answers it with an empty body, which Astro writes no file
 * for, and the sitemap leaves it out. Pages with `getStaticPaths` never get here (see `inLocale`).
 */
export function isLeftOutPage(pathname: string): boolean {
  return !isBuiltLocale(localeOfPathname(pathname, siteConfig.base, LOCALES, siteConfig.locale));
}
