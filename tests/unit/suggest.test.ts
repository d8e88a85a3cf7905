import { expect, test } from 'vitest';
import { nearest } from '../../src/model/suggest.ts';

const ids = ['usaid', 'fcdo', 'undp', 'east-west-management-institute', 'governance'];

test.each([
  ['usiad', 'usaid'],
  ['USAID', 'usaid'],
  ['fcd0', 'fcdo'],
  ['goverance', 'governance'],
  ['east west management institute', 'east-west-management-institute'],
  ['world-bank', undefined],
  ['', undefined],
])('nearest(%j) = %j', (value, expected) => {
  expect(nearest(value, ids)).toBe(expected);
});
