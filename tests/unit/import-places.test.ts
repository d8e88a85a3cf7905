import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { loadImportContext } from '../../src/importer/context.ts';
import { parseGazetteer } from '../../src/importer/extract/gazetteer.ts';
import { buildPlaceIndex, findPlacesInText, parsePlaceList, resolvePlace } from '../../src/importer/extract/places.ts';
import type { Region } from '../../src/model/schemas/index.ts';

const ctx = loadImportContext(fileURLToPath(new URL('../../content', import.meta.url)));

test('the content folder and its gazetteer load without problems', () => {
  expect(ctx.problems).toEqual([]);
  const gazetteer = parseGazetteer(
    readFileSync(new URL('../../content/gazetteer.yaml', import.meta.url), 'utf8'),
    ctx.vocabulary.regions,
  );
  expect(gazetteer).toMatchObject({ ok: true, problems: [] });
  expect(gazetteer.ok && gazetteer.entries.map((entry) => entry.name)).toEqual(
    expect.arrayContaining(['Barskoon', 'Suzak', 'Khujand']),
  );
});

describe('resolvePlace', () => {
  test.each([
    ['Barskoon', { type: 'place', name: 'Barskoon', country: 'KG', region: 'issyk-kul-oblast' }],
    ['Barskaun', { type: 'place', name: 'Barskaun', country: 'KG', region: 'issyk-kul-oblast' }],
    ['Suzak', { type: 'place', name: 'Suzak', country: 'KG', region: 'jalal-abad-oblast' }],
    ['Naryn oblast', { type: 'place', name: 'Naryn oblast', kind: 'oblast', region: 'naryn-oblast' }],
    ['Naryn city', { type: 'place', name: 'Naryn city', kind: 'city', region: 'naryn-oblast' }],
    ['Issyk Kul', { type: 'place', kind: 'oblast', region: 'issyk-kul-oblast' }],
    ['Ysyk-Köl', { type: 'place', kind: 'oblast', region: 'issyk-kul-oblast' }],
    ['Jalalabad', { type: 'place', kind: 'oblast', region: 'jalal-abad-oblast' }],
    ['Osh city', { type: 'place', kind: 'city', region: 'osh-city' }],
    ['Khujand', { type: 'place', country: 'TJ', region: 'sughd-region' }],
    ['Sughd', { type: 'place', kind: 'region', country: 'TJ', region: 'sughd-region' }],
    ['GBAO', { type: 'place', country: 'TJ', region: 'gorno-badakhshan' }],
    ['Almaty', { type: 'place', country: 'KZ' }],
    ['Kyrgyz Republic', { type: 'country', country: 'KG' }],
    ['the Kyrgyz Republic', { type: 'country', country: 'KG' }],
    ['Tajikistan', { type: 'country', country: 'TJ' }],
    ['Mongolia', { type: 'country', country: 'MN' }],
    ['Eastern Europe and Central Asia', { type: 'world-region', region: 'eastern-europe-central-asia' }],
    ['Central Asia', { type: 'world-region', region: 'central-asia' }],
  ])('%s', (name, expected) => {
    expect(resolvePlace(ctx.places, name)).toMatchObject(expected);
  });

  test('a city and its own oblast sharing a name resolve to the oblast, with no ambiguity to report', () => {
    const place = resolvePlace(ctx.places, 'Naryn');
    expect(place).toMatchObject({ kind: 'oblast', region: 'naryn-oblast' });
    expect(place?.type === 'place' ? place.otherReadings : 'not a place').toBeUndefined();
  });

  test('bare "Osh" is the city, as in content/regions.yaml; "Osh oblast" is the oblast', () => {
    expect(resolvePlace(ctx.places, 'Osh')).toMatchObject({ kind: 'city', region: 'osh-city' });
    expect(resolvePlace(ctx.places, 'Osh oblast')).toMatchObject({ kind: 'oblast', region: 'osh-oblast' });
  });

  test('a name found in two regions takes the larger unit and lists the other reading', () => {
    const index = buildPlaceIndex(
      [
        { name: 'Ivanovka', kind: 'village', country: 'KG', region: 'issyk-kul-oblast', aliases: [] },
        { name: 'Ivanovka', kind: 'town', country: 'KG', region: 'chuy-oblast', aliases: [] },
      ],
      new Map(),
    );
    expect(resolvePlace(index, 'Ivanovka')).toMatchObject({
      kind: 'town',
      region: 'chuy-oblast',
      otherReadings: ['Ivanovka (village)'],
    });
    expect(resolvePlace(index, 'Ivanovka village')).toMatchObject({
      name: 'Ivanovka village',
      region: 'issyk-kul-oblast',
    });
  });

  test.each([['Atlantis'], [''], ['oblast']])('unknown: %j', (name) => {
    expect(resolvePlace(ctx.places, name)).toBeUndefined();
  });
});

describe('parsePlaceList', () => {
  test('a plural qualifier at the end applies to every name', () => {
    const { places, unknown } = parsePlaceList(ctx.places, 'Jalal-Abad, Issyk-Kul, Naryn and Osh oblasts');
    expect(unknown).toEqual([]);
    expect(places.map((place) => (place.type === 'place' ? [place.name, place.region] : place.type))).toEqual([
      ['Jalal-Abad oblast', 'jalal-abad-oblast'],
      ['Issyk-Kul oblast', 'issyk-kul-oblast'],
      ['Naryn oblast', 'naryn-oblast'],
      ['Osh oblast', 'osh-oblast'],
    ]);
  });

  test.each([
    ['Bishkek / Osh cities', ['bishkek', 'osh-city']],
    ['Batken; Talas', ['batken-oblast', 'talas-oblast']],
    ['Khatlon and Sughd regions', ['khatlon-region', 'sughd-region']],
    ['Khatlon and Sughd regions; Dushanbe', ['khatlon-region', 'sughd-region', 'dushanbe']],
    ['Naryn city and Talas, Batken oblasts', ['naryn-oblast', 'talas-oblast', 'batken-oblast']],
    ['Tajikistan, Kyrgyzstan', ['TJ', 'KG']],
  ])('%s', (text, ids) => {
    const { places } = parsePlaceList(ctx.places, text);
    expect(
      places.map((place) =>
        place.type === 'place' ? place.region : place.type === 'country' ? place.country : place.region,
      ),
    ).toEqual(ids);
  });

  test('unknown names are returned for the report', () => {
    expect(parsePlaceList(ctx.places, 'Naryn, Gondor').unknown).toEqual(['Gondor']);
  });
});

describe('findPlacesInText', () => {
  test('finds villages named in prose, once each, with their oblast', () => {
    const text = 'Participants from Barskoon and Suzak regions… leaders from Barskoon and Suzak villages.';
    expect(
      findPlacesInText(ctx.places, text).map((place) => (place.type === 'place' ? [place.name, place.region] : [])),
    ).toEqual([
      ['Barskoon', 'issyk-kul-oblast'],
      ['Suzak', 'jalal-abad-oblast'],
    ]);
  });

  test('ignores lower-case words and countries', () => {
    expect(findPlacesInText(ctx.places, 'the naryn river crosses Kyrgyzstan')).toEqual([]);
  });
});

describe('parseGazetteer validates the data file', () => {
  const regions = new Map<string, Region>([
    ['naryn-oblast', { id: 'naryn-oblast', name: 'Naryn oblast', kind: 'subnational', country: 'KG', aliases: [] }],
  ]);

  test('an unknown region id is dropped from the entry and reported', () => {
    const result = parseGazetteer('- { name: Kochkor, kind: village, country: KG, region: narin-oblast }', regions);
    expect(result.ok && result.entries).toEqual([{ name: 'Kochkor', kind: 'village', country: 'KG', aliases: [] }]);
    expect(result.problems[0]).toContain('unknown region "narin-oblast"');
  });

  test.each([
    ['- { name: X, kind: hamlet, country: KG }', 'kind'],
    ['- { name: X, kind: village, country: XX }', 'ISO 3166-1'],
    ['- { name: X, kind: village }', 'country'],
    ['- { name: X, kind: village, country: KG, population: 3 }', 'population'],
    ['- [unclosed', 'line'],
  ])('%s is refused', (source, hint) => {
    const result = parseGazetteer(source, regions);
    expect(result.ok).toBe(false);
    expect(result.problems.join(' ')).toContain(hint);
  });
});
