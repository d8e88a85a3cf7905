/**
 * Which shape a page has, so the right reader runs. The checks go from the most specific
 * signal to the least: front matter, learning-plan tags, an HTML page, "Label: value" lines
 * (with the USAID page as a labelled variant), Markdown syntax, and finally plain prose.
 */
import { readLabelLine } from '../extract/labels.ts';
import { TAG } from './learning-plan.ts';

export const FORMATS = [
  'front-matter',
  'learning-plan',
  'html',
  'usaid-page',
  'labelled',
  'markdown',
  'prose',
] as const;
export type Format = (typeof FORMATS)[number];

const FRONT_MATTER = /^---[ \t]*\n[\s\S]*?\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;
const HTML_TAG =
  /<\/?(?:html|head|body|p|div|span|h[1-6]|ul|ol|li|table|tr|td|article|section|br|a|strong|em|img)\b[^>]*>/gi;

/** Number of matches of a global pattern, counting at most `limit`. */
function count(text: string, pattern: RegExp, limit = 50): number {
  let n = 0;
  for (const _ of text.matchAll(pattern)) if (++n >= limit) break;
  return n;
}

export function detectFormat(text: string): Format {
  if (FRONT_MATTER.test(text)) return 'front-matter';
  if (count(text, TAG) >= 2) return 'learning-plan';
  const trimmed = text.trimStart();
  const htmlTags = count(text, HTML_TAG);
  if (/^<(?:!doctype|html|body|head)\b/i.test(trimmed) || (htmlTags >= 3 && trimmed.startsWith('<'))) return 'html';
  const lines = text.split('\n', 400);
  const labels = lines.map((line) => readLabelLine(line)?.field).filter(Boolean);
  if (labels.length >= 2) {
    // USAID project pages: "Implementing Partner:", a "Last updated:" line, a share button.
    const usaid =
      /^\s*implementing partners?\s*:/im.test(text) && /^\s*(?:last updated\s*:|share this page\s*$)/im.test(text);
    return usaid ? 'usaid-page' : 'labelled';
  }
  return hasMarkdownSyntax(text) ? 'markdown' : 'prose';
}

/**
 * True when the text uses Markdown beyond what plain pages also contain (a "-" or "•" list
 * is common in both): headings, links, pictures, bold, fenced code or tables.
 */
export function hasMarkdownSyntax(text: string): boolean {
  return /^#{1,6}\s|^```|^\|.*\|\s*$/m.test(text) || /!?\[[^\]\n]*\]\([^)\s]+\)|\*\*[^*\n]+\*\*/.test(text);
}
