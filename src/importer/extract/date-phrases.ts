/**
 * Dates as partner pages write them: "Sep. 2021 – Sep. 2025", "Mar 2013 - Mar 2020",
 * "2019-2023", "April 23, 2019", "From January to September 2019". Each date keeps the
 * precision it was written with (year, month or day); nothing is rounded or guessed.
 */
import { type PartialDate, parsePartialDate } from '../../model/dates.ts';
import { plainSpaces } from '../text/text.ts';

/** A date found in text, with where it was. */
export interface FoundDate {
  date: PartialDate;
  index: number;
  end: number;
}

export interface DateRange {
  start?: PartialDate;
  end?: PartialDate;
  /** The words the range was read from. */
  snippet: string;
}

const MONTH_NAMES: readonly (readonly string[])[] = [
  ['jan', 'january', 'январь', 'января', 'январе'],
  ['feb', 'february', 'февраль', 'февраля', 'феврале'],
  ['mar', 'march', 'март', 'марта', 'марте'],
  ['apr', 'april', 'апрель', 'апреля', 'апреле'],
  ['may', 'май', 'мая', 'мае'],
  ['jun', 'june', 'июнь', 'июня', 'июне'],
  ['jul', 'july', 'июль', 'июля', 'июле'],
  ['aug', 'august', 'август', 'августа', 'августе'],
  ['sep', 'sept', 'september', 'сентябрь', 'сентября', 'сентябре'],
  ['oct', 'october', 'октябрь', 'октября', 'октябре'],
  ['nov', 'november', 'ноябрь', 'ноября', 'ноябре'],
  ['dec', 'december', 'декабрь', 'декабря', 'декабре'],
];
const MONTH_BY_NAME = new Map(MONTH_NAMES.flatMap((names, index) => names.map((name) => [name, index + 1] as const)));
const MONTH = `(?:${[...MONTH_BY_NAME.keys()].sort((a, b) => b.length - a.length).join('|')})\\.?`;
const YEAR = '(?:19|20|21)\\d\\d';
const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
// Letters around a match must not continue a word, so "mar" in "market" is not March.
const L = '(?<![\\p{L}\\p{N}])';
const R = '(?![\\p{L}\\p{N}])';

/** Alternatives in priority order: the longest, most precise forms first. */
const DATE_PATTERN = new RegExp(
  [
    `${L}(?<isoY>${YEAR})-(?<isoM>0[1-9]|1[0-2])(?:-(?<isoD>[0-3]\\d))?(?!\\d)`,
    `${L}(?<dmyD>${DAY})\\s+(?<dmyM>${MONTH}),?\\s+(?<dmyY>${YEAR})${R}`,
    `${L}(?<mdyM>${MONTH})\\s+(?<mdyD>${DAY}),?\\s+(?<mdyY>${YEAR})${R}`,
    `${L}(?<myM>${MONTH}),?\\s+(?<myY>${YEAR})${R}`,
    `${L}(?<dotD>[0-3]?\\d)\\.(?<dotM>[01]?\\d)\\.(?<dotY>${YEAR})${R}`,
    `${L}(?<slashM>0?[1-9]|1[0-2])/(?<slashY>${YEAR})${R}`,
    `${L}(?<y>${YEAR})${R}`,
    `${L}(?<m>${MONTH})(?=\\s|$|[,;–—-])`,
  ].join('|'),
  'giu',
);

/** 9 for "Sep", "Sep.", "September", "сентября"; undefined for other words. */
export function monthNumber(word: string): number | undefined {
  return MONTH_BY_NAME.get(word.toLowerCase().replace(/\.$/, ''));
}

function build(year: string | undefined, month?: string | number, day?: string): PartialDate | undefined {
  if (!year) return undefined;
  const m =
    typeof month === 'string' && !/^\d+$/.test(month)
      ? monthNumber(month)
      : month === undefined
        ? undefined
        : Number(month);
  if (month !== undefined && m === undefined) return undefined;
  const iso = [
    year,
    m === undefined ? undefined : String(m).padStart(2, '0'),
    day === undefined ? undefined : day.replace(/\D+$/, '').padStart(2, '0'),
  ]
    .filter((part) => part !== undefined)
    .join('-');
  return parsePartialDate(iso);
}

/** A date token; `month` alone means a month name without a year ("From January to …"). */
type Token = FoundDate | { month: number; index: number; end: number };

function tokens(text: string): Token[] {
  const found: Token[] = [];
  for (const match of text.matchAll(DATE_PATTERN)) {
    const g = match.groups ?? {};
    const at = { index: match.index, end: match.index + match[0].length };
    if (g.m) {
      const month = monthNumber(g.m);
      if (month) found.push({ month, ...at });
      continue;
    }
    const date =
      build(g.isoY, g.isoM, g.isoD) ??
      build(g.dmyY, g.dmyM, g.dmyD) ??
      build(g.mdyY, g.mdyM, g.mdyD) ??
      build(g.myY, g.myM) ??
      build(g.dotY, g.dotM, g.dotD) ??
      build(g.slashY, g.slashM) ??
      build(g.y);
    if (date) found.push({ date, ...at });
  }
  return found;
}

/** Every full date (with a year) in the text, in order. */
export function findDates(text: string): FoundDate[] {
  return tokens(plainSpaces(text)).filter((token): token is FoundDate => 'date' in token);
}

/** The first date in the text, e.g. "April 23, 2019" → { 2019, 4, 23 }. */
export function parseLooseDate(text: string): PartialDate | undefined {
  return findDates(text)[0]?.date;
}

const CONNECTOR = /^\s*(?:[–—‑−-]+|to|till|until|through|thru|and|по|до)\s*$/i;

/**
 * A range written as two dates with a connector between them: en dash, hyphen, "to",
 * "till", "until", "through", "and". A leading month without a year takes the year of the
 * end ("January to September 2019"). Returns undefined when there is no such pair.
 */
export function parseDateRange(text: string): DateRange | undefined {
  const flat = plainSpaces(text);
  const list = tokens(flat);
  for (let i = 0; i + 1 < list.length; i++) {
    const first = list[i];
    const second = list[i + 1];
    if (!first || !second || !('date' in second)) continue;
    if (!CONNECTOR.test(flat.slice(first.end, second.index))) continue;
    const start = 'date' in first ? first.date : inheritYear(first.month, second.date);
    if (!start) continue;
    return { start, end: second.date, snippet: flat.slice(first.index, second.end) };
  }
  return undefined;
}

function inheritYear(month: number, end: PartialDate): PartialDate | undefined {
  if (end.month === undefined || month > end.month) return undefined;
  return { year: end.year, month };
}

// Prose states a project's time with "from … to …" or "between … and …". A bare "2018-2040"
// in prose is usually a strategy or a law, and "since 2017" often dates one activity rather
// than the project, so neither is taken.
const PROSE_TRIGGER = /(?<![\p{L}])(?:from|between|с|в период с)\s+/giu;

/** A range stated in a sentence: "From January to September 2019", "between 2013 and 2020". */
export function findProseRange(text: string): DateRange | undefined {
  const flat = plainSpaces(text);
  for (const trigger of flat.matchAll(PROSE_TRIGGER)) {
    const after = trigger.index + trigger[0].length;
    const window = flat.slice(after, after + 60);
    if (tokens(window)[0]?.index !== 0) continue;
    const range = parseDateRange(window);
    if (range && window.startsWith(range.snippet)) return { ...range, snippet: `${trigger[0]}${range.snippet}` };
  }
  return undefined;
}
