/**
 * What a map shows for a set of projects: project counts per country, per sub-national area
 * with a known centre, and per located place. Places are grouped by position rounded to a
 * tenth of a degree, so thousands of projects give a bounded number of symbols.
 */
import type { Project } from '../portfolio/portfolio.ts';
import type { MapInput, MapPoint } from './map.ts';

export interface MapData extends MapInput {
  /** Country names by code, for the map's text equivalent. */
  countryNames: ReadonlyMap<string, string>;
  /** Projects that have at least one country, region centre or located place. */
  mapped: number;
}

const addTo = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);

/** Counts for the map of `projects`. */
export function mapData(projects: readonly Project[]): MapData {
  const countries = new Map<string, number>();
  const countryNames = new Map<string, string>();
  const regions = new Map<string, MapPoint>();
  const places = new Map<string, MapPoint>();
  let mapped = 0;
  for (const project of projects) {
    let shown = false;
    for (const country of project.countries) {
      addTo(countries, country.code);
      countryNames.set(country.code, country.name);
      shown = true;
    }
    for (const region of project.regions) {
      if (region.kind !== 'subnational' || region.lat === undefined || region.lng === undefined) continue;
      const point = regions.get(region.id) ?? { lat: region.lat, lng: region.lng, count: 0, label: region.name };
      point.count++;
      regions.set(region.id, point);
      shown = true;
    }
    const seen = new Set<string>();
    for (const location of project.locations) {
      if (location.lat === undefined || location.lng === undefined) continue;
      const [lat, lng] = [Math.round(location.lat * 10) / 10, Math.round(location.lng * 10) / 10];
      const key = `${lat},${lng}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const point = places.get(key) ?? { lat: location.lat, lng: location.lng, count: 0, label: location.name };
      point.count++;
      places.set(key, point);
      shown = true;
    }
    if (shown) mapped++;
  }
  const byCount = (a: MapPoint, b: MapPoint) => b.count - a.count || a.label.localeCompare(b.label);
  return {
    countries,
    countryNames,
    regions: [...regions.values()].sort(byCount),
    places: [...places.values()].sort(byCount),
    mapped,
  };
}
