import { expect, test } from 'vitest';
import { buildDateFrom as buildDate } from '../../src/env.ts';
import type { PartialDate } from '../../src/model/dates.ts';
import { deriveStatus } from '../../src/model/status.ts';

const today = Date.parse('2024-06-01T00:00:00Z');

test.each<[PartialDate | undefined, PartialDate | undefined, string | undefined]>([
  [{ year: 2021, month: 9 }, { year: 2025, month: 9 }, 'active'],
  [{ year: 2019 }, { year: 2023 }, 'completed'],
  [{ year: 2024 }, { year: 2024 }, 'active'],
  [{ year: 2024, month: 7 }, { year: 2026 }, 'planned'],
  [{ year: 2025 }, undefined, 'planned'],
  [{ year: 2019 }, undefined, undefined],
  [undefined, { year: 2030 }, undefined],
  [undefined, { year: 2020 }, 'completed'],
  [undefined, undefined, undefined],
])('start %j, end %j → %s', (start, end, status) => {
  expect(deriveStatus(start, end, today)).toBe(status);
});

test.each<[Record<string, string>, string]>([
  [{ BUILD_DATE: '2024-06-01' }, '2024-06-01'],
  [{ SOURCE_DATE_EPOCH: '1717243200' }, '2024-06-01'],
  [{}, '2026-11-22'],
])('buildDate(%j) is %s', (env, day) => {
  expect(new Date(buildDate(env, Date.parse('2026-11-22T15:30:00Z'))).toISOString().slice(0, 10)).toBe(day);
});

test('a malformed BUILD_DATE is an error, not a silent "today"', () => {
  expect(() => buildDate({ BUILD_DATE: 'yesterday' })).toThrow(/BUILD_DATE="yesterday" is not a date/);
});
