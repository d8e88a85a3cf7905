/**
 * Pages that are not front matter or a learning plan: the title line, the "Label: value"
 * lines and the text about the publisher are taken out; the rest becomes the body tree.
 */
import type { Root } from 'mdast';
import { addToList, type Draft, setField, warn } from '../draft.ts';
import type { FieldContext } from '../extract/fields.ts';
import { readBareLabelLine, readLabelLine } from '../extract/labels.ts';
import { matchOrganization } from '../extract/organizations.ts';
import { isGeneralFundingSentence } from '../text/boilerplate.ts';
import { matchWords, squash, wordCount } from '../text/text.ts';
import { type Format, hasMarkdownSyntax } from './detect.ts';
import { readLabels } from './labelled.ts';
import { markdownToTree, textOf } from './markdown-input.ts';
import { plainTextToTree } from './plain-text.ts';

export interface Page {
  tree: Root;
  /** Lines about the implementer in general, for an "About the implementer" section. */
  about: string[];
  /** Fields stated by labels. */
  labelled: Set<string>;
}

/** A first line that reads as a title: short, no closing punctuation, not a label. */
function isTitleLine(line: string): boolean {
  const text = squash(line);
  return (
    text.length > 2 &&
    text.length <= 150 &&
    wordCount(text) <= 15 &&
    !/[.:;,!?]$/.test(text) &&
    !readLabelLine(text) &&
    /\p{L}/u.test(text)
  );
}

/**
 * Takes the title from a leading `# Title` (within the first lines, after any menu left in
 * an HTML page) or else from a first line that reads as a title, and blanks that line.
 */
/** Site chrome that comes before a page's title: menus, print buttons, breadcrumbs, a post date. */
export function isChromeLine(line: string): boolean {
  const text = squash(line.replace(/^#+\s*/, ''));
  return (
    /^(?:speeches shim|print friendly|print|share|menu|search|home|skip to (?:main )?content|skip to main content|main menu|navigation|english|русский|кыргызча|back)$/i.test(
      text,
    ) ||
    /^home\s*[>›»/|]/i.test(text) ||
    /^(?:posted|published|updated)(?: on)?\s+\S+/i.test(text) ||
    /^(?:[A-Z][a-z]+ \d{1,2}, \d{4}|\d{1,2} [A-Za-z]+ \d{4}|\d{1,2}\.\d{1,2}\.\d{4})$/.test(text)
  );
}

function takeTitle(draft: Draft, lines: string[]): void {
  const nonEmpty = lines
    .map((line, index) => ({ line, index }))
    .filter(({ line }) => line.trim() !== '' && !isChromeLine(line));
  // The first heading of level 1, else of any level when nothing but chrome comes before it.
  const heading =
    nonEmpty.slice(0, 12).find(({ line }) => /^#\s+\S/.test(line.trim())) ??
    (nonEmpty[0] && /^#{2,6}\s+\S/.test(nonEmpty[0].line.trim()) ? nonEmpty[0] : undefined);
  if (heading) {
    // The words of the heading only: a picture or link inside it (common in pasted HTML) goes.
    const title = textOf(markdownToTree(heading.line.trim().replace(/^#{2,6}/, '#')));
    if (title && setField(draft, 'title', squash(title), heading.line, 'first heading')) lines[heading.index] = '';
    return;
  }
  const first = nonEmpty[0];
  if (!first || !isTitleLine(first.line) || readBareLabelLine(first.line) || /\]\(|[*_`<>]/.test(first.line)) return;
  if (setField(draft, 'title', squash(first.line), first.line, 'first line')) lines[first.index] = '';
}

/**
 * "Swiss Agency for Development and Cooperation (SDC) – Water Governance" or "Clean Air | UNDP":
 * a publisher named beside the title. The title keeps the other part; the publisher becomes
 * the source's publisher, and a donor only when the registry says it is a donor body.
 */
function splitPublisher(draft: Draft, ctx: FieldContext): void {
  const title = draft.record.title;
  if (!title) return;
  const parts = /^(.{2,120}?)\s+[–—|-]\s+(.{2,200})$/.exec(title) ?? undefined;
  if (!parts?.[1] || !parts[2]) return;
  for (const [org, rest] of [
    [parts[1], parts[2]],
    [parts[2], parts[1]],
  ] as const) {
    const id = matchOrganization(ctx.organizations, org);
    if (!id) continue;
    draft.record.title = rest.trim();
    const kind = ctx.vocabulary.organizations.get(id)?.kind;
    if (kind === 'bilateral donor' || kind === 'multilateral') {
      addToList(draft, 'donors', [id], title, 'pattern: the publisher named in the title (a donor body)');
    }
    warn(draft, `title: "${org.trim()}" was named beside the title as its publisher and taken out of it`);
    return;
  }
}

/**
 * On labelled pages the text before the labels often describes the publisher, not the
 * project ("DPI implemented about 60 projects… funding from SDC, FCDO, USAID…"). Lines there
 * that name the implementer or speak of funders in general move to the end of the body.
 */
function takeAboutImplementer(draft: Draft, ctx: FieldContext, lines: string[], before: number): string[] {
  const names = (draft.record.implementers ?? []).flatMap((id) => {
    const org = ctx.vocabulary.organizations.get(id);
    return org ? [org.name, ...(org.acronym ? [org.acronym] : []), ...org.aliases] : [];
  });
  const mentions = (line: string) =>
    names.some((name) => ` ${matchWords(line).join(' ')} `.includes(` ${matchWords(name).join(' ')} `));
  const moved: string[] = [];
  for (let i = 0; i < before; i++) {
    const line = lines[i] ?? '';
    if (!line.trim() || (draft.record.title && line.includes(draft.record.title))) continue;
    if (mentions(line) || isGeneralFundingSentence(line)) {
      moved.push(line.trim());
      lines[i] = '';
    }
  }
  if (moved.length) {
    warn(
      draft,
      `moved ${moved.length} paragraph(s) before the labels, which describe the implementer in general, to "About the implementer" at the end; organisations named there were not read as this project's donors`,
    );
  }
  return moved;
}

export function readPage(draft: Draft, ctx: FieldContext, text: string, format: Format): Page {
  const lines = text.split('\n');
  takeTitle(draft, lines);
  splitPublisher(draft, ctx);
  const labels = readLabels(draft, ctx, lines);
  const about = labels.firstLabel === undefined ? [] : takeAboutImplementer(draft, ctx, labels.rest, labels.firstLabel);
  const rest = labels.rest.join('\n');
  const acronyms = new Set(
    [...ctx.vocabulary.organizations.values()].flatMap((org) => (org.acronym ? [org.acronym] : [])),
  );
  const plain = format !== 'markdown' && format !== 'front-matter' && format !== 'html' && !hasMarkdownSyntax(rest);
  return { tree: plain ? plainTextToTree(rest, acronyms) : markdownToTree(rest), about, labelled: labels.fields };
}
