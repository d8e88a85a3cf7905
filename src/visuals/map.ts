/**
 * Static map layout: which countries to draw, their outlines as SVG path data, and where the
 * project symbols go. Outlines come from Natural Earth via `world-atlas`; the projection is
 * fitted to the countries concerned, with their neighbours drawn faintly for context.
 */
import { geoBounds, geoCentroid, geoConicEqualArea, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import countries from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import detailed from 'world-atlas/countries-50m.json' with { type: 'json' };
import coarse from 'world-atlas/countries-110m.json' with { type: 'json' };
import { PixelPath } from './path-context.ts';
import { radiusFor } from './scale.ts';

/** Something to mark at a point: a region centre or a group of located places. */
export interface MapPoint {
  lat: number;
  lng: number;
  count: number;
  label: string;
}

export interface MapInput {
  /** Project count per ISO 3166-1 alpha-2 code. */
  countries: ReadonlyMap<string, number>;
  /** Sub-national areas with a known centre. */
  regions: readonly MapPoint[];
  /** Places with coordinates, already grouped. */
  places: readonly MapPoint[];
}

export interface MapShape {
  code: string;
  d: string;
  /** Project count; 0 for neighbours drawn for context. */
  count: number;
}

export interface MapSymbol {
  kind: 'country' | 'region' | 'place';
  x: number;
  y: number;
  r: number;
  count: number;
  label: string;
}

export interface MapLayout {
  width: number;
  height: number;
  shapes: MapShape[];
  symbols: MapSymbol[];
}

type CountryFeature = Feature<Geometry, { name: string }>;

const toFeatures = (topology: unknown): CountryFeature[] => {
  const topo = topology as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  return (feature(topo, topo.objects.countries) as FeatureCollection<Geometry, { name: string }>).features;
};
let atlases: { coarse: CountryFeature[]; detailed: CountryFeature[] } | undefined;
function atlas() {
  atlases ??= { coarse: toFeatures(coarse), detailed: toFeatures(detailed) };
  return atlases;
}

/** The ISO alpha-2 code of a world-atlas feature (whose ids are ISO numeric codes). */
function alpha2(item: CountryFeature): string | undefined {
  return item.id === undefined ? undefined : countries.numericToAlpha2(String(item.id));
}

type Box = [[number, number], [number, number]];

// Outlines never change within a process, but every map asks for the bounds and centres of
// all 240-odd of them: computed once per feature, a project page's locator costs a few
// milliseconds instead of tens (it was most of a project page's render time).
const bounds = new WeakMap<CountryFeature, Box>();
const centroids = new WeakMap<CountryFeature, [number, number]>();
function boundsOf(item: CountryFeature): Box {
  let box = bounds.get(item);
  if (!box) {
    box = geoBounds(item) as Box;
    bounds.set(item, box);
  }
  return box;
}
function centroidOf(item: CountryFeature): [number, number] {
  let centre = centroids.get(item);
  if (!centre) {
    centre = geoCentroid(item);
    centroids.set(item, centre);
  }
  return centre;
}

/** Bounding boxes in degrees overlap; a box across the antimeridian (Russia's) counts as all longitudes. */
function overlaps(a: Box, b: Box): boolean {
  const [aw, ae] = a[0][0] > a[1][0] ? [-180, 180] : [a[0][0], a[1][0]];
  return aw <= b[1][0] && b[0][0] <= ae && a[0][1] <= b[1][1] && b[0][1] <= a[1][1];
}

/** Whether a point lies in a box (a box across the antimeridian counts as all longitudes). */
function inside(box: Box, point: MapPoint): boolean {
  const [west, east] = box[0][0] > box[1][0] ? [-180, 180] : [box[0][0], box[1][0]];
  return west <= point.lng && point.lng <= east && box[0][1] <= point.lat && point.lat <= box[1][1];
}

interface Frame {
  projection: ReturnType<typeof geoConicEqualArea>;
  shapes: Omit<MapShape, 'count'>[];
}

// The projection and outlines depend only on what the map is fitted to and its size. Maps are
// fitted to their countries (points inside them change nothing), so the project pages of one
// country, in every language, and the facet pages of the same countries share one frame:
// drawing the outlines was most of a project page's render time. Bounded, as keys with points
// (maps of points outside their countries, or of points alone) can be many.
const frames = new Map<string, Frame>();
const FRAME_LIMIT = 256;

function frameFor(probe: CountryFeature[], points: readonly MapPoint[], width: number, height: number): Frame {
  const probeBox = probe.length ? (geoBounds({ type: 'FeatureCollection', features: probe }) as Box) : undefined;
  const fitted = probeBox && points.every((point) => inside(probeBox, point)) ? [] : points;
  const key = JSON.stringify([
    probe.map((item) => item.id),
    fitted.map((point) => [point.lng, point.lat]),
    width,
    height,
  ]);
  let frame = frames.get(key);
  if (frame) return frame;
  const pointFeatures: Feature[] = fitted.map((point) => ({
    type: 'Feature',
    properties: {},
    geometry: { type: 'Point', coordinates: [point.lng, point.lat] },
  }));
  const focus: FeatureCollection = { type: 'FeatureCollection', features: [...probe, ...pointFeatures] };
  const [[west, south], [east, north]] = geoBounds(focus);
  // A wide view needs no more detail than the coarse atlas has.
  const features = east - west > 40 || north - south > 30 ? atlas().coarse : atlas().detailed;
  const margin = Math.min(width, height) * 0.06;
  const projection = geoConicEqualArea()
    .parallels([south, north])
    .rotate([-(west + east) / 2, 0])
    .fitExtent(
      [
        [margin, margin],
        [width - margin, height - margin],
      ],
      focus,
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
  const pad = Math.max(east - west, north - south) * 0.5 + 2;
  const view: Box = [
    [west - pad, south - pad],
    [east + pad, north + pad],
  ];
  const context = new PixelPath();
  const path = geoPath(projection, context);
  const shapes: Frame['shapes'] = [];
  for (const item of features) {
    const code = alpha2(item);
    if (!code || !overlaps(boundsOf(item), view)) continue;
    path(item);
    const d = context.take();
    if (d) shapes.push({ code, d });
  }
  frame = { projection, shapes };
  if (frames.size >= FRAME_LIMIT) frames.delete(frames.keys().next().value as string);
  frames.set(key, frame);
  return frame;
}

/** Lays out a map of `width` × `height` pixels for the counts given; undefined when nothing can be placed. */
export function layoutMap(input: MapInput, width: number, height: number): MapLayout | undefined {
  const codes = new Set(input.countries.keys());
  const points = [...input.regions, ...input.places];
  const probe = atlas().coarse.filter((item) => codes.has(alpha2(item) ?? ''));
  if (probe.length === 0 && points.length === 0) return undefined;

  const { projection, shapes: outlines } = frameFor(probe, points, width, height);
  const shapes: MapShape[] = outlines.map((shape) => ({ ...shape, count: input.countries.get(shape.code) ?? 0 }));
  // Countries concerned are drawn last, so their borders lie on top of their neighbours'.
  shapes.sort((a, b) => Number(a.count > 0) - Number(b.count > 0) || a.code.localeCompare(b.code));

  const max = Math.max(1, ...input.countries.values(), ...points.map((point) => point.count));
  const place = (kind: MapSymbol['kind'], lng: number, lat: number, count: number, label: string) => {
    const at = projection([lng, lat]);
    return at ? [{ kind, x: Math.round(at[0]), y: Math.round(at[1]), r: radiusFor(count, max), count, label }] : [];
  };
  const symbols: MapSymbol[] = [
    ...probe.flatMap((item) => {
      const code = alpha2(item) ?? '';
      const [lng, lat] = centroidOf(item);
      return place('country', lng, lat, input.countries.get(code) ?? 0, code);
    }),
    ...input.regions.flatMap((point) => place('region', point.lng, point.lat, point.count, point.label)),
    ...input.places.flatMap((point) => place('place', point.lng, point.lat, point.count, point.label)),
  ];
  // Larger symbols first, so smaller ones stay visible on top.
  symbols.sort((a, b) => b.r - a.r);
  return { width, height, shapes, symbols };
}
