import { expect, test } from 'vitest';
import { overview } from '../../src/visuals/overview.ts';
import { portfolioOf } from '../helpers/records.ts';

const today = Date.UTC(2024, 5, 1);
const { projects } = portfolioOf({
  a: { countries: ['KG'], start: 2020, end: 2022 },
  b: { countries: ['TJ'], start: '2021-09' },
});

test.each([
  ['projects with a map', projects, true, { map: true, timeline: true, total: 2 }],
  ['projects without a map', projects, false, { map: false, timeline: true, total: 2 }],
  ['no project', [], true, { map: false, timeline: false, total: 0 }],
] as const)('%s', (_name, list, withMap, expected) => {
  const figures = overview(list, today, withMap);
  expect({ map: figures.map !== undefined, timeline: figures.timeline !== undefined, total: figures.total }).toEqual(
    expected,
  );
  expect(figures.places.mapped).toBe(list.length);
});
