import { describe, expect, test } from 'vitest';
import { type KeySettings, pageKey, projectPageKey, summaryPageKey } from '../../src/portfolio/page-keys.ts';
import type { Project } from '../../src/portfolio/portfolio.ts';
import { seeds } from '../helpers/exports.ts';

const settings: KeySettings = { base: '/', siteUrl: 'https://example.org/', editUrl: undefined, buildDate: 0 };
// Two seeds with donors, so renaming one has something to change.
const [project, other] = seeds.projects.filter((p) => p.donors.length > 0) as [Project, Project];
const input = { project, related: [other], order: 3, bodyDigest: 'abc' };
const base = projectPageKey(settings, input);
const renamedDonor = (p: Project): Project => ({
  ...p,
  donors: p.donors.map((org) => ({ ...org, name: `${org.name} (renamed)` })),
});

test('the seeds give two projects with donors', () => {
  expect(other?.donors.length).toBeGreaterThan(0);
});

describe('a project page key changes with everything the page shows', () => {
  test.each<[label: string, key: string]>([
    ['a donor renamed', projectPageKey(settings, { ...input, project: renamedDonor(project) })],
    ['the title', projectPageKey(settings, { ...input, project: { ...project, title: `${project.title}!` } })],
    ['a related project renamed', projectPageKey(settings, { ...input, related: [{ ...other, title: 'New' }] })],
    ['a related project donor renamed', projectPageKey(settings, { ...input, related: [renamedDonor(other)] })],
    ['the related list', projectPageKey(settings, { ...input, related: [] })],
    ['its position in the portfolio', projectPageKey(settings, { ...input, order: 4 })],
    ['its body', projectPageKey(settings, { ...input, bodyDigest: 'abd' })],
    ['the base path', projectPageKey({ ...settings, base: '/portfolio/' }, input)],
    ['the build date (derived statuses)', projectPageKey({ ...settings, buildDate: 86_400_000 }, input)],
    ['the edit prefix', projectPageKey({ ...settings, editUrl: 'https://example.org/edit/' }, input)],
  ])('%s', (_label, key) => {
    expect(key).not.toBe(base);
  });

  test('and stays the same for the same inputs', () => {
    expect(projectPageKey(settings, { ...input, related: [{ ...other }] })).toBe(base);
    expect(base).toMatch(/^[0-9a-f]{64}$/);
  });
});

test.each<[a: unknown[], b: unknown[], same: boolean]>([
  [['og', '<svg/>'], ['og', '<svg/>'], true],
  [['og', '<svg/>'], ['og', '<svg />'], false],
  [['og', { a: 1 }], ['og', '{"a":1}'], true],
  [['og', null], ['og', undefined], true],
  [['og'], ['json'], false],
])('pageKey(%j) vs pageKey(%j) → same: %s', (a, b, same) => {
  expect(pageKey(settings, ...a) === pageKey(settings, ...b)).toBe(same);
});

describe('a summary page key (facet value, list page, organisation, data file) changes with its projects', () => {
  const list = [project, other];
  const summary = summaryPageKey(settings, 'facet-value', ['en', 'donor', 1], list);
  test.each<[label: string, key: string]>([
    ['a donor renamed', summaryPageKey(settings, 'facet-value', ['en', 'donor', 1], [renamedDonor(project), other])],
    ['a title', summaryPageKey(settings, 'facet-value', ['en', 'donor', 1], [project, { ...other, title: 'New' }])],
    ['the order', summaryPageKey(settings, 'facet-value', ['en', 'donor', 1], [other, project])],
    ['a project fewer', summaryPageKey(settings, 'facet-value', ['en', 'donor', 1], [project])],
    ['the page number', summaryPageKey(settings, 'facet-value', ['en', 'donor', 2], list)],
    ['the language', summaryPageKey(settings, 'facet-value', ['ru', 'donor', 1], list)],
    ['the kind of page', summaryPageKey(settings, 'project-list', ['en', 'donor', 1], list)],
    ['the build date', summaryPageKey({ ...settings, buildDate: 86_400_000 }, 'facet-value', ['en', 'donor', 1], list)],
  ])('%s', (_label, key) => {
    expect(key).not.toBe(summary);
  });

  test('and stays the same for equal projects in new objects (a rebuild resolves them afresh)', () => {
    expect(summaryPageKey(settings, 'facet-value', ['en', 'donor', 1], [{ ...project }, { ...other }])).toBe(summary);
  });
});
