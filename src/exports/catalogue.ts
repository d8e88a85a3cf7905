/** The list of site-wide data files the `/data/` page links, with what each holds. */
import type { UiKey } from '../i18n/index.ts';
import { DATA_PATHS, iatiCountryPath } from './paths.ts';

export interface CatalogueEntry {
  /** Site path before the base. */
  path: string;
  format: string;
  /** Dictionary key describing the file. */
  what: UiKey;
  params?: Record<string, string>;
}

/** Every portfolio-wide file, then one IATI file per country that has one. */
export function dataCatalogue(iatiCountries: readonly { code: string; name: string }[]): CatalogueEntry[] {
  return [
    { path: DATA_PATHS.projectsJson, format: 'JSON', what: 'data.projectsJson' },
    { path: DATA_PATHS.projectsCsv, format: 'CSV', what: 'data.projectsCsv' },
    { path: DATA_PATHS.organizationsJson, format: 'JSON', what: 'data.organizationsJson' },
    { path: DATA_PATHS.organizationsCsv, format: 'CSV', what: 'data.organizationsCsv' },
    { path: DATA_PATHS.locationsCsv, format: 'CSV', what: 'data.locationsCsv' },
    { path: DATA_PATHS.geojson, format: 'GeoJSON', what: 'data.geojson' },
    { path: DATA_PATHS.feed, format: 'Atom', what: 'data.feed' },
    { path: DATA_PATHS.iati, format: 'IATI 2.03 XML', what: 'data.iati' },
    ...iatiCountries.map(
      ({ code, name }): CatalogueEntry => ({
        path: iatiCountryPath(code),
        format: 'IATI 2.03 XML',
        what: 'data.iatiCountry',
        params: { country: name },
      }),
    ),
    { path: DATA_PATHS.searchRows, format: 'JSON', what: 'data.searchRows' },
    { path: DATA_PATHS.schema, format: 'JSON Schema', what: 'data.schema' },
  ];
}
