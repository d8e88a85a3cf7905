import { describe, expect, test } from 'vitest';
import { findProseRange, parseDateRange, parseLooseDate } from '../../src/importer/extract/date-phrases.ts';

describe('parseDateRange', () => {
  test.each([
    ['Sep. 2021 – Sep. 2025', { year: 2021, month: 9 }, { year: 2025, month: 9 }],
    ['Mar 2013 – Mar 2020', { year: 2013, month: 3 }, { year: 2020, month: 3 }],
    ['Mar 2013 - Mar 2020', { year: 2013, month: 3 }, { year: 2020, month: 3 }],
    ['March 2013 — March 2020', { year: 2013, month: 3 }, { year: 2020, month: 3 }],
    ['2019-2023', { year: 2019 }, { year: 2023 }],
    ['2019 – 2023', { year: 2019 }, { year: 2023 }],
    ['2019 till 2023', { year: 2019 }, { year: 2023 }],
    ['2019 to 2023', { year: 2019 }, { year: 2023 }],
    ['January 2019 to March 2020', { year: 2019, month: 1 }, { year: 2020, month: 3 }],
    ['Sept 2021 until Aug 2024', { year: 2021, month: 9 }, { year: 2024, month: 8 }],
    ['Jan–Sep 2019', { year: 2019, month: 1 }, { year: 2019, month: 9 }],
    ['15 January 2019 - 30 June 2020', { year: 2019, month: 1, day: 15 }, { year: 2020, month: 6, day: 30 }],
    ['2019-01-15 – 2019-12-31', { year: 2019, month: 1, day: 15 }, { year: 2019, month: 12, day: 31 }],
    ['01.03.2013 - 31.03.2020', { year: 2013, month: 3, day: 1 }, { year: 2020, month: 3, day: 31 }],
    ['сентябрь 2021 – сентябрь 2025', { year: 2021, month: 9 }, { year: 2025, month: 9 }],
    ['Sep.\u00a02021\u2009–\u2009Sep.\u00a02025', { year: 2021, month: 9 }, { year: 2025, month: 9 }],
  ])('%s', (text, start, end) => {
    const range = parseDateRange(text);
    expect(range?.start).toEqual(start);
    expect(range?.end).toEqual(end);
  });

  test.each([['48 months'], ['ongoing'], ['2019'], ['Sep 2021'], ['Oct – Sep 2019'], ['']])(
    'no range in %j',
    (text) => {
      expect(parseDateRange(text)).toBeUndefined();
    },
  );
});

describe('parseLooseDate keeps the precision it was written with', () => {
  test.each([
    ['April 23, 2019', { year: 2019, month: 4, day: 23 }],
    ['23 April 2019', { year: 2019, month: 4, day: 23 }],
    ['2019-06-13 17:21:00 Z', { year: 2019, month: 6, day: 13 }],
    ['Sep. 2021', { year: 2021, month: 9 }],
    ['sept 2021', { year: 2021, month: 9 }],
    ['Mar 2013', { year: 2013, month: 3 }],
    ['2019', { year: 2019 }],
    ['03/2020', { year: 2020, month: 3 }],
  ])('%s', (text, date) => {
    expect(parseLooseDate(text)).toEqual(date);
  });

  test.each([['the market in 2x19'], ['30 February 2019'], ['1750'], ['Marathon 12']])('no date in %j', (text) => {
    expect(parseLooseDate(text)).toBeUndefined();
  });
});

describe('findProseRange', () => {
  test.each([
    [
      'From January to September 2019, the Foundation implemented…',
      { year: 2019, month: 1 },
      { year: 2019, month: 9 },
      'From January to September 2019',
    ],
    [
      'The programme ran from March 2013 to March 2020.',
      { year: 2013, month: 3 },
      { year: 2020, month: 3 },
      'from March 2013 to March 2020',
    ],
    ['It was active between 2015 and 2018 in Osh.', { year: 2015 }, { year: 2018 }, 'between 2015 and 2018'],
  ])('%s', (text, start, end, snippet) => {
    expect(findProseRange(text)).toEqual({ start, end, snippet });
  });

  test.each([
    ['in accordance with the National Development Strategy for 2018-2040'],
    ['Since 2017, the program has worked with the Ministry of Justice.'],
    ['The law was adopted in 2021.'],
    ['from the Ministry, 2019 to 2020 figures'],
  ])('no project dates in %j', (text) => {
    expect(findProseRange(text)).toBeUndefined();
  });
});
