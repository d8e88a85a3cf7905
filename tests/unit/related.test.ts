import { expect, test } from 'vitest';
import { RELATED_WEIGHTS, type RelatedFeatures, relatedProjects } from '../../src/portfolio/related.ts';
import { prng } from '../helpers/random.ts';

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

// Skewed pools (early values far more common), as real donors and countries are, so the walk's
// pruning meets long lists, short lists, ties and projects sharing nothing.
test.each([
  { seed: 42, size: 300, limit: 4 },
  { seed: 7, size: 600, limit: 1 },
  { seed: 11, size: 600, limit: 3 },
  { seed: 99, size: 200, limit: 12 },
  { seed: 5, size: 50, limit: 60 },
])('agrees with a naive pairwise ranking (seed $seed, $size projects, limit $limit)', ({ seed, size, limit }) => {
  const random = prng(seed);
  const pick = (pool: string[], max: number) =>
    pool.filter((_, rank) => random() < max / (rank + 1.5)).concat(random() < 0.05 ? pool.slice(0, 1) : []);
  const many = Array.from({ length: size }, (_, i) =>
    make(
      `p${i}`,
      pick(['usaid', 'fcdo', 'sdc', 'eu', 'wb', 'giz', 'jica', 'adb'], 0.9),
      pick(['KG', 'TJ', 'UZ', 'KZ'], 1.2),
      pick(['gov', 'health', 'water', 'energy', 'edu', 'agri'], 0.8),
    ),
  );
  const shared = (a: readonly string[], b: readonly string[]) =>
    new Set(a).size + new Set(b).size - new Set([...a, ...b]).size;
  const naive = (target: P) =>
    many
      .map((other, index) => ({
        other,
        index,
        score:
          other === target
            ? 0
            : RELATED_WEIGHTS.donors * shared(target.donors, other.donors) +
              RELATED_WEIGHTS.solutions * shared(target.solutions, other.solutions) +
              RELATED_WEIGHTS.countries * shared(target.countries, other.countries),
      }))
      .filter((entry) => entry.score > 0)
      .sort((a, b) => b.score - a.score || a.index - b.index)
      .slice(0, limit)
      .map((entry) => entry.other.slug);
  const fast = relatedProjects(many, (p) => p);
  for (const target of many) expect(slugs(fast(target, limit)), target.slug).toEqual(naive(target));
});

test.each([0, -1])('a limit of %i gives nothing', (limit) => {
  expect(rank(projects[0] as P, limit)).toEqual([]);
});

test.each([1, 3, 10])(
  'asked again (limit %i), the ranking is the same, and a caller changing its copy changes nothing',
  (limit) => {
    const first = rank(projects[0] as P, limit);
    const expected = slugs(first);
    first.splice(0, first.length);
    expect(slugs(rank(projects[0] as P, limit))).toEqual(expected);
    expect(slugs(rank(projects[0] as P, limit)).length).toBe(Math.min(limit, 4));
  },
);
