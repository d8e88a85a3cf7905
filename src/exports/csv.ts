/**
 * CSV files: RFC 4180 (CRLF line ends, quotes doubled) in UTF-8 with a byte-order mark, so
 * spreadsheet programs read Cyrillic. Lists are joined with "; ", codes and labels in separate
 * columns; the budget's amount and currency are separate; dates as written plus ISO days.
 */
import { stringify } from 'csv-stringify/sync';
import type { Organization } from '../model/schemas/index.ts';
import type { Project } from '../portfolio/portfolio.ts';
import { memo } from './memo.ts';
import { isoEnd, isoStart, locationCountries, type RecordLinks, written } from './records.ts';

/** Joins list values; a value containing the separator keeps it, as its column is documented. */
export const LIST_SEPARATOR = '; ';

const join = (values: readonly (string | number | undefined)[]) =>
  values.filter((value) => value !== undefined && value !== '').join(LIST_SEPARATOR);

export type Cell = string | number;

/** RFC 4180 line ends. */
const OPTIONS = { record_delimiter: 'windows' } as const;

/** Every projects column with how to fill it, in file order. */
const PROJECT_COLUMNS: readonly [string, (project: Project, links: RecordLinks) => Cell][] = [
  ['id', (p) => p.slug],
  ['url', (p, links) => links.urlOf(links.projectPath(p.slug))],
  ['iati_identifier', (p) => p.iatiIdentifier ?? ''],
  ['title', (p) => p.title],
  ['other_names', (p) => join(p.otherNames)],
  ['summary', (p) => p.summary],
  ['type', (p) => p.type],
  ['status', (p) => p.status ?? ''],
  ['status_derived', (p) => (p.statusDerived ? 'yes' : 'no')],
  ['start', (p) => written(p.start) ?? ''],
  ['end', (p) => written(p.end) ?? ''],
  ['start_iso', (p) => isoStart(p.start) ?? ''],
  ['end_iso', (p) => isoEnd(p.end) ?? ''],
  ['updated', (p) => written(p.updated) ?? ''],
  ['country_codes', (p) => join(p.countries.map((c) => c.code))],
  ['country_names', (p) => join(p.countries.map((c) => c.name))],
  ['region_ids', (p) => join(p.regions.map((r) => r.id))],
  ['region_names', (p) => join(p.regions.map((r) => r.name))],
  ['donor_ids', (p) => join(p.donors.map((o) => o.id))],
  ['donor_names', (p) => join(p.donors.map((o) => o.name))],
  ['implementer_ids', (p) => join(p.implementers.map((o) => o.id))],
  ['implementer_names', (p) => join(p.implementers.map((o) => o.name))],
  ['partner_ids', (p) => join(p.partners.map((o) => o.id))],
  ['partner_names', (p) => join(p.partners.map((o) => o.name))],
  ['solution_ids', (p) => join(p.solutions.map((s) => s.id))],
  ['solution_names', (p) => join(p.solutions.map((s) => s.name))],
  ['sdg_numbers', (p) => join(p.sdgs.map((s) => s.number))],
  ['sdg_names', (p) => join(p.sdgs.map((s) => s.name))],
  ['budget_amount', (p) => p.budget?.amount ?? ''],
  ['budget_currency', (p) => p.budget?.currency ?? ''],
  ['budget_note', (p) => p.budget?.note ?? ''],
  ['location_names', (p) => join(p.locations.map((l) => l.name))],
  ['contact_names', (p) => join(p.contacts.map((c) => c.name))],
  ['contact_emails', (p) => join(p.contacts.map((c) => c.email))],
  ['link_urls', (p) => join(p.links.map((l) => l.url))],
  ['source_url', (p) => p.source?.url ?? ''],
  ['source_publisher', (p) => p.source?.publisher ?? ''],
  ['tags', (p) => join(p.tags)],
  ['methods', (p) => join(p.methods)],
  ['data_sources', (p) => join(p.dataSources)],
  ['lang', (p) => p.lang],
];

/** Column names of the projects file. */
export const PROJECT_HEADER: readonly string[] = PROJECT_COLUMNS.map(([name]) => name);

/** One project as a row of the projects file. */
export function projectRow(project: Project, links: RecordLinks): Cell[] {
  return PROJECT_COLUMNS.map(([, cell]) => cell(project, links));
}

export const ORGANIZATION_HEADER = ['id', 'name', 'acronym', 'kind', 'country', 'website', 'url', 'aliases'];

export function organizationRow(org: Organization, links: RecordLinks): Cell[] {
  return [
    org.id,
    org.name,
    org.acronym ?? '',
    org.kind,
    org.country ?? '',
    org.url ?? '',
    links.urlOf(links.organizationPath(org.id)),
    join(org.aliases),
  ];
}

export const LOCATION_HEADER = [
  'project_id',
  'project_title',
  'name',
  'region_id',
  'region_name',
  'country_codes',
  'lat',
  'lng',
];

/** One row per named place; `country_codes` are the project's countries. */
export function locationRows(project: Project): Cell[][] {
  return project.locations.map((location) => [
    project.slug,
    project.title,
    location.name,
    location.region?.id ?? '',
    location.region?.name ?? '',
    join(locationCountries(project, location).map((country) => country.code)),
    location.lat ?? '',
    location.lng ?? '',
  ]);
}

/** A project's CSV line, made once per build and reused by every file that lists it. */
export const projectLine = memo((project: Project, links: RecordLinks) =>
  stringify([projectRow(project, links)], OPTIONS),
);

// csv-stringify's setup costs more than a line, so the header line is made once too.
let HEADER_LINE: string | undefined;

/** The projects file (or a subset of it) as CSV text, joined from the cached lines. */
export function projectsCsv(projects: readonly Project[], links: RecordLinks): string {
  HEADER_LINE ??= stringify([PROJECT_HEADER], OPTIONS);
  return `\uFEFF${HEADER_LINE}${projects.map((project) => projectLine(project, links)).join('')}`;
}

/** The CSV text: a byte-order mark, the header, then the rows, each line ending in CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return `\uFEFF${stringify([header, ...rows], OPTIONS)}`;
}
