/**
 * Limits on a Markdown body, checked before it is rendered: thousands of nested lists or
 * quotes exhaust the parser's stack, long runs of `*` take the emphasis matcher minutes, and a
 * table with thousands of columns becomes tens of megabytes of HTML. No real project page
 * comes near these limits.
 */

export const BODY_LIMITS = {
  /** Characters in one body. */
  characters: 200_000,
  /** Quotes, list items and HTML elements inside one another. */
  depth: 24,
  /** Emphasis, strike-through and link delimiters (`*`, `_`, `~`, `[`) in one paragraph. */
  delimiters: 600,
  /** Columns of one table. */
  columns: 40,
} as const;

export interface BodyProblem {
  /** 1-based line within the body. */
  line: number;
  message: string;
}

const TOO_COMPLEX = 'the body is too complex to render safely';
const CONTAINER = /^ {0,3}(?:>|[-+*](?=\s|$)|\d{1,9}[.)](?=\s|$))\s*/;
const DELIMITER_ROW = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?\s*$/;
const HTML_TAG = /<(\/?)([a-z][a-z0-9]*)\b[^>]*?(\/?)>/gi;
const VOID_ELEMENTS = new Set(['br', 'hr', 'img', 'input', 'wbr', 'col', 'area', 'source', 'meta', 'link']);

/** The first limit the body exceeds, with its line, or undefined. */
export function checkBody(body: string): BodyProblem | undefined {
  if (body.length > BODY_LIMITS.characters) {
    return {
      line: 1,
      message: `the body has ${body.length.toLocaleString('en')} characters; the limit is ${BODY_LIMITS.characters.toLocaleString('en')}. Shorten it or link to the full document`,
    };
  }
  const lines = body.split('\n');
  let delimiters = 0;
  let paragraphStart = 0;
  let htmlDepth = 0;
  for (const [index, text] of lines.entries()) {
    const line = index + 1;
    if (!text.trim()) {
      delimiters = 0;
      paragraphStart = index + 1;
      continue;
    }
    let depth = Math.floor((text.length - text.trimStart().length) / 2);
    let rest = text.trimStart();
    for (let match = CONTAINER.exec(rest); match?.[0].length; match = CONTAINER.exec(rest)) {
      depth++;
      rest = rest.slice(match[0].length);
      if (depth > BODY_LIMITS.depth) break;
    }
    if (depth > BODY_LIMITS.depth) {
      return {
        line,
        message: `${TOO_COMPLEX}: lists or quotes are nested more than ${BODY_LIMITS.depth} levels deep here; flatten them`,
      };
    }
    for (const tag of text.matchAll(HTML_TAG)) {
      const name = (tag[2] ?? '').toLowerCase();
      if (tag[3] || VOID_ELEMENTS.has(name)) continue;
      htmlDepth += tag[1] ? -1 : 1;
      if (htmlDepth > BODY_LIMITS.depth) {
        return {
          line,
          message: `${TOO_COMPLEX}: HTML elements are nested more than ${BODY_LIMITS.depth} levels deep here; remove the extra <${name}> tags`,
        };
      }
    }
    if (htmlDepth < 0) htmlDepth = 0;
    delimiters += text.replace(/[^*_~[]/g, '').length;
    if (delimiters > BODY_LIMITS.delimiters) {
      return {
        line: paragraphStart + 1,
        message: `${TOO_COMPLEX}: the paragraph starting here has more than ${BODY_LIMITS.delimiters} emphasis or link marks (*, _, ~, [); remove the stray marks or split the paragraph`,
      };
    }
    if (DELIMITER_ROW.test(text)) {
      const columns = text
        .trim()
        .replace(/^\||\|$/g, '')
        .split('|').length;
      if (columns > BODY_LIMITS.columns) {
        return {
          line: Math.max(1, line - 1),
          message: `${TOO_COMPLEX}: the table starting here has ${columns} columns; the limit is ${BODY_LIMITS.columns}. Split it or link to a spreadsheet`,
        };
      }
    }
  }
  return undefined;
}
