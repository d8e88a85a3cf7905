import { describe, expect, test } from 'vitest';
import { findMoney, parseMoney, parseNumber } from '../../src/importer/extract/money-phrases.ts';

describe('parseMoney', () => {
  test.each([
    ['$4.9 million', 4_900_000, 'USD'],
    ['$11.5 million', 11_500_000, 'USD'],
    ['US $9,9 million', 9_900_000, 'USD'],
    ['US$ 2.5m', 2_500_000, 'USD'],
    ['USD 1,200,000', 1_200_000, 'USD'],
    ['1,200,000 USD', 1_200_000, 'USD'],
    ['CHF 4’080’000', 4_080_000, 'CHF'],
    ["CHF 2'500'000", 2_500_000, 'CHF'],
    ['390000 EUR', 390_000, 'EUR'],
    ['390\u2009000 EUR', 390_000, 'EUR'],
    ['1\u00a0200\u00a0000 USD', 1_200_000, 'USD'],
    ['1\u202f200\u202f000 €', 1_200_000, 'EUR'],
    ['€2.5m', 2_500_000, 'EUR'],
    ['EUR 1.200.000,50', 1_200_000.5, 'EUR'],
    ['655 million soms', 655_000_000, 'KGS'],
    ['42.5 million KGS', 42_500_000, 'KGS'],
    ['12 000 000 сом', 12_000_000, 'KGS'],
    ['3 million somoni', 3_000_000, 'TJS'],
    ['£750,000', 750_000, 'GBP'],
    ['1.2 billion tenge', 1_200_000_000, 'KZT'],
    ['Funding level: USD 350 thousand', 350_000, 'USD'],
  ])('%s', (text, amount, currency) => {
    expect(parseMoney(text)).toMatchObject({ amount, currency });
  });

  test('a figure without a currency is returned without one, never with a guessed currency', () => {
    expect(parseMoney('4.9 million')).toEqual({ amount: 4_900_000, snippet: '4.9 million' });
  });

  test('a three-letter word that is not an ISO code is not a currency', () => {
    expect(parseMoney('500 FOO')?.currency).toBeUndefined();
  });

  test.each([['no figures here'], ['0 USD'], ['']])('no amount in %j', (text) => {
    expect(parseMoney(text)).toBeUndefined();
  });

  test('the first amount with a currency wins over a bare number before it', () => {
    expect(parseMoney('Phase 2: USD 1,000,000')).toMatchObject({ amount: 1_000_000, currency: 'USD' });
  });

  test('the snippet is the words the amount was read from', () => {
    expect(findMoney('The budget is US $9,9 million in total.')[0]?.snippet).toBe('US $9,9 million');
  });
});

describe('parseNumber decides between decimal and thousands marks by shape', () => {
  test.each([
    ['4.9', 4.9],
    ['9,9', 9.9],
    ['1,200', 1200],
    ['1.200', 1200],
    ['1,200,000', 1_200_000],
    ['1.200.000', 1_200_000],
    ['1,200.50', 1200.5],
    ['1.200,50', 1200.5],
    ['4’080’000', 4_080_000],
    ["2'500'000", 2_500_000],
    ['390 000', 390_000],
    ['42,75', 42.75],
  ])('%s → %d', (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });
});
