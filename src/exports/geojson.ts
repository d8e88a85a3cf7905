/**
 * GeoJSON (RFC 7946) of every project location with coordinates. Positions are written
 * longitude first, then latitude, as RFC 7946 requires; project files store `lat` and `lng`.
 */
import type { Project } from '../portfolio/portfolio.ts';
import type { DataMeta } from './meta.ts';
import { locationCountries, type RecordLinks } from './records.ts';

export interface LocationFeature {
  type: 'Feature';
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: {
    projectId: string;
    projectTitle: string;
    projectUrl: string;
    name: string;
    regionId: string | null;
    regionName: string | null;
    countryCodes: string[];
    countryNames: string[];
  };
}

/** Point features for a project's located places; places without both coordinates are left out. */
export function locationFeatures(project: Project, links: RecordLinks): LocationFeature[] {
  return project.locations.flatMap((location): LocationFeature[] => {
    if (location.lat === undefined || location.lng === undefined) return [];
    const countries = locationCountries(project, location);
    return [
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [location.lng, location.lat] },
        properties: {
          projectId: project.slug,
          projectTitle: project.title,
          projectUrl: links.urlOf(links.projectPath(project.slug)),
          name: location.name,
          regionId: location.region?.id ?? null,
          regionName: location.region?.name ?? null,
          countryCodes: countries.map((country) => country.code),
          countryNames: countries.map((country) => country.name),
        },
      },
    ];
  });
}

/** A FeatureCollection of every located place; the licence and build date ride in a foreign member. */
export function locationsGeoJson(meta: DataMeta, projects: readonly Project[], links: RecordLinks) {
  return {
    type: 'FeatureCollection' as const,
    meta,
    features: projects.flatMap((project) => locationFeatures(project, links)),
  };
}
