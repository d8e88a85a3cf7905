import { expect, test } from 'vitest';
import { RELATED_WEIGHTS, type RelatedFeatures, relatedProjects } from '../../src/lib/related.ts';

type P = RelatedFeatures & { slug: string };
const make = (slug: string, donors: string[], countries: string[], solutions: string[]): P => ({
  slug,
  donors,
  countries,
  solutions,
});

const projects: P[] = [
  make('target', ['usaid'], ['KG'], ['governance']),
  make('same-donor', ['usaid'], ['TJ'], []),
  make('same-country-and-solution', ['fcdo'], ['KG'], ['governance']),
  make('same-country', [], ['KG'], []),
  make('nothing-shared', ['sdc'], ['UZ'], ['health']),
  make('everything', ['usaid'], ['KG'], ['governance']),
];
const rank = relatedProjects(projects, (p) => p);
const slugs = (list: P[]) => list.map((p) => p.slug);

test('ranks by weighted shared donors, solutions and countries; never itself; never unrelated', () => {
  expect(RELATED_WEIGHTS.donors).toBeGreaterThan(RELATED_WEIGHTS.solutions);
  expect(slugs(rank(projects[0] as P, 10))).toEqual([
    'everything',
    'same-donor',
    'same-country-and-solution',
    'same-country',
  ]);
});

test.each([1, 2, 3])('returns at most %i', (limit) => {
  expect(rank(projects[0] as P, limit)).toHaveLength(limit);
});

test('ties keep the input order', () => {
  const tied = [make('x', [], ['KG'], []), make('first', [], ['KG'], []), make('second', [], ['KG'], [])];
  expect(slugs(relatedProjects(tied, (p) => p)(tied[0] as P))).toEqual(['first', 'second']);
});

test('duplicate values in one record count once', () => {
  const twice = [make('a', ['usaid', 'usaid'], [], []), make('b', ['usaid'], [], []), make('c', [], [], [])];
  expect(slugs(relatedProjects(twice, (p) => p)(twice[0] as P))).toEqual(['b']);
});
