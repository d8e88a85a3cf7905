/** Table tests for the rules added for unseen partner pages (issue 14). */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { loadImportContext } from '../../src/importer/context.ts';
import { confidenceOf } from '../../src/importer/draft.ts';
import { findProseRange } from '../../src/importer/extract/date-phrases.ts';
import { labelField, pipeRowAsLabel, readBareLabelLine } from '../../src/importer/extract/labels.ts';
import { parseMoney } from '../../src/importer/extract/money-phrases.ts';
import { findCountriesInText } from '../../src/importer/extract/places.ts';
import { isChromeLine } from '../../src/importer/formats/page.ts';
import { importText } from '../../src/importer/record.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const ctx = loadImportContext(join(root, 'content'));

describe('labels in French and Russian', () => {
  test.each([
    ['Titre du projet', 'title'],
    ['Pays/région', 'countries'],
    ['Date de début', 'start'],
    ['Date de fin', 'end'],
    ['Bailleur', 'donors'],
    ['Название проекта', 'title'],
    ['Страна', 'countries'],
    ['Сроки реализации', 'dates'],
    ['Дата окончания', 'end'],
    ['Бюджет', 'budget'],
    ['Исполнитель', 'implementers'],
    ['Contexte', undefined],
  ])('%s → %s', (label, field) => {
    expect(labelField(label)).toBe(field);
  });
});

describe('labels without a colon', () => {
  test.each([
    ['Project Title Water for All', 'title', 'Water for All'],
    ['Start Date 12 Mar 2016', 'start', '12 Mar 2016'],
    ['Country Republic of Tajikistan', 'countries', 'Republic of Tajikistan'],
    ['Funding Amount', 'budget', ''],
    ['**Total budget**', 'budget', ''],
    ['Budget CHF 3’250’000', 'budget', 'CHF 3’250’000'],
  ])('%j → %s %j', (line, field, value) => {
    expect(readBareLabelLine(line)).toMatchObject({ field, value });
  });

  test.each([
    'Country offices across the region support the project.',
    'Start Something New',
    'Titles of the chapters',
    'Donors met in Bishkek to discuss the plan.',
  ])('prose is not a label: %j', (line) => {
    expect(readBareLabelLine(line)).toBeUndefined();
  });

  test.each([
    ['| Start date | 12 Mar 2016 |', 'Start date: 12 Mar 2016'],
    ['|---|---|', '|---|---|'],
    ['| a | b | c |', '| a | b | c |'],
    ['plain line', 'plain line'],
  ])('pipe row %j → %j', (line, expected) => {
    expect(pipeRowAsLabel(line)).toBe(expected);
  });
});

describe('site chrome before a title', () => {
  test.each([
    ['Speeches Shim', true],
    ['Print Friendly', true],
    ['Home > Where We Work > Tajikistan', true],
    ['March 3, 2021', true],
    ['Posted on 14 June 2022', true],
    ['Skip to main content', true],
    ['Feed the Future Tajikistan Agriculture Activity', false],
    ['Home Gardens for Naryn', false],
  ])('%j chrome: %s', (line, chrome) => {
    expect(isChromeLine(line)).toBe(chrome);
  });
});

describe('dates and money', () => {
  test.each([
    ['с 2019 по 2022 год', '2019', '2022'],
    ['from 2012 to 2015', '2012', '2015'],
    ['в период с марта 2018 по декабрь 2020', '2018-03', '2020-12'],
  ])('%j → %s – %s', (text, start, end) => {
    const range = findProseRange(text);
    expect([range?.start, range?.end].map((date) => date && [date.year, date.month].filter(Boolean).join('-'))).toEqual(
      [start.replace(/-0/, '-'), end.replace(/-0/, '-')],
    );
  });

  test.each([
    ['Eur 1’250’000', 1250000, 'EUR'],
    ["CHF  1'200'000", 1200000, 'CHF'],
    ['41 250 000 сомов', 41250000, 'KGS'],
    ['US $7,4 million', 7400000, 'USD'],
    ['The 500 schools', 500, undefined],
  ])('%j → %d %s', (text, amount, currency) => {
    expect(parseMoney(text)).toMatchObject(currency ? { amount, currency } : { amount });
    if (!currency) expect(parseMoney(text)?.currency).toBeUndefined();
  });
});

describe('countries in sentences', () => {
  test.each([
    ["It works in Tajikistan's Khatlon region.", ['TJ']],
    ['Проект реализуется в Кыргызской Республике.', ['KG']],
    ['It trains Tajik teachers.', ['TJ']],
    ['Textbooks in the Kyrgyz language for minority schools.', []],
    ['The Kyrgyz Republic and the Republic of Tajikistan agreed.', ['KG', 'TJ']],
    ['Nothing about places here.', []],
  ])('%j → %j', (sentence, countries) => {
    expect(
      findCountriesInText(ctx.places, [sentence])
        .map((found) => found.country)
        .sort(),
    ).toEqual(countries);
  });

  test('an adjective is a guess, a name is a pattern', () => {
    const [adjective] = findCountriesInText(ctx.places, ['It trains Tajik teachers.']);
    const [name] = findCountriesInText(ctx.places, ['It works in Tajikistan.']);
    expect(confidenceOf(`pattern: ${adjective?.how}`)).toBe('guess');
    expect(confidenceOf(`pattern: ${name?.how}`)).toBe('pattern');
  });
});

describe('confidence of a rule', () => {
  test.each([
    ['label "Duration"', 'label'],
    ['front matter "client"', 'label'],
    ['tag [[country]]', 'label'],
    ['prose: funding phrase', 'pattern'],
    ['first heading', 'pattern'],
    ['guessed: the subject of the opening sentence, repeated in the text', 'guess'],
  ])('%j → %s', (rule, confidence) => {
    expect(confidenceOf(rule)).toBe(confidence);
  });
});

describe('whole pages', () => {
  test.each([
    [
      'an organisation in the title is taken out, and a donor body becomes a donor',
      'Swiss Agency for Development and Cooperation (SDC) – Water Governance\n\nCountry: Tajikistan\n',
      { title: 'Water Governance', donors: ['sdc'] },
    ],
    [
      'a new organisation after "funded by" is proposed and used',
      'Solar Kitchens\n\nSolar Kitchens is funded by the Aga Khan Foundation in Tajikistan.\n',
      { donors: ['aga-khan-foundation'], countries: ['TJ'] },
    ],
    [
      '"реализуется" with a name in «quotes»',
      'Школы будущего\n\nПроект реализуется Общественным фондом «Ресурсный центр» в Кыргызстане.\n',
      { implementers: ['resursniy-tsentr'], countries: ['KG'] },
    ],
    [
      'a learning plan year is not a start',
      '[[title:Plan]]\n[[year:2023]]\n[[country:Kyrgyzstan]]\n',
      { title: 'Plan' },
    ],
  ])('%s', (_name, page, record) => {
    const outcome = importText('page.txt', page, ctx);
    if (!outcome.ok) throw new Error(outcome.error);
    expect(outcome.result.record).toMatchObject(record);
    expect(outcome.result.record.start).toBeUndefined();
  });

  test('a page with no title and no summary still gives a draft listing what is missing', () => {
    const outcome = importText('page.txt', 'budget: USD 500,000\n', ctx);
    if (!outcome.ok) throw new Error(outcome.error);
    expect(outcome.result.record.budget).toEqual({ amount: 500000, currency: 'USD' });
    expect(outcome.result.missing).toEqual(expect.arrayContaining(['title', 'summary']));
  });
});
