import { readFileSync, statSync } from 'node:fs';
import matter from 'gray-matter';
import { type Document, LineCounter, parseDocument } from 'yaml';

/** Files larger than this are refused: a project page is text, not an archive. */
export const MAX_FILE_BYTES = 1024 * 1024;

export type TextResult = { ok: true; text: string } | { ok: false; message: string; line?: number | undefined };

/**
 * Reads a content file as UTF-8 text, refusing binaries, oversize files and other encodings.
 * A byte-order mark is dropped and CRLF line endings become LF, so Windows editors are fine.
 */
export function readText(
  path: string,
  emptyMessage = 'the file is empty; start from `npm run new -- "Project title"`',
): TextResult {
  const size = statSync(path).size;
  if (size > MAX_FILE_BYTES) {
    const mb = (size / 1024 / 1024).toFixed(1);
    return {
      ok: false,
      message: `the file is ${mb} MB; the limit is 1 MB. Shorten the body or link to long documents instead of pasting them`,
    };
  }
  const bytes = readFileSync(path);
  if (bytes.length === 0) return { ok: false, message: emptyMessage };
  if (bytes.includes(0))
    return { ok: false, message: 'the file is binary, not text; content files must be plain UTF-8 text' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { ok: true, text: text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n') };
  } catch {
    const line = firstInvalidUtf8Line(bytes);
    return {
      ok: false,
      line,
      message:
        'the file is not valid UTF-8 (probably saved as Windows-1251 or Latin-1); re-save it with UTF-8 encoding',
    };
  }
}

function firstInvalidUtf8Line(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      line++;
      start = i + 1;
    }
  }
  return line;
}

export interface YamlSource {
  /** Parsed document, kept for finding the line of a field. */
  document: Document;
  lineCounter: LineCounter;
  /** Lines before the YAML text in its file (1 for the opening `---` of front matter). */
  lineOffset: number;
}

export type FrontMatterResult =
  | { ok: true; data: unknown; body: string; yaml: YamlSource; bodyLine: number }
  | { ok: false; message: string; line?: number | undefined };

/** Splits front matter from the Markdown body (with gray-matter) and parses the YAML with positions. */
export function parseFrontMatter(text: string): FrontMatterResult {
  const lines = text.split('\n');
  if (lines[0]?.trim() !== '---') {
    return {
      ok: false,
      line: 1,
      message: 'the file has no front matter; begin it with a line `---`, then the fields, then another `---`',
    };
  }
  const close = lines.findIndex((line, index) => index > 0 && /^---\s*$/.test(line));
  const dots = lines.findIndex((line, index) => index > 0 && /^\.\.\.\s*$/.test(line));
  if (dots > 0 && (close < 0 || dots < close)) {
    return {
      ok: false,
      line: dots + 1,
      message: 'the front matter is closed with `...`; close it with a line `---` instead',
    };
  }
  if (close < 0) {
    return {
      ok: false,
      line: 1,
      message: 'the front matter opened on line 1 is never closed; add a line `---` after the last field',
    };
  }
  let yaml: YamlSource | undefined;
  let failure: { message: string; line?: number | undefined } | undefined;
  const file = matter(text, {
    engines: {
      yaml: (source: string) => {
        // gray-matter hands over the text after the opening `---`, newline included.
        const parsed = parseYaml(source, source.startsWith('\n') ? 0 : 1);
        if (!parsed.ok) {
          failure = parsed;
          return {};
        }
        yaml = parsed.yaml;
        return parsed.data as object;
      },
    },
  });
  if (failure) return { ok: false, ...failure };
  if (!yaml) return { ok: false, line: 1, message: 'the front matter could not be read' };
  return { ok: true, data: file.data, body: file.content, yaml, bodyLine: close + 2 };
}

export type YamlResult =
  | { ok: true; data: unknown; yaml: YamlSource }
  | { ok: false; message: string; line?: number | undefined };

/** Parses YAML keeping positions; errors are rephrased for editors with their line. */
export function parseYaml(source: string, lineOffset = 0): YamlResult {
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const error = document.errors[0];
  if (error) {
    const at = lineCounter.linePos(error.pos[0]).line;
    const quote = error.code === 'MISSING_CHAR' && /quote/i.test(error.message) ? openQuoteLine(source, at) : undefined;
    if (quote) {
      return {
        ok: false,
        line: quote.line + lineOffset,
        message: `the quote ${quote.mark} opened on this line is never closed; add the closing ${quote.mark} at the end of the value`,
      };
    }
    return { ok: false, line: at + lineOffset, message: explainYamlError(error.code, error.message, source, at) };
  }
  try {
    // An alias bomb (`&a` referenced thousands of times, nested) would exhaust memory; the
    // parser stops it at 100 aliases, which no honest content file needs.
    return { ok: true, data: document.toJS({ maxAliasCount: 100 }), yaml: { document, lineCounter, lineOffset } };
  } catch {
    const anchor = source.split('\n').findIndex((text) => /(^|\s)&\S/.test(text));
    return {
      ok: false,
      line: Math.max(anchor, 0) + 1 + lineOffset,
      message:
        'the YAML repeats anchors (`&name`) and aliases (`*name`) too often to be expanded safely; write the values out instead of using aliases',
    };
  }
}

/** The line of the last quote left open at or before `line`, with the quote character. */
function openQuoteLine(source: string, line: number): { line: number; mark: string } | undefined {
  const lines = source.split('\n').slice(0, line);
  for (let index = lines.length - 1; index >= 0; index--) {
    const value =
      /^\s*(?:-\s+)?[^:#'"]*:\s+(["'])/.exec(lines[index] ?? '') ?? /^\s*-\s+(["'])/.exec(lines[index] ?? '');
    if (!value) continue;
    const mark = value[1] as string;
    const rest = (lines[index] ?? '').slice(value.index + value[0].length);
    if (!rest.includes(mark)) return { line: index + 1, mark };
  }
  return undefined;
}

function explainYamlError(code: string, message: string, source: string, line: number): string {
  const text = source.split('\n')[line - 1] ?? '';
  if (code === 'TAB_AS_INDENT' || /^\t/.test(text) || /tab/i.test(message)) {
    return 'a tab is used for indentation; YAML needs spaces, so replace the tab with two spaces';
  }
  if (code === 'DUPLICATE_KEY') {
    const key = /^\s*(?:-\s+)?([^:]+):/.exec(text)?.[1]?.trim();
    return key
      ? `the field "${key}" appears twice; keep one of them`
      : `a field appears twice (${message.split('\n')[0]}); keep one`;
  }
  if (code === 'BAD_INDENT' || code === 'MISSING_CHAR' || /indent/i.test(message)) {
    return `the indentation is inconsistent near "${text.trim()}"; line up items of one list or object with the same number of spaces`;
  }
  return `the YAML cannot be read near "${text.trim()}" (${message.split('\n')[0]}); check for a missing colon, an unclosed quote or wrong indentation`;
}

/**
 * The 1-based file line of the field at `path` (of `key` inside it, when given). A field that
 * is missing points at its nearest parent's key, where the editor has to add it.
 */
export function lineOf(source: YamlSource, path: readonly (string | number)[], key?: string): number | undefined {
  const line = (node: unknown) => {
    const offset = (node as { range?: [number, number, number] } | null | undefined)?.range?.[0];
    return offset === undefined ? undefined : source.lineCounter.linePos(offset).line + source.lineOffset;
  };
  const nodeAt = (at: readonly (string | number)[]) =>
    at.length ? source.document.getIn(at, true) : source.document.contents;
  if (key !== undefined) {
    const found = line(childOf(nodeAt(path), key));
    if (found !== undefined) return found;
  }
  for (let depth = path.length; depth > 0; depth--) {
    const found = line(childOf(nodeAt(path.slice(0, depth - 1)), path[depth - 1] as string | number));
    if (found !== undefined) return found;
  }
  return line(source.document.contents);
}

/** A map's key node named `part`, or a sequence's item at index `part`. */
function childOf(node: unknown, part: string | number): unknown {
  const items = (node as { items?: unknown[] } | null | undefined)?.items;
  if (!items) return undefined;
  if (typeof part === 'number') return items[part];
  return (items as { key?: { value?: unknown } }[]).find((pair) => pair.key?.value === part)?.key;
}
