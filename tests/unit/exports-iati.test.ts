import { XMLParser } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { iatiActivities, iatiIdentifier, missingForIati } from '../../src/exports/iati.ts';
import { ACTIVITY_STATUS, evenPercentages, roleFromCode, statusFromCode } from '../../src/model/iati-codes.ts';
import { codelist, iatiOptions, iatiSchemaErrors, links, meta, seeds } from '../helpers/exports.ts';
import { portfolioOf } from '../helpers/records.ts';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  isArray: (name, _path, _leaf, isAttribute) => !isAttribute && name !== 'iati-activities',
});
const activitiesOf = (xml: string) => parser.parse(xml)['iati-activities']['iati-activity'];

test.each([
  [1, ['100.00']],
  [2, ['50.00', '50.00']],
  [3, ['33.34', '33.33', '33.33']],
  [7, ['14.29', '14.29', '14.29', '14.29', '14.28', '14.28', '14.28']],
  [0, []],
])('%i even shares are %j and add up to 100', (count, shares) => {
  expect(evenPercentages(count)).toEqual(shares);
  if (count) expect(shares.reduce((sum, share) => sum + Number(share) * 100, 0)).toBe(10_000);
});

test.each(Object.entries(ACTIVITY_STATUS))('status %s → code %s → back', (status, code) => {
  expect(statusFromCode(code)).toBe(status);
});

test.each([
  ['1', 'donors'],
  ['2', 'partners'],
  ['3', 'partners'],
  ['4', 'implementers'],
  ['9', undefined],
])('role code %s reads as %s', (code, role) => {
  expect(roleFromCode(code)).toBe(role);
});

const small = portfolioOf({
  stated: {
    iatiIdentifier: 'GB-GOV-1-300123',
    donors: ['fcdo'],
    start: 2022,
    end: 2030,
    countries: ['KG', 'TJ'],
    status: 'active',
  },
  bare: {},
  partial: { donors: ['usaid'], start: '2021-09' },
});

test.each([
  ['stated', 'GB-GOV-1-300123', []],
  ['bare', 'XX-TEST-bare', ['a participating organisation', 'a status', 'a start or end date']],
  ['partial', 'XX-TEST-partial', ['a status']],
])('%s: identifier %s, missing %j', (slug, identifier, missing) => {
  const project = small.bySlug.get(slug);
  if (!project) throw new Error(slug);
  expect(iatiIdentifier(project, 'XX-TEST')).toBe(identifier);
  expect(missingForIati(project)).toEqual(missing);
});

describe('the seeds as IATI', () => {
  const file = iatiActivities(seeds.projects, iatiOptions, meta, links);
  const activities = activitiesOf(file.xml);

  test('the file is valid against the official IATI 2.03 activity schema', async () => {
    expect(await iatiSchemaErrors(file.xml)).toEqual([]);
  });

  test('the schema check can fail: an activity without a title is refused', async () => {
    const broken = file.xml.replace(/<title>[\s\S]*?<\/title>/, '');
    expect((await iatiSchemaErrors(broken)).join('\n')).toMatch(/title/);
  });

  test('every seed IATI can take is an activity; the others are named with what they lack', () => {
    // A seed whose status is neither stated nor told by its dates (003: a plan for 2023) cannot be
    // an IATI activity, which requires a status; none is invented for it.
    const lacking = seeds.projects.filter((project) => missingForIati(project).length > 0);
    expect(file.excluded).toEqual(lacking.map((project) => ({ slug: project.slug, missing: missingForIati(project) })));
    expect(activities).toHaveLength(seeds.projects.length - lacking.length);
    expect(activities.length).toBeGreaterThan(0);
    if (lacking.length) expect(file.xml).toContain(`Left out, as IATI requires what they lack: ${lacking[0]?.slug}`);
  });

  test.each([
    ['activity-status', 'code', 'ActivityStatus'],
    ['participating-org', 'role', 'OrganisationRole'],
    ['participating-org', 'type', 'OrganisationType'],
    ['activity-date', 'type', 'ActivityDateType'],
    ['recipient-country', 'code', 'Country'],
    ['sector', 'code', 'Sector'],
    ['budget', 'type', 'BudgetType'],
    ['budget', 'status', 'BudgetStatus'],
  ])('%s/@%s codes are in the %s codelist', (element, attribute, list) => {
    const codes = codelist(list);
    const used = activities.flatMap((activity: Record<string, { [key: string]: string }[]>) =>
      (activity[element] ?? []).map((node) => node[attribute]),
    );
    for (const code of used) expect(codes, `${element}/@${attribute}=${code}`).toContain(code);
  });

  test('SDG tags, currencies and document categories are in their codelists', () => {
    const goals = codelist('UNSDG-Goals');
    const currencies = codelist('Currency');
    const categories = codelist('DocumentCategory');
    for (const activity of activities) {
      for (const tag of activity.tag ?? []) if (tag.vocabulary === '2') expect(goals).toContain(tag.code);
      for (const budget of activity.budget ?? []) expect(currencies).toContain(budget.value[0].currency);
      for (const link of activity['document-link']) expect(categories).toContain(link.category[0].code);
    }
  });

  test('dates are in order and percentages add up to 100 per vocabulary', () => {
    for (const activity of activities) {
      const dates = Object.fromEntries(
        activity['activity-date'].map((d: { type: string; 'iso-date': string }) => [d.type, d['iso-date']]),
      );
      const start = dates['1'] ?? dates['2'];
      const end = dates['3'] ?? dates['4'];
      if (start && end) expect(start <= end).toBe(true);
      for (const element of ['recipient-country', 'sector']) {
        const shares = (activity[element] ?? []).map((node: { percentage: string }) =>
          Math.round(Number(node.percentage) * 100),
        );
        if (shares.length) expect(shares.reduce((a: number, b: number) => a + b, 0)).toBe(10_000);
      }
    }
  });

  test.each([
    ['kyrgyzstan-tajikistan-policy-innovation-facility', '2019-01-01', '2019', '2023-12-31', '2023'],
    ['successful-aimak-2', '2021-09-01', '2021-09', '2025-09-30', '2025-09'],
  ])('%s: dates written at the precision given', (slug, startIso, startWritten, endIso, endWritten) => {
    const activity = activities.find(
      (a: { 'iati-identifier': string[] }) => a['iati-identifier'][0] === `XX-TEST-${slug}`,
    );
    const [start, end] = activity['activity-date'];
    expect([start['iso-date'], String(start.narrative[0]), end['iso-date'], String(end.narrative[0])]).toEqual([
      startIso,
      startWritten,
      endIso,
      endWritten,
    ]);
  });
});
