import { describe, expect, test } from 'vitest';
import { layoutTimeline } from '../../src/visuals/timeline.ts';
import { portfolioOf } from '../helpers/records.ts';

const TODAY = Date.parse('2024-06-01T00:00:00Z');
const timelineOf = (records: Record<string, Record<string, unknown>>, maxBars?: number) =>
  layoutTimeline(portfolioOf(records).projects, TODAY, maxBars);

describe('timeline bars', () => {
  test.each<
    [
      string,
      Record<string, unknown>,
      { from: number; solidFrom: number; solidTo: number; to: number; openEnd: boolean },
    ]
  >([
    // Axis 2020–2026: each year is 100/6 ≈ 16.7 wide.
    [
      'day precision: solid from start to end',
      { start: '2020-01-01', end: '2025-12-31' },
      { from: 0, solidFrom: 0, solidTo: 100, to: 100, openEnd: false },
    ],
    [
      'year precision: the start and end years are faded',
      { start: 2020, end: 2025 },
      { from: 0, solidFrom: 16.7, solidTo: 83.3, to: 100, openEnd: false },
    ],
    [
      'no end: faded to today, never a made-up end',
      { start: 2020 },
      { from: 0, solidFrom: 0, solidTo: 0, to: 73.6, openEnd: true },
    ],
  ])('%s', (_, dates, expected) => {
    const records = {
      x: { ...dates, status: 'active' },
      axis: { start: '2020-01-01', end: '2025-12-31', status: 'completed' },
    };
    const timeline = timelineOf(records);
    const bar = timeline.groups.flatMap((group) => group.bars).find((candidate) => candidate.slug === 'x');
    expect(bar).toMatchObject(expected);
    expect(timeline.ticks.at(0)).toBe(2020);
    expect(timeline.ticks.at(-1)).toBe(2026);
  });

  test.each<[string, Record<string, Record<string, unknown>>, string[]]>([
    [
      'grouped by status, active first',
      { a: { start: 2019, end: 2020 }, b: { start: 2023, end: 2026 }, c: { start: 2025, end: 2027 } },
      ['active', 'planned', 'completed'],
    ],
    ['projects without a status form their own group', { a: { start: 2019, status: undefined } }, ['unknown']],
  ])('%s', (_, records, statuses) => {
    expect(timelineOf(records).groups.map((group) => group.status)).toEqual(statuses);
  });

  test.each<[string, Record<string, unknown>, number]>([
    ['inside the projects’ span', { start: 2020, end: 2030 }, 2032],
    ['after every project has ended: the axis reaches today', { start: 2010, end: 2012 }, 2026],
  ])('today is marked on the axis, %s', (_, dates, lastTick) => {
    const timeline = timelineOf({ a: dates });
    expect(timeline.today).toBeGreaterThan(0);
    expect(timeline.today).toBeLessThan(100);
    expect(timeline.ticks.at(-1)).toBe(lastTick);
  });
});

describe('timeline summary', () => {
  test.each<[string, Record<string, Record<string, unknown>>, number, Record<number, number>, number]>([
    [
      'more projects than bars: projects running per year',
      { a: { start: 2020, end: 2021 }, b: { start: 2021, end: 2022 }, c: { start: '2022-03', end: '2022-05' } },
      2,
      { 2020: 1, 2021: 2, 2022: 2 },
      0,
    ],
    ['undated projects are counted, not placed', { a: { start: 2020, end: 2021 }, b: {} }, 40, {}, 1],
  ])('%s', (_, records, maxBars, running, undated) => {
    const timeline = timelineOf(records, maxBars);
    const counts = Object.fromEntries(timeline.years.map((year) => [year.year, year.running]));
    expect(counts).toMatchObject(running);
    expect(timeline.undated).toBe(undated);
  });
});
