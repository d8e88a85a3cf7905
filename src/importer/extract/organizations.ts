/**
 * Organisation names to ids from content/organizations, by name, acronym or alias, ignoring
 * case and punctuation. Unknown names are never added: `proposeOrganization` describes a
 * new entry for the editor to create.
 */
import type { Organization, OrganizationKind } from '../../model/schemas/index.ts';
import { slugify } from '../../model/slugs.ts';
import { nearest } from '../../model/suggest.ts';
import { matchKey, matchWords, squash } from '../text/text.ts';

interface OrgKey {
  id: string;
  words: string[];
  /** An all-capitals short form: only matches capitals in running text ("DAI", not "dai"). */
  acronym: boolean;
}

export interface OrganizationIndex {
  organizations: ReadonlyMap<string, Organization>;
  /** Name key → id; keys shared by two organisations are left out as ambiguous. */
  byKey: ReadonlyMap<string, string>;
  /** Keys by their first word, longest first, for finding names at a position in prose. */
  byFirstWord: ReadonlyMap<string, OrgKey[]>;
}

const isAcronym = (name: string) => /^[\p{Lu}\p{N}&.-]{2,10}$/u.test(name.trim());

export function buildOrganizationIndex(organizations: ReadonlyMap<string, Organization>): OrganizationIndex {
  const owners = new Map<string, Set<string>>();
  const keys: OrgKey[] = [];
  for (const org of organizations.values()) {
    const names = [org.name, ...(org.acronym ? [org.acronym] : []), ...org.aliases];
    for (const name of names) {
      const words = matchWords(name);
      if (!words.length) continue;
      const key = words.join(' ');
      owners.set(key, (owners.get(key) ?? new Set()).add(org.id));
      keys.push({ id: org.id, words, acronym: isAcronym(name) });
    }
  }
  const byKey = new Map<string, string>();
  for (const [key, ids] of owners) if (ids.size === 1) byKey.set(key, [...ids][0] ?? '');
  const byFirstWord = new Map<string, OrgKey[]>();
  for (const key of keys) {
    if (owners.get(key.words.join(' '))?.size !== 1) continue;
    const first = key.words[0] ?? '';
    byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), key]);
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { organizations, byKey, byFirstWord };
}

// A country after a ministry's name is often abbreviated: "Ministry of Finance of KR".
const COUNTRY_SUFFIX =
  /\s+(?:of|in)\s+(?:the\s+)?(?:KR|Kyrgyz Republic|Kyrgyzstan|Tajikistan|Republic of Tajikistan|RT)$/i;

/** The id for a name written on its own, e.g. a list item: "Development Policy Institute (DPI)" → "dpi". */
export function matchOrganization(index: OrganizationIndex, name: string): string | undefined {
  const text = squash(name)
    .replace(/^the\s+/i, '')
    .replace(/[.,;:]+$/, '');
  const bracket = /^(.+?)\s*\(([^()]+)\)$/.exec(text);
  const variants = [text, bracket?.[1], bracket?.[2], text.replace(COUNTRY_SUFFIX, '')];
  for (const variant of variants) {
    if (!variant) continue;
    const id = index.byKey.get(matchKey(variant));
    if (id) return id;
  }
  return undefined;
}

/** A name found in prose. */
export interface OrganizationMention {
  id: string;
  /** The words as written. */
  text: string;
}

const WORD = /[\p{L}\p{N}]+|&/gu;

/** The longest known name that starts at the beginning of `text`, with its end offset. */
function nameAtStart(index: OrganizationIndex, text: string): (OrganizationMention & { end: number }) | undefined {
  // Most calls start at a word that begins no name; check that before tokenising further.
  const head = /^[\p{L}\p{N}]+|^&/u.exec(text)?.[0];
  if (!head || !index.byFirstWord.has(matchWords(head)[0] ?? '')) return undefined;
  const tokens: { word: string; raw: string; end: number }[] = [];
  for (const match of text.slice(0, 300).matchAll(WORD)) {
    tokens.push({ word: matchWords(match[0])[0] ?? '', raw: match[0], end: match.index + match[0].length });
    if (tokens.length >= 16) break;
  }
  const first = tokens[0];
  if (!first) return undefined;
  for (const key of index.byFirstWord.get(first.word) ?? []) {
    if (key.words.length > tokens.length) continue;
    if (!key.words.every((word, i) => tokens[i]?.word === word)) continue;
    if (key.acronym && first.raw !== first.raw.toUpperCase()) continue;
    const end = tokens[key.words.length - 1]?.end ?? 0;
    return { id: key.id, text: text.slice(0, end), end };
  }
  return undefined;
}

const LIST_SEPARATOR = /^\s*(?:,\s*(?:and\s+|as well as\s+)?|\s+and\s+|\s+as well as\s+|\s*\/\s*|\s*;\s*)(?:the\s+)?/i;

/**
 * The list of known organisations that starts at the beginning of `text`, as in the words
 * after "with financial support from": "the International Development Fund and the
 * International Organization for Migration in the Kyrgyz Republic Within …" gives both.
 * Reading stops at the first piece that is not a known name; `end` is where the last name ends.
 */
export function organizationsAtStart(index: OrganizationIndex, text: string): OrganizationMention[] & { end?: number } {
  const found: OrganizationMention[] & { end?: number } = [];
  let offset = /^\s*(?:the\s+)?/i.exec(text)?.[0].length ?? 0;
  for (let guard = 0; guard < 20; guard++) {
    const name = nameAtStart(index, text.slice(offset));
    if (!name) break;
    found.push({ id: name.id, text: name.text });
    offset += name.end;
    found.end = offset;
    offset += /^\s*\([^()]{1,20}\)/.exec(text.slice(offset))?.[0].length ?? 0;
    const separator = LIST_SEPARATOR.exec(text.slice(offset));
    if (!separator) break;
    offset += separator[0].length;
  }
  return found;
}

/** The known organisation named by the last words of `text`: "another DAI" → dai. */
export function organizationAtEnd(index: OrganizationIndex, text: string): OrganizationMention | undefined {
  const words = squash(text).split(' ');
  for (let take = Math.min(words.length, 10); take >= 1; take--) {
    const tail = words.slice(-take).join(' ');
    const mention = nameAtStart(index, tail);
    if (mention && mention.end === tail.length) return { id: mention.id, text: tail };
  }
  return undefined;
}

/** A suggested new file for content/organizations, for a name that is not known yet. */
export interface OrganizationProposal {
  name: string;
  acronym?: string;
  id: string;
  /** What kind of body it is, only when the source says so. */
  kind?: OrganizationKind;
  /** A known organisation with a similar name, to check before adding. */
  similarTo?: string;
}

/**
 * Describes a new organisation entry for an unknown name, or returns undefined when the text
 * is not a proper name ("civil society organizations", "More than 30 partners…").
 */
export function proposeOrganization(index: OrganizationIndex, raw: string): OrganizationProposal | undefined {
  const text = squash(raw)
    .replace(/^the\s+/i, '')
    .replace(/[.,;:]+$/, '');
  if (!text || text.length > 120 || /https?:|www\.|@/.test(text)) return undefined;
  const words = text.split(' ');
  // A proper name starts with a capital and has capitals on most of its main words.
  const main = words.filter((word) => word.length > 3);
  const capitalised = main.filter((word) => /^[\p{Lu}\p{N}]/u.test(word));
  if (!/^[\p{Lu}\p{N}]/u.test(text) || capitalised.length * 2 < main.length || words.length > 12) return undefined;
  if (/^(more than|over|about|around|some|several|many|various|other)\b/i.test(text)) return undefined;
  const bracket = /^(.+?)\s*\(([^()]+)\)$/.exec(text);
  const name = bracket?.[1] ?? text;
  const acronym = bracket?.[2] && isAcronym(bracket[2]) ? bracket[2] : isAcronym(text) ? text : undefined;
  const candidates = new Map<string, string>();
  for (const org of index.organizations.values()) {
    for (const known of [org.name, ...org.aliases]) candidates.set(known, org.id);
  }
  const similar = nearest(name, candidates.keys());
  return {
    name,
    ...(acronym && acronym !== name ? { acronym } : {}),
    id: slugify(acronym && acronym === name ? acronym : name, 48),
    ...(similar ? { similarTo: candidates.get(similar) ?? similar } : {}),
  };
}
