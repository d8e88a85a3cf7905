import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** The prefix rehype-sanitize gives every `id` and `name`, so a body cannot clobber the page's own. */
export const CLOBBER_PREFIX = 'user-content-';

/**
 * Runs after sanitizing, on the final tree:
 * - in-page links (`#fn-1`) point at their target's prefixed id (`#user-content-fn-1`), which
 *   mends footnotes and heading links;
 * - root-relative links (`/projects/x/`) are rebased under the site's base path, so a body
 *   written for the site root works when the site is served from `/portfolio/`;
 * - a quote that starts with "Editor’s note" gets the class `editor-note`, so a note added by
 *   an editor looks different from the source's text.
 */
export function rehypeBodyLinks({ base = '/' }: { base?: string } = {}) {
  return (tree: Root) => {
    const ids = new Set<string>();
    visit(tree, 'element', (node: Element) => {
      if (typeof node.properties.id === 'string') ids.add(node.properties.id);
    });
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'blockquote' && isEditorNote(node)) node.properties.className = ['editor-note'];
      const href = node.properties.href;
      if (node.tagName !== 'a' || typeof href !== 'string') return;
      if (href.startsWith('#')) {
        const target = decodeURIComponent(href.slice(1));
        if (!ids.has(target) && ids.has(CLOBBER_PREFIX + target)) node.properties.href = `#${CLOBBER_PREFIX}${target}`;
      } else if (href.startsWith('/') && !href.startsWith('//') && base !== '/' && !href.startsWith(base)) {
        node.properties.href = base + href.slice(1);
      }
    });
  };
}

/** The wording that marks an editor's note: `> **Editor’s note:** …`. */
export const EDITOR_NOTE = /^editor[’']s note\b/i;

function isEditorNote(quote: Element): boolean {
  const paragraph = quote.children.find((child): child is Element => child.type === 'element');
  const first = paragraph?.children.find((child) => child.type !== 'text' || child.value.trim());
  if (first?.type !== 'element' || first.tagName !== 'strong') return false;
  const text = first.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
  return EDITOR_NOTE.test(text.trim());
}
