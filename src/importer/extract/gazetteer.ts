/**
 * The gazetteer (content/gazetteer.yaml): place names with their country and region, so the
 * importer can turn "Barskoon" or "Naryn and Osh oblasts" into countries and region ids.
 *
 * The schema lives here while the importer is its only reader; it could move into
 * src/content.config.ts next to `regionSchema` if the site ever shows places.
 */
import { z } from 'zod';
import { parseYaml } from '../../model/content/read.ts';
import { isCountryCode } from '../../model/countries.ts';
import type { Region } from '../../model/schemas/index.ts';

export const PLACE_KINDS = ['country', 'oblast', 'region', 'district', 'city', 'town', 'village'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export const gazetteerEntrySchema = z.strictObject({
  /** Usual English spelling. */
  name: z.string().trim().min(1),
  kind: z.enum(PLACE_KINDS),
  /** ISO 3166-1 alpha-2. */
  country: z.string().trim().refine(isCountryCode, { error: 'write an ISO 3166-1 alpha-2 code such as KG or TJ' }),
  /** Region id from content/regions.yaml that the place lies in. */
  region: z.string().trim().min(1).optional(),
  /** Other spellings. */
  aliases: z.array(z.string().trim().min(1)).default([]),
});
export type GazetteerEntry = z.output<typeof gazetteerEntrySchema>;

export const gazetteerSchema = z.array(gazetteerEntrySchema);

export type GazetteerResult =
  | { ok: true; entries: GazetteerEntry[]; problems: string[] }
  | { ok: false; problems: string[] };

/**
 * Parses and checks gazetteer YAML. Region ids must exist in `regions`; an entry with an
 * unknown region is kept without it and reported, so one typo does not disable the file.
 */
export function parseGazetteer(source: string, regions: ReadonlyMap<string, Region>): GazetteerResult {
  const parsed = parseYaml(source);
  if (!parsed.ok) return { ok: false, problems: [`line ${parsed.line ?? '?'}: ${parsed.message}`] };
  const result = gazetteerSchema.safeParse(parsed.data ?? []);
  if (!result.success) {
    return {
      ok: false,
      problems: result.error.issues.map((issue) => `entry ${issue.path.map(String).join('.')}: ${issue.message}`),
    };
  }
  const problems: string[] = [];
  const entries = result.data.map((entry) => {
    if (entry.region === undefined || regions.has(entry.region)) return entry;
    problems.push(`"${entry.name}": unknown region "${entry.region}"; add it to content/regions.yaml or fix the id`);
    const { region: _unknown, ...rest } = entry;
    return rest;
  });
  return { ok: true, entries, problems };
}
