/**
 * Plain-text pages to a Markdown tree: a line is a paragraph, "•" lines are a list, an
 * all-capitals line is a section heading, a short title-case line before a paragraph is a
 * sub-heading, and an enumeration run into a paragraph ("outcomes: 1) … 2) … 3) …") becomes a
 * numbered list. Text is carried over unchanged; only its structure is recovered.
 */
import type { Root, RootContent } from 'mdast';
import { endsSentence, sentenceCase, sentences, squash, wordCount } from '../text/text.ts';
import { heading, list, paragraph } from './markdown-input.ts';

const BULLET = /^\s*[•●▪◦·∙‣⁃*–-]\s+(.*)$/;
const NUMBERED = /^\s*(\d{1,2})[.)]\s+(.*)$/;

/** Lines joined where a sentence was hard-wrapped, split where a blank or new line starts one. */
function logicalLines(text: string): string[] {
  const lines: string[] = [];
  for (const raw of text.split('\n')) {
    const line = squash(raw);
    const previous = lines.at(-1);
    if (!line) {
      if (previous !== '') lines.push('');
      continue;
    }
    const continues = previous && !/[.!?:;”"»)]$/.test(previous) && /^\p{Ll}/u.test(line) && !BULLET.test(line);
    if (continues) lines[lines.length - 1] = `${previous} ${line}`;
    else lines.push(line);
  }
  return lines.filter(Boolean);
}

function isAllCapsHeading(line: string): boolean {
  return /\p{Lu}{2}/u.test(line) && !/\p{Ll}/u.test(line) && wordCount(line) <= 12 && !/[.!?]$/.test(line);
}

/** "Project goals:" alone on a line. */
function isColonHeading(line: string): boolean {
  return /^[^:]{2,60}:$/.test(line) && wordCount(line) <= 6;
}

/** "Better Management Practices", "Services that Meet Citizen’s Needs". */
function isTitleCaseLine(line: string): boolean {
  if (wordCount(line) > 14 || /[.!?:;,]$/.test(line) || /:\s/.test(line) || !/^\p{Lu}/u.test(line)) return false;
  const main = line.split(' ').filter((word) => word.length > 3);
  const capitalised = main.filter((word) => /^[\p{Lu}\p{N}]/u.test(word));
  return main.length > 0 && capitalised.length * 2 > main.length;
}

/**
 * Splits "…were held. Main project outcomes: 1) A. 2) B. 3) C. According to…" into the lead
 * paragraph, a heading for the short lead-in, the numbered items and the paragraph after.
 * The numbers must run 1, 2, 3… for the text to count as a list.
 */
export function splitInlineEnumeration(text: string): RootContent[] | undefined {
  const markers = [...text.matchAll(/(?:^|\s)(\d{1,2})\)\s+/g)];
  const run: RegExpExecArray[] = [];
  for (const marker of markers) if (Number(marker[1]) === run.length + 1) run.push(marker);
  if (run.length < 2) return undefined;
  const first = run[0];
  if (!first) return undefined;
  const nodes: RootContent[] = [];
  const lead = text.slice(0, first.index).trim();
  if (lead) {
    const leadSentences = sentences(lead);
    const last = leadSentences.at(-1) ?? '';
    if (last.endsWith(':') && wordCount(last) <= 6) {
      const before = leadSentences.slice(0, -1).join(' ');
      if (before) nodes.push(paragraph(before));
      nodes.push(heading(2, last.slice(0, -1)));
    } else {
      nodes.push(paragraph(lead));
    }
  }
  const items: string[] = [];
  let after = '';
  run.forEach((marker, i) => {
    const start = marker.index + marker[0].length;
    const next = run[i + 1];
    const itemText = text.slice(start, next ? next.index : undefined).trim();
    if (next) {
      items.push(itemText);
      return;
    }
    // The last item ends with its first sentence; what follows is ordinary text again.
    const [firstSentence = '', ...rest] = sentences(itemText);
    items.push(firstSentence);
    after = rest.join(' ');
  });
  nodes.push(list(items, true));
  if (after) nodes.push(paragraph(after));
  return nodes;
}

/** Converts plain text to a Markdown tree. `keepUpper` lists acronyms kept in sentence case. */
export function plainTextToTree(text: string, keepUpper: ReadonlySet<string> = new Set()): Root {
  const lines = logicalLines(text);
  const children: RootContent[] = [];
  let pendingList: { ordered: boolean; items: string[] } | undefined;
  let sectionSeen = false;
  const flush = () => {
    if (pendingList) children.push(list(pendingList.items, pendingList.ordered));
    pendingList = undefined;
  };
  lines.forEach((line, index) => {
    const bullet = BULLET.exec(line);
    const numbered = bullet ? undefined : NUMBERED.exec(line);
    if (bullet || numbered) {
      const ordered = Boolean(numbered);
      if (pendingList?.ordered !== ordered) flush();
      pendingList ??= { ordered, items: [] };
      pendingList.items.push((bullet?.[1] ?? numbered?.[2] ?? '').trim());
      return;
    }
    flush();
    const next = lines[index + 1] ?? '';
    if (isAllCapsHeading(line)) {
      sectionSeen = true;
      children.push(heading(2, sentenceCase(line, keepUpper)));
    } else if (isColonHeading(line) && next) {
      children.push(heading(sectionSeen ? 3 : 2, line.slice(0, -1).trim()));
    } else if (isTitleCaseLine(line) && endsSentence(next) && wordCount(next) > wordCount(line) * 2) {
      children.push(heading(sectionSeen ? 3 : 2, line));
    } else {
      children.push(...(splitInlineEnumeration(line) ?? [paragraph(line)]));
    }
  });
  flush();
  return { type: 'root', children };
}
