/**
 * The pure portfolio helpers bound to this site: its base path, its languages and its wording.
 * Components import from here; the modules beside it take these as arguments. Every binding
 * defaults to the language of the page being rendered (`currentLocale()`).
 */
import { currentLocale } from '../i18n/current.ts';
import { t } from '../i18n/index.ts';
import { countryName as countryNameIn } from '../model/countries.ts';
import {
  formatDate as formatDateIn,
  formatDuration as formatDurationIn,
  formatRange as formatRangeIn,
  type PartialDate,
} from '../model/dates.ts';
import {
  formatMoneyCompact as formatMoneyCompactIn,
  formatMoney as formatMoneyIn,
  type Money,
} from '../model/money.ts';
import { siteConfig } from '../site.config.ts';
import { createFacets, type Facet, facetIndexPath, facetValuePath, facetByKey as findFacet } from './facets.ts';
import { localizePath, organizationPath, splitLocale, withBase } from './paths.ts';

/** Every facet; value labels that are codes (status) are worded in the current language. */
export const FACETS: readonly Facet[] = createFacets({ status: (status) => t(`status.${status}`) });

/** The facet with this key. */
export function facetByKey(key: Facet['key']): Facet {
  return findFacet(FACETS, key);
}

/**
 * A site path under the configured base, in the page's language:
 * `href('/projects/')` → `/portfolio/ru/projects/` on a Russian page. Data files, embeds and
 * images are shared by every language and keep their path.
 */
export function href(path: string, locale: string = currentLocale()): string {
  return withBase(localizePath(path, locale, siteConfig.locale), siteConfig.base);
}

/** The same page in another language: `/portfolio/ru/projects/x/` → `/portfolio/projects/x/` for `en`. */
export function switchLocaleHref(pathname: string, locale: string): string {
  const base = siteConfig.base.replace(/\/+$/, '');
  const afterBase = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
  const { path } = splitLocale(afterBase, siteConfig.locales, siteConfig.locale);
  // The not-found page answers at any address, so its twin is the other language's home page.
  return href(/^\/404(?:\/|\.html)?$/.test(path) ? '/' : path, locale);
}

/** An organisation's page on this site, e.g. `/organizations/usaid/`, under the site base. */
export function organizationHref(id: string): string {
  return href(organizationPath(id));
}

/** The page of one facet value, e.g. `/donors/usaid/`, under the site base. */
export function valueHref(facet: Facet, id: string): string {
  return href(facetValuePath(facet, id));
}

/** The index page of a facet, e.g. `/donors/`, under the site base. */
export function indexHref(facet: Facet): string {
  return href(facetIndexPath(facet));
}

/** A country's name in the page's language: `KG` → "Kyrgyzstan" / «Кыргызстан». */
export function countryName(code: string): string {
  return countryNameIn(code, currentLocale());
}

/** A date at its precision, in the page's language. */
export function formatDate(date: PartialDate): string {
  return formatDateIn(date, currentLocale());
}

const rangeWords = () => ({
  from: (date: string) => t('dates.from', { date }),
  until: (date: string) => t('dates.until', { date }),
});

/** "Sep 2021 – Sep 2025", "from 2019", in the page's language. */
export function formatRange(start?: PartialDate, end?: PartialDate): string | undefined {
  return formatRangeIn(start, end, currentLocale(), rangeWords());
}

/** "4 years 6 months" / «4 года 6 месяцев». */
export function formatDuration(months: number): string {
  return formatDurationIn(months, currentLocale());
}

/** An amount in its currency, in the page's language. */
export function formatMoney(money: Money): string {
  return formatMoneyIn(money, currentLocale());
}

/** An amount in its currency, compact ("$1.2M", «1,2 млн $»). */
export function formatMoneyCompact(money: Money): string {
  return formatMoneyCompactIn(money, currentLocale());
}
