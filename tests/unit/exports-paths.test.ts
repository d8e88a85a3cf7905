import { expect, test } from 'vitest';
import { dataCatalogue } from '../../src/exports/catalogue.ts';
import { dataMeta, metaLine } from '../../src/exports/meta.ts';
import {
  contentTypeOf,
  facetDataPath,
  facetFeedPath,
  iatiCountryPath,
  organizationDataPath,
  organizationFeedPath,
  projectJsonPath,
} from '../../src/exports/paths.ts';
import { headersFile } from '../../src/integrations/csp.ts';

test.each([
  [projectJsonPath('successful-aimak-2'), '/data/projects/successful-aimak-2.json'],
  [facetDataPath('donors', 'usaid', 'csv'), '/data/donors/usaid.csv'],
  [facetDataPath('sdgs', '5', 'json'), '/data/sdgs/5.json'],
  [organizationDataPath('dpi', 'json'), '/data/organizations/dpi.json'],
  [facetFeedPath('countries', 'kg'), '/data/feeds/countries/kg.atom'],
  [organizationFeedPath('dpi'), '/data/feeds/organizations/dpi.atom'],
  [iatiCountryPath('KG'), '/data/iati/countries/kg.xml'],
])('%s', (path, expected) => {
  expect(path).toBe(expected);
});

test.each([
  ['/data/projects.csv', 'text/csv; charset=utf-8; header=present'],
  ['/data/locations.geojson', 'application/geo+json; charset=utf-8'],
  ['/data/feeds/projects.atom', 'application/atom+xml; charset=utf-8'],
  ['/data/iati/activities.xml', 'application/xml; charset=utf-8'],
  ['/data/x.bin', 'application/octet-stream'],
])('%s is served as %s', (path, type) => {
  expect(contentTypeOf(path)).toBe(type);
});

test.each([
  ['/', '/data/*.csv'],
  ['/portfolio/', '/portfolio/data/*.json'],
])('_headers under %s has a CORS rule for %s', (base, pattern) => {
  const lines = headersFile(base, { files: ['index.html'], folders: ['data', 'schema'] }).split('\n');
  const at = lines.indexOf(pattern);
  expect(at).toBeGreaterThan(0);
  expect(lines.slice(at + 1, at + 3).join('\n')).toContain('Access-Control-Allow-Origin: *');
});

test.each([
  [Date.parse('2024-06-01T00:00:00Z'), '2024-06-01'],
  [Date.parse('2026-12-31T00:00:00Z'), '2026-12-31'],
])('build date %s is written %s, with the licence', (buildDate, built) => {
  const meta = dataMeta({
    publisher: 'P',
    licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
    buildDate,
    documentation: 'https://x/data/',
  });
  expect(meta.built).toBe(built);
  expect(metaLine(meta)).toContain(`CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/). Built ${built}`);
});

test.each([
  [[], 10],
  [[{ code: 'KG', name: 'Kyrgyzstan' }], 11],
])('the catalogue lists %j countries among %i files', (countries, count) => {
  const files = dataCatalogue(countries);
  expect(files).toHaveLength(count);
  expect(new Set(files.map((file) => file.path)).size).toBe(count);
});
