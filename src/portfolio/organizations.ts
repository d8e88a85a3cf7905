import type { Money } from '../model/money.ts';
import type { Organization, OrganizationKind } from '../model/schemas/index.ts';
import { firstPage, type ListPage } from './pagination.ts';
import { budgetTotals, type Project } from './portfolio.ts';

/** The parts an organisation plays in projects, in display order. */
export const ROLES = ['funder', 'implementer', 'partner'] as const;
export type Role = (typeof ROLES)[number];

/** Which list of a project names the organisations of each role. */
const MEMBERS: Record<Role, (project: Project) => Organization[]> = {
  funder: (project) => project.donors,
  implementer: (project) => project.implementers,
  partner: (project) => project.partners,
};

/** What an organisation does in one role. */
export interface RoleSummary {
  /** Its projects in this role, in portfolio order (newest first). */
  projects: Project[];
  /**
   * The first of those the organisation's page lists (a page of the role's facet list): its
   * page links to that list for the rest, so it stays small for a donor of thousands.
   */
  listed: ListPage<Project>;
  /** Stated budgets of those projects, summed per currency; never converted. */
  budgets: Money[];
}

/** One organisation with everything its page shows. */
export interface OrganizationProfile {
  organization: Organization;
  roles: Record<Role, RoleSummary>;
  /** Projects in any role, each once, in portfolio order. */
  projects: Project[];
  /** How many those are. */
  projectCount: number;
  /** Other funders of the projects it funds. */
  coFunders: Organization[];
  /** Implementers of the projects it funds. */
  implementersFunded: Organization[];
  /** Funders of the projects it implements. */
  fundersWorkedFor: Organization[];
}

const byName = (a: Organization, b: Organization) => a.name.localeCompare(b.name);

/** The distinct organisations of `role` over `projects`, except `self`, by name. */
function others(projects: readonly Project[], role: Role, self: string): Organization[] {
  const found = new Map<string, Organization>();
  for (const project of projects) for (const org of MEMBERS[role](project)) if (org.id !== self) found.set(org.id, org);
  return [...found.values()].sort(byName);
}

function summary(projects: Project[]): RoleSummary {
  return {
    projects,
    listed: firstPage(projects),
    budgets: budgetTotals(projects),
  };
}

/**
 * A profile for every organisation of the vocabulary, including those no project names yet,
 * ordered by name: the data of `/organizations/` and of each organisation's page.
 */
export function organizationProfiles(
  organizations: Iterable<Organization>,
  projects: readonly Project[],
): OrganizationProfile[] {
  return [...organizations].sort(byName).map((organization) => {
    const id = organization.id;
    const inRole = (role: Role) => projects.filter((project) => MEMBERS[role](project).some((org) => org.id === id));
    const funded = inRole('funder');
    const implemented = inRole('implementer');
    const partnered = inRole('partner');
    const any = projects.filter((project) => ROLES.some((role) => MEMBERS[role](project).some((org) => org.id === id)));
    return {
      organization,
      roles: { funder: summary(funded), implementer: summary(implemented), partner: summary(partnered) },
      projects: any,
      projectCount: any.length,
      coFunders: others(funded, 'funder', id),
      implementersFunded: others(funded, 'implementer', id),
      fundersWorkedFor: others(implemented, 'funder', id),
    };
  });
}

/** The roles an organisation actually plays, in display order. */
export function activeRoles(profile: OrganizationProfile): Role[] {
  return ROLES.filter((role) => profile.roles[role].projects.length > 0);
}

export interface KindGroup {
  kind: OrganizationKind;
  /** URL segment of the kind's page, e.g. `bilateral-donor`. */
  slug: string;
  profiles: OrganizationProfile[];
}

/** `bilateral donor` → `bilateral-donor`, `NGO` → `ngo`. */
export function kindSlug(kind: OrganizationKind): string {
  return kind.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

/** Profiles grouped by kind, in the order of `kinds` (the schema's), leaving out kinds nobody has. */
export function groupByKind(profiles: readonly OrganizationProfile[], kinds: readonly OrganizationKind[]): KindGroup[] {
  return kinds
    .map((kind) => ({
      kind,
      slug: kindSlug(kind),
      profiles: profiles.filter((profile) => profile.organization.kind === kind),
    }))
    .filter((group) => group.profiles.length > 0);
}

/** The path of a kind's list of organisations, e.g. `/organizations/kinds/ngo/`. */
export function kindPath(slug: string): string {
  return `/organizations/kinds/${slug}/`;
}
