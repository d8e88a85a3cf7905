import { describe, expect, test } from 'vitest';
import {
  compareDates,
  durationInMonths,
  elapsedShare,
  explainInvalidDate,
  formatDate,
  formatDuration,
  formatRange,
  isOrdered,
  type PartialDate,
  parsePartialDate,
  precisionOf,
  suggestIsoDate,
  toIso,
} from '../../src/model/dates.ts';

describe('parsePartialDate', () => {
  test.each<[unknown, PartialDate | undefined]>([
    [2019, { year: 2019 }],
    ['2019', { year: 2019 }],
    ['2021-09', { year: 2021, month: 9 }],
    ['2019-01-15', { year: 2019, month: 1, day: 15 }],
    [' 2020-02-29 ', { year: 2020, month: 2, day: 29 }],
    [new Date(Date.UTC(2019, 3, 23)), { year: 2019, month: 4, day: 23 }],
    ['2019-02-29', undefined],
    ['2021-13', undefined],
    ['2021-9', undefined],
    ['Sept 2021', undefined],
    ['', undefined],
    [1850, undefined],
    [null, undefined],
    [true, undefined],
  ])('%j → %j', (input, expected) => {
    expect(parsePartialDate(input)).toEqual(expected);
  });
});

test.each<[PartialDate, 'year' | 'month' | 'day', string, string]>([
  [{ year: 2019 }, 'year', '2019', '2019'],
  [{ year: 2021, month: 9 }, 'month', '2021-09', 'Sep 2021'],
  [{ year: 2019, month: 1, day: 5 }, 'day', '2019-01-05', '5 Jan 2019'],
])('%j has %s precision, ISO %s, prints "%s"', (date, precision, iso, printed) => {
  expect(precisionOf(date)).toBe(precision);
  expect(toIso(date)).toBe(iso);
  expect(formatDate(date)).toBe(printed);
});

test.each([
  ['Sept 2021', '2021-09'],
  ['Sep. 2021', '2021-09'],
  ['15 January 2019', '2019-01-15'],
  ['2019', '2019'],
  ['soon', undefined],
])('suggests %s → %s', (input, suggestion) => {
  expect(suggestIsoDate(input)).toBe(suggestion);
});

describe('ranges and durations', () => {
  test.each<[PartialDate | undefined, PartialDate | undefined, string | undefined]>([
    [{ year: 2021, month: 9 }, { year: 2025, month: 9 }, 'Sep 2021 – Sep 2025'],
    [{ year: 2019 }, { year: 2023 }, '2019 – 2023'],
    [{ year: 2023 }, { year: 2023 }, '2023'],
    [{ year: 2019 }, undefined, 'from 2019'],
    [undefined, { year: 2023 }, 'until 2023'],
    [undefined, undefined, undefined],
  ])('formatRange(%j, %j) = %s', (start, end, expected) => {
    expect(formatRange(start, end)).toBe(expected);
  });

  test.each<[PartialDate, PartialDate, number, string]>([
    [{ year: 2019, month: 1 }, { year: 2019, month: 9 }, 9, '9 months'],
    [{ year: 2019 }, { year: 2023 }, 60, '5 years'],
    [{ year: 2021, month: 9 }, { year: 2025, month: 9 }, 49, '4 years 1 month'],
    [{ year: 2023 }, { year: 2023 }, 12, '1 year'],
    [{ year: 2013, month: 3 }, { year: 2020, month: 3 }, 85, '7 years 1 month'],
  ])('%j to %j lasts %i months ("%s")', (start, end, months, text) => {
    expect(durationInMonths(start, end)).toBe(months);
    expect(formatDuration(months)).toBe(text);
  });

  test.each<[PartialDate, PartialDate, boolean]>([
    [{ year: 2021, month: 9 }, { year: 2021 }, true],
    [{ year: 2021 }, { year: 2021, month: 1 }, true],
    [{ year: 2021, month: 9 }, { year: 2021, month: 8 }, false],
    [{ year: 2021, month: 9, day: 2 }, { year: 2021, month: 9, day: 1 }, false],
  ])('isOrdered(%j, %j) = %s', (start, end, ordered) => {
    expect(isOrdered(start, end)).toBe(ordered);
  });

  test('compareDates orders by first possible day, coarser first on ties', () => {
    const dates: PartialDate[] = [
      { year: 2021, month: 1 },
      { year: 2020 },
      { year: 2021 },
      { year: 2019, month: 12, day: 31 },
    ];
    expect(dates.sort(compareDates).map(toIso)).toEqual(['2019-12-31', '2020', '2021-01', '2021']);
  });

  test.each([
    ['2020-12-31', 0],
    ['2021-07-02', 0.5],
    ['2022-01-01', 1],
  ])('elapsedShare on %s is %f for the year 2021', (day, share) => {
    expect(elapsedShare({ year: 2021 }, { year: 2021 }, Date.parse(`${day}T00:00:00Z`))).toBeCloseTo(share, 2);
  });
});

describe('explainInvalidDate', () => {
  test.each([
    ['2021-13', /there is no month 13/],
    ['2021-00', /there is no month 0/],
    ['2021-02-30', /Feb 2021 has 28 days/],
    ['2024-02-30', /Feb 2024 has 29 days/],
    ['2021/09', /write "2021-09"/],
    ['2021.09.01', /write "2021-09-01"/],
    ['2021-9', /two digits; write "2021-09"/],
    ['2021-09-1', /two digits; write "2021-09-01"/],
    ['20210901', /write "2021-09-01"/],
    [20210901, /write "2021-09-01"/],
    ['2021-09-01T10:00:00Z', /keep the date only: "2021-09-01"/],
    ['2021-09-01 10:00', /keep the date only: "2021-09-01"/],
    ['1899', /years from 1900 to 2200/],
    [2201, /years from 1900 to 2200/],
    ['Sept 2021', /did you mean "2021-09"\?/],
    ['soon', /Write YYYY, YYYY-MM or YYYY-MM-DD, e\.g\. "2021-09"/],
  ])('%j', (value, message) => {
    expect(explainInvalidDate(value)).toMatch(message);
  });
});
