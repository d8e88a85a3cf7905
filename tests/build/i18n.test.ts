/**
 * The Russian site of the fixture build: every page exists at /ru/ too, in Russian, linked to
 * its English twin; shared files (data, embeds, images, schema) exist once.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { htmlFiles, listedSlugs, mainText, page } from '../helpers/dist.ts';

const dist = inject('siteDir');
const SHARED = /^(data|embed|og|schema|pagefind)\//;
const english = htmlFiles(dist).filter((file) => !file.startsWith('ru/') && !SHARED.test(file));
const russian = htmlFiles(dist).filter((file) => file.startsWith('ru/'));

describe('pages in both languages', () => {
  test('every English page has a Russian twin, and no other Russian page exists', () => {
    const twins = english.map((file) => (file === '404.html' ? 'ru/404/index.html' : `ru/${file}`));
    expect(english.length).toBeGreaterThan(50);
    expect(russian.sort()).toEqual(twins.sort());
  });

  test.each(['data', 'embed', 'og', 'schema', 'pagefind'])('/%s/ is not duplicated under /ru/', (folder) => {
    expect(existsSync(join(dist, folder))).toBe(true);
    expect(existsSync(join(dist, 'ru', folder))).toBe(false);
  });

  test.each([
    ['/', '/ru/'],
    ['/projects/successful-aimak-2/', '/ru/projects/successful-aimak-2/'],
    ['/countries/kg/', '/ru/countries/kg/'],
    ['/search/', '/ru/search/'],
  ])('%s and %s declare their languages and link to each other', (en, ru) => {
    for (const [path, lang, other] of [
      [en, 'en', ru],
      [ru, 'ru', en],
    ] as const) {
      const $ = page(dist, path);
      expect($('html').attr('lang')).toBe(lang);
      const alternates = Object.fromEntries(
        $('link[rel="alternate"][hreflang]')
          .map((_, link) => [[$(link).attr('hreflang'), new URL($(link).attr('href') ?? '').pathname]])
          .get(),
      );
      expect(alternates).toEqual({ en, ru, 'x-default': en });
      expect($('a[data-language-switch]').attr('href')).toBe(other);
    }
  });
});

describe('a Russian project page', () => {
  const $ = page(dist, '/ru/projects/successful-aimak-2/');
  const text = mainText($);

  test.each([
    'Успешный аймак 2',
    'органы местного самоуправления',
    'Основные сведения',
    'Кыргызстан',
    'Джалал-Абадская область',
    'Завершён',
    'сент. 2021 г. – сент. 2025 г.',
    '4 года',
    'Перевод с языка оригинала (английский)',
  ])('shows %j', (phrase) => {
    expect(text).toContain(phrase);
  });

  test('uses the country’s own Russian name, not the Soviet-era one', () => {
    expect(text).not.toContain('Киргизия');
  });

  test('links to Russian pages, and to the shared data files as they are', () => {
    const links = $('main a[href^="/"]')
      .map((_, a) => $(a).attr('href'))
      .get();
    expect(links.length).toBeGreaterThan(5);
    for (const link of links) expect(link, link).toMatch(/^\/(ru\/|data\/|og\/)/);
  });

  test('the body translation is rendered in full', () => {
    const facility = mainText(page(dist, '/ru/projects/kyrgyzstan-tajikistan-policy-innovation-facility/'));
    expect(facility).toContain('Примеры деятельности');
    expect(facility).toContain('Закона о Креативном парке');
  });
});

describe('a Russian page of an untranslated record', () => {
  const $ = page(dist, '/ru/projects/clean-water-naryn/');

  test('shows the English text marked as English, with a notice', () => {
    expect($('h1').attr('lang')).toBe('en');
    expect($('.prose').attr('lang')).toBe('en');
    expect($('[data-text-note="original"]').text()).toContain('только на языке оригинала (английский)');
  });

  test('labels its facts in Russian', () => {
    expect(mainText($)).toContain('Основные сведения');
  });
});

describe('a Russian facet page', () => {
  test('lists the same projects as the English one, under a Russian name', () => {
    const $ = page(dist, '/ru/countries/kg/');
    expect($('h1').text()).toContain('Кыргызстан');
    expect(listedSlugs(dist, '/ru/countries/kg/').sort()).toEqual(listedSlugs(dist, '/countries/kg/').sort());
  });

  test('names the SDGs by their official Russian short names', () => {
    const text = mainText(page(dist, '/ru/sdgs/'));
    expect(text).toContain('Достойная работа и экономический рост');
    expect(text).toContain('Гендерное равенство');
  });

  test('status values are worded in Russian', () => {
    expect(page(dist, '/ru/status/completed/')('h1').text()).toContain('Завершён');
  });
});
