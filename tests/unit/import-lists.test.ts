import { describe, expect, test } from 'vitest';
import { matchList, splitList, splitListWithSeparators } from '../../src/importer/extract/lists.ts';

describe('splitList', () => {
  test.each([
    ['a/ b/ c', ['a', 'b', 'c']],
    ['a / b /c', ['a', 'b', 'c']],
    ['a, b, and c.', ['a', 'b', 'c']],
    ['a, b and c', ['a', 'b', 'c']],
    ['a; b; c', ['a', 'b', 'c']],
    ['a and b', ['a', 'b']],
    ['a | b', ['a', 'b']],
    ['a, b, or c', ['a', 'b', 'c']],
    ['a as well as b', ['a', 'b']],
    ['ICNL & EWMI', ['ICNL', 'EWMI']],
    ['R&D Centre', ['R&D Centre']],
    ['a,, b', ['a', 'b']],
    ['Sandwich makers and bakers', ['Sandwich makers', 'bakers']],
    ['Development Policy Institute (DPI, Bishkek), ICNL', ['Development Policy Institute (DPI, Bishkek)', 'ICNL']],
    ['Bandwidth, Android', ['Bandwidth', 'Android']],
    ['single', ['single']],
  ])('%j', (text, items) => {
    expect(splitList(text)).toEqual(items);
  });

  test('keeps the separators so pieces can be joined again', () => {
    expect(splitListWithSeparators('Foreign, Commonwealth & Development Office / USAID')).toEqual({
      items: ['Foreign', 'Commonwealth', 'Development Office', 'USAID'],
      separators: [', ', ' & ', ' / '],
    });
  });
});

describe('matchList prefers the longest run of pieces that is a known name', () => {
  const known = new Map([
    ['foreign, commonwealth & development office', 'fcdo'],
    ['ministry of labor and social development of kr', 'mlsd'],
    ['eastern europe and central asia', 'eeca'],
    ['central asia', 'ca'],
    ['usaid', 'usaid'],
  ]);
  const match = (text: string) => known.get(text.toLowerCase());

  test.each([
    ['Foreign, Commonwealth & Development Office', ['fcdo']],
    ['Ministry of Labor and Social Development of KR, USAID', ['mlsd', 'usaid']],
    ['Eastern Europe and Central Asia', ['eeca']],
    ['Central Asia and USAID', ['ca', 'usaid']],
    ['USAID, nobody, USAID', ['usaid', undefined, 'usaid']],
  ])('%j', (text, values) => {
    expect(matchList(splitListWithSeparators(text), match).map((piece) => piece.value)).toEqual(values);
  });

  test('an unknown piece is reported with its own text', () => {
    expect(matchList(splitListWithSeparators('USAID, civil society organizations'), match)).toEqual([
      { text: 'USAID', value: 'usaid' },
      { text: 'civil society organizations', value: undefined },
    ]);
  });
});
