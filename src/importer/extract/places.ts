/**
 * Place names to countries and regions: "Jalal-Abad, Issyk-Kul, Naryn and Osh oblasts",
 * "Kyrgyz Republic", "Barskoon". Looks in the gazetteer first, then content/regions.yaml
 * (world regions such as "Eastern Europe and Central Asia"), then country names.
 */

import { countryCodeFromName } from '../../model/countries.ts';
import type { Region } from '../../model/schemas/index.ts';
import { matchWords } from '../text/text.ts';
import type { GazetteerEntry, PlaceKind } from './gazetteer.ts';
import { matchList, splitListWithSeparators } from './lists.ts';

export type ResolvedPlace =
  | { type: 'country'; country: string; written: string }
  | { type: 'world-region'; region: string; written: string }
  | {
      type: 'place';
      /** The name as the source writes it, with its qualifier: "Jalal-Abad oblast", "Barskoon". */
      name: string;
      kind: PlaceKind;
      country: string;
      region?: string;
      written: string;
      /** Other readings of an ambiguous name, e.g. ["Osh (city)"]. */
      otherReadings?: string[];
    };

/** Qualifier words and the kinds of place they select. */
const QUALIFIERS: ReadonlyMap<string, readonly PlaceKind[]> = new Map([
  ['oblast', ['oblast', 'region']],
  ['region', ['oblast', 'region']],
  ['province', ['oblast', 'region']],
  ['viloyat', ['region']],
  ['district', ['district']],
  ['rayon', ['district']],
  ['raion', ['district']],
  ['city', ['city']],
  ['town', ['town', 'city']],
  ['village', ['village']],
]);
const PLURALS = /\s+(oblasts|regions|provinces|districts|rayons|raions|cities|towns|villages)$/i;
const OWN_QUALIFIER =
  /\s+(oblasts?|regions?|provinces?|viloyats?|districts?|rayons?|raions?|city|cities|towns?|villages?)$/i;
/** Without a qualifier, the larger unit is the likelier reading. */
const KIND_ORDER: readonly PlaceKind[] = ['country', 'oblast', 'region', 'city', 'town', 'district', 'village'];

export interface PlaceIndex {
  byKey: ReadonlyMap<string, GazetteerEntry[]>;
  regionsByKey: ReadonlyMap<string, Region>;
  /** Finds gazetteer names in running text. */
  scanner: RegExp | undefined;
}

/** "Issyk Kul", "Issyk-Kul" and "issykkul" share one key. */
function placeKey(text: string): string {
  return matchWords(text).join('');
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function buildPlaceIndex(entries: readonly GazetteerEntry[], regions: ReadonlyMap<string, Region>): PlaceIndex {
  const byKey = new Map<string, GazetteerEntry[]>();
  const surfaces = new Set<string>();
  for (const entry of entries) {
    for (const name of [entry.name, ...entry.aliases]) {
      push(byKey, placeKey(name), entry);
      if (entry.kind !== 'country' && name.length > 2) surfaces.add(name);
    }
  }
  const regionsByKey = new Map<string, Region>();
  for (const region of regions.values()) {
    for (const name of [region.name, ...region.aliases]) regionsByKey.set(placeKey(name), region);
  }
  const alternatives = [...surfaces]
    .sort((a, b) => b.length - a.length)
    .map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[-\s]+/g, '[-\\s‐‑]?'));
  const scanner = alternatives.length
    ? new RegExp(
        `(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?:\\s+(?:oblast|region|district|city|town|village)s?)?(?![\\p{L}\\p{N}])`,
        'giu',
      )
    : undefined;
  return { byKey, regionsByKey, scanner };
}

/** Resolves one name, with an optional qualifier ("oblast") written after a list of names. */
export function resolvePlace(index: PlaceIndex, written: string, sharedQualifier?: string): ResolvedPlace | undefined {
  const text = written.trim().replace(/^the\s+/i, '');
  if (!text) return undefined;
  const own = OWN_QUALIFIER.exec(text);
  const base = own ? text.slice(0, own.index) : text;
  const qualifier = own?.[1] ? singular(own[1]) : sharedQualifier?.toLowerCase();
  const qualified = qualifier ? `${base} ${qualifier}` : base;

  const kinds = qualifier ? QUALIFIERS.get(qualifier) : undefined;
  const exact = index.byKey.get(placeKey(qualified)) ?? [];
  const all = index.byKey.get(placeKey(base)) ?? [];
  const fitting = all.filter((entry) => kinds?.includes(entry.kind));
  const candidates = exact.length ? exact : fitting.length ? fitting : all;
  const ranked = [...candidates].sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
  const best = ranked[0];
  if (best) {
    if (best.kind === 'country') return { type: 'country', country: best.country, written };
    const others = ranked.filter((entry) => entry.country !== best.country || entry.region !== best.region);
    // Keep the qualifier in the name only when it describes the place found ("Osh oblast");
    // "Suzak regions" names villages, so the place is just "Suzak".
    const name = kinds?.includes(best.kind) ? qualified : base;
    return {
      type: 'place',
      name,
      kind: best.kind,
      country: best.country,
      ...(best.region ? { region: best.region } : {}),
      written,
      ...(others.length ? { otherReadings: others.map((entry) => `${entry.name} (${entry.kind})`) } : {}),
    };
  }
  const region = index.regionsByKey.get(placeKey(qualified)) ?? index.regionsByKey.get(placeKey(base));
  if (region?.kind === 'world') return { type: 'world-region', region: region.id, written };
  if (region?.country)
    return { type: 'place', name: qualified, kind: 'region', country: region.country, region: region.id, written };
  const country = countryCodeFromName(text);
  return country ? { type: 'country', country, written } : undefined;
}

export interface PlaceList {
  places: ResolvedPlace[];
  /** Pieces that are not known places. */
  unknown: string[];
}

/**
 * "Jalal-Abad, Issyk-Kul, Naryn and Osh oblasts" → four oblasts: a plural qualifier applies to
 * the names before it, back to the previous qualifier or ";" ("Khatlon and Sughd regions;
 * Dushanbe" → two regions and a city).
 */
export function parsePlaceList(index: PlaceIndex, text: string): PlaceList {
  const list = splitListWithSeparators(text);
  const shared: (string | undefined)[] = list.items.map(() => undefined);
  let groupStart = 0;
  list.items.forEach((item, k) => {
    const plural = PLURALS.exec(item);
    if (plural?.[1]) {
      list.items[k] = item.slice(0, plural.index);
      for (let j = groupStart; j <= k; j++) shared[j] = singular(plural[1]);
    }
    if (plural || OWN_QUALIFIER.test(item) || list.separators[k]?.includes(';')) groupStart = k + 1;
  });
  const places: ResolvedPlace[] = [];
  const unknown: string[] = [];
  for (const piece of matchList(list, (item, from) => resolvePlace(index, item, shared[from]))) {
    if (piece.value) places.push(piece.value);
    else unknown.push(piece.text);
  }
  return { places, unknown };
}

function singular(word: string): string {
  const lower = word.toLowerCase();
  return lower === 'cities' ? 'city' : lower.replace(/s$/, '');
}

// Nouns after "Kyrgyz" or "Tajik" that make the adjective name the country ("Tajik teachers"),
// unlike "the Kyrgyz language" or "Kyrgyz-language textbooks".
const PLACE_NOUNS =
  /^\s+(?:government|farmers?|teachers?|schools?|villages?|communities|citizens|people|families|households|women|youth|regions?|economy|authorities|ministry|ministries|municipalities|towns|cities|districts|border|partners?|organi[sz]ations|civil society|parliament)\b/i;
const ADJECTIVES: ReadonlyMap<string, string> = new Map([
  ['kyrgyz', 'KG'],
  ['tajik', 'TJ'],
  ['kazakh', 'KZ'],
  ['uzbek', 'UZ'],
  ['turkmen', 'TM'],
]);

/**
 * Countries named in sentences: a gazetteer country name or alias, also as a possessive
 * ("Tajikistan's") or in Russian case forms that start with the name ("Кыргызской
 * Республике"), and an adjective followed by a noun for people or places ("Tajik teachers").
 */
export function findCountriesInText(
  index: PlaceIndex,
  sentences: readonly string[],
): { country: string; snippet: string; how: string }[] {
  const found: { country: string; snippet: string; how: string }[] = [];
  const add = (country: string, snippet: string, how: string) => {
    if (!found.some((known) => known.country === country)) found.push({ country, snippet, how });
  };
  const names: [string, string][] = [];
  for (const entries of index.byKey.values()) {
    for (const entry of entries) {
      if (entry.kind !== 'country') continue;
      for (const name of [entry.name, ...entry.aliases]) if (name.length > 3) names.push([name, entry.country]);
    }
  }
  names.sort((a, b) => b[0].length - a[0].length);
  for (const sentence of sentences) {
    for (const [name, country] of names) {
      // Russian nouns decline: "Кыргызская Республика" → "Кыргызской Республике"; compare stems.
      const stem = /[а-яё]/i.test(name)
        ? name
            .split(' ')
            .map((word) => word.slice(0, Math.max(4, word.length - 2)))
            .join('[а-яё]*\\s+')
        : name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const pattern = new RegExp(`(?<![\\p{L}])${stem}[а-яё]*(?:’s|'s)?(?![\\p{L}])`, 'iu');
      if (pattern.test(sentence)) add(country, sentence, `country named in the text ("${name}")`);
    }
    for (const match of sentence.matchAll(/(?<![\p{L}])(Kyrgyz|Tajik|Kazakh|Uzbek|Turkmen)(?![\p{L}-])/gu)) {
      const country = ADJECTIVES.get((match[1] ?? '').toLowerCase());
      if (country && PLACE_NOUNS.test(sentence.slice(match.index + match[0].length))) {
        add(country, sentence, `guess: the adjective "${match[1]}" before a noun for people or places`);
      }
    }
  }
  return found;
}

/** Gazetteer places named in running text (countries excepted), each once, in order. */
export function findPlacesInText(index: PlaceIndex, text: string): ResolvedPlace[] {
  if (!index.scanner) return [];
  const found = new Map<string, ResolvedPlace>();
  for (const match of text.matchAll(index.scanner)) {
    const written = match[0];
    if (!/^\p{Lu}/u.test(written)) continue;
    const place = resolvePlace(index, written);
    // "Suzak regions" and later "Suzak villages" are one place, named as first written.
    const key =
      place?.type === 'place' ? `${placeKey(written.replace(OWN_QUALIFIER, ''))}|${place.region ?? ''}` : undefined;
    if (place && key && !found.has(key)) found.set(key, place);
  }
  return [...found.values()];
}
