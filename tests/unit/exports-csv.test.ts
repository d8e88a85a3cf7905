import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import {
  LOCATION_HEADER,
  locationRows,
  ORGANIZATION_HEADER,
  organizationRow,
  PROJECT_HEADER,
  projectRow,
  toCsv,
} from '../../src/exports/csv.ts';
import { content, links, seeds } from '../helpers/exports.ts';

const projectsCsv = toCsv(
  PROJECT_HEADER,
  seeds.projects.map((project) => projectRow(project, links)),
);
/** Parsed strictly: RFC 4180 quoting, every row as long as the header. */
const rows: Record<string, string>[] = parse(projectsCsv, { bom: true, columns: true, strict: true } as never);
const row = (id: string) => rows.find((r) => r.id === id) ?? {};

test('starts with a byte-order mark and ends every line with CRLF', () => {
  expect(projectsCsv.startsWith('\uFEFFid,url,')).toBe(true);
  expect(projectsCsv.split('\r\n').length).toBeGreaterThan(seeds.projects.length);
  expect(projectsCsv.replace(/\r\n/g, '').includes('\n')).toBe(false);
});

test('one row per project', () => {
  expect(rows.map((r) => r.id)).toEqual(seeds.projects.map((p) => p.slug));
});

test.each([
  ['successful-aimak-2', 'budget_amount', '4900000'],
  ['successful-aimak-2', 'budget_currency', 'USD'],
  ['successful-aimak-2', 'start', '2021-09'],
  ['successful-aimak-2', 'start_iso', '2021-09-01'],
  ['successful-aimak-2', 'end_iso', '2025-09-30'],
  ['kyrgyzstan-tajikistan-policy-innovation-facility', 'country_codes', 'TJ; KG'],
  ['kyrgyzstan-tajikistan-policy-innovation-facility', 'country_names', 'Tajikistan; Kyrgyzstan'],
  ['kyrgyzstan-tajikistan-policy-innovation-facility', 'end_iso', '2023-12-31'],
  ['collaborative-governance-program', 'donor_ids', 'usaid'],
  ['collaborative-governance-program', 'donor_names', 'United States Agency for International Development'],
  [
    'collaborative-governance-program',
    'url',
    'https://example.org/portfolio/projects/collaborative-governance-program/',
  ],
  ['strengthening-community-of-practice-creators-innovators', 'sdg_numbers', '5; 8; 11'],
  [
    'strengthening-community-of-practice-creators-innovators',
    'methods',
    'Participatory Design; Crowdsourcing; Co-creation',
  ],
  ['migration-and-development-at-the-local-level', 'budget_amount', ''],
])('%s: %s is "%s"', (id, column, value) => {
  expect(row(id)[column]).toBe(value);
});

test('codes and labels line up, position by position', () => {
  for (const r of rows) {
    for (const [codes, labels] of [
      ['donor_ids', 'donor_names'],
      ['partner_ids', 'partner_names'],
      ['country_codes', 'country_names'],
    ] as const) {
      expect(r[codes]?.split('; ').length).toBe(r[labels]?.split('; ').length);
    }
  }
});

describe('organisations and locations', () => {
  test.each([
    ['usaid', 'USAID', 'bilateral donor', 'US'],
    ['dpi', 'DPI', 'NGO', 'KG'],
  ])('%s', (id, acronym, kind, country) => {
    const org = content.vocabulary.organizations.get(id);
    if (!org) throw new Error(id);
    const parsed = parse(toCsv(ORGANIZATION_HEADER, [organizationRow(org, links)]), { bom: true, columns: true });
    expect(parsed[0]).toMatchObject({ id, acronym, kind, country });
  });

  test.each([
    ['migration-and-development-at-the-local-level', [['Barskoon', 'issyk-kul-oblast', 'KG', '', '']]],
    [
      'strengthening-community-of-practice-creators-innovators',
      [['Kyrgyzstan', '', 'KG', '41.46191868515909', '74.54166943737948']],
    ],
  ])('%s: one row per location with the project id', (slug, expected) => {
    const project = seeds.bySlug.get(slug);
    if (!project) throw new Error(slug);
    const parsed = parse(toCsv(LOCATION_HEADER, locationRows(project)), { bom: true, columns: true });
    const [name, region, countries, lat, lng] = expected[0] ?? [];
    expect(parsed[0]).toMatchObject({ project_id: slug, name, region_id: region, country_codes: countries, lat, lng });
  });
});

test.each([
  ['a comma', 'a, b'],
  ['a quote', 'say "hi"'],
  ['a line break', 'one\ntwo'],
  ['Cyrillic', 'Жалал-Абад'],
])('a value with %s survives a CSV parser', (_name, value) => {
  const parsed = parse(toCsv(['x'], [[value]]), { bom: true, columns: true }) as { x: string }[];
  expect(parsed[0]?.x).toBe(value);
});
