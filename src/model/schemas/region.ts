import { z } from 'zod';
import { countryCode, id, label } from './shared.ts';

/** `world` for multi-country regions, `subnational` for an area inside one country. */
export const regionKind = z.enum(['world', 'subnational']);

/** One entry of `content/regions.yaml`. */
export const regionSchema = z
  .strictObject({
    /** Stable id used in project files, e.g. `osh-oblast`. */
    id: id('A region id'),
    /** Display name, e.g. "Osh oblast". */
    name: label(),
    /** Russian name, e.g. «Ошская область»; Russian pages fall back to `name`. */
    name_ru: label().optional(),
    /** `world` for multi-country regions, `subnational` for an area inside one country. */
    kind: regionKind,
    /** The country a sub-national area lies in (ISO 3166-1 alpha-2). */
    country: countryCode.optional(),
    /** Other spellings ("Issyk-Kul", "Ysyk-Köl"); the importer matches on them. */
    aliases: z.array(z.string().trim().min(1)).default([]),
    /** Latitude of a point near the area's middle, where maps place its symbol. */
    lat: z.number().min(-90).max(90).optional(),
    /** Longitude of that point. */
    lng: z.number().min(-180).max(180).optional(),
  })
  .refine((region) => region.kind === 'world' || region.country !== undefined, {
    message: 'a subnational region needs `country`, e.g. country: KG',
    path: ['country'],
  })
  .refine((region) => (region.lat === undefined) === (region.lng === undefined), {
    message: 'give both lat and lng, or neither',
    path: ['lat'],
  });
export type Region = z.output<typeof regionSchema>;
