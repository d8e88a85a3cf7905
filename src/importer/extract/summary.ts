/**
 * A summary from the body when the source has none: the first paragraph of real prose, cut
 * to whole sentences within the content model's 400 characters. Words are not rewritten.
 */
import type { Root } from 'mdast';
import { projectShape } from '../../model/schemas/project.ts';
import { textOf } from '../formats/markdown-input.ts';
import { isCaptionParagraph } from '../text/body.ts';
import { endsSentence, sentences } from '../text/text.ts';

/** The content model's limit on a summary's length. */
export const SUMMARY_LIMIT = projectShape.summary.maxLength ?? 400;

export interface SummaryChoice {
  summary: string;
  /** The paragraph it was taken from. */
  snippet: string;
  /** Set when a sentence had to be cut, for the report. */
  note?: string;
}

// A sentence that runs on without its full stop ("…in the Kyrgyz Republic Within the
// framework of…") is split before a capitalised word that usually opens a sentence.
const RUN_ON =
  /\s(?=((?:Within|During|Under|Through|Since|After|Before|However|Moreover|In addition|As a result|The project|The programme|The program|This|These|It|They|We))\s)/;

/** The leading whole sentences of `text` that fit in the limit, or a run-on first sentence cut where it should have ended. */
export function fitSummary(text: string): { summary: string; note?: string } | undefined {
  const parts = sentences(text);
  let summary = '';
  for (const part of parts) {
    const next = summary ? `${summary} ${part}` : part;
    if (next.length > SUMMARY_LIMIT) break;
    summary = next;
  }
  if (summary) return { summary };
  const first = parts[0] ?? '';
  const runOn = RUN_ON.exec(first.slice(60));
  if (runOn) {
    const cut = first.slice(0, 60 + runOn.index).trim();
    if (cut.length <= SUMMARY_LIMIT) {
      const summary = endsSentence(cut) ? cut : `${cut.replace(/[,;:]$/, '')}.`;
      return {
        summary,
        note: `the first sentence has no full stop before "${runOn[1] ?? ''} …"; the summary ends there`,
      };
    }
  }
  return undefined;
}

/** The first paragraph that reads as prose (not a caption, not a one-liner), fitted to 400 characters. */
export function chooseSummary(tree: Root): SummaryChoice | undefined {
  for (const node of tree.children) {
    if (node.type !== 'paragraph' || isCaptionParagraph(node)) continue;
    const text = textOf(node);
    if (text.length < 60 || !/[.!?]/.test(text)) continue;
    const fitted = fitSummary(text);
    if (fitted) return { ...fitted, snippet: text };
  }
  return undefined;
}
