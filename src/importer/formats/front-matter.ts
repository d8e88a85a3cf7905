/**
 * Front matter written by other sites' generators (Jekyll, Netlify CMS, Hugo): `client:`,
 * `country: Tajikistan, Kyrgyzstan`, `regions: Eastern Europe and Central Asia`, `date:`.
 * Keys are mapped onto the content model; values go through the same readers as labels.
 */
import { parsePartialDate, toIso } from '../../model/dates.ts';
import { type ProjectType, projectType as projectTypeSchema } from '../../model/schemas/project.ts';
import { type Draft, setField, warn } from '../draft.ts';
import {
  applyBudget,
  applyContact,
  applyDate,
  applyLink,
  applyOrganizations,
  applyPlaceList,
  applySdgs,
  applySolutions,
  applyStrings,
  type FieldContext,
} from '../extract/fields.ts';
import { splitList } from '../extract/lists.ts';
import { squash } from '../text/text.ts';

type Reader = (draft: Draft, ctx: FieldContext, values: string[], key: string) => void;

const rule = (key: string) => `front matter "${key}"`;
const joined = (values: string[]) => values.join(', ');

/** Keys (lower case, without "-" and "_") and how each is read. */
const READERS: ReadonlyMap<string, Reader> = new Map<string, Reader>([
  ['title', (d, _c, v, k) => setField(d, 'title', squash(v[0] ?? ''), v[0] ?? '', rule(k))],
  ['name', (d, _c, v, k) => setField(d, 'title', squash(v[0] ?? ''), v[0] ?? '', rule(k))],
  ['othernames', (d, _c, v, k) => applyStrings(d, 'otherNames', v, rule(k))],
  ['summary', (d, _c, v, k) => setField(d, 'summary', squash(v.join(' ')), v.join(' '), rule(k))],
  ['description', (d, _c, v, k) => setField(d, 'summary', squash(v.join(' ')), v.join(' '), rule(k))],
  ['excerpt', (d, _c, v, k) => setField(d, 'summary', squash(v.join(' ')), v.join(' '), rule(k))],
  ['type', (d, _c, v, k) => setField(d, 'type', projectType(v[0] ?? ''), v[0] ?? '', rule(k))],
  ['start', (d, _c, v, k) => applyDate(d, 'start', v[0] ?? '', rule(k))],
  ['startdate', (d, _c, v, k) => applyDate(d, 'start', v[0] ?? '', rule(k))],
  ['end', (d, _c, v, k) => applyDate(d, 'end', v[0] ?? '', rule(k))],
  ['enddate', (d, _c, v, k) => applyDate(d, 'end', v[0] ?? '', rule(k))],
  ['date', (d, _c, v, k) => applyDate(d, 'updated', v[0] ?? '', `${rule(k)} (the page's date)`)],
  ['updated', (d, _c, v, k) => applyDate(d, 'updated', v[0] ?? '', rule(k))],
  ['lastmodified', (d, _c, v, k) => applyDate(d, 'updated', v[0] ?? '', rule(k))],
  ['client', (d, c, v, k) => applyOrganizations(d, c, 'donors', joined(v), rule(k))],
  ['donors', (d, c, v, k) => applyOrganizations(d, c, 'donors', joined(v), rule(k))],
  ['donor', (d, c, v, k) => applyOrganizations(d, c, 'donors', joined(v), rule(k))],
  ['funder', (d, c, v, k) => applyOrganizations(d, c, 'donors', joined(v), rule(k))],
  ['funders', (d, c, v, k) => applyOrganizations(d, c, 'donors', joined(v), rule(k))],
  ['implementers', (d, c, v, k) => applyOrganizations(d, c, 'implementers', joined(v), rule(k))],
  ['implementer', (d, c, v, k) => applyOrganizations(d, c, 'implementers', joined(v), rule(k))],
  ['partners', (d, c, v, k) => applyOrganizations(d, c, 'partners', joined(v), rule(k))],
  ['partner', (d, c, v, k) => applyOrganizations(d, c, 'partners', joined(v), rule(k))],
  ['country', (d, c, v, k) => applyPlaceList(d, c, joined(v), rule(k))],
  ['countries', (d, c, v, k) => applyPlaceList(d, c, joined(v), rule(k))],
  ['region', (d, c, v, k) => applyPlaceList(d, c, joined(v), rule(k))],
  ['regions', (d, c, v, k) => applyPlaceList(d, c, joined(v), rule(k))],
  ['location', (d, c, v, k) => applyPlaceList(d, c, joined(v), rule(k))],
  ['locations', (d, c, v, k) => applyPlaceList(d, c, joined(v), rule(k))],
  ['solutions', (d, c, v, k) => applySolutions(d, c, v.flatMap(splitList), rule(k))],
  ['sectors', (d, c, v, k) => applySolutions(d, c, v.flatMap(splitList), rule(k))],
  ['sdgs', (d, c, v, k) => applySdgs(d, c, v.flatMap(splitList), rule(k))],
  ['budget', (d, _c, v, k) => applyBudget(d, joined(v), rule(k))],
  [
    'contact',
    (d, _c, v, k) => {
      for (const value of v) applyContact(d, undefined, value, rule(k));
    },
  ],
  ['url', (d, _c, v, k) => setField(d, 'source', { url: v[0] ?? '' }, v[0] ?? '', rule(k))],
  [
    'link',
    (d, _c, v, k) => {
      for (const value of v) applyLink(d, value, value, rule(k));
    },
  ],
  ['tags', (d, _c, v, k) => applyStrings(d, 'tags', v.flatMap(splitList), rule(k))],
  ['keywords', (d, _c, v, k) => applyStrings(d, 'tags', v.flatMap(splitList), rule(k))],
  ['methods', (d, _c, v, k) => applyStrings(d, 'methods', v, rule(k))],
  ['datasources', (d, _c, v, k) => applyStrings(d, 'dataSources', v, rule(k))],
]);

/** "learningplan", "Programme", "program" → the content model's type names. */
export function projectType(value: string): ProjectType | undefined {
  const key = value.toLowerCase().replace(/[^a-z]/g, '');
  if (key === 'program') return 'programme';
  return projectTypeSchema.options.find((type) => type.replace(/\s/g, '') === key);
}

/** A YAML value as strings: lists item by item, dates as ISO text, nested objects skipped. */
function strings(value: unknown): string[] {
  if (value === null || value === undefined) return [];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value instanceof Date) {
    const date = parsePartialDate(value);
    return date ? [toIso(date)] : [];
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return [String(value)];
  return [];
}

/** Reads every front-matter key it knows; reports the others, which are not imported. */
export function readFrontMatter(draft: Draft, ctx: FieldContext, data: unknown): void {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return;
  for (const [key, value] of Object.entries(data)) {
    const reader = READERS.get(key.toLowerCase().replace(/[-_\s]/g, ''));
    const values = strings(value).filter((text) => text.trim());
    if (!reader) {
      warn(draft, `front matter "${key}" is not part of the content model; not imported`);
      continue;
    }
    if (!values.length) continue;
    reader(draft, ctx, values, key);
  }
}
