/**
 * The IATI 2.03 codes the export writes and the import reads back, in one table each way,
 * so both directions agree. Codes come from the IATI codelists (vendor/iati/codelists).
 */
import type { OrganizationKind, Status } from './schemas/index.ts';

/** ActivityStatus: planned → 1 Pipeline/identification, active → 2 Implementation, … */
export const ACTIVITY_STATUS: Readonly<Record<Status, string>> = {
  planned: '1',
  active: '2',
  completed: '4',
  cancelled: '5',
};

/** ActivityStatus back to a status; 3 Finalisation counts as completed; 6 Suspended has no status. */
export function statusFromCode(code: string): Status | undefined {
  if (code === '3') return 'completed';
  return (Object.entries(ACTIVITY_STATUS) as [Status, string][]).find(([, value]) => value === code)?.[0];
}

export type Role = 'donors' | 'implementers' | 'partners';

/**
 * OrganisationRole: donors 1 Funding, implementers 4 Implementing. IATI has no "partner" role;
 * partners are written as 2 Accountable, the role of an organisation with a stake in and
 * oversight of the activity, and 2 and 3 (Extending) are read back as partners.
 */
export const ORGANISATION_ROLE: Readonly<Record<Role, string>> = { donors: '1', partners: '2', implementers: '4' };

export function roleFromCode(code: string): Role | undefined {
  if (code === '1') return 'donors';
  if (code === '4') return 'implementers';
  if (code === '2' || code === '3') return 'partners';
  return undefined;
}

/** OrganisationType for each kind of organisation; an NGO with a home country is national (22). */
export function organisationType(kind: OrganizationKind, hasCountry: boolean): string {
  switch (kind) {
    case 'bilateral donor':
    case 'government':
      return '10';
    case 'multilateral':
      return '40';
    case 'foundation':
      return '60';
    case 'NGO':
      return hasCountry ? '22' : '21';
    case 'private':
      return '70';
    case 'research':
      return '80';
  }
}

/** ActivityDateType: 1 planned start, 2 actual start, 3 planned end, 4 actual end. */
export const DATE_TYPE = { plannedStart: '1', actualStart: '2', plannedEnd: '3', actualEnd: '4' } as const;

/** Sector vocabulary 1: OECD DAC 5-digit purpose codes. */
export const DAC_SECTOR_VOCABULARY = '1';
/** Tag vocabulary 2: UN Sustainable Development Goals. */
export const SDG_TAG_VOCABULARY = '2';
/** Tag vocabulary 99: the reporting organisation's own, used for the portfolio's regions. */
export const OWN_TAG_VOCABULARY = '99';
/** DocumentCategory A12: activity web page. */
export const WEB_PAGE_CATEGORY = 'A12';
/** BudgetType 1 original; BudgetStatus 1 indicative. */
export const BUDGET_TYPE = '1';
export const BUDGET_STATUS = '1';
/** The WGS 84 reference system of a location's point; `pos` is "latitude longitude". */
export const WGS84 = 'http://www.opengis.net/def/crs/EPSG/0/4326';

/**
 * Shares in whole hundredths that add up to exactly 100: 3 → 33.34, 33.33, 33.33. Used for
 * recipient countries and sectors, for which the portfolio states no split.
 */
export function evenPercentages(count: number): string[] {
  if (count <= 0) return [];
  const base = Math.floor(10_000 / count);
  const rest = 10_000 - base * count;
  return Array.from({ length: count }, (_, index) => ((base + (index < rest ? 1 : 0)) / 100).toFixed(2));
}
