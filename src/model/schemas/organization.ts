import { z } from 'zod';
import { countryCode, httpUrl, id, label } from './shared.ts';

/** What kind of body an organisation is. */
export const organizationKind = z.enum([
  'bilateral donor',
  'multilateral',
  'foundation',
  'NGO',
  'government',
  'private',
  'research',
]);
export type OrganizationKind = z.output<typeof organizationKind>;

/** One organisation: a file `content/organizations/<id>.yaml`. */
export const organizationSchema = z.strictObject({
  /** Stable id used in project files, e.g. `usaid`. */
  id: id('An organisation id'),
  /** Full name as the organisation writes it. */
  name: label(),
  /** Short form such as "USAID", if the organisation uses one. */
  acronym: label().optional(),
  /** The name in Russian, as the organisation writes it; Russian pages fall back to `name`. */
  name_ru: label().optional(),
  /** The Russian short form, e.g. «ПРООН»; Russian pages fall back to `acronym`. */
  acronym_ru: label().optional(),
  /** Other names and spellings met in source documents; the importer matches on them. */
  aliases: z.array(z.string().trim().min(1)).default([]),
  /** What kind of body it is. */
  kind: organizationKind,
  /** Home country as ISO 3166-1 alpha-2; absent for international bodies. */
  country: countryCode.optional(),
  /** Official website. */
  url: httpUrl.optional(),
});
export type Organization = z.output<typeof organizationSchema>;
