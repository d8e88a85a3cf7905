import { getIssues } from '@placemarkio/check-geojson';
import { expect, test } from 'vitest';
import { locationFeatures, locationsGeoJson } from '../../src/exports/geojson.ts';
import { toJson } from '../../src/exports/json-files.ts';
import { countriesAt } from '../../src/model/countries.ts';
import { links, meta, seeds } from '../helpers/exports.ts';
import { portfolioOf } from '../helpers/records.ts';

const collection = locationsGeoJson(meta, seeds.projects, links);

test('the seeds make a valid RFC 7946 FeatureCollection', () => {
  expect(getIssues(toJson(collection))).toEqual([]);
});

test.each([
  ['a position given as text', '74.5 41.4'],
  ['a position with one number', [74.5]],
])('the validator can fail: %s', (_name, coordinates) => {
  const bad = structuredClone(collection) as { features: { geometry: { coordinates: unknown } }[] };
  const feature = bad.features[0];
  if (!feature) throw new Error('no feature');
  feature.geometry.coordinates = coordinates;
  expect(getIssues(toJson(bad)).length).toBeGreaterThan(0);
});

// The validator does not check ranges or order, so the order is checked against the map:
// each point must lie in the country its feature names, read longitude first.
test.each(collection.features.map((feature) => [feature.properties.name, feature] as const))(
  '%s lies in its country when read longitude first',
  (_name, feature) => {
    const [lng, lat] = feature.geometry.coordinates;
    expect(Math.abs(lat)).toBeLessThanOrEqual(90);
    expect(countriesAt(lat, lng)).toEqual(expect.arrayContaining(feature.properties.countryCodes));
  },
);

const points = portfolioOf({
  located: {
    countries: ['KG'],
    locations: [
      { name: 'Barskoon', region: 'issyk-kul-oblast', lat: 42.15, lng: 77.6 },
      { name: 'Somewhere', region: 'naryn-oblast' },
    ],
  },
  unlocated: { countries: ['TJ'] },
});

test.each([
  ['located', [[77.6, 42.15]], ['Barskoon'], [['KG']]],
  ['unlocated', [], [], []],
])('%s: positions %j (longitude first), names %j, countries %j', (slug, coordinates, names, countries) => {
  const project = points.bySlug.get(slug);
  if (!project) throw new Error(slug);
  const features = locationFeatures(project, links);
  expect(features.map((f) => f.geometry.coordinates)).toEqual(coordinates);
  expect(features.map((f) => f.properties.name)).toEqual(names);
  expect(features.map((f) => f.properties.countryCodes)).toEqual(countries);
  for (const feature of features)
    expect(feature.properties).toMatchObject({
      projectId: slug,
      projectTitle: slug,
      projectUrl: `https://example.org/portfolio/projects/${slug}/`,
      regionId: 'issyk-kul-oblast',
      regionName: 'Issyk-Kul oblast',
    });
});
