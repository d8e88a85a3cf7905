import { describe, expect, test } from 'vitest';
import { formatMessage, type MessageParams } from '../../src/i18n/format.ts';
import { t } from '../../src/i18n/index.ts';

const COUNT = '{count, plural, =0 {none} one {# project} other {# projects}}';

describe('formatMessage', () => {
  test.each<[template: string, params: MessageParams, locale: string, expected: string]>([
    ['Page {number}', { number: 3 }, 'en', 'Page 3'],
    ['{first}–{last} of {total}', { first: 1, last: 10, total: 12 }, 'en', '1–10 of 12'],
    ['Remove filter {label}', {}, 'en', 'Remove filter {label}'],
    ['{toString}', {}, 'en', '{toString}'],
    ['no placeholders', { count: 1 }, 'en', 'no placeholders'],
    [COUNT, { count: 0 }, 'en', 'none'],
    [COUNT, { count: 1 }, 'en', '1 project'],
    [COUNT, { count: 2 }, 'en', '2 projects'],
    [COUNT, { count: 12345 }, 'en', '12,345 projects'],
    [COUNT, { count: 12345 }, 'de', '12.345 projects'],
    [COUNT, {}, 'en', COUNT],
    [COUNT, { count: 'many' }, 'en', COUNT],
    // Russian has "few" and "many"; a missing category falls back to "other".
    ['{n, plural, one {# проект} few {# проекта} other {# проектов}}', { n: 3 }, 'ru', '3 проекта'],
    ['{n, plural, one {# проект} few {# проекта} other {# проектов}}', { n: 5 }, 'ru', '5 проектов'],
    ['{n, plural, one {# проект} few {# проекта} other {# проектов}}', { n: 21 }, 'ru', '21 проект'],
    ['{n, plural, one {# day} other {# days}} in {place}', { n: 1, place: 'Osh' }, 'en', '1 day in Osh'],
    ['{n, plural, other {{n} of {total}}}', { n: 4, total: 9 }, 'en', '4 of 9'],
    ['{count, plural, =0 {Filters} other {Filters (#)}}', { count: 0 }, 'en', 'Filters'],
    ['{count, plural, =0 {Filters} other {Filters (#)}}', { count: 3 }, 'en', 'Filters (3)'],
  ])('%s with %j in %s → %s', (template, params, locale, expected) => {
    expect(formatMessage(template, params, locale)).toBe(expected);
  });
});

describe('t() on the server uses the same formatter', () => {
  test.each<[number, string]>([
    [0, '0 projects found'],
    [1, '1 project found'],
    [1500, '1,500 projects found'],
  ])('search.count with %i → %s', (count, expected) => {
    expect(t('search.count', { count })).toBe(expected);
  });

  test.each<[number, string]>([
    [0, 'Filters'],
    [2, 'Filters (2)'],
  ])('search.filtersToggle with %i → %s', (count, expected) => {
    expect(t('search.filtersToggle', { count })).toBe(expected);
  });
});
