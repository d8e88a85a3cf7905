/**
 * The content model: every content type, defined once.
 *
 * Plain Node imports this file too (the validator, the importer, the tests), so it uses
 * `astro/content/config` and `astro/zod` rather than the `astro:content` virtual module.
 * Checks that need the vocabularies (organisation ids, regions, solutions, SDGs) are built
 * by `projectSchema(vocabulary)`, so the same rules run in the site, the CLI tools and tests.
 */
import { defineCollection } from 'astro/content/config';
import { z } from 'astro/zod';
import { portfolioLoader } from './lib/content/loader.ts';
import { countriesAt, countryCodeFromName, countryName, isCountryCode } from './lib/countries.ts';
import { isOrdered, type PartialDate, parsePartialDate, suggestIsoDate } from './lib/dates.ts';
import { isCurrencyCode } from './lib/money.ts';
import { nearest } from './lib/suggest.ts';

export const STATUSES = ['planned', 'active', 'completed', 'cancelled'] as const;
export type Status = (typeof STATUSES)[number];

export const ORGANIZATION_KINDS = [
  'bilateral donor',
  'multilateral',
  'foundation',
  'NGO',
  'government',
  'private',
  'research',
] as const;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const slugMessage = (what: string) =>
  `${what} must be lowercase letters, digits and single hyphens, e.g. "east-west-management-institute"`;

/** An id written in lowercase-hyphen form. */
const id = (what: string) => z.string().regex(SLUG, slugMessage(what));

const httpUrl = z
  .string()
  .trim()
  .refine((value) => /^https?:\/\//i.test(value) && URL.canParse(value), {
    message: 'must be a full http:// or https:// address, e.g. "https://example.org/page"',
  });

const countryCode = z
  .string()
  .trim()
  .transform((value) => value.toUpperCase())
  .refine(isCountryCode, {
    error: (issue) => {
      const guess = countryCodeFromName(String(issue.input));
      return `"${String(issue.input)}" is not an ISO 3166-1 alpha-2 country code; ${guess ? `did you mean "${guess}"?` : 'write two letters such as "KG" for Kyrgyzstan or "TJ" for Tajikistan'}`;
    },
  });

const partialDate = z.union([z.number(), z.string(), z.date()]).transform((value, ctx): PartialDate => {
  const date = parsePartialDate(value);
  if (date) return date;
  const hint = typeof value === 'string' ? suggestIsoDate(value) : undefined;
  ctx.addIssue({
    code: 'custom',
    message:
      `"${String(value)}" is not a date. Write YYYY, YYYY-MM or YYYY-MM-DD` +
      (hint ? `: did you mean "${hint}"?` : ', e.g. "2021-09"'),
  });
  return z.NEVER;
});

/** A list that also accepts a single value, so `countries: KG` reads as `[KG]`. */
const list = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (value) => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]),
    z.array(item),
  );

/** Ids, organisation records and labels the project schema checks references against. */
export interface Vocabulary {
  organizations: ReadonlyMap<string, Organization>;
  regions: ReadonlyMap<string, Region>;
  solutions: ReadonlyMap<string, Solution>;
  sdgs: ReadonlyMap<number, Sdg>;
}

/** A reference to a vocabulary entry, with "did you mean" and how to add one in the error. */
function reference(what: string, known: ReadonlyMap<string, unknown>, addHint: string) {
  return z.string().superRefine((value, ctx) => {
    if (known.has(value)) return;
    const guess = nearest(value, known.keys());
    ctx.addIssue({
      code: 'custom',
      message: `unknown ${what} "${value}".${guess ? ` Did you mean "${guess}"?` : ''} To add a new one, ${addHint}.`,
    });
  });
}

export const organizationSchema = z.strictObject({
  /** Stable id used in project files, e.g. `usaid`. */
  id: id('An organisation id'),
  /** Full name as the organisation writes it. */
  name: z.string().trim().min(1),
  /** Short form such as "USAID", if the organisation uses one. */
  acronym: z.string().trim().min(1).optional(),
  /** Other names and spellings met in source documents; the importer matches on them. */
  aliases: z.array(z.string().trim().min(1)).default([]),
  /** What kind of body it is. */
  kind: z.enum(ORGANIZATION_KINDS),
  /** Home country as ISO 3166-1 alpha-2; absent for international bodies. */
  country: countryCode.optional(),
  /** Official website. */
  url: httpUrl.optional(),
});
export type Organization = z.output<typeof organizationSchema>;

export const regionSchema = z
  .strictObject({
    /** Stable id used in project files, e.g. `osh-oblast`. */
    id: id('A region id'),
    /** Display name, e.g. "Osh oblast". */
    name: z.string().trim().min(1),
    /** `world` for multi-country regions, `subnational` for an area inside one country. */
    kind: z.enum(['world', 'subnational']),
    /** The country a sub-national area lies in (ISO 3166-1 alpha-2). */
    country: countryCode.optional(),
    /** Other spellings ("Issyk-Kul", "Ysyk-Köl"); the importer matches on them. */
    aliases: z.array(z.string().trim().min(1)).default([]),
  })
  .refine((region) => region.kind === 'world' || region.country !== undefined, {
    message: 'a subnational region needs `country`, e.g. country: KG',
    path: ['country'],
  });
export type Region = z.output<typeof regionSchema>;

export const solutionSchema = z.strictObject({
  /** Stable id used in project files, e.g. `governance`. */
  id: id('A solution id'),
  /** Display name, e.g. "Governance". */
  name: z.string().trim().min(1),
  /** One sentence on what the solution area covers. */
  description: z.string().trim().optional(),
  /** Other names the importer maps onto this solution. */
  aliases: z.array(z.string().trim().min(1)).default([]),
});
export type Solution = z.output<typeof solutionSchema>;

export const sdgSchema = z.strictObject({
  /** Goal number, 1–17. */
  number: z.number().int().min(1).max(17),
  /** Official short name, e.g. "Gender equality". */
  name: z.string().trim().min(1),
  /** The goal's official colour, used for its badge. */
  color: z.string().regex(/^#[0-9a-f]{6}$/i),
});
export type Sdg = z.output<typeof sdgSchema>;

export const exchangeRatesSchema = z.strictObject({
  /** Where the rates come from. */
  source: z.string().trim().min(1),
  /** Link to the source. */
  url: httpUrl.optional(),
  /** The day the rates are for. */
  date: partialDate,
  /** Units of each currency one US dollar buys. */
  perUsd: z.record(z.string().regex(/^[A-Z]{3}$/), z.number().positive()),
});
export type ExchangeRates = z.output<typeof exchangeRatesSchema>;

/** The project schema, checking references against the vocabularies in the content folder. */
export function projectSchema(vocabulary: Vocabulary) {
  const organization = reference(
    'organisation',
    vocabulary.organizations,
    'add a file content/organizations/<id>.yaml with id, name and kind',
  );
  const region = reference('region', vocabulary.regions, 'add an entry to content/regions.yaml');
  const solution = reference('solution', vocabulary.solutions, 'add an entry to content/solutions.yaml');
  const sdg = z
    .number()
    .int()
    .refine((n) => vocabulary.sdgs.has(n), {
      error: (issue) => `SDG ${String(issue.input)} does not exist; goals are numbered 1 to 17 (see content/sdgs.yaml)`,
    });

  return z
    .strictObject({
      /** The project's name as its owners write it. */
      title: z.string().trim().min(1, 'a title is required'),
      /** Other names it is known by: formal, contract or action-plan names. */
      otherNames: list(z.string().trim().min(1)).default([]),
      /** URL slug, when it must differ from the file name (e.g. to keep an old address). */
      slug: id('A slug').optional(),
      /** Plain-text summary for cards, search results and meta descriptions. */
      summary: z
        .string({ error: 'a summary is required: one or two plain sentences, at most 400 characters' })
        .trim()
        .min(1, 'a summary is required: one or two plain sentences, at most 400 characters')
        .max(400, 'the summary is longer than 400 characters; move detail into the body'),
      /** What kind of record this is. */
      type: z.enum(['project', 'programme', 'facility', 'learning plan']).default('project'),
      /** Stated status; when absent it is derived from the dates and the build date. */
      status: z.enum(STATUSES).optional(),
      /** First year, month or day of the work: 2019, 2021-09 or 2019-01-15. */
      start: partialDate.optional(),
      /** Last year, month or day of the work, at any precision. */
      end: partialDate.optional(),
      /** When the source last updated its page, if it says. */
      updated: partialDate.optional(),
      /** Organisations that fund the project (ids from content/organizations). */
      donors: list(organization).default([]),
      /** Organisations that carry it out. */
      implementers: list(organization).default([]),
      /** Other named partners. */
      partners: list(organization).default([]),
      /** Countries of the work, as ISO 3166-1 alpha-2 codes. */
      countries: list(countryCode).default([]),
      /** World regions and sub-national areas (ids from content/regions.yaml). */
      regions: list(region).default([]),
      /** Named places, optionally with a region id and coordinates. */
      locations: list(
        z.strictObject({
          /** Place name as the source writes it. */
          name: z.string().trim().min(1),
          /** Region id the place lies in. */
          region: region.optional(),
          /** Latitude in decimal degrees. */
          lat: z.number().min(-90).max(90).optional(),
          /** Longitude in decimal degrees. */
          lng: z.number().min(-180).max(180).optional(),
        }),
      ).default([]),
      /** Sectors or themes (ids from content/solutions.yaml). */
      solutions: list(solution).default([]),
      /** Sustainable Development Goals by number, 1–17. */
      sdgs: list(sdg).default([]),
      /** Total budget in one currency. */
      budget: z
        .strictObject({
          /** The amount in whole units, e.g. 4900000. */
          amount: z
            .number({ error: 'the budget amount must be a number such as 4900000' })
            .positive('the budget amount must be greater than 0'),
          /** ISO 4217 code, e.g. USD, EUR, KGS. */
          currency: z
            .string()
            .trim()
            .transform((value) => value.toUpperCase())
            .refine(isCurrencyCode, {
              error: (issue) =>
                `"${String(issue.input)}" is not an ISO 4217 currency code; write three letters such as USD, EUR or KGS`,
            }),
          /** What the figure covers, if the source qualifies it. */
          note: z.string().trim().optional(),
        })
        .optional(),
      /** People to contact. */
      contacts: list(
        z.strictObject({
          /** Full name. */
          name: z.string().trim().optional(),
          /** Role, e.g. "Focal point". */
          role: z.string().trim().optional(),
          /** Email address. */
          email: z.email().optional(),
        }),
      ).default([]),
      /** Related web pages. */
      links: list(
        z.strictObject({
          /** Link text. */
          label: z.string().trim().min(1),
          /** Full http(s) address. */
          url: httpUrl,
        }),
      ).default([]),
      /** A local picture, relative to the project file, with its description. */
      image: z
        .strictObject({
          /** Path of a local image file, e.g. ./images/aimak.jpg. */
          src: z.string().trim().min(1),
          /** Text alternative describing the picture. */
          alt: z
            .string({ error: 'an image needs alt text describing it' })
            .trim()
            .min(1, 'an image needs alt text describing it'),
        })
        .optional(),
      /** Where this record came from. */
      source: z
        .strictObject({
          /** Address of the source page. */
          url: httpUrl.optional(),
          /** Who published the source. */
          publisher: z.string().trim().optional(),
          /** Day the source was read. */
          retrieved: partialDate.optional(),
        })
        .optional(),
      /** Free keywords, e.g. thematic areas. */
      tags: list(z.string().trim().min(1)).default([]),
      /** Methods used, e.g. "Co-creation". */
      methods: list(z.string().trim().min(1)).default([]),
      /** Data sources used, e.g. "design thinking". */
      dataSources: list(z.string().trim().min(1)).default([]),
      /** Language of the record, BCP 47. */
      lang: z
        .string()
        .regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/)
        .default('en'),
    })
    .superRefine((project, ctx) => {
      if (project.start && project.end && !isOrdered(project.start, project.end)) {
        ctx.addIssue({ code: 'custom', path: ['end'], message: 'the end date is before the start date' });
      }
      project.locations.forEach((location, index) => {
        if (location.lat === undefined || location.lng === undefined) {
          if ((location.lat === undefined) !== (location.lng === undefined)) {
            ctx.addIssue({ code: 'custom', path: ['locations', index], message: 'give both lat and lng, or neither' });
          }
          return;
        }
        const found = countriesAt(location.lat, location.lng);
        if (project.countries.length && !found.some((code) => project.countries.includes(code))) {
          const country = found.find(isCountryCode);
          const where = country ? `in ${countryName(country)}` : 'outside every country';
          ctx.addIssue({
            code: 'custom',
            path: ['locations', index, 'lat'],
            message: `the point ${location.lat}, ${location.lng} lies ${where}, not in ${project.countries.map(countryName).join(' or ')}; check the coordinates (lat first, then lng) or the countries`,
          });
        }
      });
    });
}
export type ProjectData = z.output<ReturnType<typeof projectSchema>>;

/** Every schema, handed to the loader and the CLI tools so that nothing defines them twice. */
export const contentModel = {
  projectSchema,
  organizationSchema,
  regionSchema,
  solutionSchema,
  sdgSchema,
  exchangeRatesSchema,
};
export type ContentModel = typeof contentModel;

export const collections = {
  projects: defineCollection({
    loader: portfolioLoader('projects', contentModel),
    // Entries arrive validated and normalised; this pass only turns a local image path into
    // optimisable image metadata, which needs Astro's `image()` helper.
    schema: ({ image }) => z.looseObject({ image: z.object({ src: image(), alt: z.string() }).optional() }),
  }),
  organizations: defineCollection({ loader: portfolioLoader('organizations', contentModel) }),
  regions: defineCollection({ loader: portfolioLoader('regions', contentModel) }),
  solutions: defineCollection({ loader: portfolioLoader('solutions', contentModel) }),
  sdgs: defineCollection({ loader: portfolioLoader('sdgs', contentModel) }),
  exchangeRates: defineCollection({ loader: portfolioLoader('exchangeRates', contentModel) }),
};
