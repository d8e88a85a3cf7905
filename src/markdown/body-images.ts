import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Pictures in a body cannot be optimised or trusted to exist (remote pages move, and the
 * CSP allows only the site's own images), so none is shown as an image. A remote picture
 * becomes a link labelled with its description; any other keeps its description as text.
 * The record's `image` field is the place for a picture that should be shown.
 */
export function rehypeBodyImages() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'img' || !parent || index === undefined) return;
      const src = typeof node.properties.src === 'string' ? node.properties.src : '';
      const alt = typeof node.properties.alt === 'string' ? node.properties.alt.trim() : '';
      const label = alt || 'Image';
      const text: ElementContent = { type: 'text', value: label };
      const replacement: ElementContent = /^https?:\/\//i.test(src)
        ? {
            type: 'element',
            tagName: 'a',
            properties: { href: src },
            children: [{ type: 'text', value: `${label} (image)` }],
          }
        : { type: 'element', tagName: 'em', properties: {}, children: [text] };
      parent.children.splice(index, 1, replacement);
    });
  };
}
