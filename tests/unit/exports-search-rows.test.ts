import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { expect, test } from 'vitest';
import { PROJECT_HEADER, projectRow } from '../../src/exports/csv.ts';
import { rowsToCsv, rowsToJson, type SearchRows, selectRows, slugOfResult } from '../../src/exports/search-rows.ts';
import { links, meta, seeds } from '../helpers/exports.ts';

const index: SearchRows = { meta, columns: PROJECT_HEADER, rows: seeds.projects.map((p) => projectRow(p, links)) };

test.each([
  ['/projects/successful-aimak-2/', 'successful-aimak-2'],
  ['/portfolio/projects/successful-aimak-2/?q=x', 'successful-aimak-2'],
  ['https://example.org/projects/a-b/#top', 'a-b'],
  ['/donors/usaid/', undefined],
])('the result %s is project %s', (url, slug) => {
  expect(slugOfResult(url)).toBe(slug);
});

test.each([
  [
    ['successful-aimak-2', 'collaborative-governance-program'],
    ['successful-aimak-2', 'collaborative-governance-program'],
  ],
  [
    ['collaborative-governance-program', 'successful-aimak-2'],
    ['collaborative-governance-program', 'successful-aimak-2'],
  ],
  [['unknown', 'successful-aimak-2'], ['successful-aimak-2']],
  [[], []],
])('results %j give rows %j, in result order', (ids, expected) => {
  const rows = selectRows(index, ids);
  expect((parse(rowsToCsv(index, rows), { bom: true, columns: true }) as { id: string }[]).map((r) => r.id)).toEqual(
    expected,
  );
  const json = JSON.parse(rowsToJson(index, rows, { q: 'x' }));
  expect(json.projects.map((p: { id: string }) => p.id)).toEqual(expected);
  expect(json).toMatchObject({ meta: { licence: 'CC BY 4.0' }, query: { q: 'x' }, count: expected.length });
});

test('rowsToCsv writes the seeds exactly as csv-stringify does', () => {
  const rows = seeds.projects.map((p) => projectRow(p, links));
  expect(rowsToCsv(index, rows)).toBe(`\uFEFF${stringify([PROJECT_HEADER, ...rows], { record_delimiter: 'windows' })}`);
});

test('rowsToCsv quotes commas, quotes and line breaks, so a parser reads the cells back', () => {
  const rows = [['a,b', 'say "hi"', 'one\ntwo', 'Кыргызстан', 3.5, '']];
  const text = rowsToCsv({ ...index, columns: ['1', '2', '3', '4', '5', '6'] }, rows);
  expect(text).toBe('\uFEFF1,2,3,4,5,6\r\n"a,b","say ""hi""","one\ntwo",Кыргызстан,3.5,\r\n');
  expect(parse(text, { bom: true })).toEqual([
    ['1', '2', '3', '4', '5', '6'],
    ['a,b', 'say "hi"', 'one\ntwo', 'Кыргызстан', '3.5', ''],
  ]);
});
