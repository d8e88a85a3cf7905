/**
 * The open-data files of a real build of the fixture site, each read with a real parser
 * or validator: the IATI XSD, a GeoJSON validator, an Atom parser, a CSV parser, ajv.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getIssues } from '@placemarkio/check-geojson';
import Ajv2020 from 'ajv/dist/2020.js';
import { parse } from 'csv-parse/sync';
import { parseAtomFeed } from 'feedsmith';
import { describe, expect, inject, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { DATA_PATHS } from '../../src/exports/paths.ts';
import { loadContent } from '../../src/model/content/load.ts';
import { listedSlugs, page } from '../helpers/dist.ts';
import { iatiSchemaErrors } from '../helpers/exports.ts';

const dist = inject('siteDir');
// The fixture site: the bundled projects plus the search fixtures.
const content = loadContent(inject('siteContent'));
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const filesUnder = (folder: string, ending: string) =>
  readdirSync(join(dist, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith(ending))
    .map((file) => `/${folder}/${file}`)
    .sort();
const slugs = content.projects.map((project) => project.slug).sort();

describe('the /data/ page', () => {
  const $ = page(dist, '/data/');
  const linked = new Set(
    $('main a[href]')
      .map((_, a) => $(a).attr('href'))
      .get(),
  );

  test.each(Object.values(DATA_PATHS))('links %s, which was built', (path) => {
    expect(linked).toContain(path);
    expect(existsSync(join(dist, path))).toBe(true);
  });

  test.each(['kg', 'tj'])('links the IATI file of %s', (code) => {
    expect(linked).toContain(`/data/iati/countries/${code}.xml`);
  });

  test.each(slugs)('links the JSON file of %s', (slug) => {
    expect(linked).toContain(`/data/projects/${slug}.json`);
    expect(JSON.parse(read(`/data/projects/${slug}.json`)).project.id).toBe(slug);
  });
});

test('projects.json holds every project, the organisations and the vocabularies, with licence and build date', () => {
  const document = JSON.parse(read(DATA_PATHS.projectsJson));
  expect(document.meta).toMatchObject({ licence: 'CC BY 4.0', built: '2024-06-01' });
  expect(document.projects.map((p: { id: string }) => p.id).sort()).toEqual(slugs);
  expect(document.organizations.length).toBe(content.vocabulary.organizations.size);
  expect(Object.keys(document.vocabularies)).toEqual(['regions', 'solutions', 'sdgs']);
});

test.each([
  [DATA_PATHS.projectsCsv, content.projects.length, 'country_names'],
  [DATA_PATHS.organizationsCsv, content.vocabulary.organizations.size, 'acronym'],
  [DATA_PATHS.locationsCsv, 7, 'project_id'],
])('%s parses as CSV with a BOM: %i rows with a %s column', (path, count, column) => {
  const text = read(path);
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const rows = parse(text, { bom: true, columns: true, strict: true } as never) as Record<string, string>[];
  expect(rows).toHaveLength(count);
  expect(Object.keys(rows[0] ?? {})).toContain(column);
});

test('the GeoJSON is valid RFC 7946', () => {
  const text = read(DATA_PATHS.geojson);
  expect(getIssues(text)).toEqual([]);
  expect(JSON.parse(text).features.length).toBeGreaterThan(0);
});

test('search rows hold every project under the CSV columns', () => {
  const index = JSON.parse(read(DATA_PATHS.searchRows));
  expect(index.columns[0]).toBe('id');
  expect(index.rows.map((row: string[]) => row[0]).sort()).toEqual(slugs);
});

describe('feeds', () => {
  const feeds = filesUnder('data/feeds', '.atom');
  test('there is one for the portfolio, each facet value and each organisation', () => {
    expect(feeds).toContain(DATA_PATHS.feed);
    expect(feeds).toContain('/data/feeds/countries/kg.atom');
    expect(feeds).toContain('/data/feeds/organizations/dpi.atom');
  });
  test.each(feeds)('%s parses as Atom', (path) => {
    const feed = parseAtomFeed(read(path));
    expect(feed.entries?.length).toBeGreaterThan(0);
    expect(JSON.stringify(feed.rights)).toContain('CC BY 4.0');
  });
});

describe('IATI', () => {
  const files = filesUnder('data/iati', '.xml');
  test('one file for the portfolio and one per country', () => {
    expect(files).toEqual(['/data/iati/activities.xml', '/data/iati/countries/kg.xml', '/data/iati/countries/tj.xml']);
  });
  test.each(files)('%s is valid against the IATI 2.03 XSD', async (path) => {
    expect(await iatiSchemaErrors(read(path))).toEqual([]);
  });
});

test('every seed validates against the published JSON Schema; an unknown key fails', () => {
  const validate = new Ajv2020({ strict: false }).compile(JSON.parse(read(DATA_PATHS.schema)));
  for (const project of content.projects) {
    const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(project.path, 'utf8'))?.[1] ?? '';
    expect(validate(parseYaml(front)), project.file).toBe(true);
  }
  expect(validate({ title: 'T', summary: 'S', unknownKey: 1 })).toBe(false);
});

describe('facet value pages link exactly their projects', () => {
  test.each([
    ['countries', 'kg'],
    ['donors', 'usaid'],
    ['partners', 'dpi'],
    ['sdgs', '5'],
  ])('/%s/%s/', (facet, value) => {
    const $ = page(dist, `/${facet}/${value}/`);
    const hrefs = $('[data-downloads] a')
      .map((_, a) => $(a).attr('href'))
      .get();
    expect(hrefs).toEqual([
      `/data/${facet}/${value}.csv`,
      `/data/${facet}/${value}.json`,
      `/data/feeds/${facet}/${value}.atom`,
    ]);
    const listed = listedSlugs(dist, `/${facet}/${value}/`).sort();
    const json = JSON.parse(read(`/data/${facet}/${value}.json`));
    expect(json.projects.map((p: { id: string }) => p.id).sort()).toEqual(listed);
    const csv = parse(read(`/data/${facet}/${value}.csv`), { bom: true, columns: true }) as { id: string }[];
    expect(csv.map((row) => row.id).sort()).toEqual(listed);
  });
});

test.each(['usaid', 'dpi', 'association-of-creative-industries'])('organisation %s has CSV, JSON and a feed', (id) => {
  for (const path of [
    `/data/organizations/${id}.csv`,
    `/data/organizations/${id}.json`,
    `/data/feeds/organizations/${id}.atom`,
  ])
    expect(existsSync(join(dist, path)), path).toBe(true);
});

describe('facet value and organisation JSON list compact rows that link the full records', () => {
  test.each(['/data/donors/usaid.json', '/data/countries/kg.json', '/data/organizations/dpi.json'])('%s', (path) => {
    const document = JSON.parse(read(path));
    expect(document.count).toBe(document.projects.length);
    expect(document.count).toBeGreaterThan(0);
    for (const row of document.projects as { id: string; title: string; dataUrl: string }[]) {
      const full = JSON.parse(read(new URL(row.dataUrl, 'http://site.invalid/').pathname)).project;
      expect([full.id, full.title, full.dataUrl]).toEqual([row.id, row.title, row.dataUrl]);
      // A row is an index entry, not a copy of the record.
      expect(row).not.toHaveProperty('summary');
      expect(row).not.toHaveProperty('locations');
    }
  });
});

test('_headers gives data files their content type and CORS', () => {
  const headers = read('_headers');
  expect(headers).toContain(
    '/data/*.csv\n  Content-Type: text/csv; charset=utf-8; header=present\n  Access-Control-Allow-Origin: *',
  );
  expect(headers).toContain(
    '/schema/*.json\n  Content-Type: application/schema+json; charset=utf-8\n  Access-Control-Allow-Origin: *',
  );
});
