/**
 * Lists written in running text: "a/ b/ c", "a, b, and c", "a; b", "a and b". Names can
 * themselves contain the separators ("Foreign, Commonwealth & Development Office", "Ministry
 * of Labor and Social Development"), so splitting keeps the separators and `matchList`
 * rejoins neighbouring pieces whenever the joined text is a known name.
 */
import { squash } from '../text/text.ts';

export interface SplitList {
  /** The pieces, trimmed, in order. */
  items: string[];
  /** `separators[i]` is the text between `items[i]` and `items[i + 1]`. */
  separators: string[];
}

// ", and" before "and" so that an Oxford comma is one separator; "and" and "&" only as whole
// words. Names that contain one ("Foreign, Commonwealth & Development Office") are rejoined
// by `matchList`.
const SEPARATOR = /\s*(?:[;/|]|,\s*(?:and|or)\s+|,|\s+(?:and|&)\s+|\s+as well as\s+)\s*/giu;

/** Splits on "/", ",", ";", "|" and "and", keeping what separated each piece. */
export function splitListWithSeparators(text: string): SplitList {
  const flat = squash(text).replace(/[.;:,]+$/, '');
  const items: string[] = [];
  const separators: string[] = [];
  let start = 0;
  for (const match of flat.matchAll(SEPARATOR)) {
    if (insideParentheses(flat, match.index)) continue;
    items.push(flat.slice(start, match.index).trim());
    separators.push(match[0]);
    start = match.index + match[0].length;
  }
  items.push(flat.slice(start).trim());
  // Drop empty pieces ("a, , b") together with the separator before them.
  const keptItems: string[] = [];
  const keptSeparators: string[] = [];
  items.forEach((item, index) => {
    if (!item) return;
    if (keptItems.length) keptSeparators.push(separators[index - 1] ?? ', ');
    keptItems.push(item);
  });
  return { items: keptItems, separators: keptSeparators };
}

/** The pieces of a list, e.g. "A/ B/ C" → ["A", "B", "C"]. */
export function splitList(text: string): string[] {
  return splitListWithSeparators(text).items;
}

function insideParentheses(text: string, index: number): boolean {
  const before = text.slice(0, index);
  return before.lastIndexOf('(') > before.lastIndexOf(')');
}

/** How one stretch of a list was read. */
export interface ListMatch<T> {
  /** The text of the stretch, separators included. */
  text: string;
  /** What the matcher returned, or undefined for an unknown piece. */
  value: T | undefined;
}

/**
 * Reads a list against a matcher, preferring the longest run of neighbouring pieces that
 * matches as a whole: "Eastern Europe and Central Asia" stays one region rather than two, and
 * "Foreign", "Commonwealth & Development Office" become one organisation. The matcher also
 * gets the index of the first piece, for context that belongs to pieces (a place qualifier).
 */
export function matchList<T>(
  list: SplitList,
  match: (text: string, from: number) => T | undefined,
  maxJoin = 5,
): ListMatch<T>[] {
  const result: ListMatch<T>[] = [];
  let i = 0;
  while (i < list.items.length) {
    let taken = false;
    for (let j = Math.min(list.items.length, i + maxJoin); j > i; j--) {
      const text = joinRange(list, i, j);
      const value = match(text, i);
      if (value !== undefined) {
        result.push({ text, value });
        i = j;
        taken = true;
        break;
      }
    }
    if (!taken) {
      result.push({ text: list.items[i] ?? '', value: undefined });
      i++;
    }
  }
  return result;
}

function joinRange(list: SplitList, from: number, to: number): string {
  let text = list.items[from] ?? '';
  for (let k = from + 1; k < to; k++) text += (list.separators[k - 1] ?? ' ') + (list.items[k] ?? '');
  return text;
}
