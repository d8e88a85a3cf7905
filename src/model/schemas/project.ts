/**
 * A project: the front matter of one file `content/projects/<slug>.md`. References to
 * organisations, regions, solutions and SDGs are checked against the vocabularies, so the
 * schema is built by `projectSchema(vocabulary)`; its shape and field list do not depend on
 * them, and `projectShape` exposes them for tools (the importer, `npm run new`).
 */
import { z } from 'zod';
import { countriesAt, countryName, isCountryCode } from '../countries.ts';
import { isOrdered } from '../dates.ts';
import { isCurrencyCode } from '../money.ts';
import type { Organization } from './organization.ts';
import type { Region } from './region.ts';
import type { Sdg } from './sdg.ts';
import { countryCode, httpUrl, id, label, list, partialDate, reference } from './shared.ts';
import type { Solution } from './solution.ts';

/** Where a project stands. */
export const projectStatus = z.enum(['planned', 'active', 'completed', 'cancelled']);
export type Status = z.output<typeof projectStatus>;
/** Every status, in life-cycle order. */
export const STATUSES = projectStatus.options;

/** What kind of record a project file is. */
export const projectType = z.enum(['project', 'programme', 'facility', 'learning plan']);
export type ProjectType = z.output<typeof projectType>;

/** Ids, organisation records and labels the project schema checks references against. */
export interface Vocabulary {
  organizations: ReadonlyMap<string, Organization>;
  regions: ReadonlyMap<string, Region>;
  solutions: ReadonlyMap<string, Solution>;
  sdgs: ReadonlyMap<number, Sdg>;
}

/** The references a project makes; with an empty vocabulary every reference is unknown. */
interface References {
  organization: z.ZodType<string>;
  region: z.ZodType<string>;
  solution: z.ZodType<string>;
  sdg: z.ZodType<number>;
}

function references(vocabulary: Vocabulary): References {
  return {
    organization: reference(
      'organisation',
      vocabulary.organizations,
      'add a file content/organizations/<id>.yaml with id, name and kind',
    ),
    region: reference('region', vocabulary.regions, 'add an entry to content/regions.yaml'),
    solution: reference('solution', vocabulary.solutions, 'add an entry to content/solutions.yaml'),
    sdg: z
      .number()
      .int()
      .refine((n) => vocabulary.sdgs.has(n), {
        error: (issue) =>
          `SDG ${String(issue.input)} does not exist; goals are numbered 1 to 17 (see content/sdgs.yaml)`,
      }),
  };
}

const summaryRequired = 'a summary is required: one or two plain sentences, at most 400 characters';

function shape({ organization, region, solution, sdg }: References) {
  return {
    /** The project's name as its owners write it. */
    title: label('a title is required'),
    /** Other names it is known by: formal, contract or action-plan names. */
    otherNames: list(label()).default([]),
    /** IATI activity identifier, when the project already has one; otherwise the export makes one from the slug. */
    iatiIdentifier: z.string().trim().min(1).optional(),
    /** URL slug, when it must differ from the file name (e.g. to keep an old address). */
    slug: id('A slug').optional(),
    /** Plain-text summary for cards, search results and meta descriptions. */
    summary: z
      .string({ error: summaryRequired })
      .trim()
      .min(1, summaryRequired)
      .max(400, 'the summary is longer than 400 characters; move detail into the body'),
    /** What kind of record this is. */
    type: projectType.default('project'),
    /** Stated status; when absent it is derived from the dates and the build date. */
    status: projectStatus.optional(),
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
        name: label(),
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
        name: label().optional(),
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
        label: label(),
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
    tags: list(label()).default([]),
    /** Methods used, e.g. "Co-creation". */
    methods: list(z.string().trim().min(1)).default([]),
    /** Data sources used, e.g. "design thinking". */
    dataSources: list(z.string().trim().min(1)).default([]),
    /** Language of the record, BCP 47. */
    lang: z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, {
        error: (issue) => {
          const code = typeof issue.input === 'string' ? languageCode(issue.input) : undefined;
          return `"${String(issue.input)}" is not a BCP 47 language tag; ${code ? `did you mean "${code}"?` : 'write a code such as "en" or "ru"'}`;
        },
      })
      .default('en'),
  };
}

/** `English` → `en`, from the runtime's own language names. */
function languageCode(name: string): string | undefined {
  const names = new Intl.DisplayNames('en', { type: 'language' });
  const wanted = name.trim().toLowerCase();
  for (let a = 97; a <= 122; a++) {
    for (let b = 97; b <= 122; b++) {
      const code = String.fromCharCode(a, b);
      if (names.of(code)?.toLowerCase() === wanted) return code;
    }
  }
  return undefined;
}

/** The project's fields, independent of any vocabulary: for field lists and types. */
export const projectShape = shape(
  references({ organizations: new Map(), regions: new Map(), solutions: new Map(), sdgs: new Map() }),
);
/** Every front-matter field a project may have, in the order editors see them. */
export const PROJECT_FIELDS = Object.keys(projectShape) as (keyof typeof projectShape)[];
export type ProjectField = (typeof PROJECT_FIELDS)[number];

/** The project schema, checking references against the vocabularies in the content folder. */
export function projectSchema(vocabulary: Vocabulary) {
  return z.strictObject(shape(references(vocabulary))).superRefine((project, ctx) => {
    if (project.start && project.end && !isOrdered(project.start, project.end)) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'the end date is before the start date' });
    }
    for (const field of ['donors', 'implementers', 'partners', 'countries', 'regions', 'solutions', 'sdgs'] as const) {
      const seen = new Set<string | number>();
      project[field].forEach((value, index) => {
        if (seen.has(value)) {
          ctx.addIssue({
            code: 'custom',
            path: [field, index],
            message: `"${value}" is listed twice in ${field}; remove the second one`,
          });
        }
        seen.add(value);
      });
    }
    const regionPaths: [string | undefined, (string | number)[]][] = [
      ...project.regions.map((region, index): [string, (string | number)[]] => [region, ['regions', index]]),
      ...project.locations.map((location, index): [string | undefined, (string | number)[]] => [
        location.region,
        ['locations', index, 'region'],
      ]),
    ];
    for (const [regionId, path] of regionPaths) {
      const country = regionId ? vocabulary.regions.get(regionId)?.country : undefined;
      if (!country || !isCountryCode(country) || !project.countries.length || project.countries.includes(country))
        continue;
      ctx.addIssue({
        code: 'custom',
        path,
        message: `the region "${regionId}" lies in ${countryName(country)}, which is not among the project's countries (${project.countries.join(', ')}); add ${country} to countries or pick another region`,
      });
    }
    project.locations.forEach((location, index) => {
      if (location.lat === undefined || location.lng === undefined) {
        if ((location.lat === undefined) !== (location.lng === undefined)) {
          ctx.addIssue({ code: 'custom', path: ['locations', index], message: 'give both lat and lng, or neither' });
        }
        return;
      }
      if (!project.countries.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['locations', index, 'lat'],
          message: `the point ${location.lat}, ${location.lng} is given but the project lists no countries; add countries (e.g. countries: [KG]) so the point can be checked and filtered`,
        });
        return;
      }
      const found = countriesAt(location.lat, location.lng);
      if (project.countries.length && !found.some((code) => project.countries.includes(code))) {
        const country = found.find(isCountryCode);
        const where = country ? `in ${countryName(country)}` : 'outside every country';
        ctx.addIssue({
          code: 'custom',
          path: ['locations', index, 'lat'],
          message: `the point ${location.lat}, ${location.lng} lies ${where}, not in ${project.countries.map((code) => countryName(code)).join(' or ')}; check the coordinates (lat first, then lng) or the countries`,
        });
      }
    });
  });
}
/** A validated, normalised project record. */
export type ProjectData = z.output<ReturnType<typeof projectSchema>>;
/** A project record as written in front matter, before normalisation. */
export type ProjectInput = z.input<ReturnType<typeof projectSchema>>;
