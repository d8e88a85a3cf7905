import { describe, expect, test } from 'vitest';
import { projectListJson, recordText } from '../../src/exports/json-files.ts';
import {
  isoEnd,
  isoStart,
  organizationsInProjects,
  portfolioDocument,
  projectRecord,
  projectSummary,
  projectsOfOrganization,
  written,
} from '../../src/exports/records.ts';
import { content, links, meta, seeds } from '../helpers/exports.ts';

test.each([
  [{ year: 2019 }, '2019', '2019-01-01', '2019-12-31'],
  [{ year: 2024, month: 2 }, '2024-02', '2024-02-01', '2024-02-29'],
  [{ year: 2019, month: 4, day: 23 }, '2019-04-23', '2019-04-23', '2019-04-23'],
  [undefined, null, null, null],
])('%j is written %s, spans %s to %s', (date, asWritten, first, last) => {
  expect([written(date), isoStart(date), isoEnd(date)]).toEqual([asWritten, first, last]);
});

const aimak = seeds.bySlug.get('successful-aimak-2');
if (!aimak) throw new Error('seed missing');
const record = projectRecord(aimak, links);

test.each([
  ['id', 'successful-aimak-2'],
  ['dataUrl', 'https://example.org/portfolio/data/projects/successful-aimak-2.json'],
  ['start', '2021-09'],
  ['budget', { amount: 4_900_000, currency: 'USD', note: null }],
  ['countries', [{ code: 'KG', name: 'Kyrgyzstan' }]],
  ['iatiIdentifier', null],
])('the record has %s = %j', (key, value) => {
  expect(record[key as keyof typeof record]).toEqual(value);
});

test('references carry ids next to labels', () => {
  expect(record.implementers[0]).toEqual({
    id: 'dpi',
    name: 'Development Policy Institute',
    acronym: 'DPI',
    url: 'https://example.org/portfolio/organizations/dpi/',
  });
  expect(record.locations[0]?.region).toMatchObject({ id: 'jalal-abad-oblast', name: 'Jalal-Abad oblast' });
});

test.each([
  ['usaid', ['collaborative-governance-program']],
  ['dpi', ['successful-aimak-2', 'collaborative-governance-program']],
  ['world-bank', []],
])('%s takes part in %j, in any role', (id, slugs) => {
  expect(projectsOfOrganization(seeds.projects, id).map((p) => p.slug)).toEqual(slugs);
});

test('the portfolio document holds projects, organisations, vocabularies and the metadata', () => {
  const document = portfolioDocument(meta, seeds.projects, content.vocabulary, links);
  expect(document.meta).toMatchObject({ licence: 'CC BY 4.0', built: '2024-06-01' });
  expect(document.count).toBe(seeds.projects.length);
  expect(document.organizations.length).toBe(content.vocabulary.organizations.size);
  expect(document.vocabularies.solutions.find((s) => s.id === 'governance')?.dacSector).toBe('15110');
  expect(organizationsInProjects(seeds.projects)).not.toContain('world-bank');
});

describe('compact rows of a facet value or organisation file', () => {
  const row = projectSummary(aimak, links);

  test.each([
    ['id', 'successful-aimak-2'],
    ['url', 'https://example.org/portfolio/projects/successful-aimak-2/'],
    ['dataUrl', 'https://example.org/portfolio/data/projects/successful-aimak-2.json'],
    ['start', '2021-09'],
    ['countries', ['KG']],
    ['implementers', ['dpi']],
  ])('the row has %s = %j', (key, value) => {
    expect(row[key as keyof typeof row]).toEqual(value);
  });

  test.each(seeds.projects.map((project) => [project.slug, project] as const))(
    '%s: the row agrees with the full record it links, and is smaller',
    (_slug, project) => {
      const summary = projectSummary(project, links);
      const full = projectRecord(project, links);
      expect(summary.dataUrl).toBe(full.dataUrl);
      expect([summary.id, summary.title, summary.status, summary.start, summary.end]).toEqual([
        full.id,
        full.title,
        full.status,
        full.start,
        full.end,
      ]);
      expect(summary.countries).toEqual(full.countries.map((country) => country.code));
      expect(summary.donors).toEqual(full.donors.map((org) => org.id));
      expect(JSON.stringify(summary).length).toBeLessThan(recordText(project, links).length);
    },
  );

  test('the list file holds metadata, the count and one row per project, in order', () => {
    const document = JSON.parse(projectListJson(meta, seeds.projects, links));
    expect(document.meta).toMatchObject({ licence: 'CC BY 4.0', built: '2024-06-01' });
    expect(document.count).toBe(seeds.projects.length);
    expect(document.projects).toEqual(seeds.projects.map((project) => projectSummary(project, links)));
  });
});
