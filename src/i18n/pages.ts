/**
 * Support for the pages of a non-default language (src/pages/ru/…): each re-renders the
 * default language's page, with its `getStaticPaths` run in that language so the props
 * (projects, facet values) carry translated labels.
 */
import { withLocale } from './current.ts';
import type { Locale } from './locales.ts';

/** `getStaticPaths` of a default-language page, run with `locale` as the current language. */
export function inLocale<A extends unknown[], R>(locale: Locale, getStaticPaths: (...args: A) => R): (...args: A) => R {
  return (...args: A) => withLocale(locale, () => getStaticPaths(...args));
}
