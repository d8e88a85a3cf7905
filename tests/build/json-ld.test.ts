/**
 * The JSON-LD of each project page, checked against schema.org: every node's type is one the
 * page means to use, every property is one schema.org defines for that type (its own or
 * inherited, per the type's page on schema.org), and the properties the facts call for are
 * there with the expected value types. The TypeScript side is checked by `schema-dts`.
 */
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { loadContent } from '../../src/model/content/load.ts';
import { ROOT, TEST_SITE_URL } from '../helpers/build.ts';
import { page } from '../helpers/dist.ts';

const dist = inject('siteDir');
const content = loadContent(join(ROOT, 'content'));

const THING = ['@id', '@type', 'name', 'alternateName', 'description', 'url', 'sameAs', 'identifier'];
/** schema.org properties each type takes (domainIncludes of the type or one of its parents). */
const PROPERTIES: Record<string, string[]> = {
  // Project → Organization → Thing
  Project: [...THING, '@context', 'funder', 'funding', 'member', 'areaServed', 'location', 'keywords'],
  Organization: [...THING],
  // MonetaryGrant → Grant → Intangible → Thing
  MonetaryGrant: [...THING, 'funder', 'amount', 'fundedItem', 'sponsor'],
  // MonetaryAmount → StructuredValue → Intangible → Thing
  MonetaryAmount: [...THING, 'currency', 'value', 'minValue', 'maxValue'],
  // Country → AdministrativeArea → Place → Thing
  Country: [...THING, 'geo'],
  AdministrativeArea: [...THING, 'geo'],
  Place: [...THING, 'geo'],
  GeoCoordinates: [...THING, 'latitude', 'longitude'],
};
/** What each type must carry here. */
const REQUIRED: Record<string, string[]> = {
  Project: ['@id', 'url', 'name', 'description'],
  Organization: ['@id', 'name'],
  MonetaryAmount: ['currency', 'value'],
  Country: ['name', 'identifier'],
  AdministrativeArea: ['name'],
  Place: ['name'],
  GeoCoordinates: ['latitude', 'longitude'],
};

type Node = Record<string, unknown>;

/** Every typed node below `value`, with the path to it. */
function nodes(value: unknown, path = '$'): [string, Node][] {
  if (Array.isArray(value)) return value.flatMap((item, i) => nodes(item, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  const node = value as Node;
  return [
    ...(typeof node['@type'] === 'string' ? [[path, node] as [string, Node]] : []),
    ...Object.entries(node).flatMap(([key, child]) => nodes(child, `${path}.${key}`)),
  ];
}

/** What is wrong with the JSON-LD of a page, against the tables above. */
function problems(data: unknown): string[] {
  const found: string[] = [];
  for (const [path, node] of nodes(data)) {
    const type = String(node['@type']);
    const allowed = PROPERTIES[type];
    if (!allowed) {
      found.push(`${path}: unexpected type ${type}`);
      continue;
    }
    for (const key of Object.keys(node))
      if (!allowed.includes(key)) found.push(`${path}: ${type} has no property ${key}`);
    for (const key of REQUIRED[type] ?? []) if (node[key] === undefined) found.push(`${path}: ${type} lacks ${key}`);
  }
  return found;
}

function jsonLd(slug: string): Node {
  const $ = page(dist, `/projects/${slug}/`);
  const scripts = $('script[type="application/ld+json"]');
  expect(scripts).toHaveLength(1);
  return JSON.parse(scripts.text()) as Node;
}

describe.each(content.projects.map((project) => [project.slug, project.data] as const))(
  'JSON-LD of %s',
  (slug, data) => {
    const ld = jsonLd(slug);

    test('uses only schema.org types and their properties, with what each needs', () => {
      expect(ld['@context']).toBe('https://schema.org');
      expect(ld['@type']).toBe('Project');
      expect(problems(ld)).toEqual([]);
    });

    test('states the title, the page URL, the funders and the budget of the record', () => {
      expect(ld.name).toBe(data.title);
      expect(ld.url).toBe(`${TEST_SITE_URL}projects/${slug}/`);
      const grant = ld.funding as Node | undefined;
      const funders = (grant?.funder as Node[] | undefined)?.map((org) => org['@id']) ?? [];
      expect(funders).toEqual(data.donors.map((id) => `${TEST_SITE_URL}organizations/${id}/`));
      if (data.budget) {
        expect(grant?.['@type']).toBe('MonetaryGrant');
        const amount = grant?.amount as Node;
        expect(amount).toEqual({
          '@type': 'MonetaryAmount',
          currency: data.budget.currency,
          value: data.budget.amount,
        });
        expect(String(amount.currency)).toMatch(/^[A-Z]{3}$/);
        expect(typeof amount.value).toBe('number');
      } else expect(grant?.amount).toBeUndefined();
      if (!data.budget && data.donors.length === 0) expect(grant).toBeUndefined();
    });

    test('serves the countries and regions of the record', () => {
      const areas = (ld.areaServed as Node[] | undefined) ?? [];
      const countries = areas.filter((area) => area['@type'] === 'Country').map((area) => area.identifier);
      expect(countries).toEqual(data.countries);
      const regionIds = new Set([...data.regions, ...data.locations.flatMap((l) => (l.region ? [l.region] : []))]);
      expect(areas.filter((area) => area['@type'] === 'AdministrativeArea')).toHaveLength(regionIds.size);
    });
  },
);

test('the check itself finds a wrong type, a foreign property and a missing one', () => {
  expect(
    problems({
      '@type': 'Project',
      name: 'x',
      url: 'u',
      '@id': 'u',
      description: 'd',
      funding: { '@type': 'MonetaryGrant', amount: { '@type': 'MonetaryAmount', value: 1 }, price: 3 },
      areaServed: [{ '@type': 'City', name: 'Osh' }],
    }),
  ).toEqual([
    '$.funding: MonetaryGrant has no property price',
    '$.funding.amount: MonetaryAmount lacks currency',
    '$.areaServed[0]: unexpected type City',
  ]);
});
