import { currentLocale } from './current.ts';
import { type Dictionary, en, type UiKey } from './en.ts';
import { formatMessage, type MessageParams } from './format.ts';
import type { Locale } from './locales.ts';
import { ru } from './ru.ts';

/** One dictionary per language of `LOCALES`; the type makes a missing language fail `astro check`. */
export const DICTIONARIES: Record<Locale, Dictionary> = { en, ru };

/** The unfilled template for `key`, for code that fills it later (the browser scripts). */
export function messageTemplate(key: UiKey, locale: string = currentLocale()): string {
  return (DICTIONARIES[locale as Locale] ?? en)[key];
}

/**
 * The interface string for `key`, with placeholders and plurals filled from `params` (see
 * format.ts), in `locale`: by default the language of the page being rendered.
 */
export function t(key: UiKey, params: MessageParams = {}, locale: string = currentLocale()): string {
  return formatMessage(messageTemplate(key, locale), params, locale);
}

/** "1 project" / "5 projects" / "5 проектов". */
export function projectCount(count: number, locale: string = currentLocale()): string {
  return t('facet.count', { count }, locale);
}

/** "51–100 of 4,000": where a page of a list (`first`, its items, `total`) stands in it. */
export function listRange(
  page: { first: number; items: readonly unknown[]; total: number },
  locale: string = currentLocale(),
): string {
  // Placeholders are filled as they are: the numbers are grouped here ("35,133", "35 133").
  const number = new Intl.NumberFormat(locale);
  const last = page.first + page.items.length - 1;
  return t(
    'pagination.range',
    { first: number.format(page.first), last: number.format(last), total: number.format(page.total) },
    locale,
  );
}

export type { UiKey };
