/**
 * The JSON records: each project with every reference resolved, ids next to labels, dates as
 * written plus the ISO days they span; and the organisations and vocabularies they refer to.
 */
import { countriesAt } from '../model/countries.ts';
import { endOf, type PartialDate, startOf, toIso } from '../model/dates.ts';
import type { Organization, Region, Sdg, Solution, Vocabulary } from '../model/schemas/index.ts';
import type { Country, Project } from '../portfolio/portfolio.ts';
import type { DataMeta } from './meta.ts';

/** Absolute URL of a site path (before the base), e.g. `/projects/x/` → `https://…/projects/x/`. */
export type UrlOf = (path: string) => string;

/** Where a record's own pages and files are. */
export interface RecordLinks {
  urlOf: UrlOf;
  projectPath: (slug: string) => string;
  projectJsonPath: (slug: string) => string;
  organizationPath: (id: string) => string;
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** `2019` → `2019-01-01`: the first day a date can mean. */
export function isoStart(date: PartialDate | undefined): string | null {
  return date ? day(startOf(date)) : null;
}

/** `2023` → `2023-12-31`: the last day a date can mean. */
export function isoEnd(date: PartialDate | undefined): string | null {
  return date ? day(endOf(date)) : null;
}

/** A date as the editor wrote it (`2019`, `2021-09`, `2019-04-23`), or null. */
export function written(date: PartialDate | undefined): string | null {
  return date ? toIso(date) : null;
}

/**
 * The country a place lies in: its region's, else the project country its point falls in,
 * else every country of the project (a place named without more detail).
 */
export function locationCountries(project: Project, location: Project['locations'][number]): Country[] {
  const code =
    location.region?.country ??
    (location.lat !== undefined && location.lng !== undefined
      ? countriesAt(location.lat, location.lng).find((found) => project.countries.some((c) => c.code === found))
      : undefined);
  const match = project.countries.filter((country) => country.code === code);
  return code && match.length ? match : project.countries;
}

function organizationRef(org: Organization, links: RecordLinks) {
  return { id: org.id, name: org.name, acronym: org.acronym ?? null, url: links.urlOf(links.organizationPath(org.id)) };
}

function regionRef(region: Region) {
  return { id: region.id, name: region.name, kind: region.kind, country: region.country ?? null };
}

function solutionRef(solution: Solution) {
  return { id: solution.id, name: solution.name, dacSector: solution.dacSector ?? null };
}

function sdgRef(sdg: Sdg) {
  return { number: sdg.number, name: sdg.name };
}

/** One project's full record. */
export function projectRecord(project: Project, links: RecordLinks) {
  return {
    id: project.slug,
    url: links.urlOf(links.projectPath(project.slug)),
    dataUrl: links.urlOf(links.projectJsonPath(project.slug)),
    iatiIdentifier: project.iatiIdentifier ?? null,
    title: project.title,
    otherNames: project.otherNames,
    summary: project.summary,
    type: project.type,
    status: project.status ?? null,
    statusDerived: project.statusDerived,
    start: written(project.start),
    end: written(project.end),
    startIso: isoStart(project.start),
    endIso: isoEnd(project.end),
    updated: written(project.updated),
    donors: project.donors.map((org) => organizationRef(org, links)),
    implementers: project.implementers.map((org) => organizationRef(org, links)),
    partners: project.partners.map((org) => organizationRef(org, links)),
    countries: project.countries.map(({ code, name }) => ({ code, name })),
    regions: project.regions.map(regionRef),
    locations: project.locations.map((location) => ({
      name: location.name,
      region: location.region ? regionRef(location.region) : null,
      lat: location.lat ?? null,
      lng: location.lng ?? null,
    })),
    solutions: project.solutions.map(solutionRef),
    sdgs: project.sdgs.map(sdgRef),
    budget: project.budget
      ? { amount: project.budget.amount, currency: project.budget.currency, note: project.budget.note ?? null }
      : null,
    contacts: project.contacts.map((contact) => ({
      name: contact.name ?? null,
      role: contact.role ?? null,
      email: contact.email ?? null,
    })),
    links: project.links,
    source: project.source
      ? {
          url: project.source.url ?? null,
          publisher: project.source.publisher ?? null,
          retrieved: written(project.source.retrieved),
        }
      : null,
    tags: project.tags,
    methods: project.methods,
    dataSources: project.dataSources,
    lang: project.lang,
  };
}
export type ProjectRecord = ReturnType<typeof projectRecord>;

/**
 * One project as a compact row, for files that list many projects (a facet value's, an
 * organisation's): the facts to choose and sort by, ids instead of resolved references, and
 * `dataUrl`, where the full record is. A project is listed in about ten such files, so repeating
 * its full record in each made them most of the open data (284 MB of 522 MB at 10,000 projects).
 */
export function projectSummary(project: Project, links: RecordLinks) {
  return {
    id: project.slug,
    title: project.title,
    url: links.urlOf(links.projectPath(project.slug)),
    dataUrl: links.urlOf(links.projectJsonPath(project.slug)),
    status: project.status ?? null,
    start: written(project.start),
    end: written(project.end),
    countries: project.countries.map((country) => country.code),
    donors: project.donors.map((org) => org.id),
    implementers: project.implementers.map((org) => org.id),
  };
}
export type ProjectSummary = ReturnType<typeof projectSummary>;

/** One organisation with its page and the number of projects in each role. */
export function organizationRecord(org: Organization, projects: readonly Project[], links: RecordLinks) {
  const count = (role: 'donors' | 'implementers' | 'partners') =>
    projects.filter((project) => project[role].some((other) => other.id === org.id)).length;
  return {
    id: org.id,
    name: org.name,
    acronym: org.acronym ?? null,
    aliases: org.aliases,
    kind: org.kind,
    country: org.country ?? null,
    website: org.url ?? null,
    url: links.urlOf(links.organizationPath(org.id)),
    projectsAsDonor: count('donors'),
    projectsAsImplementer: count('implementers'),
    projectsAsPartner: count('partners'),
  };
}

/** A file of projects: metadata, then the records. */
export function projectsDocument(meta: DataMeta, projects: readonly Project[], links: RecordLinks) {
  return { meta, count: projects.length, projects: projects.map((project) => projectRecord(project, links)) };
}

/** The vocabularies the records refer to. */
export function vocabularyRecords(vocabulary: Vocabulary) {
  return {
    regions: [...vocabulary.regions.values()].map(regionRef),
    solutions: [...vocabulary.solutions.values()].map(solutionRef),
    sdgs: [...vocabulary.sdgs.values()].map(sdgRef),
  };
}

/** The whole portfolio: every project, organisation and vocabulary entry. */
export function portfolioDocument(
  meta: DataMeta,
  projects: readonly Project[],
  vocabulary: Vocabulary,
  links: RecordLinks,
) {
  return {
    ...projectsDocument(meta, projects, links),
    organizations: [...vocabulary.organizations.values()].map((org) => organizationRecord(org, projects, links)),
    vocabularies: vocabularyRecords(vocabulary),
  };
}

/** Organisations known to the portfolio, as a document. */
export function organizationsDocument(
  meta: DataMeta,
  projects: readonly Project[],
  vocabulary: Vocabulary,
  links: RecordLinks,
) {
  const organizations = [...vocabulary.organizations.values()].map((org) => organizationRecord(org, projects, links));
  return { meta, count: organizations.length, organizations };
}

/** Projects in which an organisation is a donor, implementer or partner, in portfolio order. */
export function projectsOfOrganization(projects: readonly Project[], id: string): Project[] {
  return projects.filter((project) =>
    [...project.donors, ...project.implementers, ...project.partners].some((org) => org.id === id),
  );
}

/** Ids of every organisation that takes part in at least one project. */
export function organizationsInProjects(projects: readonly Project[]): string[] {
  return [
    ...new Set(
      projects.flatMap((project) =>
        [...project.donors, ...project.implementers, ...project.partners].map((org) => org.id),
      ),
    ),
  ].sort();
}
