import { describe, expect, test } from 'vitest';
import { linear, percentOf, radiusFor, yearTicks } from '../../src/visuals/scale.ts';

describe('scales', () => {
  test.each([
    [0, 10, 0],
    [10, 10, 22],
    [1, 100, 4], // the minimum keeps a single project visible
    [25, 100, 11], // area, not radius, is proportional: a quarter of the count is half the radius
  ])('radiusFor(%d, max %d) = %d', (count, max, radius) => {
    expect(radiusFor(count, max)).toBe(radius);
  });

  test.each([
    [5, 10, 50],
    [0, 10, 0],
    [3, 0, 0],
    [20, 10, 100],
    [1, 3, 33.3],
  ])('percentOf(%d, %d) = %d', (value, max, percent) => {
    expect(percentOf(value, max)).toBe(percent);
  });

  test.each([
    [2000, 2010, 0, 100, 2005, 50],
    [0, 10, 100, 0, 2.5, 75],
    [5, 5, 0, 100, 5, 0],
  ])('linear([%d, %d] → [%d, %d])(%d) = %d', (d0, d1, r0, r1, value, expected) => {
    expect(linear(d0, d1, r0, r1)(value)).toBe(expected);
  });

  test.each([
    [2019, 2024, [2019, 2020, 2021, 2022, 2023, 2024]],
    [2005, 2026, [2005, 2010, 2015, 2020, 2025]],
    [2005, 2014, [2006, 2008, 2010, 2012, 2014]],
    [1990, 2030, [1990, 1995, 2000, 2005, 2010, 2015, 2020, 2025, 2030]],
    [1950, 2030, [1950, 1960, 1970, 1980, 1990, 2000, 2010, 2020, 2030]],
  ])('yearTicks(%d, %d)', (first, last, ticks) => {
    expect(yearTicks(first, last)).toEqual(ticks);
  });
});
