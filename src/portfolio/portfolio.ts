import { countryName } from '../model/countries.ts';
import { compareDates, durationInMonths, elapsedShare, type PartialDate } from '../model/dates.ts';
import { type Money, totalsByCurrency, toUsd } from '../model/money.ts';
import type {
  ExchangeRates,
  Organization,
  ProjectData,
  Region,
  Sdg,
  Solution,
  Status,
  Vocabulary,
} from '../model/schemas/index.ts';
import { deriveStatus } from '../model/status.ts';
import { relatedProjects } from './related.ts';

export interface Country {
  code: string;
  name: string;
}

/** A project with every reference resolved: what pages and the search index render. */
export interface Project {
  slug: string;
  /** Path of the source file in the repository, for the edit link. */
  file: string;
  title: string;
  /** The record's own IATI identifier, if it states one. */
  iatiIdentifier: string | undefined;
  otherNames: string[];
  summary: string;
  type: ProjectData['type'];
  /** Stated or derived status; undefined when neither the record nor its dates tell. */
  status: Status | undefined;
  statusDerived: boolean;
  start: PartialDate | undefined;
  end: PartialDate | undefined;
  updated: PartialDate | undefined;
  durationMonths: number | undefined;
  /** Share of time elapsed, for active projects with both dates. */
  elapsed: number | undefined;
  donors: Organization[];
  implementers: Organization[];
  partners: Organization[];
  countries: Country[];
  regions: Region[];
  /** Named places, with their region resolved. */
  locations: { name: string; region: Region | undefined; lat: number | undefined; lng: number | undefined }[];
  solutions: Solution[];
  sdgs: Sdg[];
  budget: ProjectData['budget'];
  /** Budget converted with the rates table, for sorting only. */
  budgetUsd: number | undefined;
  contacts: ProjectData['contacts'];
  links: ProjectData['links'];
  source: ProjectData['source'];
  tags: string[];
  methods: string[];
  dataSources: string[];
  /** Language the record was written in (its source). */
  lang: string;
  /** Language the title, summary and body are shown in: `lang`, or that of a translation. */
  textLang: string;
  /** True when title, summary and body come from a translation file. */
  translated: boolean;
}

export interface ProjectInput {
  slug: string;
  file: string;
  /** The validated record; pictures are rendered from the collection entry, not from here. */
  data: Omit<ProjectData, 'image'>;
  /** A translation of the text into the language being built; facts still come from `data`. */
  translation?: { title: string; summary: string; lang: string };
}

export interface Portfolio {
  /** Newest first. */
  projects: Project[];
  bySlug: ReadonlyMap<string, Project>;
  related: (project: Project, limit?: number) => Project[];
  totals: { projects: number; donors: number; countries: number; budgets: Money[] };
}

/** Resolves references and derives status, duration and related projects, once for the whole site. */
export function buildPortfolio(
  inputs: readonly ProjectInput[],
  vocabulary: Vocabulary,
  rates: ExchangeRates | undefined,
  today: number,
  locale = 'en',
): Portfolio {
  const pick = <K, V>(map: ReadonlyMap<K, V>, keys: readonly K[]) =>
    keys.map((key) => map.get(key)).filter((value): value is V => value !== undefined);

  const projects = inputs.map(({ slug, file, data, translation }): Project => {
    const derived = deriveStatus(data.start, data.end, today);
    const status = data.status ?? derived;
    return {
      slug,
      file,
      title: translation?.title ?? data.title,
      iatiIdentifier: data.iatiIdentifier,
      otherNames: data.otherNames,
      summary: translation?.summary ?? data.summary,
      type: data.type,
      status,
      statusDerived: data.status === undefined && derived !== undefined,
      start: data.start,
      end: data.end,
      updated: data.updated,
      durationMonths: data.start && data.end ? durationInMonths(data.start, data.end) : undefined,
      elapsed: status === 'active' && data.start && data.end ? elapsedShare(data.start, data.end, today) : undefined,
      donors: pick(vocabulary.organizations, data.donors),
      implementers: pick(vocabulary.organizations, data.implementers),
      partners: pick(vocabulary.organizations, data.partners),
      countries: data.countries.map((code) => ({ code, name: countryName(code, locale) })),
      // A place's region counts as a region of the project: Barskoon puts it in Issyk-Kul oblast.
      regions: pick(vocabulary.regions, [
        ...new Set([
          ...data.regions,
          ...data.locations.flatMap((location) => (location.region ? [location.region] : [])),
        ]),
      ]),
      locations: data.locations.map((location) => ({
        name: location.name,
        region: location.region === undefined ? undefined : vocabulary.regions.get(location.region),
        lat: location.lat,
        lng: location.lng,
      })),
      solutions: pick(vocabulary.solutions, data.solutions),
      sdgs: pick(vocabulary.sdgs, data.sdgs),
      budget: data.budget,
      budgetUsd: data.budget ? toUsd(data.budget, rates?.perUsd ?? {}) : undefined,
      contacts: data.contacts,
      links: data.links,
      source: data.source,
      tags: data.tags,
      methods: data.methods,
      dataSources: data.dataSources,
      lang: data.lang,
      textLang: translation?.lang ?? data.lang,
      translated: translation !== undefined,
    };
  });
  projects.sort(newestFirst);

  const related = relatedProjects(projects, (project) => ({
    donors: project.donors.map((org) => org.id),
    countries: project.countries.map((country) => country.code),
    solutions: project.solutions.map((solution) => solution.id),
  }));
  return {
    projects,
    bySlug: new Map(projects.map((project) => [project.slug, project])),
    related,
    totals: {
      projects: projects.length,
      donors: new Set(projects.flatMap((project) => project.donors.map((org) => org.id))).size,
      countries: new Set(projects.flatMap((project) => project.countries.map((country) => country.code))).size,
      budgets: budgetTotals(projects),
    },
  };
}

/** Latest start first; projects without a start last; then by title. */
export function newestFirst(a: Project, b: Project): number {
  if (a.start && b.start) return compareDates(b.start, a.start) || a.title.localeCompare(b.title);
  if (a.start) return -1;
  if (b.start) return 1;
  return a.title.localeCompare(b.title);
}

/** The stated budgets of `projects`, summed per currency; never converted. */
export function budgetTotals(projects: readonly Project[]): Money[] {
  return totalsByCurrency(projects.flatMap((project) => (project.budget ? [project.budget] : [])));
}
