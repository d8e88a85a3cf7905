/**
 * Facts stated in sentences rather than labels: "From January to September 2019", "with
 * financial support from X and Y", "another DAI-implemented project", "with the Ministry of
 * X, Y and Z". Only explicit phrasings count; a name merely mentioned is not a role.
 * Sentences about the publisher's funders in general are skipped (see boilerplate.ts).
 */
import { toIso } from '../../model/dates.ts';
import { addToList, type Draft, setField } from '../draft.ts';
import { isGeneralFundingSentence } from '../text/boilerplate.ts';
import { sentences } from '../text/text.ts';
import { findProseRange } from './date-phrases.ts';
import { applyPlaces, applyStrings, type FieldContext } from './fields.ts';
import { organizationAtEnd, organizationsAtStart } from './organizations.ts';
import { findPlacesInText } from './places.ts';

export interface ProseWanted {
  dates: boolean;
  implementers: boolean;
  partners: boolean;
  places: boolean;
}

const DONOR_TRIGGER =
  /\b(?:(?:with|through|thanks to)\s+(?:the\s+)?(?:generous\s+)?(?:financial\s+support|funding|financing|a\s+grant|grants?)\s+(?:from|of|by)|(?:funded|financed|sponsored|co-funded|co-financed)\s+by)\s+/gi;
// "Under the program, USAID supports …": the programme's funder, on USAID pages and others.
const UNDER_THE_PROGRAMME =
  /\bunder the (?:program|programme|project|activity|facility),\s+(.{2,80}?)\s+(?:supports|funds|finances|provides)\b/gi;
const FUNDED_SUFFIX = /[-‑](?:funded|financed)\b/g;
const IMPLEMENTER_TRIGGER = /\b(?:implemented|managed|carried out|delivered|led)\s+by\s+/gi;
// "another DAI-implemented project" says this project is DAI's too; "a GIZ-implemented
// project" alone names some other project, so it needs "another" or "this project is".
const IMPLEMENTED_SUFFIX = /[-‑]implemented\b/g;
const IMPLEMENTED_CONTEXT =
  /\b(?:another|(?:this|the)\s+(?:project|programme|program|facility|activity)\s+is\s+(?:an?\s+)?)\s*([^,;()]{1,60})$/i;
const PARTNER_TRIGGER =
  /\b(?:in\s+(?:close\s+)?(?:partnership|cooperation|collaboration|coordination)\s+with|together\s+with|jointly\s+with|experts\s+from|representatives\s+(?:of|from)|with)\s+/gi;
const QUOTED_NAME = /\bthe\s+[“"]([^”"]{5,200})[”"]\s+(?:project|programme|program|initiative|activity)\b/gi;

/** The sentences facts may be read from: every sentence not about the publisher in general. */
export function factSentences(blocks: readonly string[]): string[] {
  return blocks.flatMap((block) => sentences(block)).filter((sentence) => !isGeneralFundingSentence(sentence));
}

function organizationsAfter(ctx: FieldContext, sentence: string, trigger: RegExp): { id: string; snippet: string }[] {
  const found: { id: string; snippet: string }[] = [];
  for (const match of sentence.matchAll(trigger)) {
    const rest = sentence.slice(match.index + match[0].length);
    const names = organizationsAtStart(ctx.organizations, rest);
    const snippet = sentence.slice(match.index, match.index + match[0].length + (names.end ?? 0));
    found.push(...names.map((name) => ({ id: name.id, snippet })));
  }
  return found;
}

function add(
  draft: Draft,
  role: 'donors' | 'implementers' | 'partners',
  found: { id: string; snippet: string }[],
  rule: string,
): void {
  for (const { id, snippet } of found) addToList(draft, role, [id], snippet, rule);
}

export function readProse(draft: Draft, ctx: FieldContext, blocks: readonly string[], wanted: ProseWanted): void {
  const list = factSentences(blocks);
  for (const sentence of list) {
    add(draft, 'donors', organizationsAfter(ctx, sentence, DONOR_TRIGGER), 'prose: funding phrase');
    for (const match of sentence.matchAll(UNDER_THE_PROGRAMME)) {
      const names = organizationsAtStart(ctx.organizations, match[1] ?? '');
      add(
        draft,
        'donors',
        names.map((name) => ({ id: name.id, snippet: match[0] })),
        'prose: "under the programme, … supports"',
      );
    }
    for (const match of sentence.matchAll(FUNDED_SUFFIX)) {
      const name = organizationAtEnd(ctx.organizations, sentence.slice(Math.max(0, match.index - 80), match.index));
      if (name) addToList(draft, 'donors', [name.id], `${name.text}${match[0]}`, 'prose: "…-funded"');
    }
  }
  if (wanted.implementers) {
    for (const sentence of list) {
      add(draft, 'implementers', organizationsAfter(ctx, sentence, IMPLEMENTER_TRIGGER), 'prose: "implemented by"');
      for (const match of sentence.matchAll(IMPLEMENTED_SUFFIX)) {
        const context = IMPLEMENTED_CONTEXT.exec(sentence.slice(0, match.index));
        const name = context?.[1] ? organizationAtEnd(ctx.organizations, context[1]) : undefined;
        if (name && context)
          addToList(
            draft,
            'implementers',
            [name.id],
            `${context[0]}${match[0]}`,
            'prose: "another …-implemented project"',
          );
      }
    }
  }
  if (wanted.partners) {
    const taken = new Set([...(draft.record.donors ?? []), ...(draft.record.implementers ?? [])]);
    for (const sentence of list) {
      const found = organizationsAfter(ctx, sentence, PARTNER_TRIGGER).filter(({ id }) => !taken.has(id));
      add(draft, 'partners', found, 'prose: "with …" / "experts from …"');
    }
  }
  if (wanted.dates) {
    for (const sentence of list) {
      const range = findProseRange(sentence);
      if (!range?.start || !range.end) continue;
      setField(draft, 'start', toIso(range.start), range.snippet, 'prose date range');
      setField(draft, 'end', toIso(range.end), range.snippet, 'prose date range');
      break;
    }
  }
  if (wanted.places) {
    const places = findPlacesInText(ctx.places, list.join(' '));
    const first = places[0]?.written ?? '';
    const snippet = list.find((sentence) => sentence.includes(first)) ?? first;
    applyPlaces(draft, places, snippet, 'prose: place names from content/gazetteer.yaml');
  }
  for (const sentence of list) {
    for (const match of sentence.matchAll(QUOTED_NAME)) {
      const name = match[1]?.trim() ?? '';
      if (name && name !== draft.record.title) applyStrings(draft, 'otherNames', [name], 'prose: quoted project name');
    }
  }
}

// "Successful Aimak 2 aims to…": a capitalised name as the subject of the opening sentence.
const SUBJECT =
  /^((?:\p{Lu}[\p{L}’'-]*|\d+)(?:\s+(?:\p{Lu}[\p{L}’'-]*|\d+|of|and|for|the|in|on)){1,7})\s+(?:aims|is|will|seeks|supports|works|helps|provides|was|has)\b/u;

/**
 * A title for pages that never state one, read from the subject of the first paragraph, and
 * only if the page repeats that name at least once more. Reported as a guess.
 */
export function guessTitle(
  blocks: readonly string[],
  fullText: string,
): { title: string; snippet: string } | undefined {
  for (const block of blocks.slice(0, 3)) {
    const match = SUBJECT.exec(block.trim());
    const title = match?.[1]?.replace(/\s+(?:of|and|for|the|in|on)$/, '');
    if (!title || title.split(' ').length < 2) continue;
    if (fullText.split(title).length - 1 >= 2) return { title, snippet: match?.[0] ?? title };
  }
  return undefined;
}
