/** Languages: dictionaries, plurals, locale-aware paths, names, dates and vocabulary labels. */
import { describe, expect, test } from 'vitest';
import { currentLocale, withLocale } from '../../src/i18n/current.ts';
import { en, type UiKey } from '../../src/i18n/en.ts';
import { DICTIONARIES, projectCount, t } from '../../src/i18n/index.ts';
import { isLocale, LOCALES, languageName } from '../../src/i18n/locales.ts';
import { countryName } from '../../src/model/countries.ts';
import { formatDate, formatDuration, formatRange } from '../../src/model/dates.ts';
import { formatMoney } from '../../src/model/money.ts';
import { localizeEntry } from '../../src/portfolio/localize.ts';
import { isLocalizedPath, localizePath, splitLocale } from '../../src/portfolio/paths.ts';
import { siteConfig } from '../../src/site.config.ts';

/** The placeholder names of a template, plural selectors included: `{count, plural, …}` → `count`. */
const placeholders = (template: string) => {
  const withoutBranches = template.replace(/(?:=\d+|zero|one|two|few|many|other)\s*\{((?:[^{}]|\{\w+\})*)\}/g, '$1');
  return [...new Set([...withoutBranches.matchAll(/\{(\w+)(?:,\s*plural)?/g)].map((match) => match[1]))].sort();
};

describe.each(LOCALES)('the %s dictionary', (locale) => {
  const dictionary = DICTIONARIES[locale];
  test.each(Object.keys(en) as UiKey[])('has %s, non-empty, with the English placeholders', (key) => {
    expect(dictionary[key]?.trim()).toBeTruthy();
    expect(placeholders(dictionary[key])).toEqual(placeholders(en[key]));
  });
  test('has no key English lacks', () => {
    expect(Object.keys(dictionary).filter((key) => !(key in en))).toEqual([]);
  });
});

test('the config lists every language with a dictionary, default first', () => {
  expect(siteConfig.locales[0]).toBe(siteConfig.locale);
  for (const locale of siteConfig.locales) expect(isLocale(locale)).toBe(true);
});

test.each([
  [1, 'en', '1 project'],
  [5, 'en', '5 projects'],
  [1000, 'en', '1,000 projects'],
  [1, 'ru', '1 проект'],
  [2, 'ru', '2 проекта'],
  [5, 'ru', '5 проектов'],
  [11, 'ru', '11 проектов'],
  [21, 'ru', '21 проект'],
  [24, 'ru', '24 проекта'],
  [1.5, 'ru', '1,5 проекта'],
])('projectCount(%d) in %s is %j (Intl.PluralRules one/few/many/other)', (count, locale, expected) => {
  expect(projectCount(count, locale).replace(/\u00a0/g, ' ')).toBe(expected);
});

test.each([
  ['en', 'Search projects'],
  ['ru', 'Поиск проектов'],
  ['xx', 'Search projects'],
])('t() in %s gives %j; an unknown language falls back to English', (locale, expected) => {
  expect(t('search.title', {}, locale)).toBe(expected);
});

describe('the current language', () => {
  test.each([
    ['ru', 'ru'],
    ['en', 'en'],
    [undefined, 'en'],
    ['de', 'en'],
  ])('withLocale(%j) renders in %s', (locale, expected) => {
    expect(withLocale(locale, () => currentLocale())).toBe(expected);
    expect(withLocale(locale, () => t('nav.search'))).toBe(expected === 'ru' ? 'Поиск' : 'Search');
  });
  test('outside a page it is the default language', () => {
    expect(currentLocale()).toBe(siteConfig.locale);
  });
  test('it survives awaits inside the page', async () => {
    const seen = await withLocale('ru', async () => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      return currentLocale();
    });
    expect(seen).toBe('ru');
  });
});

test.each([
  ['en', 'English'],
  ['ru', 'Русский'],
])('languageName(%s) is %j, in its own language', (locale, expected) => {
  expect(languageName(locale)).toBe(expected);
});

describe('locale paths', () => {
  test.each([
    ['/projects/', 'ru', '/ru/projects/'],
    ['/', 'ru', '/ru/'],
    ['projects/x/', 'ru', '/ru/projects/x/'],
    ['/projects/', 'en', '/projects/'],
    ['/data/projects.csv', 'ru', '/data/projects.csv'],
    ['/data/', 'ru', '/data/'],
    ['/embed/countries/kg/', 'ru', '/embed/countries/kg/'],
    ['/og/x.png', 'ru', '/og/x.png'],
    ['/schema/project.json', 'ru', '/schema/project.json'],
    ['/favicon.svg', 'ru', '/favicon.svg'],
    ['/search/?q=a.b', 'ru', '/ru/search/?q=a.b'],
    ['/database/', 'ru', '/ru/database/'],
  ])('localizePath(%s, %s) is %s', (path, locale, expected) => {
    expect(localizePath(path, locale, 'en')).toBe(expected);
  });

  test.each([
    ['/ru/projects/x/', { path: '/projects/x/', locale: 'ru' }],
    ['/ru/', { path: '/', locale: 'ru' }],
    ['/ru', { path: '/', locale: 'ru' }],
    ['/projects/', { path: '/projects/', locale: 'en' }],
    ['/en/projects/', { path: '/en/projects/', locale: 'en' }],
    ['/rural/', { path: '/rural/', locale: 'en' }],
    ['/', { path: '/', locale: 'en' }],
  ])('splitLocale(%s) is %j', (path, expected) => {
    expect(splitLocale(path, ['en', 'ru'], 'en')).toEqual(expected);
  });

  test.each([
    ['/projects/', true],
    ['/data/x.json', false],
    ['/pagefind/pagefind.js', false],
    ['/robots.txt', false],
  ])('isLocalizedPath(%s) is %s', (path, expected) => {
    expect(isLocalizedPath(path)).toBe(expected);
  });
});

test.each([
  ['KG', 'en', 'Kyrgyzstan'],
  ['KG', 'ru', 'Кыргызстан'],
  ['TJ', 'ru', 'Таджикистан'],
  ['US', 'ru', 'США'],
  ['KG', 'xx', 'Kyrgyzstan'],
])('countryName(%s, %s) is %j (official local usage overrides the library)', (code, locale, expected) => {
  expect(countryName(code, locale)).toBe(expected);
});

const RU_RANGE = { from: (date: string) => `с ${date}`, until: (date: string) => `до ${date}` };

test.each([
  [{ year: 2019 }, 'en', '2019'],
  [{ year: 2021, month: 9 }, 'en', 'Sep 2021'],
  [{ year: 2019, month: 1, day: 15 }, 'en', '15 Jan 2019'],
  [{ year: 2019 }, 'ru', '2019'],
  [{ year: 2021, month: 9 }, 'ru', 'сент. 2021 г.'],
  [{ year: 2019, month: 1, day: 15 }, 'ru', '15 янв. 2019 г.'],
])('formatDate(%j, %s) is %j', (date, locale, expected) => {
  expect(formatDate(date, locale)).toBe(expected);
});

test.each([
  [{ year: 2019 }, undefined, 'ru', 'с 2019'],
  [undefined, { year: 2023 }, 'ru', 'до 2023'],
  [{ year: 2019 }, { year: 2023 }, 'ru', '2019 – 2023'],
])('formatRange(%j, %j, %s) with Russian words is %j', (start, end, locale, expected) => {
  expect(formatRange(start, end, locale, RU_RANGE)).toBe(expected);
});

test.each([
  [48, 'en', '4 years'],
  [13, 'en', '1 year 1 month'],
  [48, 'ru', '4 года'],
  [9, 'ru', '9 месяцев'],
  [61, 'ru', '5 лет 1 месяц'],
  [26, 'ru', '2 года 2 месяца'],
])('formatDuration(%d, %s) is %j', (months, locale, expected) => {
  expect(formatDuration(months, locale)).toBe(expected);
});

test.each([
  ['en', 'USD 4,900,000'],
  ['ru', '4 900 000 USD'],
])('formatMoney in %s is %j', (locale, expected) => {
  expect(formatMoney({ amount: 4_900_000, currency: 'USD' }, locale).replace(/\s/g, ' ')).toBe(expected);
});

test.each([
  [
    { name: 'United Nations Development Programme', acronym: 'UNDP', name_ru: 'ПРООН полное', acronym_ru: 'ПРООН' },
    'ru',
    'ПРООН полное',
    'ПРООН',
  ],
  [{ name: 'USAID full', acronym: 'USAID', name_ru: 'Агентство' }, 'ru', 'Агентство', 'USAID'],
  [{ name: 'World Bank', acronym: undefined }, 'ru', 'World Bank', undefined],
  [{ name: 'World Bank', name_ru: 'Всемирный банк' }, 'en', 'World Bank', undefined],
])('localizeEntry(%j, %s) names it %j (%j), falling back to the original', (entry, locale, name, acronym) => {
  const localized = localizeEntry(entry as { name: string; acronym?: string }, locale);
  expect(localized.name).toBe(name);
  expect(localized.acronym).toBe(acronym);
});
