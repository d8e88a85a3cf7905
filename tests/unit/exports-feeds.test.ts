import { parseAtomFeed } from 'feedsmith';
import { expect, test } from 'vitest';
import { entryDate, feedOrder, projectsFeed } from '../../src/exports/feeds.ts';
import { BUILD_DATE, links, meta, seeds } from '../helpers/exports.ts';
import { portfolioOf } from '../helpers/records.ts';

const input = {
  title: 'All projects',
  feedUrl: 'https://example.org/portfolio/data/feeds/projects.atom',
  pageUrl: 'https://example.org/portfolio/projects/',
  meta,
  buildDate: BUILD_DATE,
  language: 'en',
};

test('the seeds feed parses as Atom with one entry per project', () => {
  const feed = parseAtomFeed(projectsFeed(input, seeds.projects, links));
  expect(JSON.stringify(feed.title)).toContain('All projects');
  expect(JSON.stringify(feed.rights)).toContain('CC BY 4.0');
  expect(feed.entries?.map((entry) => entry.id).sort()).toEqual(
    seeds.projects.map((p) => `https://example.org/portfolio/projects/${p.slug}/`).sort(),
  );
});

test('a broken feed does not parse', () => {
  expect(() => parseAtomFeed(projectsFeed(input, seeds.projects, links).replace('<feed', '<fee'))).toThrow();
});

const dated = portfolioOf({
  updatedLate: { start: 2010, updated: '2024-05-01' },
  retrieved: { start: 2011, source: { retrieved: '2023-01-15' } },
  started: { start: '2022-03' },
  undated: {},
});

test.each([
  ['updatedLate', '2024-05-01'],
  ['retrieved', '2023-01-15'],
  ['started', '2022-03-01'],
  ['undated', '2024-06-01'],
])('%s is dated %s', (slug, day) => {
  const project = dated.bySlug.get(slug);
  if (!project) throw new Error(slug);
  expect(entryDate(project, BUILD_DATE).toISOString().slice(0, 10)).toBe(day);
});

test('entries run newest first', () => {
  expect(feedOrder(dated.projects, BUILD_DATE).map((p) => p.slug)).toEqual([
    'undated',
    'updatedLate',
    'retrieved',
    'started',
  ]);
});
