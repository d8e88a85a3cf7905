/**
 * The importer's score on the fixture corpus (tests/fixtures/import-corpus): pages written
 * for these tests in English, Russian and French, each with the record it states. At least
 * 95% of stated fields must be right, none invented, and no readable page refused.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { loadImportContext } from '../../src/importer/context.ts';
import { runCorpus } from '../../src/importer/corpus.ts';
import { formatScore, scoreCorpus, scoreRecord } from '../../src/importer/score.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('scoreRecord', () => {
  test.each([
    [{ title: 'Water for All' }, { title: 'water for all' }, ['right']],
    [{ title: 'Water' }, { title: 'Fire' }, ['wrong']],
    [{}, { start: '2016' }, ['missed']],
    [{ start: '2016' }, {}, ['invented']],
    [{ donors: ['b', 'a'] }, { donors: ['a', 'b'] }, ['right']],
    [{ donors: ['a'] }, { donors: ['a', 'b'] }, ['wrong']],
    [{ budget: { amount: 5, currency: 'usd' } }, { budget: { amount: 5, currency: 'USD' } }, ['right']],
    [{ budget: { amount: 6, currency: 'USD' } }, { budget: { amount: 5, currency: 'USD' } }, ['wrong']],
    [{ donors: [] }, {}, []],
  ])('draft %j against %j → %j', (actual, expected, verdicts) => {
    expect(scoreRecord(actual, expected).map((score) => score.verdict)).toEqual(verdicts);
  });

  test('the corpus score counts invented facts apart from stated ones', () => {
    const score = scoreCorpus([
      { page: 'a', scores: scoreRecord({ title: 'A', start: '2019' }, { title: 'A' }) },
      { page: 'b', scores: scoreRecord({ title: 'B' }, { title: 'B', end: '2020' }) },
    ]);
    expect(score).toMatchObject({ stated: 3, right: 2, invented: 1 });
    expect(formatScore(score, 2)).toContain('2 pages, 3 stated fields: 2 right (66.7%), 1 invented');
  });
});

describe('the fixture corpus', () => {
  const run = runCorpus(join(root, 'tests/fixtures/import-corpus'), loadImportContext(join(root, 'content')));

  test('has at least 30 pages', () => {
    expect(run.pages.length).toBeGreaterThanOrEqual(30);
  });

  test('no readable page is refused', () => {
    expect(run.errors).toEqual([]);
  });

  test('at least 95% of stated fields are right and none is invented', () => {
    const report = formatScore(run.score, run.pages.length);
    expect(run.score.invented, report).toBe(0);
    expect(run.score.accuracy, report).toBeGreaterThanOrEqual(0.95);
  });
});
