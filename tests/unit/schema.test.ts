import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { stringify } from 'yaml';
import { zodIssues } from '../../src/model/content/explain.ts';
import { loadContent } from '../../src/model/content/load.ts';
import { parseYaml } from '../../src/model/content/read.ts';
import { organizationSchema, projectSchema, regionSchema } from '../../src/model/schemas/index.ts';
import { ROOT } from '../helpers/build.ts';
import { vocabulary } from '../helpers/records.ts';

const schema = projectSchema(vocabulary);
const minimal = { title: 'T', summary: 'S' };

describe('valid project records', () => {
  test.each<[string, Record<string, unknown>, Record<string, unknown>]>([
    ['defaults for every list', {}, { donors: [], countries: [], sdgs: [], tags: [], lang: 'en', type: 'project' }],
    ['a single value where a list is expected', { countries: 'kg' }, { countries: ['KG'] }],
    [
      'year, month and day dates',
      { start: 2019, end: '2021-09-15' },
      { start: { year: 2019 }, end: { year: 2021, month: 9, day: 15 } },
    ],
    ['a lowercase currency', { budget: { amount: 5, currency: 'usd' } }, { budget: { amount: 5, currency: 'USD' } }],
    ['a point inside the country', { countries: ['KG'], locations: [{ name: 'Osh', lat: 40.53, lng: 72.8 }] }, {}],
    ['known ids', { donors: ['usaid'], regions: ['osh-oblast'], solutions: ['governance'], sdgs: [5, 17] }, {}],
    ['a same-precision range', { start: '2021-09', end: '2021-09' }, {}],
    ['a coarser end in the start year', { start: '2021-09', end: 2021 }, {}],
  ])('%s', (_, fields, expected) => {
    const result = schema.safeParse({ ...minimal, ...fields });
    expect(result.error?.issues).toBeUndefined();
    expect(result.data).toMatchObject(expected);
  });
});

describe('invalid project records', () => {
  // The words an editor reads: the schema's issues as the content loader phrases them.
  test.each<[string, Record<string, unknown>, string, RegExp]>([
    ['missing summary', { summary: undefined }, 'summary', /^a summary is required: one or two plain sentences/],
    ['unknown key', { catgory: 'x' }, 'catgory', /^unknown field "catgory"\. Allowed here: .*\bsummary\b/],
    ['unknown donor', { donors: ['usiad'] }, 'donors[0]', /Did you mean "usaid"/],
    ['unknown region', { regions: ['atlantis'] }, 'regions[0]', /unknown region "atlantis"/],
    ['SDG 18', { sdgs: [18] }, 'sdgs[0]', /SDG 18 does not exist/],
    ['SDG as text', { sdgs: ['five'] }, 'sdgs[0]', /^expected a number, got "five"$/],
    ['"Sept 2021"', { start: 'Sept 2021' }, 'start', /did you mean "2021-09"/],
    ['end before start', { start: '2021-09', end: '2021-08' }, 'end', /before the start/],
    ['negative budget', { budget: { amount: -1, currency: 'USD' } }, 'budget.amount', /greater than 0/],
    ['currency "dollars"', { budget: { amount: 1, currency: 'dollars' } }, 'budget.currency', /ISO 4217/],
    ['country name', { countries: ['Kyrgyzstan'] }, 'countries[0]', /did you mean "KG"/],
    ['javascript: link', { links: [{ label: 'x', url: 'javascript:alert(1)' }] }, 'links[0].url', /http/],
    ['mixed-case JavaScript: link', { links: [{ label: 'x', url: 'JaVaScRiPt:alert(1)' }] }, 'links[0].url', /http/],
    [
      'data: link',
      { links: [{ label: 'x', url: 'data:text/html,<script>alert(1)</script>' }] },
      'links[0].url',
      /http/,
    ],
    ['image without alt', { image: { src: './a.png' } }, 'image.alt', /alt text/],
    [
      'point in another country',
      { countries: ['KG'], locations: [{ name: 'Paris', lat: 48.85, lng: 2.35 }] },
      'locations[0].lat',
      /lies in France/,
    ],
    [
      'latitude out of range',
      { locations: [{ name: 'x', lat: 123, lng: 1 }] },
      'locations[0].lat',
      /^123 is too large; the maximum is 90$/,
    ],
    ['summary over 400 characters', { summary: 'x'.repeat(401) }, 'summary', /400/],
    [
      'unknown status',
      { status: 'ongoing' },
      'status',
      /^"ongoing" is not allowed\..* Use one of: planned, active, completed, cancelled$/,
    ],
    ['bad email', { contacts: [{ email: 'nobody' }] }, 'contacts[0].email', /^"nobody" is not a valid email address$/],
    ['bad slug', { slug: 'Not A Slug' }, 'slug', /lowercase/],
  ])('%s', (_, fields, field, message) => {
    const front = parseYaml(stringify({ ...minimal, ...fields }));
    if (!front.ok) throw new Error(front.message);
    const result = schema.safeParse(front.data, { reportInput: true });
    expect(result.success).toBe(false);
    const issues = zodIssues(result.error?.issues ?? [], 'content/projects/x.md', front.yaml, schema);
    const issue = issues.find((candidate) => candidate.field === field);
    expect(issue, JSON.stringify(issues)).toBeDefined();
    expect(issue?.message).toMatch(message);
  });
});

describe('vocabulary records', () => {
  test('a sub-national region must name its country', () => {
    expect(regionSchema.safeParse({ id: 'osh', name: 'Osh', kind: 'subnational' }).success).toBe(false);
    expect(regionSchema.safeParse({ id: 'osh', name: 'Osh', kind: 'subnational', country: 'kg' }).data?.country).toBe(
      'KG',
    );
  });

  test.each([
    [{ id: 'usaid', name: 'USAID', kind: 'bilateral donor' }, true],
    [{ id: 'USAID', name: 'USAID', kind: 'bilateral donor' }, false],
    [{ id: 'x', name: 'X', kind: 'charity' }, false],
    [{ id: 'x', name: 'X', kind: 'NGO', url: 'ftp://x.org' }, false],
    [{ id: 'x', name: 'X', kind: 'NGO', colour: 'red' }, false],
  ])('organisation %j valid: %s', (org, valid) => {
    expect(organizationSchema.safeParse(org).success).toBe(valid);
  });

  test('the bundled vocabularies load without problems', () => {
    expect(loadContent(join(ROOT, 'content')).issues).toEqual([]);
    expect(vocabulary.sdgs.size).toBe(17);
    expect(vocabulary.organizations.get('usaid')?.acronym).toBe('USAID');
    expect(vocabulary.regions.get('osh-oblast')?.country).toBe('KG');
  });
});
