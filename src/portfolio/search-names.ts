import type { Organization } from '../model/schemas/index.ts';
import type { Project } from './portfolio.ts';

/** Words Pagefind indexes for one project beyond its visible text, with their ranking weight. */
export interface WeightedTerms {
  /** Pagefind's `data-pagefind-weight`: 1 is body text, 7 an `<h1>`; at most 10. */
  weight: number;
  terms: string[];
}

/**
 * Role-aware weights: the projects an organisation funds or implements must outrank those
 * that merely name it (a partner, or a word in the body, which weighs 1).
 */
export const NAME_WEIGHTS = { lead: 8, partner: 3, place: 2, fact: 1 } as const;

/** Every name an organisation goes by: full name, acronym and aliases, each once. */
export function organizationNames(org: Organization): string[] {
  return [...new Set([org.name, ...(org.acronym ? [org.acronym] : []), ...org.aliases])];
}

/**
 * The names a project can be found by, grouped by weight: its funders' and implementers' names,
 * acronyms and aliases; its partners'; its countries (code and name), regions (with their
 * aliases) and places; then the other key facts' values. Empty groups are left out.
 */
export function searchNames(project: Project): WeightedTerms[] {
  const names = (orgs: Organization[]) => [...new Set(orgs.flatMap(organizationNames))];
  const places = [
    ...project.countries.flatMap((country) => [country.name, country.code]),
    ...project.regions.flatMap((region) => [region.name, ...region.aliases]),
    ...project.locations.map((location) => location.name),
  ];
  // The other key facts' values, which are hidden from the index with their labels.
  const facts = [
    ...project.solutions.map((solution) => solution.name),
    ...project.sdgs.map((sdg) => `${sdg.number}. ${sdg.name}`),
    ...project.contacts.flatMap((contact) => [contact.name, contact.role].filter((part) => part !== undefined)),
    ...project.links.map((link) => link.label),
    ...(project.source?.publisher ? [project.source.publisher] : []),
  ];
  return [
    { weight: NAME_WEIGHTS.lead, terms: names([...project.donors, ...project.implementers]) },
    { weight: NAME_WEIGHTS.partner, terms: names(project.partners) },
    { weight: NAME_WEIGHTS.place, terms: [...new Set(places)] },
    { weight: NAME_WEIGHTS.fact, terms: [...new Set(facts)] },
  ].filter((group) => group.terms.length > 0);
}
