import { describe, expect, test } from 'vitest';
import { organizationKind } from '../../src/model/schemas/index.ts';
import {
  activeRoles,
  groupByKind,
  kindPath,
  kindSlug,
  type OrganizationProfile,
  organizationProfiles,
  type Role,
} from '../../src/portfolio/organizations.ts';
import { PAGE_SIZE } from '../../src/portfolio/pagination.ts';
import { portfolioOf, vocabulary } from '../helpers/records.ts';

const portfolio = portfolioOf({
  a: {
    donors: ['usaid'],
    implementers: ['ewmi'],
    partners: ['dpi'],
    budget: { amount: 100, currency: 'USD' },
    start: 2013,
  },
  b: { donors: ['usaid', 'fcdo'], implementers: ['dai'], budget: { amount: 50, currency: 'EUR' }, start: 2019 },
  c: { implementers: ['dpi'], partners: ['ewmi'], budget: { amount: 7, currency: 'USD' }, start: 2021 },
  d: { donors: ['fcdo'], implementers: ['dpi', 'ewmi'], start: 2022 },
});
const profiles = organizationProfiles(vocabulary.organizations.values(), portfolio.projects);
const profile = (id: string): OrganizationProfile => {
  const found = profiles.find((candidate) => candidate.organization.id === id);
  if (!found) throw new Error(`no profile for ${id}`);
  return found;
};
const ids = (orgs: { id: string }[]) => orgs.map((org) => org.id);
const slugs = (id: string, role: Role) => profile(id).roles[role].projects.map((project) => project.slug);

describe('organisation profiles', () => {
  test('every organisation of the vocabulary has one, by name, even without projects', () => {
    expect(profiles).toHaveLength(vocabulary.organizations.size);
    const names = profiles.map((p) => p.organization.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    expect(profile('unicef').projectCount).toBe(0);
    expect(activeRoles(profile('unicef'))).toEqual([]);
  });

  test.each<[id: string, funder: string[], implementer: string[], partner: string[], count: number]>([
    ['usaid', ['b', 'a'], [], [], 2],
    ['fcdo', ['d', 'b'], [], [], 2],
    ['ewmi', [], ['d', 'a'], ['c'], 3],
    ['dpi', [], ['d', 'c'], ['a'], 3],
    ['dai', [], ['b'], [], 1],
  ])(
    '%s: projects per role, newest first, and a count of distinct projects',
    (id, funder, implementer, partner, count) => {
      expect(slugs(id, 'funder')).toEqual(funder);
      expect(slugs(id, 'implementer')).toEqual(implementer);
      expect(slugs(id, 'partner')).toEqual(partner);
      expect(profile(id).projectCount).toBe(count);
      expect(profile(id).projects.map((p) => p.slug)).toEqual(
        portfolio.projects.map((p) => p.slug).filter((slug) => [...funder, ...implementer, ...partner].includes(slug)),
      );
    },
  );

  test.each<[id: string, role: Role, budgets: { amount: number; currency: string }[]]>([
    [
      'usaid',
      'funder',
      [
        { amount: 50, currency: 'EUR' },
        { amount: 100, currency: 'USD' },
      ],
    ],
    ['ewmi', 'implementer', [{ amount: 100, currency: 'USD' }]],
    ['ewmi', 'partner', [{ amount: 7, currency: 'USD' }]],
    ['fcdo', 'funder', [{ amount: 50, currency: 'EUR' }]],
    ['dpi', 'partner', [{ amount: 100, currency: 'USD' }]],
  ])('%s as %s: budgets summed per currency, never converted', (id, role, budgets) => {
    expect(profile(id).roles[role].budgets).toEqual(budgets);
  });

  test.each<[id: string, coFunders: string[], implementersFunded: string[], fundersWorkedFor: string[]]>([
    ['usaid', ['fcdo'], ['dai', 'ewmi'], []],
    ['fcdo', ['usaid'], ['dai', 'dpi', 'ewmi'], []],
    ['ewmi', [], [], ['fcdo', 'usaid']],
    ['dpi', [], [], ['fcdo']],
  ])('%s: co-funders, implementers funded, funders worked for (never itself)', (id, co, funded, funders) => {
    expect(ids(profile(id).coFunders)).toEqual(co);
    expect(ids(profile(id).implementersFunded).sort()).toEqual(funded);
    expect(ids(profile(id).fundersWorkedFor).sort()).toEqual(funders);
  });

  test('active roles list only the roles played, in display order', () => {
    expect(activeRoles(profile('ewmi'))).toEqual(['implementer', 'partner']);
    expect(activeRoles(profile('usaid'))).toEqual(['funder']);
  });
});

describe('organisation kinds', () => {
  test.each([
    ['bilateral donor', 'bilateral-donor'],
    ['NGO', 'ngo'],
    ['multilateral', 'multilateral'],
  ] as const)('%s → %s', (kind, slug) => {
    expect(kindSlug(kind)).toBe(slug);
    expect(kindPath(slug)).toBe(`/organizations/kinds/${slug}/`);
  });

  test('groups follow the schema order, hold every organisation once and leave out empty kinds', () => {
    const groups = groupByKind(profiles, organizationKind.options);
    expect(groups.map((group) => group.kind)).toEqual(
      organizationKind.options.filter((kind) => profiles.some((p) => p.organization.kind === kind)),
    );
    expect(groups.flatMap((group) => group.profiles)).toHaveLength(profiles.length);
    for (const group of groups) for (const p of group.profiles) expect(p.organization.kind).toBe(group.kind);
  });
});

describe("an organisation's page lists a page of each role's projects, the role's facet list the rest", () => {
  test.each([1, PAGE_SIZE, PAGE_SIZE + 1, 3 * PAGE_SIZE])('%i projects funded', (count) => {
    const many = portfolioOf(
      Object.fromEntries(
        Array.from({ length: count }, (_, i) => [`p${i}`, { donors: ['usaid'], start: 2000 + (i % 20) }]),
      ),
    );
    const [usaid] = organizationProfiles(
      [...vocabulary.organizations.values()].filter((org) => org.id === 'usaid'),
      many.projects,
    );
    expect(usaid?.roles.funder.projects).toHaveLength(count);
    expect(usaid?.roles.funder.listed.items).toEqual(usaid?.roles.funder.projects.slice(0, PAGE_SIZE));
    expect(usaid?.roles.funder.listed.total).toBe(count);
  });
});
