/**
 * Labelled fields in plain pages: "Duration: Sep. 2021 – Sep. 2025", "Implementing Partner:
 * East-West Management Institute", "Key partners: a/ b/ c". Labels vary by publisher and by
 * case, so each field lists the wordings seen on partners' pages; matching ignores case,
 * "(s)" and extra spaces.
 */
import { squash } from '../text/text.ts';

export type LabelField =
  | 'title'
  | 'summary'
  | 'dates'
  | 'start'
  | 'end'
  | 'updated'
  | 'budget'
  | 'donors'
  | 'implementers'
  | 'partners'
  | 'locations'
  | 'countries'
  | 'contact'
  | 'solutions'
  | 'sdgs'
  | 'tags'
  | 'link'
  | 'source'
  | 'status';

const LABELS: readonly (readonly [LabelField, RegExp])[] = [
  [
    'title',
    /^(?:project |program |programme |activity )?(?:title|name)$|^name of (?:the )?project$|^(?:titre|nom) du projet$|^(?:название|наименование)(?: проекта)?$/,
  ],
  ['summary', /^(?:project )?(?:summary|description|overview|abstract)$|^(?:résumé|описание|краткое описание)$/],
  [
    'dates',
    /^(?:project |activity |program |programme |implementation )?(?:duration|period|dates?|timeline|time ?frame|term|life of (?:the )?(?:project|activity|program|programme))$|^(?:durée|période)(?: du projet)?$|^(?:сроки(?: реализации)?|период(?: реализации)?|продолжительность)$/,
  ],
  [
    'start',
    /^(?:project )?(?:start|start date|starting date|launch date|begins?)$|^date de début$|^(?:дата )?начал[оа]$/,
  ],
  [
    'end',
    /^(?:project )?(?:end|end date|completion date|closing date|ends?)$|^date de fin$|^(?:дата )?(?:окончания|завершения)$/,
  ],
  ['updated', /^(?:last )?(?:updated|modified|last modified|date modified|page updated|last update)(?: on)?$/],
  [
    'budget',
    /^(?:total |project |estimated |overall )?(?:budget|funding level|funding amount|funding|amount|cost|value|grant amount|contract value)(?: \(\w+\))?$|^(?:montant|coût)(?: total)?$|^(?:бюджет|сумма|стоимость)(?: проекта)?$/,
  ],
  [
    'donors',
    /^(?:donors?|funders?|funded by|financed by|funding (?:agency|partner|source|organi[sz]ation)s?|sponsors?|client|donor agency|financing)$|^bailleurs?(?: de fonds)?$|^(?:донор|доноры|финансирование)$/,
  ],
  [
    'implementers',
    /^(?:implementers?|implementing (?:partners?|organi[sz]ations?|agency|agencies|entity)|implementation partners?|implemented by|lead (?:implementer|partner|organi[sz]ation)|prime (?:partner|contractor))$|^partenaires? de mise en œuvre$|^(?:исполнитель|исполнители|реализующая организация|организация-исполнитель)$/,
  ],
  [
    'partners',
    /^(?:key |main |other |local |project )?(?:partners?|partner organi[sz]ations?|collaborators|sub-?partners)$/,
  ],
  [
    'locations',
    /^(?:activity |project |target |implementation )?(?:locations?|sites?|areas?|regions?|geographic (?:focus|coverage|scope|areas?)|geography|coverage|where|oblasts?|provinces?|districts?)$/,
  ],
  [
    'countries',
    /^(?:countr(?:y|ies)|country\/countries|target countr(?:y|ies))$|^pays(?:\/région)?$|^(?:страна|страны)$/,
  ],
  [
    'contact',
    /^(?:(?:[\p{L}&.-]+ ){0,4}contacts?(?: person| persons| point| details)?|focal point|point of contact)$/u,
  ],
  ['solutions', /^(?:sectors?|solutions?|themes?|thematic (?:areas?|focus)|focus areas?)$/],
  ['sdgs', /^(?:sdgs?|sustainable development goals?)$/],
  ['tags', /^(?:tags|keywords)$/],
  ['link', /^(?:website|web ?site|url|link|project (?:website|page)|more information)$/],
  ['source', /^(?:source|source url|published by|publisher)$/],
  ['status', /^(?:status|project status)$/],
];

/** The field a label names, e.g. "Implementation partner" → "implementers". */
export function labelField(label: string): LabelField | undefined {
  const key = squash(label).toLowerCase().replace(/\(s\)/g, '').replace(/[*_]/g, '').trim();
  if (!key || key.length > 48) return undefined;
  return LABELS.find(([, pattern]) => pattern.test(key))?.[0];
}

export interface LabelledValue {
  field: LabelField;
  /** The label as written, e.g. "DPI contact". */
  label: string;
  /** The text after the colon, possibly empty when the value is on the next line. */
  value: string;
}

// "Label: value" with optional Markdown emphasis around the label ("**Budget:** $1m").
const LABEL_LINE = /^\s*[*_]{0,2}\s*([\p{L}][\p{L}\p{N} ’'()/&.-]{0,47}?)\s*[*_]{0,2}\s*[:：]\s*[*_]{0,2}\s*(.*?)\s*$/u;

/** Labels distinctive enough to be read without a colon ("Start Date 12 Mar 2016"). */
const BARE_LABEL_FIELDS: ReadonlySet<LabelField> = new Set([
  'title',
  'dates',
  'start',
  'end',
  'budget',
  'donors',
  'implementers',
  'countries',
]);

/**
 * A line of a database "at a glance" table without a colon: the first one to four words are
 * a known label and the rest is its value. Only short lines that do not read as a sentence
 * count, and only multi-word labels or single words that cannot start prose.
 */
export function readBareLabelLine(line: string): LabelledValue | undefined {
  const text = line.replace(/^[*_#\s]+/, '').trim();
  if (!text || text.length > 160 || /[.!?]$/.test(text)) return undefined;
  const words = text.split(/\s+/);
  for (let take = Math.min(4, words.length); take >= 1; take--) {
    const label = words.slice(0, take).join(' ').replace(/[*_]+/g, '');
    const field = labelField(label);
    if (!field || !BARE_LABEL_FIELDS.has(field)) continue;
    if (take === 1 && !/^(?:country|countries|budget|donors?|implementer|страна|бюджет|донор|pays)$/i.test(label))
      continue;
    const value = words
      .slice(take)
      .join(' ')
      .replace(/^[*_]+|[*_]+$/g, '')
      .trim();
    return { field, label, value };
  }
  return undefined;
}

/** "| Start date | 12 Mar 2016 |" → "Start date: 12 Mar 2016"; other lines are returned as they are. */
export function pipeRowAsLabel(line: string): string {
  const cells = /^\s*\|([^|]+)\|([^|]+)\|\s*$/.exec(line);
  if (!cells?.[1] || !cells[2] || /^[\s:-]+$/.test(cells[1])) return line;
  return `${cells[1].trim()}: ${cells[2].trim()}`;
}

/** Reads one line as "Label: value" when the label is one the importer knows. */
export function readLabelLine(line: string): LabelledValue | undefined {
  if (line.length > 2000) return undefined;
  const match = LABEL_LINE.exec(line);
  if (!match?.[1]) return undefined;
  const field = labelField(match[1]);
  if (!field) return undefined;
  const value = (match[2] ?? '').replace(/^[*_]+|[*_]+$/g, '').trim();
  // "Coverage: over the last decade the programme has…" is prose that happens to start with
  // a label word; only a summary is allowed to be a paragraph.
  if (field !== 'summary' && value.length > 400) return undefined;
  return { field, label: match[1].trim(), value };
}
