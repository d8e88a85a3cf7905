/**
 * npm run bench:exports -- [--projects 10000]
 *
 * What the open-data files cost at scale: generates the benchmark's synthetic records, loads
 * and resolves them as a build does, then renders every data file a build writes (the same
 * pure modules the endpoints call) and reports the time and bytes per kind. Rendering is the
 * work the files add to `astro build`; writing them is part of Astro's page output.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { LOCATION_HEADER, locationRows, PROJECT_HEADER, projectRow, projectsCsv, toCsv } from '../src/exports/csv.ts';
import { projectsFeed } from '../src/exports/feeds.ts';
import { locationsGeoJson } from '../src/exports/geojson.ts';
import { iatiActivities } from '../src/exports/iati.ts';
import { portfolioJson, projectsJson, recordText, toJson } from '../src/exports/json-files.ts';
import { dataMeta } from '../src/exports/meta.ts';
import { projectJsonPath } from '../src/exports/paths.ts';
import { organizationsInProjects, projectsOfOrganization } from '../src/exports/records.ts';
import { loadContent } from '../src/model/content/load.ts';
import { createFacets, facetIndex } from '../src/portfolio/facets.ts';
import { organizationPath, projectPath } from '../src/portfolio/paths.ts';
import { buildPortfolio } from '../src/portfolio/portfolio.ts';
import { generate, writeContent } from './generate.ts';

const { values } = parseArgs({ options: { projects: { type: 'string', default: '10000' } } });
const count = Number(values.projects);
const root = join(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'bench-exports-'));
writeContent(dir, join(root, 'content'), generate(count, 1), 1);
const content = loadContent(dir);
const today = Date.parse('2026-01-01T00:00:00Z');
const portfolio = buildPortfolio(
  content.projects.map((p) => ({ slug: p.slug, file: p.file, data: p.data })),
  content.vocabulary,
  content.rates,
  today,
);
const facets = facetIndex(createFacets({ status: (status) => status }), portfolio.projects);
const links = {
  urlOf: (path: string) => `https://example.org${path}`,
  projectPath,
  projectJsonPath,
  organizationPath,
};
const meta = dataMeta({
  publisher: 'Bench',
  licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  buildDate: today,
  documentation: 'https://example.org/data/',
});
const iati = {
  prefix: 'XX-BENCH',
  reportingOrg: { ref: 'XX-BENCH', type: '90', name: 'Bench' },
  buildDate: today,
  regionsUrl: 'https://example.org/regions/',
  siteTitle: 'Bench',
};
const feedInput = (title: string) => ({
  title,
  feedUrl: 'https://example.org/f.atom',
  pageUrl: 'https://example.org/',
  meta,
  buildDate: today,
  language: 'en',
});
const { projects } = portfolio;
const orgs = organizationsInProjects(projects);
const subsets = [
  ...facets.flatMap((group) => group.entries.map((entry) => entry.projects)),
  ...orgs.map((id) => projectsOfOrganization(projects, id)),
];
const csvOf = (list: typeof projects) => projectsCsv(list, links);

const kinds: [string, () => string[]][] = [
  ['projects.json', () => [portfolioJson(meta, projects, content.vocabulary, links)]],
  [
    'projects/<id>.json',
    () => projects.map((p) => `{"meta":${JSON.stringify(meta)},"project":${recordText(p, links)}}`),
  ],
  ['projects.csv + locations.csv', () => [csvOf(projects), toCsv(LOCATION_HEADER, projects.flatMap(locationRows))]],
  [
    'search-rows.json',
    () => [JSON.stringify({ meta, columns: PROJECT_HEADER, rows: projects.map((p) => projectRow(p, links)) })],
  ],
  ['per facet value + organisation .json', () => subsets.map((list) => projectsJson(meta, list, links))],
  ['per facet value + organisation .csv', () => subsets.map(csvOf)],
  [
    'feeds (all, per value, per organisation)',
    () => [projects, ...subsets].map((list) => projectsFeed(feedInput('x'), list, links)),
  ],
  ['locations.geojson', () => [toJson(locationsGeoJson(meta, projects, links))]],
  [
    'IATI (portfolio + per country)',
    () =>
      [projects, ...(facets[0]?.entries.map((e) => e.projects) ?? [])].map(
        (list) => iatiActivities(list, iati, meta, links).xml,
      ),
  ],
];

console.log(`${count} projects, ${subsets.length} facet values and organisations`);
let totalMs = 0;
let totalBytes = 0;
for (const [name, render] of process.env.ONLY ? kinds.filter(([n]) => n.includes(process.env.ONLY as string)) : kinds) {
  // CPU time, not wall time: the machine may be shared, and the build pays CPU.
  const start = process.cpuUsage();
  const files = render();
  const used = process.cpuUsage(start);
  const ms = (used.user + used.system) / 1000;
  const bytes = files.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  totalMs += ms;
  totalBytes += bytes;
  console.log(
    `${name.padEnd(44)} ${String(files.length).padStart(6)} files ${(bytes / 1e6).toFixed(1).padStart(7)} MB ${(ms / 1000).toFixed(2).padStart(6)} s CPU`,
  );
}
console.log(
  `${'total'.padEnd(44)} ${''.padStart(12)} ${(totalBytes / 1e6).toFixed(1).padStart(7)} MB ${(totalMs / 1000).toFixed(2).padStart(6)} s CPU`,
);
