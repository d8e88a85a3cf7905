/**
 * Markdown and HTML in, one Markdown syntax tree out, through remark and rehype, so HTML
 * remnants (`<div class="group">`, `&amp;`, `<br>`) become ordinary Markdown and the body is
 * written back in one consistent style.
 */
import type { Element as HastElement, Root as HastRoot } from 'hast';
import type { Root, RootContent } from 'mdast';
import { toString as mdastToString } from 'mdast-util-to-string';
import rehypeParse from 'rehype-parse';
import rehypeRaw from 'rehype-raw';
import rehypeRemark from 'rehype-remark';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';

// Markdown → HTML tree (raw HTML parsed into real elements) → Markdown tree.
const markdownParser = unified().use(remarkParse).use(remarkGfm).freeze();
const throughHtml = unified().use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw).use(rehypeRemark).freeze();
const htmlParser = unified().use(rehypeParse, { fragment: true }).freeze();
const htmlToMarkdownTree = unified().use(rehypeRemark).freeze();

/** Page chrome around the article: menus, headers, footers, sidebars, scripts and forms. */
const CHROME_ELEMENTS = new Set([
  'nav',
  'header',
  'footer',
  'aside',
  'script',
  'style',
  'noscript',
  'form',
  'template',
  'iframe',
]);

function dropChrome(node: HastRoot | HastElement): void {
  node.children = node.children.filter((child) => child.type !== 'element' || !CHROME_ELEMENTS.has(child.tagName));
  for (const child of node.children) if (child.type === 'element') dropChrome(child);
}
const writer = unified()
  .use(remarkGfm)
  .use(remarkStringify, { bullet: '-', emphasis: '*', strong: '*', listItemIndent: 'one', rule: '-', fences: true })
  .freeze();

/** Parses Markdown that may contain HTML into a clean Markdown tree. */
export function markdownToTree(markdown: string): Root {
  const tree = markdownParser.parse(markdown);
  const hasHtml = tree.children.some(function containsHtml(node: RootContent): boolean {
    return node.type === 'html' || ('children' in node && (node.children as RootContent[]).some(containsHtml));
  });
  return hasHtml ? (throughHtml.runSync(tree) as unknown as Root) : tree;
}

/** Parses an HTML page or fragment into a Markdown tree. */
export function htmlToTree(html: string): Root {
  const hast = htmlParser.parse(html) as HastRoot;
  dropChrome(hast);
  return htmlToMarkdownTree.runSync(hast) as unknown as Root;
}

/** Writes a Markdown tree as text, ending with one newline (or empty for an empty tree). */
export function treeToMarkdown(tree: Root): string {
  if (!tree.children.length) return '';
  return `${writer.stringify(tree).trim()}\n`;
}

/** The plain text of a node, with soft line breaks kept as spaces. */
export function textOf(node: Root | RootContent): string {
  return mdastToString(node, { includeImageAlt: false }).replace(/\s+/g, ' ').trim();
}

/** A paragraph holding plain text. */
export function paragraph(text: string): RootContent {
  return { type: 'paragraph', children: [{ type: 'text', value: text }] };
}

/** A heading holding plain text. */
export function heading(depth: 1 | 2 | 3 | 4 | 5 | 6, text: string): RootContent {
  return { type: 'heading', depth, children: [{ type: 'text', value: text }] };
}

/** A list of plain-text items. */
export function list(items: readonly string[], ordered = false): RootContent {
  return {
    type: 'list',
    ordered,
    spread: false,
    children: items.map((item) => ({ type: 'listItem', spread: false, children: [paragraph(item) as never] })),
  };
}
