/**
 * Cleans an imported body tree: pictures become captions (the importer never fetches files,
 * so every picture would be a broken remote or missing path), a caption repeated by the page
 * template appears once, photo credits join their caption, share buttons and the navigation
 * trailing a page go, empty headings go. The words of the real text are left as they were.
 */
import type { Image, PhrasingContent, Root, RootContent } from 'mdast';
import { textOf } from '../formats/markdown-input.ts';
import { isNavigationLine, isPhotoCredit, isSiteChrome } from './boilerplate.ts';
import { endsSentence, wordCount } from './text.ts';

/** "Tajikistan National Development Council 2-beda01.jpg" → "Tajikistan National Development Council". */
export function captionFromAlt(alt: string): string | undefined {
  const words = alt
    .replace(/\.(?:jpe?g|png|gif|webp|svg|tiff?)$/i, '')
    .replace(/[_+]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  // Trailing words with digits are upload counters and hashes ("2-beda01"), not description.
  while (words.length && /\d/.test(words.at(-1) ?? '')) words.pop();
  const caption = words.join(' ').trim();
  if (!caption || /^(?:missing alt text|image|photo|picture|img|untitled|no alt)$/i.test(caption)) return undefined;
  return caption;
}

/** What replaces a picture: its caption in italics, or a link when only the address is known. */
function replaceImage(image: Image, notes: string[]): PhrasingContent[] {
  const caption = captionFromAlt(image.alt ?? '') ?? (image.title ? captionFromAlt(image.title) : undefined);
  const remote = /^https?:\/\//i.test(image.url);
  if (caption) {
    notes.push(
      `picture "${image.url}" was not kept (not a local file next to the record); its caption "${caption}" stays as text`,
    );
    return [{ type: 'emphasis', children: [{ type: 'text', value: `Photo: ${caption}` }] }];
  }
  if (remote) {
    notes.push(`picture "${image.url}" has no description; it is kept as a link, not a picture`);
    return [{ type: 'link', url: image.url, children: [{ type: 'text', value: 'Image (no description given)' }] }];
  }
  notes.push(`picture "${image.url}" has no description and no reachable address; it was dropped`);
  return [];
}

/** Addresses a reader's browser must never follow from a draft: script and inline data. */
export function isUnsafeUrl(url: string): boolean {
  // Browsers ignore tabs, line breaks and leading control characters inside a scheme.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is being removed
  const scheme = url.replace(/[\u0000-\u0020]+/g, '').toLowerCase();
  return /^(?:javascript|vbscript|data|file):/.test(scheme);
}

/** `[text](javascript:…)` keeps its text and loses its link. */
function dropUnsafeLinks(nodes: RootContent[], notes: string[]): void {
  for (const node of nodes) {
    if (!('children' in node)) continue;
    const children = node.children as RootContent[];
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if ((child?.type === 'link' || child?.type === 'definition') && isUnsafeUrl(child.url)) {
        notes.push(`dropped the link "${child.url.slice(0, 60)}" (not a web address); its text stays`);
        children.splice(i, 1, ...(child.type === 'link' ? (child.children as RootContent[]) : []));
      }
    }
    dropUnsafeLinks(children, notes);
  }
}

function replaceImages(nodes: RootContent[], notes: string[]): void {
  for (const node of nodes) {
    if (!('children' in node)) continue;
    const children = node.children as RootContent[];
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child?.type === 'image') children.splice(i, 1, ...(replaceImage(child, notes) as RootContent[]));
      else if (child?.type === 'imageReference') children.splice(i, 1);
    }
    replaceImages(children, notes);
  }
}

/** A paragraph that is only italic text: a picture caption rather than prose. */
export function isCaptionParagraph(node: RootContent): boolean {
  return (
    node.type === 'paragraph' &&
    node.children.every((child) => child.type === 'emphasis' || (child.type === 'text' && !child.value.trim()))
  );
}

/** Tidies spaces inside text without touching words: double spaces, trailing blanks. */
function tidySpaces(node: Root | RootContent): void {
  if (node.type === 'text')
    node.value = node.value.replace(/[ \t\u00a0\u2009\u202f]{2,}/g, ' ').replace(/[ \t]+\n/g, '\n');
  if ('children' in node) {
    for (const child of node.children) tidySpaces(child);
    const last = node.children.at(-1);
    if (node.type === 'paragraph' && last?.type === 'text') last.value = last.value.trimEnd();
  }
}

const BARE_ADDRESS = /(?<![\w/.@-])(?:https?:\/\/|www\.)[^\s<>"]*[^\s<>".,;:!?)\]]/gi;

/**
 * Addresses written as plain text become links, as GFM would read them anyway; left as text,
 * the Markdown writer would have to escape them ("https\://", "www\.").
 */
function linkBareAddresses(node: Root | RootContent): void {
  if (!('children' in node) || node.type === 'link' || node.type === 'linkReference') return;
  const children = node.children as RootContent[];
  for (let i = children.length - 1; i >= 0; i--) {
    const child = children[i];
    if (!child) continue;
    if (child.type !== 'text') {
      linkBareAddresses(child);
      continue;
    }
    const parts: RootContent[] = [];
    let last = 0;
    for (const match of child.value.matchAll(BARE_ADDRESS)) {
      const url = /^www\./i.test(match[0]) ? `http://${match[0]}` : match[0];
      if (!URL.canParse(url)) continue;
      if (match.index > last) parts.push({ type: 'text', value: child.value.slice(last, match.index) });
      parts.push({ type: 'link', url, children: [{ type: 'text', value: match[0] }] });
      last = match.index + match[0].length;
    }
    if (!parts.length) continue;
    if (last < child.value.length) parts.push({ type: 'text', value: child.value.slice(last) });
    children.splice(i, 1, ...parts);
  }
}

/** Cleans the tree in place and returns notes on what was removed or changed, for the report. */
export function cleanBody(tree: Root): string[] {
  const notes: string[] = [];
  dropUnsafeLinks([tree as unknown as RootContent], notes);
  replaceImages(tree.children, notes);
  tree.children = tree.children.filter(
    (node) =>
      node.type !== 'html' &&
      !(node.type === 'paragraph' && !textOf(node) && !node.children.some((child) => child.type === 'link')),
  );

  const kept: RootContent[] = [];
  for (const node of tree.children) {
    const text = textOf(node);
    const previous = kept.at(-1);
    if ((node.type === 'paragraph' || node.type === 'heading') && isSiteChrome(text)) {
      notes.push(`removed site text "${text}"`);
      continue;
    }
    if (previous && node.type === previous.type && node.type === 'paragraph' && text === textOf(previous)) {
      notes.push(`removed a repeated caption: "${text}"`);
      continue;
    }
    const creditLine = node.type === 'paragraph' && !isCaptionParagraph(node) && isPhotoCredit(text);
    if (creditLine && previous?.type === 'paragraph' && wordCount(textOf(previous)) <= 30) {
      // "Caption." then "Photo: Smail.kg" is one picture caption; keep it as one, in italics.
      const caption = `${textOf(previous)} ${text}`;
      kept[kept.length - 1] = {
        type: 'paragraph',
        children: [{ type: 'emphasis', children: [{ type: 'text', value: caption }] }],
      };
      continue;
    }
    kept.push(node);
  }

  // Navigation left at the end of a page: a run of short lines, at least one a known menu item.
  let cut = kept.length;
  while (cut > 0) {
    const node = kept[cut - 1];
    const text = node ? textOf(node) : '';
    const short =
      (node?.type === 'paragraph' || node?.type === 'heading') && wordCount(text) <= 5 && !endsSentence(text);
    if (!short) break;
    cut--;
  }
  const trailer = kept.slice(cut);
  if (trailer.some((node) => isNavigationLine(textOf(node)))) {
    notes.push(`removed page navigation at the end: ${trailer.map((node) => `"${textOf(node)}"`).join(', ')}`);
    kept.length = cut;
  }

  // A heading with nothing under it before the next heading of the same or higher level.
  tree.children = kept.filter((node, index) => {
    if (node.type !== 'heading') return true;
    const next = kept[index + 1];
    const empty = !next || (next.type === 'heading' && next.depth <= node.depth);
    if (empty) notes.push(`removed the empty heading "${textOf(node)}"`);
    return !empty;
  });
  tidySpaces(tree);
  linkBareAddresses(tree);
  return notes;
}
