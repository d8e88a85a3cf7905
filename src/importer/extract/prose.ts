/**
 * Facts stated in sentences rather than labels: "From January to September 2019", "with
 * financial support from X and Y", "another DAI-implemented project", "with the Ministry of
 * X, Y and Z". Only explicit phrasings count; a name merely mentioned is not a role.
 * Sentences about the publisher's funders in general are skipped (see boilerplate.ts).
 */
import { toIso } from '../../model/dates.ts';
import { addToList, type Draft, setField, warn } from '../draft.ts';
import { isGeneralFundingSentence } from '../text/boilerplate.ts';
import { sentences } from '../text/text.ts';
import { findProseRange } from './date-phrases.ts';
import { applyPlaces, applyStrings, type FieldContext } from './fields.ts';
import { parseMoney } from './money-phrases.ts';
import { matchOrganization, organizationAtEnd, organizationsAtStart, proposeOrganization } from './organizations.ts';
import { findCountriesInText, findPlacesInText } from './places.ts';

export interface ProseWanted {
  dates: boolean;
  implementers: boolean;
  partners: boolean;
  places: boolean;
}

const DONOR_TRIGGER =
  /(?:(?<![\p{L}])при\s+(?:финансовой\s+)?поддержке\s+|\b(?:(?:with|through|thanks to)\s+(?:the\s+)?(?:generous\s+)?(?:financial\s+support|funding|financing|a\s+grant|grants?)\s+(?:from|of|by)|(?:funded|financed|sponsored|co-funded|co-financed)\s+by)\s+)/giu;
// "Under the program, USAID supports …": the programme's funder, on USAID pages and others.
const UNDER_THE_PROGRAMME =
  /\bunder the (?:program|programme|project|activity|facility),\s+(.{2,80}?)\s+(?:supports|funds|finances|provides)\b/gi;
const FUNDED_SUFFIX = /[-‑](?:funded|financed)\b/g;
const IMPLEMENTER_TRIGGER =
  /(?:\b(?:implemented|managed|carried out|delivered|led)\s+by\s+|(?<![\p{L}])реализуется\s+(?!при\s)(?:(?:общественным\s+)?(?:фондом|объединением|организацией)\s+)?)/giu;
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

// A proper name after a trigger: capitalised words (with "of", "for", "the", "and" inside),
// an optional "(ACR)"; or a name in «quotes», as Russian pages write them.
const PROPER_NAME =
  /^(?:the\s+)?((?:[\p{Lu}][\p{L}’'-]*|[\p{Lu}\p{N}]{2,})(?:\s+(?:(?:of|for|the|and|&|de|du)\s+)*(?:[\p{Lu}][\p{L}’'-]*))*(?:\s+\([\p{Lu}\p{N}&.-]{2,10}\))?)|^[^«]{0,40}«([^»]{2,80})»/u;

const stem = (word: string) => word.toLowerCase().slice(0, Math.max(3, word.length - 2));

/**
 * A known organisation named in Russian in another grammatical case ("Институтом политики
 * развития" for "Институт политики развития"): word stems compared; or a name followed within
 * a few words by a known acronym in brackets ("Швейцарского агентства … (SDC)").
 */
function russianNameAtStart(ctx: FieldContext, rest: string): { id: string; end: number } | undefined {
  if (!/^[А-ЯЁ]/u.test(rest)) return undefined;
  const words = rest.split(/\s+/);
  for (const org of ctx.vocabulary.organizations.values()) {
    for (const name of [org.name, ...org.aliases]) {
      if (!/[А-Яа-яЁё]/.test(name)) continue;
      const parts = name.split(/\s+/);
      if (parts.every((part, i) => (words[i] ?? '').toLowerCase().startsWith(stem(part)))) {
        return { id: org.id, end: words.slice(0, parts.length).join(' ').length };
      }
    }
  }
  // The bracket must belong to this name, not to one after the next trigger word ("при").
  const bracket = /^(?:(?!\sпри\s)[^().!?]){0,100}?\(([\p{Lu}\p{N}&.-]{2,10})\)/u.exec(rest);
  const byAcronym = bracket?.[1] ? matchOrganization(ctx.organizations, bracket[1]) : undefined;
  if (bracket && byAcronym) return { id: byAcronym, end: bracket[0].length };
  return undefined;
}

/** The organisations named right after a trigger: known ones, else one proposed new one. */
function namesAfter(draft: Draft, ctx: FieldContext, rest: string): { id: string; end: number }[] {
  const known = organizationsAtStart(ctx.organizations, rest);
  if (known.length) return known.map((name) => ({ id: name.id, end: known.end ?? 0 }));
  const declined = russianNameAtStart(ctx, rest);
  if (declined) return [declined];
  const match = PROPER_NAME.exec(rest);
  const name = match?.[1] ?? match?.[2];
  if (!match || !name) return [];
  const proposal = proposeOrganization(ctx.organizations, name);
  if (!proposal) return [];
  if (!draft.newOrganizations.some((org) => org.id === proposal.id)) draft.newOrganizations.push(proposal);
  warn(draft, `"${name}" is not in content/organizations; proposed as new organisation "${proposal.id}" (check it)`);
  return [{ id: proposal.id, end: match[0].length }];
}

function organizationsAfter(
  ctx: FieldContext,
  sentence: string,
  trigger: RegExp,
  draft?: Draft,
): { id: string; snippet: string }[] {
  const found: { id: string; snippet: string }[] = [];
  for (const match of sentence.matchAll(trigger)) {
    const rest = sentence.slice(match.index + match[0].length);
    if (draft) {
      const names = namesAfter(draft, ctx, rest);
      const snippet = sentence.slice(match.index, match.index + match[0].length + (names[0]?.end ?? 0));
      found.push(...names.map((name) => ({ id: name.id, snippet })));
      continue;
    }
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
    add(draft, 'donors', organizationsAfter(ctx, sentence, DONOR_TRIGGER, draft), 'prose: funding phrase');
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
      add(
        draft,
        'implementers',
        organizationsAfter(ctx, sentence, IMPLEMENTER_TRIGGER, draft),
        'prose: "implemented by" / "реализуется"',
      );
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
  if (!draft.record.budget) {
    for (const sentence of list) {
      const trigger =
        /\b(?:worth|a budget of|total budget of|budget of|total cost of|costs?|funding of|a grant of)\s+/i.exec(
          sentence,
        );
      const money = trigger
        ? parseMoney(sentence.slice(trigger.index + trigger[0].length, trigger.index + trigger[0].length + 40))
        : undefined;
      if (money?.currency && trigger) {
        setField(
          draft,
          'budget',
          { amount: money.amount, currency: money.currency },
          sentence,
          `pattern: "${trigger[0].trim()}" before an amount`,
        );
        break;
      }
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
    for (const found of findCountriesInText(ctx.places, list)) {
      addToList(draft, 'countries', [found.country], found.snippet, `pattern: ${found.how}`);
    }
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
