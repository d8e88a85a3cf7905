/**
 * Small text helpers shared by the import parsers: space normalisation, matching keys,
 * sentence splitting and slugs. Pure functions, no I/O.
 */

/**
 * Spaces that partners' pages use inside numbers and names: no-break, narrow no-break,
 * thin, hair, figure and ideographic spaces. They all mean "a space" to a parser.
 */
const ODD_SPACES = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;

/** Replaces exotic spaces with a plain one and drops zero-width characters. */
export function plainSpaces(text: string): string {
  return text.replace(ODD_SPACES, ' ').replace(/[\u200b-\u200d\u2060\ufeff]/g, '');
}

/** Collapses runs of whitespace into one space and trims. */
export function squash(text: string): string {
  return plainSpaces(text).replace(/\s+/g, ' ').trim();
}

/** Removes accents: "Ysyk-Köl" → "Ysyk-Kol". */
export function stripAccents(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '');
}

/**
 * Words of a name for matching, ignoring case, accents and punctuation; `&` counts as "and",
 * so "Foreign, Commonwealth & Development Office" and "foreign commonwealth and development
 * office" give the same words.
 */
export function matchWords(text: string): string[] {
  const words =
    stripAccents(text)
      .toLowerCase()
      .match(/[\p{L}\p{N}]+|&/gu) ?? [];
  return words.map((word) => (word === '&' ? 'and' : word));
}

/** One string key for a name: its match words joined by spaces. */
export function matchKey(text: string): string {
  return matchWords(text).join(' ');
}

// Abbreviations that end with a full stop without ending a sentence ("Sep. 2021", "No. 63",
// "U.S. Agency"), so the splitter does not cut after them.
const NON_FINAL =
  /(?:\b(?:no|nos|mr|mrs|ms|dr|st|vs|etc|e\.g|i\.e|approx|incl|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)|\b[A-Z](?:\.[A-Z])*)\.$/i;

/** Splits prose into sentences on ". ", "! " and "? " before a capital, a digit or a quote. */
export function sentences(text: string): string[] {
  const flat = squash(text);
  const result: string[] = [];
  const boundary = /[.!?…]["”’)]?\s+(?=["“‘(]?[\p{Lu}\p{N}])/gu;
  let start = 0;
  for (const match of flat.matchAll(boundary)) {
    const end = match.index + match[0].trimEnd().length;
    const candidate = flat.slice(start, end);
    if (NON_FINAL.test(candidate)) continue;
    result.push(candidate.trim());
    start = match.index + match[0].length;
  }
  const rest = flat.slice(start).trim();
  if (rest) result.push(rest);
  return result;
}

/** True when the text ends like a sentence does. */
export function endsSentence(text: string): boolean {
  return /[.!?…]["”’)]?$/.test(text.trim());
}

/** Number of words in a line. */
export function wordCount(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}

/** "EXPECTED IMPACT AND RESULTS" → "Expected impact and results", keeping known acronyms. */
export function sentenceCase(text: string, keepUpper: ReadonlySet<string> = new Set()): string {
  const words = squash(text)
    .toLowerCase()
    .split(' ')
    .map((word) => (keepUpper.has(word.toUpperCase()) ? word.toUpperCase() : word));
  const first = words[0] ?? '';
  words[0] = first.charAt(0).toUpperCase() + first.slice(1);
  return words.join(' ');
}

/** The 1-based line of the first occurrence of `snippet` in `text`, if it is there. */
export function lineOfSnippet(text: string, snippet: string): number | undefined {
  const probe = snippet.trim().slice(0, 60);
  if (!probe) return undefined;
  const index = text.indexOf(probe);
  if (index < 0) return undefined;
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Shortens a snippet for reports, on a word boundary, with an ellipsis. */
export function clip(text: string, max = 120): string {
  const flat = squash(text);
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > max / 2 ? space : max)}…`;
}
