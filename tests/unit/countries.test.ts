import { describe, expect, test } from 'vitest';
import { countriesAt, countryCodeFromName, countryName, isCountryCode } from '../../src/model/countries.ts';

describe('isCountryCode', () => {
  test.each([
    ['KG', true],
    ['TJ', true],
    ['kg', false],
    ['XX', false],
    ['KGZ', false],
    ['', false],
  ])('%j → %s', (code, expected) => {
    expect(isCountryCode(code)).toBe(expected);
  });
});

describe('countryName', () => {
  test.each([
    ['KG', 'Kyrgyzstan'],
    ['TJ', 'Tajikistan'],
    ['KZ', 'Kazakhstan'],
    ['GB', 'United Kingdom'],
    // An unknown code is shown as it is rather than dropped.
    ['XX', 'XX'],
  ])('%s → %s', (code, name) => {
    expect(countryName(code)).toBe(name);
  });
});

describe('countryCodeFromName', () => {
  test.each([
    ['Kyrgyzstan', 'KG'],
    ['Kyrgyz Republic', undefined], // not among the library's English names (the importer's gazetteer knows it)
    ['  Tajikistan ', 'TJ'],
    ['kazakhstan', 'KZ'],
    ['Atlantis', undefined],
  ])('%j → %s', (name, code) => {
    expect(countryCodeFromName(name)).toBe(code);
  });
});

describe('countriesAt', () => {
  test.each([
    ['Bishkek', 42.87, 74.59, 'KG'],
    ['Osh', 40.53, 72.8, 'KG'],
    ['Dushanbe', 38.56, 68.79, 'TJ'],
    ['Paris', 48.85, 2.35, 'FR'],
  ])('%s (%f, %f) lies in %s', (_, lat, lng, code) => {
    expect(countriesAt(lat, lng)).toContain(code);
  });

  test('most specific first: Paris lies in metropolitan France, then France, then the EU', () => {
    expect(countriesAt(48.85, 2.35).slice(0, 3)).toEqual(['FX', 'FR', 'EU']);
  });

  test('the open sea lies in no country', () => {
    expect(countriesAt(30, -40)).toEqual([]);
  });
});
