/**
 * The language of the page being rendered. The middleware runs each request inside
 * `withLocale(Astro.currentLocale)`, so `t()`, `href()` and the site data default to the page's
 * language without every component passing it down. Outside a request (data files, tests) it is
 * the default language.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { siteConfig } from '../site.config.ts';
import { isLocale, type Locale } from './locales.ts';

const storage = new AsyncLocalStorage<Locale>();

/** Runs `render` with `locale` as the current language; an unknown value means the default. */
export function withLocale<T>(locale: string | undefined, render: () => T): T {
  return storage.run(isLocale(locale) ? locale : siteConfig.locale, render);
}

/** The language of the page being rendered, else the default one. */
export function currentLocale(): Locale {
  return storage.getStore() ?? siteConfig.locale;
}
