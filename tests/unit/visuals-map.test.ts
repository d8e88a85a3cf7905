import { describe, expect, test } from 'vitest';
import { layoutMap, type MapInput } from '../../src/visuals/map.ts';
import { mapData } from '../../src/visuals/map-data.ts';
import { portfolioOf } from '../helpers/records.ts';

const portfolio = portfolioOf({
  a: { countries: ['KG'], regions: ['naryn-oblast'], locations: [{ name: 'Barskoon', lat: 42.15, lng: 77.6 }] },
  b: { countries: ['KG', 'TJ'], regions: ['naryn-oblast', 'central-asia'] },
  c: { countries: ['TJ', 'KG'], locations: [{ name: 'Near Barskoon', lat: 42.16, lng: 77.58 }] },
  d: {},
});
const projects = (slugs: string[]) => slugs.map((slug) => projectOf(slug));

function projectOf(slug: string) {
  const project = portfolio.bySlug.get(slug);
  if (!project) throw new Error(`no project ${slug}`);
  return project;
}

describe('map data', () => {
  test.each<[string, string[], Record<string, number>, [string, number][], [string, number][], number]>([
    ['counts per country', ['a', 'b', 'c', 'd'], { KG: 3, TJ: 2 }, [['Naryn oblast', 2]], [['Barskoon', 2]], 3],
    ['world regions have no centre and are left out', ['b'], { KG: 1, TJ: 1 }, [['Naryn oblast', 1]], [], 1],
    ['a project with nothing to place counts as unmapped', ['d'], {}, [], [], 0],
  ])('%s', (_, slugs, countries, regions, places, mapped) => {
    const data = mapData(projects(slugs));
    expect(Object.fromEntries(data.countries)).toEqual(countries);
    expect(data.regions.map((point) => [point.label, point.count])).toEqual(regions);
    expect(data.places.map((point) => [point.label, point.count])).toEqual(places);
    expect(data.mapped).toBe(mapped);
  });
});

describe('map layout', () => {
  const input = (countries: Record<string, number>, regions: MapInput['regions'] = []): MapInput => ({
    countries: new Map(Object.entries(countries)),
    regions,
    places: [],
  });

  test.each<[string, MapInput, string[]]>([
    ['one country, with its neighbours for context', input({ KG: 3 }), ['KG', 'KZ', 'TJ', 'UZ', 'CN']],
    ['two countries', input({ KG: 3, TJ: 1 }), ['KG', 'TJ', 'AF']],
    ['countries far apart', input({ KG: 3, UA: 1 }), ['KG', 'UA', 'RU']],
  ])('%s', (_, data, drawn) => {
    const layout = layoutMap(data, 640, 400);
    const codes = layout?.shapes.map((shape) => shape.code) ?? [];
    for (const code of drawn) expect(codes).toContain(code);
    // Countries concerned come last, so they are drawn on top.
    const concerned = layout?.shapes.filter((shape) => shape.count > 0).map((shape) => shape.code);
    expect(concerned?.sort()).toEqual(Object.keys(Object.fromEntries(data.countries)).sort());
    expect(layout?.shapes.at(-1)?.count).toBeGreaterThan(0);
    // Every symbol lies inside the map.
    for (const symbol of layout?.symbols ?? []) {
      expect(symbol.x).toBeGreaterThanOrEqual(0);
      expect(symbol.x).toBeLessThanOrEqual(640);
      expect(symbol.y).toBeGreaterThanOrEqual(0);
      expect(symbol.y).toBeLessThanOrEqual(400);
    }
  });

  test.each<[string, MapInput, number]>([
    ['country symbols are sized by count', input({ KG: 4, TJ: 1 }), 22],
    ['a region centre is placed', input({}, [{ lat: 41.43, lng: 75.99, count: 2, label: 'Naryn oblast' }]), 22],
  ])('%s', (_, data, largest) => {
    const layout = layoutMap(data, 640, 400);
    expect(layout?.symbols[0]?.r).toBe(largest);
  });

  test('nothing to place gives no map', () => {
    expect(layoutMap(input({}), 640, 400)).toBeUndefined();
  });

  test('the home-page map stays small: outlines are drawn on a pixel grid', () => {
    const layout = layoutMap(input({ KG: 1, TJ: 1, KZ: 1, UZ: 1, AF: 1, MN: 1, UA: 1 }), 640, 400);
    const bytes = layout?.shapes.reduce((sum, shape) => sum + shape.d.length, 0) ?? 0;
    expect(bytes).toBeGreaterThan(1000);
    expect(bytes).toBeLessThan(40_000);
  });

  const point = (lat: number, lng: number, label = 'p') => ({ lat, lng, count: 1, label });
  const outlines = (data: MapInput) => layoutMap(data, 360, 260)?.shapes.map((shape) => shape.d);

  // A map is fitted to its countries: points inside them do not move the outlines (so pages of
  // one country share one frame); a point outside them widens the frame so it stays on the map.
  test.each<[string, MapInput, MapInput, boolean]>([
    [
      'points inside the country',
      input({ KG: 1 }, [point(41.43, 75.99)]),
      input({ KG: 1 }, [point(42.15, 77.6)]),
      true,
    ],
    ['no points and a point inside', input({ KG: 1 }), input({ KG: 1 }, [point(40.5, 72.8)]), true],
    ['a point far outside the country', input({ KG: 1 }), input({ KG: 1 }, [point(55.75, 37.62)]), false],
    ['other countries', input({ KG: 1 }), input({ TJ: 1 }), false],
  ])('frame: %s', (_, first, second, same) => {
    expect(outlines(first)).toBeDefined();
    if (same) expect(outlines(second)).toEqual(outlines(first));
    else expect(outlines(second)).not.toEqual(outlines(first));
  });

  test.each<[string, MapInput]>([
    ['a point outside its country is still on the map', input({ KG: 1 }, [point(55.75, 37.62, 'Moscow')])],
    ['points alone', input({}, [point(41.43, 75.99, 'a'), point(38.56, 68.77, 'b')])],
  ])('%s', (_, data) => {
    const layout = layoutMap(data, 360, 260);
    const placed = layout?.symbols.filter((symbol) => symbol.kind !== 'country') ?? [];
    expect(placed.length).toBe(data.regions.length);
    for (const symbol of placed) {
      expect(symbol.x).toBeGreaterThanOrEqual(0);
      expect(symbol.x).toBeLessThanOrEqual(360);
      expect(symbol.y).toBeGreaterThanOrEqual(0);
      expect(symbol.y).toBeLessThanOrEqual(260);
    }
  });

  test('the same input twice gives the same layout (a shared frame is not changed by its users)', () => {
    const data = input({ KG: 2, TJ: 1 }, [point(41.43, 75.99)]);
    const first = JSON.stringify(layoutMap(data, 640, 400));
    layoutMap(input({ KG: 5, TJ: 9 }), 640, 400);
    expect(JSON.stringify(layoutMap(data, 640, 400))).toBe(first);
  });
});
