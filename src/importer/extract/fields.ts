/**
 * Turns one stated value (a label's text, a front-matter value, a tag) into record fields,
 * with provenance and warnings. Shared by every input format so that "Budget: $4.9 million"
 * and `budget: $4.9 million` are read by the same code.
 */

import { toIso } from '../../model/dates.ts';
import type { Vocabulary } from '../../model/schemas/index.ts';
import { addToList, type Draft, type ListField, type ProjectRecord, setField, warn } from '../draft.ts';
import { matchKey, squash } from '../text/text.ts';
import { parseDateRange, parseLooseDate } from './date-phrases.ts';
import { matchList, splitListWithSeparators } from './lists.ts';
import { parseMoney } from './money-phrases.ts';
import { matchOrganization, type OrganizationIndex, proposeOrganization } from './organizations.ts';
import { type PlaceIndex, parsePlaceList, type ResolvedPlace } from './places.ts';

export interface FieldContext {
  vocabulary: Vocabulary;
  organizations: OrganizationIndex;
  places: PlaceIndex;
}

/** "Sep. 2021 – Sep. 2025" → start and end; a single date is taken as the start only with a warning. */
export function applyDates(draft: Draft, text: string, rule: string): void {
  const range = parseDateRange(text);
  if (range?.start && range.end) {
    setField(draft, 'start', toIso(range.start), range.snippet, rule);
    setField(draft, 'end', toIso(range.end), range.snippet, rule);
    return;
  }
  warn(draft, `${rule}: "${squash(text)}" is not a date range the importer can read; start and end left empty`);
}

export function applyDate(draft: Draft, field: 'start' | 'end' | 'updated', text: string, rule: string): void {
  const date = parseLooseDate(text);
  if (date) setField(draft, field, toIso(date), text, rule);
  else warn(draft, `${rule}: "${squash(text)}" is not a date; ${field} left empty`);
}

export function applyBudget(draft: Draft, text: string, rule: string): void {
  const money = parseMoney(text);
  if (money?.currency) {
    setField(draft, 'budget', { amount: money.amount, currency: money.currency }, money.snippet, rule);
  } else if (money) {
    warn(draft, `${rule}: "${money.snippet}" gives no currency; budget left empty rather than guessing one`);
  } else {
    warn(draft, `${rule}: no amount found in "${squash(text)}"; budget left empty`);
  }
}

export type OrganizationRole = 'donors' | 'implementers' | 'partners';

/**
 * Reads a list of organisation names into a role. Unknown proper names are proposed as new
 * organisations (never added); other unknown pieces are reported and left out.
 */
export function applyOrganizations(
  draft: Draft,
  ctx: FieldContext,
  role: OrganizationRole,
  text: string,
  rule: string,
): void {
  const pieces = matchList(splitListWithSeparators(text), (item) => matchOrganization(ctx.organizations, item));
  const ids = pieces.flatMap((piece) => (piece.value ? [piece.value] : []));
  addToList(draft, role, ids, text, rule);
  for (const piece of pieces) {
    if (piece.value) continue;
    const proposal = proposeOrganization(ctx.organizations, piece.text);
    if (!proposal) {
      warn(draft, `${role}: "${piece.text}" (${rule}) is not a named organisation; left out`);
      continue;
    }
    // A new organisation is used in the record and written as a draft file beside it.
    addToList(draft, role, [proposal.id], text, rule);
    if (!draft.newOrganizations.some((known) => known.id === proposal.id)) draft.newOrganizations.push({ ...proposal });
    const similar = proposal.similarTo
      ? ` (similar to existing "${proposal.similarTo}": check it is not the same)`
      : '';
    warn(
      draft,
      `${role}: "${piece.text}" is not in content/organizations; proposed NEW organisation "${proposal.id}"${similar}, used in the record; check its file`,
    );
  }
}

/** Adds resolved places: countries, regions (world regions and oblasts) and named locations. */
export function applyPlaces(draft: Draft, places: readonly ResolvedPlace[], snippet: string, rule: string): void {
  for (const place of places) {
    if (place.type === 'country') addToList(draft, 'countries', [place.country], snippet, rule);
    else if (place.type === 'world-region') addToList(draft, 'regions', [place.region], snippet, rule);
    else {
      if (place.region && (place.kind === 'oblast' || place.kind === 'region'))
        addToList(draft, 'regions', [place.region], snippet, rule);
      addToList(
        draft,
        'locations',
        [{ name: place.name, ...(place.region ? { region: place.region } : {}) }],
        snippet,
        rule,
      );
      addToList(
        draft,
        'countries',
        [place.country],
        snippet,
        `${rule} (country of ${place.name}, from content/gazetteer.yaml)`,
      );
      if (place.otherReadings?.length) {
        warn(
          draft,
          `"${place.written}" can mean several places; took ${place.name} (${place.kind}), not ${place.otherReadings.join(' or ')}. Add "oblast", "city" or "district" in the source to choose`,
        );
      }
    }
  }
}

export function applyPlaceList(draft: Draft, ctx: FieldContext, text: string, rule: string): void {
  const { places, unknown } = parsePlaceList(ctx.places, text);
  applyPlaces(draft, places, text, rule);
  for (const name of unknown) {
    warn(
      draft,
      `"${name}" (${rule}) is not a known place; add it to content/gazetteer.yaml with its country and region`,
    );
  }
}

/** Matches names against a vocabulary list (solutions), by name or alias. */
export function applySolutions(draft: Draft, ctx: FieldContext, values: readonly string[], rule: string): void {
  const byKey = new Map<string, string>();
  for (const solution of ctx.vocabulary.solutions.values()) {
    for (const name of [solution.id, solution.name, ...solution.aliases]) byKey.set(matchKey(name), solution.id);
  }
  for (const value of values) {
    const id = byKey.get(matchKey(value));
    if (id) addToList(draft, 'solutions', [id], value, rule);
    else
      warn(
        draft,
        `solutions: "${value}" is not in content/solutions.yaml; add it there or map it to an existing solution`,
      );
  }
}

/** "5. Gender equality", "SDG 8", "11" → goal numbers that exist in content/sdgs.yaml. */
export function applySdgs(draft: Draft, ctx: FieldContext, values: readonly string[], rule: string): void {
  for (const value of values) {
    const number = Number(/(?:^|sdg\s*|goal\s*)(\d{1,2})\b/i.exec(value.trim())?.[1]);
    const sdg = ctx.vocabulary.sdgs.get(number);
    if (!sdg) {
      warn(draft, `sdgs: "${value}" is not a goal number from 1 to 17; left out`);
      continue;
    }
    addToList(draft, 'sdgs', [number], value, rule);
    const words = value.replace(/^\D*\d{1,2}[.):\s-]*/, '').trim();
    if (words && matchKey(words) !== matchKey(sdg.name)) {
      warn(
        draft,
        `sdgs: "${value}" names goal ${number} "${words}", but goal ${number} is "${sdg.name}"; check the number`,
      );
    }
  }
}

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;

/** "Sabina Gradwal, sgradwal@dpi.kg" under the label "DPI contact". */
export function applyContact(draft: Draft, role: string | undefined, text: string, rule: string): void {
  const email = EMAIL.exec(text)?.[0];
  const name = squash(text.replace(EMAIL, '').replace(/\+?\d[\d\s()-]{6,}\d/g, ''))
    .replace(/^[,;:–-]+|[,;:–-]+$/g, '')
    .trim();
  const contact = {
    ...(name && !/\d/.test(name) ? { name } : {}),
    ...(role ? { role } : {}),
    ...(email ? { email } : {}),
  };
  if (contact.name || contact.email) addToList(draft, 'contacts', [contact], text, rule);
}

export function applyLink(draft: Draft, label: string, url: string, rule: string, snippet = `${label}: ${url}`): void {
  const address = /^www\./i.test(url) ? `http://${url}` : url;
  if (!/^https?:\/\//i.test(address) || !URL.canParse(address)) return;
  addToList(draft, 'links', [{ label: squash(label) || new URL(address).hostname, url: address }], snippet, rule);
}

/** Plain string lists: tags, methods, data sources, other names. */
export function applyStrings(
  draft: Draft,
  field: Extract<ListField, 'tags' | 'methods' | 'dataSources' | 'otherNames'>,
  values: readonly string[],
  rule: string,
): void {
  const clean = values.map((value) => squash(value)).filter(Boolean);
  addToList(draft, field, clean as NonNullable<ProjectRecord[typeof field]>, clean.join(', '), rule);
}
