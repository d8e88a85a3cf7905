/**
 * Where each data file lives, before the site base. Pages, the `/data/` page, the download
 * links and the tests all read these, so a path is written once.
 */

/** Folder of every data file. */
export const DATA_ROOT = '/data/';

export const DATA_PATHS = {
  /** Every project as a full record, with the organisations and vocabularies. */
  projectsJson: '/data/projects.json',
  projectsCsv: '/data/projects.csv',
  organizationsJson: '/data/organizations.json',
  organizationsCsv: '/data/organizations.csv',
  locationsCsv: '/data/locations.csv',
  geojson: '/data/locations.geojson',
  feed: '/data/feeds/projects.atom',
  iati: '/data/iati/activities.xml',
  /** Compact rows of every project, fetched by the search page to download its results. */
  searchRows: '/data/search-rows.json',
  /** JSON Schema of a project file's front matter. */
  schema: '/schema/project.json',
} as const;

/** One project's full record, e.g. `/data/projects/successful-aimak-2.json`. */
export function projectJsonPath(slug: string): string {
  return `/data/projects/${encodeURIComponent(slug)}.json`;
}

/** The projects of one facet value, e.g. `/data/donors/usaid.csv`. */
export function facetDataPath(facetPath: string, valueId: string, format: 'json' | 'csv'): string {
  return `/data/${facetPath}/${encodeURIComponent(valueId)}.${format}`;
}

/** The projects an organisation takes part in, in any role, e.g. `/data/organizations/usaid.json`. */
export function organizationDataPath(id: string, format: 'json' | 'csv'): string {
  return `/data/organizations/${encodeURIComponent(id)}.${format}`;
}

/** The Atom feed of one facet value, e.g. `/data/feeds/countries/kg.atom`. */
export function facetFeedPath(facetPath: string, valueId: string): string {
  return `/data/feeds/${facetPath}/${encodeURIComponent(valueId)}.atom`;
}

/** The Atom feed of one organisation's projects. */
export function organizationFeedPath(id: string): string {
  return `/data/feeds/organizations/${encodeURIComponent(id)}.atom`;
}

/** IATI activities of one recipient country, e.g. `/data/iati/countries/kg.xml`. */
export function iatiCountryPath(code: string): string {
  return `/data/iati/countries/${code.toLowerCase()}.xml`;
}

/** Content types by file ending, for `_headers` and the endpoints' responses. */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8; header=present',
  geojson: 'application/geo+json; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
};

/** The content type for a data file path, by its ending. */
export function contentTypeOf(path: string): string {
  const ending = path.slice(path.lastIndexOf('.') + 1);
  return CONTENT_TYPES[ending] ?? 'application/octet-stream';
}
