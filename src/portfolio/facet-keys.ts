// Kept apart, with no imports, because the browser's search client reads it too.

/** Facet keys, in display order: the singular used in search URLs, filters and breakdowns. */
export const FACET_KEYS = [
  'country',
  'donor',
  'implementer',
  'partner',
  'region',
  'solution',
  'sdg',
  'status',
] as const;
export type FacetKey = (typeof FACET_KEYS)[number];
