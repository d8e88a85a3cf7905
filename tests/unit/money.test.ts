import { expect, test } from 'vitest';
import {
  formatMoney,
  formatMoneyCompact,
  isCurrencyCode,
  type Money,
  totalsByCurrency,
  toUsd,
} from '../../src/model/money.ts';

test.each([
  ['USD', true],
  ['KGS', true],
  ['EUR', true],
  ['usd', false],
  ['DOLLARS', false],
  ['XYZ', false],
])('isCurrencyCode(%s) = %s', (code, valid) => {
  expect(isCurrencyCode(code)).toBe(valid);
});

test.each<[Money, string, string]>([
  [{ amount: 4_900_000, currency: 'USD' }, 'USD 4,900,000', 'USD 4.9 million'],
  [{ amount: 42_500_000, currency: 'KGS' }, 'KGS 42,500,000', 'KGS 42.5 million'],
  [{ amount: 2_500_000.5, currency: 'CHF' }, 'CHF 2,500,000.50', 'CHF 2.5 million'],
  [{ amount: 390_000, currency: 'EUR' }, 'EUR 390,000', 'EUR 390 thousand'],
])('%j prints as "%s" and compactly as "%s"', (money, full, compact) => {
  expect(formatMoney(money)).toBe(full);
  expect(formatMoneyCompact(money)).toBe(compact);
});

test('totals stay per currency and are sorted by code', () => {
  expect(
    totalsByCurrency([
      { amount: 5, currency: 'USD' },
      { amount: 7, currency: 'EUR' },
      { amount: 10, currency: 'USD' },
    ]),
  ).toEqual([
    { amount: 7, currency: 'EUR' },
    { amount: 15, currency: 'USD' },
  ]);
});

test.each<[Money, number | undefined]>([
  [{ amount: 100, currency: 'USD' }, 100],
  [{ amount: 873, currency: 'KGS' }, 10],
  [{ amount: 100, currency: 'JPY' }, undefined],
])('toUsd(%j) = %s', (money, usd) => {
  const result = toUsd(money, { KGS: 87.3 });
  if (usd === undefined) expect(result).toBeUndefined();
  else expect(result).toBeCloseTo(usd, 6);
});
